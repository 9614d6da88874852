//! Browser entry point of the live classroom's screens (`classroom.html`, served by the
//! classroom server for `?classroom=host` and `?join=CODE`): a wasm of its own, so the
//! default page carries none of the classroom's code.

fn main() {
    netmodels::ui::start_classroom();
}
