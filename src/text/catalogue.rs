//! A message catalogue in a subset of Fluent's `.ftl` syntax, and the formatting of one
//! message with its arguments. The subset: `key = pattern` with indented continuation
//! lines, `{ $variable }`, references to other messages `{ other-key }` (they see the
//! same arguments, as in Fluent), and selectors
//! `{ $variable -> [key] … *[default] … }` whose variants start on their own lines.
//! A number selects an exact key (`[0]`) first, then its plural category (`[one]`,
//! `[other]`) in the catalogue's language. Every catalogue file is valid Fluent, so a
//! translator uses Fluent's documentation and tools; the formatter is hand-written
//! because `fluent-bundle` would add about 60 KB gzip to the page (measured; see
//! README, "Languages").

use std::collections::HashMap;

use super::Lang;
use crate::model::parse_decimal;

/// An argument's value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A number shown with this many decimals, in the language's own decimal mark.
    Number(f64, usize),
    /// A word for selectors (`network`, `server`…) or text already rendered.
    Text(String),
}

impl Value {
    /// A whole count (nodes, requests…), shown without decimals and choosing plural forms.
    pub fn count(n: usize) -> Value {
        Value::Number(n as f64, 0)
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Part {
    Text(String),
    Variable(String),
    Reference(String),
    Select {
        variable: String,
        variants: Vec<(String, Vec<Part>)>,
        default: usize,
    },
}

/// One language's messages.
#[derive(Clone, Debug)]
pub struct Catalogue {
    lang: Lang,
    messages: HashMap<String, Vec<Part>>,
}

/// How deep message references may nest before they are taken for a cycle.
const MAX_DEPTH: usize = 8;

impl Catalogue {
    /// Reads a catalogue; a malformed entry is reported by its line and left out, so one
    /// mistake in a translation costs one message (which then falls back), not the page.
    pub fn parse(lang: Lang, source: &str) -> (Catalogue, Vec<String>) {
        let mut messages = HashMap::new();
        let mut errors = Vec::new();
        for (line, key, body) in entries(source) {
            let mut parser = Parser {
                chars: body.chars().collect(),
                at: 0,
            };
            match parser.pattern(false) {
                Ok(parts) if parser.at == parser.chars.len() => {
                    messages.insert(key, trim(parts));
                }
                Ok(_) => errors.push(format!("line {line}: {key}: unexpected '}}'")),
                Err(e) => errors.push(format!("line {line}: {key}: {e}")),
            }
        }
        (Catalogue { lang, messages }, errors)
    }

    /// The language this catalogue's messages are in (it sets plurals and decimal marks).
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether this catalogue itself defines `key` (English is not consulted).
    pub fn has(&self, key: &str) -> bool {
        self.messages.contains_key(key)
    }

    /// The keys this catalogue defines.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.messages.keys().map(String::as_str)
    }

    /// The message `key` with `args`, or `None` when the catalogue lacks it. A variable
    /// with no argument stays visible as `{$name}`, so a test can find it.
    pub fn format(&self, key: &str, args: &[(&str, Value)]) -> Option<String> {
        let parts = self.messages.get(key)?;
        let mut out = String::new();
        self.write(parts, args, &mut out, 0);
        Some(out)
    }

    fn write(&self, parts: &[Part], args: &[(&str, Value)], out: &mut String, depth: usize) {
        let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, v)| v);
        for part in parts {
            match part {
                Part::Text(text) => out.push_str(text),
                Part::Variable(name) => match arg(name) {
                    Some(Value::Number(n, decimals)) => {
                        out.push_str(&self.lang.number(*n, *decimals))
                    }
                    Some(Value::Text(text)) => out.push_str(text),
                    None => out.push_str(&format!("{{${name}}}")),
                },
                Part::Reference(key) => match self.messages.get(key) {
                    Some(parts) if depth < MAX_DEPTH => self.write(parts, args, out, depth + 1),
                    _ => out.push_str(&format!("{{{key}}}")),
                },
                Part::Select {
                    variable,
                    variants,
                    default,
                } => {
                    let chosen = match arg(variable) {
                        Some(Value::Number(n, decimals)) => {
                            let exact = variants
                                .iter()
                                .position(|(k, _)| parse_decimal(k) == Some(*n));
                            let category = self.lang.plural(*n, *decimals);
                            exact.or_else(|| variants.iter().position(|(k, _)| k == category))
                        }
                        Some(Value::Text(text)) => variants.iter().position(|(k, _)| k == text),
                        None => None,
                    };
                    let (_, parts) = &variants[chosen.unwrap_or(*default)];
                    self.write(parts, args, out, depth);
                }
            }
        }
    }
}

/// Splits a source into (line number, key, body) entries; comments and blank lines
/// between entries are skipped, continuation lines (indented, or a closing brace) joined.
fn entries(source: &str) -> Vec<(usize, String, String)> {
    let mut entries: Vec<(usize, String, String)> = Vec::new();
    let mut open = false;
    for (i, line) in source.lines().enumerate() {
        let continues = line.starts_with([' ', '\t']) || line.trim_start().starts_with('}');
        if open && continues && !line.trim().is_empty() {
            if let Some((_, _, body)) = entries.last_mut() {
                body.push('\n');
                body.push_str(line.trim());
            }
            continue;
        }
        open = false;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some((key, body)) = line.split_once('=') {
            entries.push((i + 1, key.trim().to_string(), body.trim().to_string()));
            open = true;
        }
    }
    entries
}

struct Parser {
    chars: Vec<char>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn skip_blank(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.at += 1;
        }
    }

    /// Whether a variant list goes on here: a new line starting with `[`, `*[` or `}`.
    fn at_variant_boundary(&self) -> bool {
        let rest = self.chars[self.at..].iter().skip_while(|c| **c == '\n');
        matches!(rest.clone().next(), Some('[' | '*' | '}'))
    }

    /// Text and placeables up to a `}` (or, inside a variant, up to the next variant).
    fn pattern(&mut self, in_variant: bool) -> Result<Vec<Part>, String> {
        let mut parts = Vec::new();
        let mut text = String::new();
        while let Some(c) = self.peek() {
            match c {
                '}' => break,
                '\n' if in_variant && self.at_variant_boundary() => break,
                '\n' => {
                    text.push(' ');
                    self.at += 1;
                }
                '{' => {
                    self.at += 1;
                    if !text.is_empty() {
                        parts.push(Part::Text(std::mem::take(&mut text)));
                    }
                    parts.push(self.placeable()?);
                }
                _ => {
                    text.push(c);
                    self.at += 1;
                }
            }
        }
        if !text.is_empty() {
            parts.push(Part::Text(text));
        }
        Ok(parts)
    }

    /// A message, variable or variant name: ASCII letters, digits, `-` and `_`, as Fluent
    /// defines an identifier (so no Unicode tables are needed to read one).
    fn identifier(&mut self) -> String {
        let start = self.at;
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            self.at += 1;
        }
        self.chars[start..self.at].iter().collect()
    }

    fn expect(&mut self, c: char) -> Result<(), String> {
        match self.peek() {
            Some(found) if found == c => {
                self.at += 1;
                Ok(())
            }
            found => Err(format!("expected '{c}', found {}", shown(found))),
        }
    }

    /// After `{`: a variable, a reference or a selector, through its `}`.
    fn placeable(&mut self) -> Result<Part, String> {
        self.skip_blank();
        let variable = self.peek() == Some('$');
        if variable {
            self.at += 1;
        }
        let name = self.identifier();
        if name.is_empty() {
            return Err("empty placeable".into());
        }
        self.skip_blank();
        if !variable {
            self.expect('}')?;
            return Ok(Part::Reference(name));
        }
        if self.peek() != Some('-') {
            self.expect('}')?;
            return Ok(Part::Variable(name));
        }
        self.expect('-')?;
        self.expect('>')?;
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_blank();
            match self.peek() {
                Some('}') => {
                    self.at += 1;
                    break;
                }
                Some('*') => {
                    self.at += 1;
                    default = Some(variants.len());
                }
                Some('[') => {}
                found => return Err(format!("expected a variant, found {}", shown(found))),
            }
            self.expect('[')?;
            self.skip_blank();
            let key = self.identifier();
            self.skip_blank();
            self.expect(']')?;
            let parts = trim(self.pattern(true)?);
            variants.push((key, parts));
        }
        match default {
            Some(default) => Ok(Part::Select {
                variable: name,
                variants,
                default,
            }),
            None => Err(format!("selector on ${name} has no default variant (*[…])")),
        }
    }
}

/// Trims the blanks at both ends of a pattern, as Fluent does.
fn trim(mut parts: Vec<Part>) -> Vec<Part> {
    if let Some(Part::Text(t)) = parts.first_mut() {
        *t = t.trim_start().to_string();
    }
    if let Some(Part::Text(t)) = parts.last_mut() {
        *t = t.trim_end().to_string();
    }
    parts.retain(|p| !matches!(p, Part::Text(t) if t.is_empty()));
    parts
}

/// A character met where another was expected, for an error message: quoted, or the end of
/// the text. (Not `{:?}`: its escaping would bring core's Debug machinery into the wasm.)
fn shown(found: Option<char>) -> String {
    match found {
        Some(c) => format!("'{c}'"),
        None => "the end of the text".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "\
# a comment
hello = Hello, { $name }!
books = { $n ->
    [0] no book
    [one] { $n } book
   *[other] { $n } books
}
shelf = The shelf holds { books }.
";

    #[test]
    fn variables_references_and_plural_selectors_are_formatted() {
        let (c, errors) = Catalogue::parse(Lang::En, SOURCE);
        assert!(errors.is_empty(), "{errors:?}");
        let name = [("name", Value::Text("Ada".into()))];
        assert_eq!(c.format("hello", &name).as_deref(), Some("Hello, Ada!"));
        let shelf = |n| c.format("shelf", &[("n", Value::count(n))]).unwrap();
        assert_eq!(shelf(0), "The shelf holds no book.");
        assert_eq!(shelf(1), "The shelf holds 1 book.");
        assert_eq!(shelf(5), "The shelf holds 5 books.");
        assert_eq!(c.format("missing", &[]), None);
        assert_eq!(c.format("hello", &[]).as_deref(), Some("Hello, {$name}!"));
    }

    #[test]
    fn a_broken_entry_is_reported_and_the_others_still_load() {
        let (c, errors) = Catalogue::parse(Lang::Fr, "a = { $x ->\n [one] un\n}\nb = deux\n");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].starts_with("line 1: a:"));
        assert_eq!(c.format("b", &[]).as_deref(), Some("deux"));
    }

    #[test]
    fn a_reference_cycle_ends_instead_of_recursing_forever() {
        let (c, _) = Catalogue::parse(Lang::En, "a = x { b }\nb = y { a }\n");
        let text = c.format("a", &[]).unwrap();
        assert!(text.contains("{a}") || text.contains("{b}"), "{text}");
    }
}
