//! The page: Yew components that draw [`crate::model`] snapshots and turn clicks and keys
//! into [`crate::model::Command`]s. No simulation rule lives here.

mod app;
mod browser;
mod classroom;
mod controls;
mod diagram;
// Public: other parts of the page render labels and messages through it (`ui`, `say`).
pub mod language;
mod lesson;
mod panels;
// Public: the Save module (src/bin/netmodels-save.rs) mounts its menu through it.
pub mod save;
mod scaling;

pub use app::App;

/// The live classroom's page (`classroom.html`, docs/classroom.md): the teacher's or a
/// student's screen, as the URL asks; without a classroom parameter, a student's screen
/// that asks for the code's room.
pub fn start_classroom() {
    browser::panic::install_hook();
    let document = web_sys::window().and_then(|w| w.document());
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let mode = crate::model::classroom_mode(&search)
        .unwrap_or(crate::model::ClassroomMode::Student(String::new()));
    match document.and_then(|d| d.get_element_by_id("app")) {
        Some(root) => {
            yew::Renderer::<classroom::Classroom>::with_root_and_props(
                root,
                classroom::ClassroomProps { mode },
            )
            .render();
        }
        None => panic!("the page has no element with id \"app\" to draw into"),
    }
}

/// Installs the panic hook and mounts the app on the page's `#app` element.
pub fn start() {
    browser::panic::install_hook();
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => panic!("the page has no element with id \"app\" to draw into"),
    }
}
