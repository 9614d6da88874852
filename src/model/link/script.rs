//! The script grammars, read leniently (each bad entry skipped with a notice) and written
//! in their one spelling. Both are comma-separated entries of the verbs of
//! [`SCRIPT_VERBS`]:
//!
//! - the compact grammar, which Share writes: `[delta]letter[argument]`, the delta in
//!   ticks (10 ms) since the entry before (none: the same moment), the verb's one letter,
//!   then its node id, number or tour step key (`500ds1,us1,750p,800c8,t9`);
//! - the first grammar, still read (and how a notice names an entry, since a person reads
//!   it): `seconds:word[:argument]`, the tour step by name (`5:off:s1,5:on:s1,12.5:publish`).
//!
//! A value with a `:` anywhere is in the first grammar; any other, compact.

use crate::model::base::clock::{Clock, TICK_SECONDS};
use crate::model::base::message::Msg;
use crate::model::base::number::{decimal, parse_decimal};
use crate::model::base::role::Role;
use crate::model::lab::command::{Command, Entry, SCRIPT_VERBS, ScriptArg, Takes, Verb};
use crate::model::lab::scenario::{CLIENTS, PEERS, SERVERS, Scenario, Sizes};
use crate::model::lab::scenario::{MAX_SCRIPT_ENTRIES, MAX_SCRIPT_SECONDS, sort_by_tick};
use crate::model::lesson::steps::{STEPS, step_name, step_named};

use super::notice::{Reader, short};

/// Which of the two script grammars a value is written in.
#[derive(Clone, Copy)]
enum Grammar {
    /// `seconds:word[:argument]`.
    First,
    /// `[delta ticks]letter[argument]`.
    Compact,
}

/// One entry of a script, read: its tick (`None` when its moment is not one a script may
/// name) and its verb and command (`None` when they are not a verb's).
struct Read {
    tick: Option<u64>,
    command: Option<(&'static Verb, Command)>,
}

/// The verb `is` picks and what follows it, read: `None` when no verb of
/// [`SCRIPT_VERBS`] is picked and takes this kind of argument. A size is any whole number
/// here ([`read_script`] clamps it); a tour step is read by `step` (1-based place).
fn script_command(
    is: impl Fn(&Verb) -> bool,
    arg: Option<&str>,
    step: fn(&str) -> Option<usize>,
) -> Option<(&'static Verb, Command)> {
    let verb = SCRIPT_VERBS
        .iter()
        .find(|verb| is(verb) && matches!(verb.takes, Takes::Nothing(_)) == arg.is_none())?;
    let arg = match (&verb.takes, arg) {
        (Takes::Nothing(_), None) => ScriptArg::None,
        (Takes::Node(_), Some(node)) => ScriptArg::Node(node),
        (Takes::Count(_), Some(n)) => ScriptArg::Count(whole(n)?),
        (Takes::Step(_), Some(text)) => ScriptArg::Step(step(text)?),
        _ => return None,
    };
    Some((verb, verb.command(arg)?))
}

/// A whole number; digits too many for one are still a number, far above any maximum.
fn whole(n: &str) -> Option<usize> {
    let digits = !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
    digits.then(|| n.parse().unwrap_or(usize::MAX))
}

/// A first-grammar entry, `seconds:word[:argument]`: the step by name or old number.
fn read_first(text: &str) -> Read {
    let mut fields = text.splitn(4, ':').map(str::trim);
    let (time, word) = (fields.next().unwrap_or(""), fields.next().unwrap_or(""));
    let arg = fields.next().map(str::to_ascii_lowercase);
    let word = word.to_ascii_lowercase();
    let step = |name: &str| step_named(name).map(|place| place + 1);
    let command = match fields.next() {
        Some(_) => None,
        None => script_command(|verb| verb.word == word, arg.as_deref(), step),
    };
    let seconds = parse_decimal(time).filter(|s| (0.0..=MAX_SCRIPT_SECONDS).contains(s));
    Read {
        tick: seconds.map(|s| Clock::at_seconds(s).ticks()),
        command,
    }
}

/// A compact entry, `[delta]letter[argument]`, `previous` ticks after the start: the
/// delta counts from the entry before as written, played or not.
fn read_compact(text: &str, previous: &mut u64) -> Read {
    let text = text.to_ascii_lowercase();
    let (delta, rest) = text.split_at(text.bytes().take_while(u8::is_ascii_digit).count());
    // Digits too many for a number: a moment far past the last one a script may name.
    let delta = match delta {
        "" => 0,
        digits => digits.parse().unwrap_or(u64::MAX),
    };
    *previous = previous.saturating_add(delta);
    let mut chars = rest.chars();
    let letter = chars.next();
    let arg = Some(chars.as_str()).filter(|arg| !arg.is_empty());
    let step = |key: &str| {
        let key = whole(key)?;
        STEPS
            .iter()
            .position(|s| s.key == key)
            .map(|place| place + 1)
    };
    let last = Clock::at_seconds(MAX_SCRIPT_SECONDS).ticks();
    Read {
        tick: Some(*previous).filter(|&tick| tick <= last),
        command: letter.and_then(|letter| script_command(|verb| verb.letter == letter, arg, step)),
    }
}

/// A script's entries, comma-separated, in either grammar: each bad one is skipped with a
/// notice naming it, the rest play in time order. At most [`MAX_SCRIPT_ENTRIES`] are read,
/// so a huge value costs no more than that. A node is checked against the sizes at its
/// moment, which the script's own size and tour entries may have changed.
pub(super) fn read_script(reader: &mut Reader, scenario: &Scenario, value: &str) -> Vec<Entry> {
    let grammar = match value.contains(':') {
        true => Grammar::First,
        false => Grammar::Compact,
    };
    let mut previous = 0;
    let mut entries: Vec<Entry> = Vec::new();
    let mut parts = value.split(',').map(str::trim).filter(|e| !e.is_empty());
    for text in parts.by_ref().take(MAX_SCRIPT_ENTRIES) {
        let entry = short(text);
        let read = match grammar {
            Grammar::First => read_first(text),
            Grammar::Compact => read_compact(text, &mut previous),
        };
        let Some((verb, mut command)) = read.command else {
            reader.note("script", Msg::NoticeScriptEntry { entry });
            continue;
        };
        let Some(tick) = read.tick else {
            let max = MAX_SCRIPT_SECONDS;
            reader.note("script", Msg::NoticeScriptTime { entry, max });
            continue;
        };
        if let Some((role, n)) = command.size() {
            let range = match role {
                Role::Server => SERVERS,
                Role::Client => CLIENTS,
                Role::Peer => PEERS,
            };
            let n = reader.clamp("script", entry.clone(), n as u64, range);
            command = verb.command(ScriptArg::Count(n)).unwrap_or(command);
        }
        // An entry written twice plays twice, as two clicks do: a Share link may hold
        // two Publishes, or off, on, off, at one moment, and each one counts.
        entries.push(Entry { tick, command });
    }
    if parts.next().is_some() {
        reader.note(
            "script",
            Msg::NoticeScriptLong {
                max: MAX_SCRIPT_ENTRIES,
            },
        );
    }
    // Stable: entries at the same moment play in the order written.
    sort_by_tick(&mut entries, |e| e.tick);
    // In time order, the sizes each entry meets.
    let mut sizes = scenario.sizes();
    entries.retain(|entry| {
        let command = &entry.command;
        if let Some((role, n)) = command.size() {
            sizes = sizes.resized(role, n);
        } else if let Some(place) = command.tour_step() {
            if let Some(scene) = STEPS
                .get(place.saturating_sub(1))
                .and_then(|step| step.scene)
            {
                sizes = Sizes {
                    servers: scene.servers,
                    clients: scene.clients,
                    peers: scene.peers,
                };
            }
        } else if command.node().is_some_and(|(_, id)| !sizes.has_node(id)) {
            // Named in the first grammar, which says its moment in seconds.
            let entry = short(&first_text(entry).unwrap_or_default());
            reader.note("script", Msg::NoticeScriptNode { entry });
            return false;
        }
        true
    });
    entries
}

/// A script as a link writes it, in the compact grammar. An entry no script verb says (a
/// display choice, say) is left out; entries play in time order, as a reader sorts them.
pub(super) fn write_script(script: &[Entry]) -> String {
    let mut script = script.to_vec();
    sort_by_tick(&mut script, |e| e.tick);
    let mut previous = 0;
    let mut texts = Vec::new();
    for entry in &script {
        if let Some(text) = compact_text(entry, previous) {
            texts.push(text);
            previous = entry.tick;
        }
    }
    texts.join(",")
}

/// One entry in the compact grammar, `previous` being the tick of the entry before, if a
/// script can say it.
fn compact_text(e: &Entry, previous: u64) -> Option<String> {
    let (verb, arg) = e.command.script_form()?;
    let delta = match e.tick.saturating_sub(previous) {
        0 => String::new(),
        delta => delta.to_string(),
    };
    let arg = match arg {
        ScriptArg::None => String::new(),
        ScriptArg::Node(node) => node.to_owned(),
        ScriptArg::Count(n) => n.to_string(),
        ScriptArg::Step(place) => STEPS[place.clamp(1, STEPS.len()) - 1].key.to_string(),
    };
    Some(format!("{delta}{}{arg}", verb.letter))
}

/// One entry in the first grammar, `seconds:word[:argument]`, if a script can say it.
/// One `format!` for all of them rather than one per verb: each costs the page's wasm
/// its own code.
fn first_text(e: &Entry) -> Option<String> {
    let at = decimal(e.tick as f64 * TICK_SECONDS);
    let (verb, arg) = e.command.script_form()?;
    let word = verb.word;
    let arg = match arg {
        ScriptArg::None => None,
        ScriptArg::Node(node) => Some(node.to_owned()),
        ScriptArg::Count(n) => Some(n.to_string()),
        ScriptArg::Step(place) => Some(step_name(place.saturating_sub(1)).to_owned()),
    };
    Some(match arg {
        Some(arg) => format!("{at}:{word}:{arg}"),
        None => format!("{at}:{word}"),
    })
}
