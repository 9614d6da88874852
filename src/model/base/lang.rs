//! The languages the page speaks (the `lang` URL parameter), their codes, plural rules
//! and decimal marks. A language is part of the scenario, so Share keeps it.

/// A language with a catalogue.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English, built into the page and the fallback for every message.
    #[default]
    En,
    /// French.
    Fr,
    /// German.
    De,
    /// Spanish.
    Es,
}

impl Lang {
    /// Every language the page speaks, English first.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Fr, Lang::De, Lang::Es];

    /// The BCP 47 code, as in `lang=fr` and `<html lang="fr">`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Es => "es",
        }
    }

    /// The language's name in itself, as a selector lists it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
        }
    }

    /// Reads a code such as `fr`, `FR` or `fr-CA` (the region is ignored).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// CLDR plural category of `n` shown with `decimals` decimals: French counts 0 and 1
    /// as "one"; English, German and Spanish only 1 (and a fraction is "other").
    pub fn plural(self, n: f64, decimals: usize) -> &'static str {
        let whole = decimals == 0 && n.fract() == 0.0;
        match self {
            Lang::Fr if n.abs() < 2.0 && (whole || n.trunc() <= 1.0) => "one",
            Lang::En | Lang::De | Lang::Es if whole && n == 1.0 => "one",
            _ => "other",
        }
    }

    /// `n` with `decimals` decimals and this language's decimal mark: for sentences, and
    /// for the page's English labels (its other languages' labels go through `Intl`).
    pub fn number(self, n: f64, decimals: usize) -> String {
        let text = format!("{n:.decimals$}");
        match self {
            Lang::En => text,
            Lang::Fr | Lang::De | Lang::Es => text.replace('.', ","),
        }
    }
}

/// The language to speak: the link's `lang`, else the one chosen on an earlier visit
/// (`remembered`), else the first of the browser's `preferred` languages the page speaks,
/// else English.
pub fn choose(link: Option<Lang>, remembered: Option<&str>, preferred: &[String]) -> Lang {
    link.or_else(|| remembered.and_then(Lang::from_code))
        .or_else(|| preferred.iter().find_map(|code| Lang::from_code(code)))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_counts_zero_and_one_alike_and_the_others_only_one() {
        let categories = |l: Lang| [0.0, 1.0, 2.0, 5.0].map(|n| l.plural(n, 0));
        assert_eq!(categories(Lang::Fr), ["one", "one", "other", "other"]);
        for l in [Lang::En, Lang::De, Lang::Es] {
            assert_eq!(categories(l), ["other", "one", "other", "other"]);
        }
        assert_eq!(Lang::Fr.plural(1.5, 1), "one");
        assert_eq!(Lang::En.plural(1.0, 1), "other");
    }

    #[test]
    fn the_link_wins_then_the_last_visit_then_the_browser_then_english() {
        let browser = ["pt-BR".to_string(), "de-CH".to_string(), "fr".to_string()];
        assert_eq!(choose(Some(Lang::Es), Some("fr"), &browser), Lang::Es);
        assert_eq!(choose(None, Some("fr"), &browser), Lang::Fr);
        assert_eq!(choose(None, Some("garbage"), &browser), Lang::De);
        assert_eq!(choose(None, None, &browser[..1]), Lang::En);
        assert_eq!(choose(None, None, &[]), Lang::En);
    }

    #[test]
    fn codes_are_read_leniently_and_decimals_follow_the_language() {
        assert_eq!(Lang::from_code("FR-ca"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("pt"), None);
        assert_eq!(Lang::De.number(0.55, 1), "0,6");
        assert_eq!(Lang::En.number(2.0, 1), "2.0");
    }
}
