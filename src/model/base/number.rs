//! Numbers as text, without the standard library's float parser (the page is on a size
//! budget), and the one sort the model needs.

/// A number for a link: at most four decimals, no trailing zeros (13.5, 0.315, 2).
pub(in crate::model) fn decimal(value: f64) -> String {
    let text = format!("{value:.4}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A decimal number as links and form fields write it: an optional sign, digits with at
/// most one point, and an optional exponent (`12.5`, `-3`, `.5`, `1e400`, which is
/// infinite). Words (`inf`, `NaN`) are not numbers here. The standard library's parser
/// would cost the page's wasm about 16 KB (its 128-bit power table is 10 KB that hardly
/// compresses; measured with twiggy); this one is exact (correctly rounded) whenever the
/// digits fit in 53 bits and the exponent in ±22, which covers every number the page
/// reads, and otherwise within about one unit in the last place.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (negative, rest) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (digits, exponent) = match rest.find(['e', 'E']) {
        Some(at) => (&rest[..at], Some(&rest[at + 1..])),
        None => (rest, None),
    };
    let mut mantissa: u64 = 0;
    let mut scale: i64 = 0;
    let (mut seen_digit, mut seen_point) = (false, false);
    for b in digits.bytes() {
        match b {
            b'0'..=b'9' => {
                seen_digit = true;
                // Digits past the 19th no longer fit: they only move the point.
                if mantissa < 1_000_000_000_000_000_000 {
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    scale -= i64::from(seen_point);
                } else {
                    scale += i64::from(!seen_point);
                }
            }
            b'.' if !seen_point => seen_point = true,
            _ => return None,
        }
    }
    if !seen_digit {
        return None;
    }
    if let Some(exponent) = exponent {
        let (sign, digits) = match exponent.as_bytes().first() {
            Some(b'-') => (-1, &exponent[1..]),
            Some(b'+') => (1, &exponent[1..]),
            _ => (1, exponent),
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        // A longer exponent than this is infinite or zero whatever it says.
        let e: i64 = digits.get(..digits.len().min(6))?.parse().ok()?;
        scale += sign * e.min(99_999);
    }
    let value = mantissa as f64;
    // Powers of ten up to 10^22 are exact, so one division or product rounds once.
    let value = match scale {
        0 => value,
        s if s > 0 => value * 10f64.powi(s.min(400) as i32),
        s if s >= -22 => value / 10f64.powi(-s as i32),
        s => value / 1e22 / 10f64.powi((-s - 22).min(400) as i32),
    };
    Some(if negative { -value } else { value })
}

/// Orders timed entries (a script's, history's) by `tick`, keeping the written order of
/// entries at the same moment. An insertion sort, on purpose: they arrive sorted or nearly
/// so and a script holds at most `MAX_SCRIPT_ENTRIES`, and the standard library's stable
/// sort would add about 9 KB of code to the page's wasm (measured with twiggy), which is
/// on a size budget.
pub fn sort_by_tick<T>(entries: &mut [T], tick: impl Fn(&T) -> u64) {
    for i in 1..entries.len() {
        let mut j = i;
        while j > 0 && tick(&entries[j - 1]) > tick(&entries[j]) {
            entries.swap(j - 1, j);
            j -= 1;
        }
    }
}
