//! How a speed factor is written in a speed selector.

use crate::ui::language::Speech;

/// A speed factor as its option is labelled ("0.25×", "2×"), in the page's decimal mark;
/// the page's control bar and the teacher's classroom controls both offer it.
pub(crate) fn speed_label(speech: &Speech, factor: f64) -> String {
    let decimals = if factor.fract() == 0.0 { 0 } else { 2 };
    let text = speech.number(factor, decimals);
    // 0.25 stays 0.25 but 0.50 becomes 0.5, in any decimal mark.
    let text = match decimals {
        0 => text,
        _ => text.trim_end_matches('0').to_string(),
    };
    format!("{text}×")
}
