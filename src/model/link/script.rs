//! The script grammar: `seconds:action[:node]` entries, comma-separated, read leniently
//! (each bad entry skipped with a notice) and written back in their one spelling.

use crate::model::base::clock::{Clock, TICK_SECONDS};
use crate::model::base::message::Msg;
use crate::model::base::number::{decimal, parse_decimal};
use crate::model::base::role::Role;
use crate::model::lab::scenario::{CLIENTS, PEERS, SERVERS, Scenario};
use crate::model::lab::scenario::{
    MAX_SCRIPT_ENTRIES, MAX_SCRIPT_SECONDS, ScriptAction, ScriptEntry, sort_by_tick,
};
use crate::model::lesson::steps::{STEPS, step_name, step_named};

use super::notice::{Reader, quote};

/// The action words of a script entry; those naming a node, a size or a tour step take it
/// as a third part. A size is any whole number here: [`read_script`] clamps it.
fn script_action(word: &str, arg: Option<String>) -> Option<ScriptAction> {
    let size = |role, n: &str| {
        let whole = !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
        // Digits too many for a number are still a number: far above the maximum.
        whole.then(|| ScriptAction::Resize(role, n.parse().unwrap_or(usize::MAX)))
    };
    match (word, arg) {
        ("off", Some(node)) => Some(ScriptAction::Off(node)),
        ("on", Some(node)) => Some(ScriptAction::On(node)),
        ("publish", None) => Some(ScriptAction::Publish),
        ("reset", None) => Some(ScriptAction::Reset),
        ("publish", Some(node)) => Some(ScriptAction::PublishFrom(node)),
        ("dishonest", Some(node)) => Some(ScriptAction::Dishonest(node)),
        ("honest", Some(node)) => Some(ScriptAction::Honest(node)),
        ("verify", None) => Some(ScriptAction::Verify(true)),
        ("noverify", None) => Some(ScriptAction::Verify(false)),
        ("servers", Some(n)) => size(Role::Server, &n),
        ("clients", Some(n)) => size(Role::Client, &n),
        ("peers", Some(n)) => size(Role::Peer, &n),
        ("tour", Some(step)) => step_named(&step).map(|place| ScriptAction::Tour(place + 1)),
        _ => None,
    }
}

/// The node a script action names, if it names one.
fn script_node(action: &ScriptAction) -> Option<&str> {
    match action {
        ScriptAction::Off(node)
        | ScriptAction::On(node)
        | ScriptAction::PublishFrom(node)
        | ScriptAction::Dishonest(node)
        | ScriptAction::Honest(node) => Some(node),
        _ => None,
    }
}

/// `seconds:action[:node]` entries, comma-separated: each bad one is skipped with a
/// notice naming it, the rest play in time order. At most [`MAX_SCRIPT_ENTRIES`] are read,
/// so a huge value costs no more than that. A node is checked against the sizes at its
/// moment, which the script's own size and tour entries may have changed.
pub(super) fn read_script(
    reader: &mut Reader,
    scenario: &Scenario,
    value: &str,
) -> Vec<ScriptEntry> {
    let mut entries: Vec<ScriptEntry> = Vec::new();
    let mut parts = value.split(',').map(str::trim).filter(|e| !e.is_empty());
    for text in parts.by_ref().take(MAX_SCRIPT_ENTRIES) {
        let entry = quote(text);
        let mut fields = text.splitn(4, ':').map(str::trim);
        let (time, word) = (fields.next().unwrap_or(""), fields.next().unwrap_or(""));
        let arg = fields.next().map(str::to_ascii_lowercase);
        let action = match fields.next() {
            Some(_) => None,
            None => script_action(&word.to_ascii_lowercase(), arg),
        };
        let Some(mut action) = action else {
            reader.note("script", Msg::NoticeScriptEntry { entry });
            continue;
        };
        let seconds = parse_decimal(time);
        let Some(seconds) = seconds.filter(|s| (0.0..=MAX_SCRIPT_SECONDS).contains(s)) else {
            let max = MAX_SCRIPT_SECONDS;
            reader.note("script", Msg::NoticeScriptTime { entry, max });
            continue;
        };
        if let ScriptAction::Resize(role, n) = action {
            let range = match role {
                Role::Server => SERVERS,
                Role::Client => CLIENTS,
                Role::Peer => PEERS,
            };
            action =
                ScriptAction::Resize(role, reader.clamp("script", entry.clone(), n as u64, range));
        }
        let entry_value = ScriptEntry {
            tick: Clock::at_seconds(seconds).ticks(),
            action,
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
        match &entry.action {
            &ScriptAction::Resize(role, n) => sizes = sizes.resized(role, n),
            &ScriptAction::Tour(place) => {
                if let Some(scene) = STEPS
                    .get(place.saturating_sub(1))
                    .and_then(|step| step.scene)
                {
                    sizes.servers = scene.servers;
                    sizes.clients = scene.clients;
                    sizes.peers = scene.peers;
                }
            }
            action if script_node(action).is_some_and(|id| !sizes.has_node(id)) => {
                // Named as a link writes it: the same entry, in its one spelling.
                let entry = quote(&script_text(entry));
                reader.note("script", Msg::NoticeScriptNode { entry });
                return false;
            }
            _ => {}
        }
        true
    });
    entries
}

/// A script as a link writes it: `seconds:action[:node]`, comma-separated.
pub(super) fn write_script(script: &[ScriptEntry]) -> String {
    script.iter().map(script_text).collect::<Vec<_>>().join(",")
}

/// One script entry as a link writes it: `seconds:action[:node]`. One `format!` for all
/// of them rather than one per action: each costs the page's wasm its own code.
fn script_text(e: &ScriptEntry) -> String {
    let at = decimal(e.tick as f64 * TICK_SECONDS);
    let number;
    let (word, arg) = match &e.action {
        ScriptAction::Off(node) => ("off", Some(node.as_str())),
        ScriptAction::On(node) => ("on", Some(node.as_str())),
        ScriptAction::Publish => ("publish", None),
        ScriptAction::Reset => ("reset", None),
        ScriptAction::PublishFrom(node) => ("publish", Some(node.as_str())),
        ScriptAction::Dishonest(node) => ("dishonest", Some(node.as_str())),
        ScriptAction::Honest(node) => ("honest", Some(node.as_str())),
        ScriptAction::Verify(true) => ("verify", None),
        ScriptAction::Verify(false) => ("noverify", None),
        ScriptAction::Resize(role, n) => {
            number = n.to_string();
            (size_word(*role), Some(number.as_str()))
        }
        ScriptAction::Tour(place) => ("tour", Some(step_name(place.saturating_sub(1)))),
    };
    match arg {
        Some(arg) => format!("{at}:{word}:{arg}"),
        None => format!("{at}:{word}"),
    }
}

/// The word of a script's size action, as the link's own size parameter is named.
fn size_word(role: Role) -> &'static str {
    match role {
        Role::Server => "servers",
        Role::Client => "clients",
        Role::Peer => "peers",
    }
}
