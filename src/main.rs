//! Browser entry point: mounts the page. Everything else lives in the library.

fn main() {
    netmodels::ui::start();
}

// The page's allocator: talc, made for wasm, is 2.1 KB gzip smaller in the page than the
// standard library's dlmalloc (measured), and the page is on a size budget.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
