//! The page: Yew components that draw [`crate::model`] snapshots and turn clicks and keys
//! into [`crate::model::Command`]s. No simulation rule lives here.

mod app;
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
mod timeline;
mod tour;

pub use app::App;

/// Installs the panic hook and mounts the app on the page's `#app` element.
pub fn start() {
    panic::install_hook();
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
