//! The colours in `static/style.css` meet WCAG 2.2 AA contrast in both themes: text at
//! least 4.5:1 on what it sits on, graphics (nodes, packets, links, bars, focus ring) at
//! least 3:1 against the card they are drawn on.

use std::collections::HashMap;

const CSS: &str = include_str!("../static/style.css");

/// The `--name: #rrggbb` declarations of the first block that follows `selector`.
fn palette(selector: &str) -> HashMap<String, [u8; 3]> {
    let start = CSS
        .find(selector)
        .unwrap_or_else(|| panic!("{selector} in style.css"));
    let body = &CSS[start..];
    let body = &body[body.find('{').unwrap() + 1..body.find('}').unwrap()];
    body.split(';')
        .filter_map(|decl| {
            let (name, value) = decl.split_once(':')?;
            let hex = value.trim().strip_prefix('#')?;
            let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
            Some((name.trim().to_string(), [byte(0)?, byte(2)?, byte(4)?]))
        })
        .collect()
}

fn luminance([r, g, b]: [u8; 3]) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

const TEXT_PAIRS: [(&str, &str); 11] = [
    ("--text", "--bg"),
    ("--text", "--card"),
    ("--muted", "--bg"),
    ("--muted", "--card"),
    ("--node-text", "--server"),
    ("--node-text", "--client"),
    ("--node-text", "--peer"),
    ("--down-text", "--down-fill"),
    ("--down-text", "--card"),
    ("--warn-text", "--warn-bg"),
    ("--ok-text", "--ok-bg"),
];

const GRAPHICS: [&str; 11] = [
    "--server",
    "--client",
    "--peer",
    "--request",
    "--response",
    "--dropped",
    "--load",
    "--link",
    "--down-stroke",
    "--focus",
    "--muted",
];

fn check(theme: &str, colours: &HashMap<String, [u8; 3]>) -> Vec<String> {
    let get = |name: &str| {
        *colours
            .get(name)
            .unwrap_or_else(|| panic!("{theme}: {name} is defined"))
    };
    let mut failures = Vec::new();
    for (fg, bg) in TEXT_PAIRS {
        let c = contrast(get(fg), get(bg));
        if c < 4.5 {
            failures.push(format!("{theme}: text {fg} on {bg} is {c:.2}:1"));
        }
    }
    for fg in GRAPHICS {
        for bg in ["--card", "--bg"] {
            let c = contrast(get(fg), get(bg));
            if c < 3.0 {
                failures.push(format!("{theme}: graphic {fg} on {bg} is {c:.2}:1"));
            }
        }
    }
    // A packet dropped at a node that is off is drawn over that node.
    let c = contrast(get("--dropped"), get("--down-fill"));
    if c < 3.0 {
        failures.push(format!("{theme}: --dropped on --down-fill is {c:.2}:1"));
    }
    failures
}

#[test]
fn both_themes_meet_wcag_aa_contrast() {
    let light = palette(":root {");
    let dark = palette(":root[data-theme=\"dark\"] {");
    assert!(light.len() >= 20 && dark.len() >= 20);
    let mut failures = check("light", &light);
    failures.extend(check("dark", &dark));
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn the_system_dark_theme_is_the_same_palette_as_the_forced_one() {
    let forced = palette(":root[data-theme=\"dark\"] {");
    let system = palette(":root:not([data-theme=\"light\"]) {");
    assert_eq!(forced, system);
}

#[test]
fn the_contrast_formula_matches_known_values() {
    assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
    assert!((contrast([0x76, 0x76, 0x76], [255, 255, 255]) - 4.54).abs() < 0.01);
}
