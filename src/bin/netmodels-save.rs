//! Browser entry point of the Save module (`save.html`, built into `dist/save/`): a wasm of
//! its own that the default page imports only when someone first opens its Save menu
//! (`static/boot.js`), so the page never carries the files' code. `mount` fills the menu.

use wasm_bindgen::prelude::*;

/// Fills `container` with the Save menu; `state` returns the page's state, asked again at
/// every click: an object with Share's `query` and the `moment` on screen as text.
#[wasm_bindgen]
pub async fn mount(container: web_sys::Element, state: js_sys::Function) -> Result<(), JsValue> {
    netmodels::ui::save::mount(container, state).await
}

fn main() {}

// The same small allocator as the page (src/main.rs).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
