//! Numbers as text, without the standard library's float parser (the page is on a size
//! budget), and the one sort the model needs.

/// A number for a link: at most four decimals, no trailing zeros (13.5, 0.315, 2).
pub(in crate::model) fn decimal(value: f64) -> String {
    let text = fixed(value, 4);
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The most decimals [`fixed`] writes; more are written as this many.
pub const MAX_DECIMALS: usize = 22;

/// `value` with exactly `decimals` decimals (at most 22, `MAX_DECIMALS`), rounded as the
/// standard library's `format!("{:.*}")` rounds: from the exact binary value, a tie to the
/// even digit (0.125 → "0.12", 2.5 → "2"), the sign kept ("-0.0"), `NaN`, `inf`, `-inf`.
/// Written here because the standard library's float formatting costs the page's wasm
/// about 15 KB of code (measured with twiggy), and every number the page writes (sentences,
/// links, coordinates) goes through this instead.
pub fn fixed(value: f64, decimals: usize) -> String {
    if value.is_nan() {
        return "NaN".into();
    }
    let decimals = decimals.min(MAX_DECIMALS);
    let mut out = String::new();
    if value.is_sign_negative() {
        out.push('-');
    }
    if value.is_infinite() {
        out.push_str("inf");
        return out;
    }
    // value = mantissa × 2^exponent, exactly.
    let bits = value.abs().to_bits();
    let (field, fraction) = ((bits >> 52) as i32, bits & ((1 << 52) - 1));
    let (mantissa, exponent) = match field {
        0 => (fraction, -1074),
        _ => (fraction | (1 << 52), field - 1075),
    };
    if exponent >= 0 {
        // A whole number (2^52 or more): its digits, then zeros after the point.
        let digits = whole_digits(mantissa, exponent as u32);
        out.push_str(std::str::from_utf8(&digits).unwrap_or("0"));
        if decimals > 0 {
            out.push('.');
            out.extend(std::iter::repeat_n('0', decimals));
        }
        return out;
    }
    // value × 10^decimals = mantissa × 10^decimals / 2^shift, rounded half to even.
    // mantissa < 2^53 and 10^22 < 2^74, so the numerator fits in 128 bits.
    let numerator = u128::from(mantissa) * 10u128.pow(decimals as u32);
    let shift = (-exponent) as u32;
    let mut rounded = if shift >= 128 {
        // Under 2^-1: below half of the last digit, so it rounds to zero.
        0
    } else {
        let (quotient, rest) = (numerator >> shift, numerator & ((1u128 << shift) - 1));
        let half = 1u128 << (shift - 1);
        match rest.cmp(&half) {
            std::cmp::Ordering::Greater => quotient + 1,
            std::cmp::Ordering::Equal => quotient + (quotient & 1),
            std::cmp::Ordering::Less => quotient,
        }
    };
    // Its digits, least significant first, on the stack (the diagram writes several
    // numbers per node per frame): at least one before the point.
    let mut digits = [0u8; 48];
    let mut count = 0;
    while rounded > 0 || count <= decimals {
        let (quotient, digit) = tenth(rounded);
        digits[count] = b'0' + digit;
        rounded = quotient;
        count += 1;
    }
    out.reserve(count + 1);
    for (place, &digit) in digits[..count].iter().enumerate().rev() {
        out.push(char::from(digit));
        if place == decimals && decimals > 0 {
            out.push('.');
        }
    }
    out
}

/// `n / 10` and `n % 10`, by long division in four 32-bit steps of 64-bit arithmetic:
/// the same numbers as `/` and `%` on `u128`, whose general division routine would add
/// about 1 KB to the page's wasm.
fn tenth(n: u128) -> (u128, u8) {
    let (mut quotient, mut rest) = (0u128, 0u64);
    for shift in [96, 64, 32, 0] {
        // rest < 10, so the partial quotient fits in 32 bits.
        let part = (rest << 32) | u64::from((n >> shift) as u32);
        quotient |= u128::from(part / 10) << shift;
        rest = part % 10;
    }
    (quotient, rest as u8)
}

/// `value` kept within `lo..=hi` (NaN becomes `lo`), as `f64::clamp` would keep it, but
/// without its check that `lo <= hi`, whose message would bring the standard library's float
/// formatting into the page's wasm (see [`fixed`]); with `lo > hi` it gives `hi`.
pub fn within(value: f64, lo: f64, hi: f64) -> f64 {
    value.max(lo).min(hi)
}

/// A share `fraction` (0..=1, kept within it) as the whole percent every place shows it:
/// the tile, its `data-value` and every sentence quoting an availability. A half rounds
/// away from zero (62.5 % reads 63 %, as `Intl.NumberFormat` writes it), never to the
/// even digit as [`fixed`] does, so two places never show one number two ways.
pub fn percent_points(fraction: f64) -> u32 {
    (within(fraction, 0.0, 1.0) * 100.0).round() as u32
}

/// `value` in the fewest decimals that read back ([`parse_decimal`]) as the same number,
/// as the standard library's `value.to_string()` writes it for every number of up to 15
/// significant digits (2, 0.25, 1.3333, 1e21 as 1000000000000000000000), without its float
/// formatting code (see [`fixed`]).
pub fn shortest(value: f64) -> String {
    (0..MAX_DECIMALS)
        .map(|decimals| fixed(value, decimals))
        .find(|text| parse_decimal(text) == Some(value))
        .unwrap_or_else(|| fixed(value, MAX_DECIMALS))
}

/// The decimal digits of `mantissa × 2^exponent`, most significant first: doubled digit by
/// digit, as a whole float can have over 300 of them.
fn whole_digits(mantissa: u64, exponent: u32) -> Vec<u8> {
    // Little-endian decimal digits (values 0–9) while doubling.
    let mut digits: Vec<u8> = mantissa
        .to_string()
        .bytes()
        .rev()
        .map(|b| b - b'0')
        .collect();
    for _ in 0..exponent {
        let mut carry = 0;
        for digit in digits.iter_mut() {
            let twice = *digit * 2 + carry;
            *digit = twice % 10;
            carry = twice / 10;
        }
        if carry > 0 {
            digits.push(carry);
        }
    }
    digits.iter().rev().map(|d| d + b'0').collect()
}

/// A decimal number as links and form fields write it: an optional sign, digits with at
/// most one point, and an optional exponent (`12.5`, `-3`, `.5`, `1e400`, which is
/// infinite). Words (`inf`, `NaN`) are not numbers here. The standard library's parser
/// would cost the page's wasm about 16 KB (its 128-bit power table is 10 KB that hardly
/// compresses; measured with twiggy); this one is exact (correctly rounded) whenever the
/// digits fit in 53 bits and the exponent in ±22, which covers every number the page
/// reads, and otherwise within two units in the last place.
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
    let value = match scale {
        // Digits that fit in 53 bits and a power of ten up to 10^22 are both exact, so one
        // division or product rounds once: the correctly rounded result.
        0 => mantissa as f64,
        s if mantissa < 1 << 53 && s.abs() <= 22 => {
            let power = 10f64.powi(s.unsigned_abs() as i32);
            if s > 0 {
                mantissa as f64 * power
            } else {
                mantissa as f64 / power
            }
        }
        _ if mantissa == 0 => 0.0,
        // Past every finite float (1.8e308) or below the smallest (4.9e-324) whatever the
        // 19 digits say.
        s if s > 310 => f64::INFINITY,
        s if s < -345 => 0.0,
        s => {
            // Three roundings (the digits, the power's 64 bits, the product or quotient),
            // then exact powers of two: within two units in the last place, where chained
            // products of 10^22 would drift by seven.
            let (power, twos) = power_of_ten(s.unsigned_abs() as u32);
            let value = if s > 0 {
                mantissa as f64 * power as f64
            } else {
                mantissa as f64 / power as f64
            };
            let twos = if s > 0 { twos } else { -twos };
            // In two halves: 2^twos alone may be outside the floats while the result is not.
            value * 2f64.powi(twos / 2) * 2f64.powi(twos - twos / 2)
        }
    };
    Some(if negative { -value } else { value })
}

/// `10^k` as a 64-bit mantissa with its top bit set and a power of two, `mantissa × 2^twos`,
/// rounded at each of the `k` steps to 64 bits (a relative error under `k × 2^-64`, far
/// below a float's 2^-53): `k` is at most a few hundred.
fn power_of_ten(k: u32) -> (u64, i32) {
    let (mut mantissa, mut twos) = (1u64 << 63, -63);
    for _ in 0..k {
        let product = u128::from(mantissa) * 10;
        let shift = 64 - product.leading_zeros() as i32;
        // Round to nearest on the bits shifted out.
        let rounded = (product + ((1u128 << shift) >> 1)) >> shift;
        // A carry out of the rounding (all ones) takes one more bit.
        let (rounded, carry) = match u64::try_from(rounded) {
            Ok(fits) => (fits, 0),
            Err(_) => ((rounded >> 1) as u64, 1),
        };
        mantissa = rounded;
        twos += shift + carry;
    }
    (mantissa, twos)
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

#[cfg(test)]
mod tests {
    use super::tenth;

    #[test]
    fn a_tenth_is_what_division_gives() {
        let mut samples = vec![0, 1, 9, 10, 11, u128::MAX, u128::MAX - 1];
        for shift in [31, 32, 33, 63, 64, 65, 95, 96, 97, 127] {
            let power = 1u128 << shift;
            samples.extend([power - 1, power, power + 1, power + 9]);
        }
        let mut n = 0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c834_u128;
        for _ in 0..1000 {
            n = n
                .wrapping_mul(0x2545_f491_4f6c_dd1d)
                .wrapping_add(1442695040888963407);
            samples.extend([n, n >> 40, n >> 80]);
        }
        for n in samples {
            assert_eq!(tenth(n), (n / 10, (n % 10) as u8), "{n}");
        }
    }
}
