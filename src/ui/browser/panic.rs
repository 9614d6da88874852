//! Shows a panic as a readable message on the page instead of a silently frozen picture.

use std::panic::PanicHookInfo;

fn show(info: &PanicHookInfo<'_>) {
    // In the language the page speaks (English until another has loaded).
    let message = crate::ui::language::panic_message(&info.to_string());
    web_sys::console::error_1(&message.as_str().into());
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(box_) = document.get_element_by_id("fatal") {
        // Plain text, never HTML.
        box_.set_text_content(Some(&message));
        let _ = box_.remove_attribute("hidden");
    }
}

/// Replaces the default hook, which only prints to the console.
pub fn install_hook() {
    std::panic::set_hook(Box::new(show));
}
