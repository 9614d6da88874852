//! The page: Yew components that draw [`crate::model`] snapshots and turn clicks and keys
//! into [`crate::model::Command`]s. No simulation rule lives here.

mod app;
mod classroom;
mod controls;
mod diagram;
mod frames;
// Public until the language selector (issue 12, phase B) wires it into the page.
mod host;
pub mod language;
mod memory;
mod network;
mod notices;
mod packet_canvas;
mod panic;
mod scaling;
mod share;
mod tour;

pub use app::App;

fn classroom_mode() -> Option<crate::model::ClassroomMode> {
    let search = web_sys::window()?.location().search().ok()?;
    crate::model::classroom_mode(&search)
}

/// Installs the panic hook and mounts the app on the page's `#app` element.
pub fn start() {
    panic::install_hook();
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        // A live classroom's screen (only with the classroom server; docs/classroom.md).
        Some(root) => match classroom_mode() {
            Some(mode) => {
                yew::Renderer::<classroom::Classroom>::with_root_and_props(
                    root,
                    classroom::ClassroomProps { mode },
                )
                .render();
            }
            None => {
                yew::Renderer::<App>::with_root(root).render();
            }
        },
        None => panic!("the page has no element with id \"app\" to draw into"),
    }
}
