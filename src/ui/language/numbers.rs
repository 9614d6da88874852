//! Numbers as a language writes them, from the browser's `Intl.NumberFormat` (made once
//! per language and style), and English written by the model without `Intl`.

use std::cell::RefCell;

use js_sys::{Array, Function, Intl, JsString, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::model::Lang;

/// How a number is written: with a fixed number of decimals, or as a percentage.
#[derive(Clone, Copy, PartialEq)]
enum Style {
    Decimals(u32),
    Percent,
}

thread_local! {
    /// `Intl.NumberFormat` objects are costly to make and the page formats numbers every
    /// frame, so each (language, style) is made once.
    // A short list, not a map: a handful of entries, and no hashing code in the wasm.
    static FORMATS: RefCell<Vec<((Lang, Style), Function)>> = const { RefCell::new(Vec::new()) };
}

fn formatter(lang: Lang, style: Style) -> Function {
    let options = Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = Reflect::set(&options, &key.into(), &value);
    };
    let decimals = match style {
        Style::Decimals(decimals) => decimals,
        Style::Percent => {
            set("style", "percent".into());
            0
        }
    };
    for key in ["minimumFractionDigits", "maximumFractionDigits"] {
        set(key, decimals.into());
    }
    let locales = Array::of1(&JsString::from(lang.code()));
    Intl::NumberFormat::new(&locales, &options).format()
}

/// English as the model writes it in sentences ("1234.5", "40%"), without `Intl`: the
/// browser's first `Intl.NumberFormat` loads its locale data, a pause of 25 ms on a fast
/// machine and over 100 ms on a slow laptop, right after the page appears. English needs
/// none of that (and its labels now group digits as its sentences do: not at all).
fn english(style: Style, value: f64) -> String {
    match style {
        Style::Decimals(decimals) => Lang::En.number(value, decimals as usize),
        Style::Percent => Lang::En.number(value * 100.0, 0) + "%",
    }
}

fn formatted(lang: Lang, style: Style, value: f64) -> String {
    let format = (lang != Lang::En).then(|| {
        FORMATS.with(|formats| {
            let mut formats = formats.borrow_mut();
            match formats.iter().find(|(key, _)| *key == (lang, style)) {
                Some((_, format)) => format.clone(),
                None => {
                    let format = formatter(lang, style);
                    formats.push(((lang, style), format.clone()));
                    format
                }
            }
        })
    });
    format
        .and_then(|format| format.call1(&JsValue::UNDEFINED, &value.into()).ok())
        .and_then(|text| text.as_string())
        .unwrap_or_else(|| english(style, value))
}

/// `value` with `decimals` decimals as `lang` writes it ("0,5" in French), from the
/// browser's `Intl.NumberFormat`; English digits for English, and where `Intl` is missing.
pub fn number(lang: Lang, value: f64, decimals: u32) -> String {
    formatted(lang, Style::Decimals(decimals), value)
}

/// A share `fraction` (0.4) as `lang` writes a percentage ("40 %" in French).
pub fn percent(lang: Lang, fraction: f64) -> String {
    formatted(lang, Style::Percent, fraction)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_numbers_read_as_its_sentences_write_them() {
        assert_eq!(english(Style::Decimals(1), 2.0), "2.0");
        assert_eq!(english(Style::Decimals(0), 7.0), "7");
        assert_eq!(english(Style::Decimals(2), 0.25), "0.25");
        assert_eq!(english(Style::Decimals(1), 1234.5), "1234.5");
        assert_eq!(english(Style::Decimals(1), 999.96), "1000.0");
        assert_eq!(english(Style::Decimals(1), -4321.0), "-4321.0");
        assert_eq!(english(Style::Percent, 0.4), "40%");
        assert_eq!(english(Style::Percent, 1.0), "100%");
        assert_eq!(english(Style::Percent, 0.0), "0%");
    }
}
