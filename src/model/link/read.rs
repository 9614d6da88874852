//! Reading a link: the URL grammar, parameter by parameter, lenient (every bad value
//! becomes a default or a clamp, and a notice says so).

use std::collections::HashSet;

use crate::model::base::lang::Lang;
use crate::model::base::message::{Msg, Unit};
pub use crate::model::base::number::parse_decimal;
use crate::model::base::number::within;
use crate::model::lab::cost::affordable_moment;
use crate::model::lab::scenario::{
    CLIENTS, Capacity, MAX_SCRIPT_SECONDS, PEERS, Rate, SERVERS, Scenario, Speed,
};
use crate::model::lesson::steps::{NUMBERED_STEPS, STEPS, step_named};
use crate::model::scaling::bounds::{Distribution, MAX_RECEIVERS};

use super::notice::{Notice, Reader, short};
use super::script::read_script;
use super::{CONTROLS, FLAGS, THEMES, VIEWS, WORDS};

/// Units a file size may be given in, with how many GB (the page's unit) each is.
const SIZE_UNITS: [(&str, f64); 4] = [
    ("GB", 1.0),
    ("Gbit", 0.125),
    ("MB", 0.001),
    ("Mbit", 0.000_125),
];
/// Units a rate may be given in, with how many GB per hour (the page's unit) each is.
const RATE_UNITS: [(&str, f64); 5] = [
    ("GB/h", 1.0),
    ("Gbit/s", 450.0),
    ("Mbit/s", 0.45),
    ("kbit/s", 0.000_45),
    ("MB/s", 3.6),
];

impl Reader {
    fn size(
        &mut self,
        name: &str,
        value: &str,
        range: std::ops::RangeInclusive<usize>,
        default: usize,
    ) -> usize {
        let (lo, hi) = (*range.start(), *range.end());
        let digits = value.trim();
        // A whole number too long for u64 is still a number: far above the maximum.
        let number = match digits.parse::<u64>() {
            Err(_) if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => {
                Ok(u64::MAX)
            }
            parsed => parsed,
        };
        match number {
            Ok(n) => self.clamp(name, short(name), n, range),
            Err(_) => {
                self.note(
                    name,
                    Msg::NoticeNotWhole {
                        name: short(name),
                        value: short(value),
                        min: lo,
                        max: hi,
                        default,
                    },
                );
                default
            }
        }
    }

    /// `n` brought into `range`; a notice under `parameter`, naming `name`, says so when
    /// it had to be.
    pub(super) fn clamp(
        &mut self,
        parameter: &str,
        name: String,
        n: u64,
        range: std::ops::RangeInclusive<usize>,
    ) -> usize {
        let (lo, hi) = (*range.start(), *range.end());
        let notice = match n {
            n if n < lo as u64 => Msg::NoticeAtLeast { name, min: lo },
            n if n > hi as u64 => Msg::NoticeAtMost { name, max: hi },
            n => return n as usize,
        };
        self.note(parameter, notice);
        // In u64: on wasm32 a usize is too narrow for what a link may write.
        n.clamp(lo as u64, hi as u64) as usize
    }

    fn choice<T: Copy>(&mut self, name: &str, value: &str, choices: &[(&str, T)], default: T) -> T {
        match choices.iter().find(|(slug, _)| *slug == value.trim()) {
            Some(&(_, v)) => v,
            None => {
                let names: Vec<&str> = choices.iter().map(|(slug, _)| *slug).collect();
                self.note(
                    name,
                    Msg::NoticeNotOneOf {
                        name: short(name),
                        value: short(value),
                        choices: names.join(", "),
                    },
                );
                default
            }
        }
    }
}

/// Reads a query string (with or without its leading `?`). Never fails: what cannot be
/// used is replaced by its default and named in a notice.
pub fn parse(query: &str) -> (Scenario, Vec<Notice>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    let defaults = Scenario::default();
    let mut scenario = Scenario::default();
    let mut reader = Reader {
        notices: Vec::new(),
    };
    let mut seen = HashSet::new();
    let mut down = None;
    let mut bad = None;
    let mut script = None;
    for (name, value) in &pairs {
        if name.is_empty() && value.is_empty() {
            continue;
        }
        if !seen.insert(name.as_str()) {
            reader.note(name, Msg::NoticeRepeated { name: short(name) });
            continue;
        }
        if value.trim().is_empty() {
            reader.note(name, Msg::NoticeEmpty { name: short(name) });
            continue;
        }
        match name.as_str() {
            "view" => scenario.view = reader.choice(name, value, &VIEWS, defaults.view),
            "clients" => scenario.clients = reader.size(name, value, CLIENTS, defaults.clients),
            "peers" => scenario.peers = reader.size(name, value, PEERS, defaults.peers),
            "servers" => scenario.servers = reader.size(name, value, SERVERS, defaults.servers),
            "speed" => scenario.speed = read_speed(&mut reader, value),
            "rate" => scenario.rate = read_rate(&mut reader, value),
            "capacity" => {
                scenario.capacity = read_capacity(&mut reader, name, value, defaults.capacity)
            }
            "peer_capacity" => {
                scenario.peer_capacity =
                    read_capacity(&mut reader, name, value, defaults.peer_capacity)
            }
            "seed" => match value.trim().parse::<u64>() {
                Ok(seed) => scenario.seed = seed,
                Err(_) => reader.note(
                    name,
                    Msg::NoticeSeed {
                        value: short(value),
                    },
                ),
            },
            "down" => down = Some(value.clone()),
            "script" => script = Some(value.clone()),
            "t" => {
                let range = (0.0, MAX_SCRIPT_SECONDS);
                scenario.at = Some(read_decimal(
                    &mut reader,
                    name,
                    value,
                    value.trim(),
                    1.0,
                    range,
                    Some(Unit::Seconds),
                    0.0,
                ));
            }
            "file" => scenario.chart.file = read_chart(&mut reader, name, value, Field::File),
            "server_up" => {
                scenario.chart.server_upload =
                    read_chart(&mut reader, name, value, Field::ServerUpload)
            }
            "peer_up" => {
                scenario.chart.peer_upload = read_chart(&mut reader, name, value, Field::PeerUpload)
            }
            "dmin" => {
                scenario.chart.min_download =
                    read_chart(&mut reader, name, value, Field::MinDownload)
            }
            "n" => {
                scenario.chart_receivers =
                    reader.size(name, value, 1..=MAX_RECEIVERS, defaults.chart_receivers)
            }
            "paused" => scenario.paused = reader.choice(name, value, &FLAGS, false),
            "controls" => {
                scenario.controls = reader.choice(name, value, &CONTROLS, defaults.controls)
            }
            "theme" => scenario.theme = reader.choice(name, value, &THEMES, defaults.theme),
            "log" => scenario.show_log = reader.choice(name, value, &FLAGS, true),
            "labels" => scenario.words = reader.choice(name, value, &WORDS, defaults.words),
            "lang" => match Lang::from_code(value.trim()) {
                Some(lang) => scenario.lang = Some(lang),
                None => {
                    scenario.lang = Some(Lang::En);
                    reader.note(
                        name,
                        Msg::NoticeLang {
                            value: short(value),
                        },
                    )
                }
            },
            // 0 = no tour; a step's name, or its number from before steps had names.
            "tour" => scenario.tour = read_tour(&mut reader, value),
            "bad" => bad = Some(value.clone()),
            "verify" => scenario.verify = reader.choice(name, value, &FLAGS, false),
            _ => reader.note(name, Msg::NoticeUnknown { name: short(name) }),
        }
    }
    // The scenario's own clamp gives every server a client; say so when it adds some.
    let clients = scenario.clone().clamped().clients;
    if clients != scenario.clients {
        reader.note(
            "clients",
            Msg::NoticeClientsPerServer {
                servers: scenario.servers,
                clients,
            },
        );
        scenario.clients = clients;
    }
    // A tour step with a scene of its own sets the network up itself.
    let scene = scenario
        .tour
        .and_then(|step| STEPS.get(step - 1))
        .is_some_and(|step| step.scene.is_some());
    if scene {
        let replaced: Vec<&str> = ["servers", "clients", "peers", "down", "bad", "verify"]
            .into_iter()
            .filter(|name| seen.contains(name))
            .collect();
        if !replaced.is_empty() {
            reader.note(
                "tour",
                Msg::NoticeTourScene {
                    names: replaced.iter().map(|n| n.to_string()).collect(),
                },
            );
        }
    }
    // Node ids are checked once the sizes are known.
    if let (Some(down), false) = (down, scene) {
        scenario.down = read_down(&mut reader, &scenario, &down);
    }
    if let (Some(bad), false) = (bad, scene) {
        scenario.bad = read_bad(&mut reader, &scenario, &bad);
    }
    if let Some(script) = script {
        scenario.script = read_script(&mut reader, &scenario, &script);
    }
    // A moment too costly to catch up on at these sizes and rate opens earlier.
    if let Some(asked) = scenario.at {
        let used = affordable_moment(&scenario, asked);
        if used < asked {
            reader.note("t", Msg::NoticeCostlyMoment { asked, used });
            scenario.at = Some(used);
        }
    }
    (scenario, reader.finish())
}

/// The tour step a link opens (1-based place), by name or by its old number. A number
/// outside the table is clamped as before (0: no tour); a name not known, a notice.
fn read_tour(reader: &mut Reader, value: &str) -> Option<usize> {
    if let Some(place) = step_named(value) {
        return Some(place + 1);
    }
    match value.trim().parse::<u64>() {
        Ok(0) => None,
        // As before steps had names: a number past the last one opens the last one.
        Ok(_) => {
            reader.note(
                "tour",
                Msg::NoticeAtMost {
                    name: "tour".to_string(),
                    max: NUMBERED_STEPS,
                },
            );
            step_named(&NUMBERED_STEPS.to_string()).map(|place| place + 1)
        }
        Err(_) => {
            let names: Vec<&str> = STEPS.iter().map(|s| s.name).collect();
            reader.note(
                "tour",
                Msg::NoticeNotOneOf {
                    name: "tour".to_string(),
                    value: short(value),
                    choices: names.join(", "),
                },
            );
            None
        }
    }
}

/// Dishonest nodes' ids: those that exist here, once each; a notice names the others.
fn read_bad(reader: &mut Reader, scenario: &Scenario, value: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for id in value.split(',').map(str::trim).filter(|id| !id.is_empty()) {
        let id = id.to_ascii_lowercase();
        if !scenario.has_node(&id) {
            reader.note("bad", Msg::NoticeNoDishonestNode { id: short(&id) });
        } else if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

/// Which value of the chart's problem a parameter sets.
#[derive(Clone, Copy)]
enum Field {
    File,
    ServerUpload,
    PeerUpload,
    MinDownload,
}

/// A chart value: a number in the page's unit (GB, or GB per hour for rates), or followed
/// by one of the units of [`SIZE_UNITS`] / [`RATE_UNITS`], e.g. `15Gbit`, `30Mbit/s`.
fn read_chart(reader: &mut Reader, name: &str, value: &str, field: Field) -> f64 {
    let t = Distribution::textbook();
    let (range, default, units, unit) = match field {
        Field::File => (
            Distribution::FILE_RANGE,
            t.file,
            &SIZE_UNITS[..],
            Unit::Gigabytes,
        ),
        Field::ServerUpload => (
            Distribution::SERVER_UPLOAD_RANGE,
            t.server_upload,
            &RATE_UNITS[..],
            Unit::GigabytesPerHour,
        ),
        Field::PeerUpload => (
            Distribution::PEER_UPLOAD_RANGE,
            t.peer_upload,
            &RATE_UNITS[..],
            Unit::GigabytesPerHour,
        ),
        Field::MinDownload => (
            Distribution::MIN_DOWNLOAD_RANGE,
            t.min_download,
            &RATE_UNITS[..],
            Unit::GigabytesPerHour,
        ),
    };
    let text = value.trim();
    let (number, scale) = units
        .iter()
        .find_map(|&(suffix, scale)| {
            let cut = text.len().checked_sub(suffix.len())?;
            let (number, end) = (text.get(..cut)?, text.get(cut..)?);
            end.eq_ignore_ascii_case(suffix)
                .then_some((number.trim(), scale))
        })
        .unwrap_or((text, 1.0));
    read_decimal(
        reader,
        name,
        value,
        number,
        scale,
        range,
        Some(unit),
        default,
    )
}

/// A decimal number within `range`: clamped, with a notice, when outside it; the default,
/// with a notice, when it is not a number at all.
#[allow(clippy::too_many_arguments)]
fn read_decimal(
    reader: &mut Reader,
    name: &str,
    value: &str,
    number: &str,
    scale: f64,
    (min, max): (f64, f64),
    unit: Option<Unit>,
    default: f64,
) -> f64 {
    // Digits too many for a float (1e400) still make a number: a very large one. A word
    // such as "inf" or "NaN" does not.
    let numeric = number.bytes().any(|b| b.is_ascii_digit());
    match parse_decimal(number).map(|v| v * scale) {
        Some(v) if v.is_finite() && (min..=max).contains(&v) => v,
        Some(v) if v.is_finite() || (numeric && v.is_infinite()) => {
            let clamped = within(v, min, max);
            reader.note(
                name,
                Msg::NoticeRange {
                    name: short(name),
                    min,
                    max,
                    used: clamped,
                    unit,
                },
            );
            clamped
        }
        _ => {
            reader.note(
                name,
                Msg::NoticeNotANumber {
                    name: short(name),
                    value: short(value),
                    default,
                },
            );
            default
        }
    }
}

fn read_speed(reader: &mut Reader, value: &str) -> Speed {
    let number = value.trim().trim_end_matches(['x', '×']);
    let range = (Speed::MIN, Speed::MAX);
    Speed::new(read_decimal(
        reader, "speed", value, number, 1.0, range, None, 1.0,
    ))
}

fn read_rate(reader: &mut Reader, value: &str) -> Rate {
    let (range, default) = ((Rate::MIN, Rate::MAX), Rate::default().per_second());
    Rate::new(read_decimal(
        reader,
        "rate",
        value,
        value.trim(),
        1.0,
        range,
        None,
        default,
    ))
}

/// A server's or a peer's capacity in requests per second, clamped to what a node may
/// answer, with a notice for a value out of range or not a number (then `default`).
fn read_capacity(reader: &mut Reader, name: &str, value: &str, default: Capacity) -> Capacity {
    let range = (Capacity::MIN, Capacity::MAX);
    let fallback = default.per_second().unwrap_or(Capacity::MAX);
    let per_second = read_decimal(
        reader,
        name,
        value,
        value.trim(),
        1.0,
        range,
        None,
        fallback,
    );
    Capacity::new(per_second).unwrap_or(default)
}

fn read_down(reader: &mut Reader, scenario: &Scenario, value: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for id in value.split(',').map(str::trim).filter(|id| !id.is_empty()) {
        let id = id.to_ascii_lowercase();
        if !scenario.has_node(&id) {
            reader.note("down", Msg::NoticeNoNode { id: short(&id) });
        } else if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

/// The language a live classroom's address asks for (`lang=`), and a notice when it names
/// none the page speaks (English then, as on the main page). The classroom's screens read
/// only this of the page's parameters; `join` and `classroom` are theirs (see
/// `classroom_mode` in the classroom layer).
pub fn parse_lang(query: &str) -> (Option<Lang>, Vec<Notice>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    let Some((_, value)) = pairs.iter().find(|(name, _)| name == "lang") else {
        return (None, Vec::new());
    };
    match Lang::from_code(value.trim()) {
        Some(lang) => (Some(lang), Vec::new()),
        None => {
            let notice = Notice {
                parameter: "lang".to_owned(),
                message: Msg::NoticeLang {
                    value: short(value),
                },
            };
            (Some(Lang::En), vec![notice])
        }
    }
}
