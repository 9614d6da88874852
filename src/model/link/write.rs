//! Writing a link: the query string that reproduces a scenario, only what differs from
//! the defaults, in a fixed order.

use crate::model::base::number::{decimal, shortest};
use crate::model::lab::scenario::{Capacity, Scenario};
use crate::model::lesson::steps::step_name;

use super::script::write_script;
use super::{CONTROLS, THEMES, VIEWS, WORDS};

/// The URL word for a choice.
fn slug<T: PartialEq>(choices: &[(&'static str, T)], value: T) -> String {
    choices
        .iter()
        .find(|(_, c)| *c == value)
        .map_or("", |(s, _)| *s)
        .to_string()
}

/// The query string (without `?`) that reproduces `scenario`: only what differs from the
/// defaults, in a fixed order.
pub fn to_query(scenario: &Scenario) -> String {
    let d = Scenario::default();
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if scenario.view != d.view {
        pairs.push(("view", slug(&VIEWS, scenario.view)));
    }
    for (name, value, default) in [
        ("servers", scenario.servers, d.servers),
        ("clients", scenario.clients, d.clients),
        ("peers", scenario.peers, d.peers),
    ] {
        if value != default {
            pairs.push((name, value.to_string()));
        }
    }
    if scenario.speed != d.speed {
        pairs.push(("speed", shortest(scenario.speed.factor())));
    }
    if scenario.rate != d.rate {
        pairs.push(("rate", shortest(scenario.rate.per_second())));
    }
    for (name, value, default) in [
        ("capacity", scenario.capacity, d.capacity),
        ("peer_capacity", scenario.peer_capacity, d.peer_capacity),
    ] {
        if value != default {
            // A page's capacity is always a number; "unlimited" is written as the most.
            let per_second = value.per_second().unwrap_or(Capacity::MAX);
            pairs.push((name, shortest(per_second)));
        }
    }
    if scenario.seed != d.seed {
        pairs.push(("seed", scenario.seed.to_string()));
    }
    if !scenario.down.is_empty() {
        pairs.push(("down", scenario.down.join(",")));
    }
    if scenario.paused {
        pairs.push(("paused", "1".to_string()));
    }
    if scenario.controls != d.controls {
        pairs.push(("controls", slug(&CONTROLS, scenario.controls)));
    }
    if scenario.theme != d.theme {
        pairs.push(("theme", slug(&THEMES, scenario.theme)));
    }
    if !scenario.show_log {
        pairs.push(("log", "0".to_string()));
    }
    if scenario.words != d.words {
        pairs.push(("labels", slug(&WORDS, scenario.words)));
    }
    if let Some(lang) = scenario.lang {
        pairs.push(("lang", lang.code().to_string()));
    }
    if let Some(step) = scenario.tour {
        pairs.push(("tour", step_name(step.saturating_sub(1)).to_string()));
    }
    if !scenario.bad.is_empty() {
        pairs.push(("bad", scenario.bad.join(",")));
    }
    if scenario.verify {
        pairs.push(("verify", "1".to_string()));
    }
    let (chart, textbook) = (scenario.chart, d.chart);
    for (name, value, default) in [
        ("file", chart.file, textbook.file),
        ("server_up", chart.server_upload, textbook.server_upload),
        ("peer_up", chart.peer_upload, textbook.peer_upload),
        ("dmin", chart.min_download, textbook.min_download),
    ] {
        if value != default {
            pairs.push((name, decimal(value)));
        }
    }
    if scenario.chart_receivers != d.chart_receivers {
        pairs.push(("n", scenario.chart_receivers.to_string()));
    }
    if !scenario.script.is_empty() {
        pairs.push(("script", write_script(&scenario.script)));
    }
    if let Some(at) = scenario.at {
        pairs.push(("t", decimal(at)));
    }
    // Every value written is a number, a fixed word or node ids, so none needs escaping.
    pairs
        .iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect::<Vec<_>>()
        .join("&")
}
