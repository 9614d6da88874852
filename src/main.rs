//! Browser entry point: mounts the page. Everything else lives in the library.

fn main() {
    netmodels::ui::start();
}
