//! The script grammar: `seconds:action[:node]` entries, comma-separated, read leniently
//! (each bad entry skipped with a notice) and written back in their one spelling.

use crate::model::base::clock::{Clock, TICK_SECONDS};
use crate::model::base::message::Msg;
use crate::model::base::number::{decimal, parse_decimal};
use crate::model::base::role::Role;
use crate::model::lab::command::{Command, Entry, SCRIPT_VERBS, ScriptArg, Takes, Verb};
use crate::model::lab::scenario::{CLIENTS, PEERS, SERVERS, Scenario};
use crate::model::lab::scenario::{MAX_SCRIPT_ENTRIES, MAX_SCRIPT_SECONDS, sort_by_tick};
use crate::model::lesson::steps::{STEPS, step_name, step_named};

use super::notice::{Reader, quote};

/// The verb of a script entry and what follows it, read: `None` when no verb of
/// [`SCRIPT_VERBS`] has this word and takes this kind of argument. A size is any whole
/// number here: [`read_script`] clamps it.
fn script_command(word: &str, arg: Option<&str>) -> Option<(&'static Verb, Command)> {
    let verb = SCRIPT_VERBS.iter().find(|verb| {
        verb.word == word && matches!(verb.takes, Takes::Nothing(_)) == arg.is_none()
    })?;
    let arg = match (&verb.takes, arg) {
        (Takes::Nothing(_), None) => ScriptArg::None,
        (Takes::Node(_), Some(node)) => ScriptArg::Node(node),
        (Takes::Count(_), Some(n)) => {
            let whole = !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
            // Digits too many for a number are still a number: far above the maximum.
            whole.then(|| ScriptArg::Count(n.parse().unwrap_or(usize::MAX)))?
        }
        (Takes::Step(_), Some(step)) => ScriptArg::Step(step_named(step)? + 1),
        _ => return None,
    };
    Some((verb, verb.command(arg)?))
}

/// `seconds:action[:node]` entries, comma-separated: each bad one is skipped with a
/// notice naming it, the rest play in time order. At most [`MAX_SCRIPT_ENTRIES`] are read,
/// so a huge value costs no more than that. A node is checked against the sizes at its
/// moment, which the script's own size and tour entries may have changed.
pub(super) fn read_script(reader: &mut Reader, scenario: &Scenario, value: &str) -> Vec<Entry> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut parts = value.split(',').map(str::trim).filter(|e| !e.is_empty());
    for text in parts.by_ref().take(MAX_SCRIPT_ENTRIES) {
        let entry = quote(text);
        let mut fields = text.splitn(4, ':').map(str::trim);
        let (time, word) = (fields.next().unwrap_or(""), fields.next().unwrap_or(""));
        let arg = fields.next().map(str::to_ascii_lowercase);
        let read = match fields.next() {
            Some(_) => None,
            None => script_command(&word.to_ascii_lowercase(), arg.as_deref()),
        };
        let Some((verb, mut command)) = read else {
            reader.note("script", Msg::NoticeScriptEntry { entry });
            continue;
        };
        let seconds = parse_decimal(time);
        let Some(seconds) = seconds.filter(|s| (0.0..=MAX_SCRIPT_SECONDS).contains(s)) else {
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
        let entry_value = Entry {
            tick: Clock::at_seconds(seconds).ticks(),
            command,
        };
        // An entry written twice plays twice, as two clicks do: a Share link may hold
        // two Publishes, or off, on, off, at one moment, and each one counts.
        entries.push(entry_value);
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
    let mut sizes = scenario.clone();
    entries.retain(|entry| {
        let command = &entry.command;
        if let Some((role, n)) = command.size() {
            sizes = sizes.resized(role, n);
        } else if let Some(place) = command.tour_step() {
            if let Some(scene) = STEPS
                .get(place.saturating_sub(1))
                .and_then(|step| step.scene)
            {
                sizes.servers = scene.servers;
                sizes.clients = scene.clients;
                sizes.peers = scene.peers;
            }
        } else if command.node().is_some_and(|(_, id)| !sizes.has_node(id)) {
            // Named as a link writes it: the same entry, in its one spelling.
            let entry = quote(&script_text(entry).unwrap_or_default());
            reader.note("script", Msg::NoticeScriptNode { entry });
            return false;
        }
        true
    });
    entries
}

/// A script as a link writes it: `seconds:action[:node]`, comma-separated. An entry no
/// script verb says (a display choice, say) is left out.
pub(super) fn write_script(script: &[Entry]) -> String {
    script
        .iter()
        .filter_map(script_text)
        .collect::<Vec<_>>()
        .join(",")
}

/// One script entry as a link writes it: `seconds:action[:node]`, if a script can say
/// it. One `format!` for all of them rather than one per verb: each costs the page's
/// wasm its own code.
fn script_text(e: &Entry) -> Option<String> {
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
