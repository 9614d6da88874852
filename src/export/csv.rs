//! The numbers as CSV files a spreadsheet opens: the event log, the metrics now and over
//! time, and the scaling chart's points. RFC 4180 quoting and CRLF line ends, UTF-8 with a
//! byte-order mark (so spreadsheet programs read accents), and `;` between fields where the
//! language writes decimal commas (a comma would split "0,5" in two).

use super::label;
use crate::model::{
    LabSnapshot, Lang, LogEntry, ModelKind, Msg, Outcome, Role, Sample, ScalingPoint, Words,
};
use crate::text::{Catalogue, Value, render};

/// A table: a header row and rows of the same width.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// The column titles, in the catalogue's language.
    pub header: Vec<String>,
    /// The data rows, each as wide as `header`, as plain text (quoted when written).
    pub rows: Vec<Vec<String>>,
}

/// The byte-order mark that tells a spreadsheet program the file is UTF-8.
pub const BOM: char = '\u{feff}';

/// The field separator for `lang`: `;` where a comma is the decimal mark.
pub fn separator(lang: Lang) -> char {
    match lang {
        Lang::En => ',',
        Lang::Fr | Lang::De | Lang::Es => ';',
    }
}

/// One field, quoted when it holds the separator, a quote, or a line break (RFC 4180).
fn field(out: &mut String, value: &str, separator: char) {
    if value.contains([separator, '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

/// `table` as CSV text for `lang`, with a byte-order mark.
pub fn write(table: &Table, lang: Lang) -> String {
    let separator = separator(lang);
    let mut out = String::from(BOM);
    for row in std::iter::once(&table.header).chain(&table.rows) {
        for (i, value) in row.iter().enumerate() {
            if i > 0 {
                out.push(separator);
            }
            field(&mut out, value, separator);
        }
        out.push_str("\r\n");
    }
    out
}

fn network(catalogue: &Catalogue, words: Words, kind: ModelKind) -> String {
    let key = match kind {
        ModelKind::ClientServer => "ui-export-client-server",
        ModelKind::PeerToPeer => "ui-export-peer-to-peer",
    };
    label(catalogue, words, key, &[])
}

/// What an entry came to, in one word or two: the column a spreadsheet filters on.
/// `role` is the node's the entry is about, for the languages whose words agree with it.
fn outcome(outcome: Outcome, role: Option<Role>, catalogue: &Catalogue, words: Words) -> String {
    let version = |v: u32| [("version", Value::Number(v.into(), 0))];
    let role = vec![("role", Value::Text(role.map_or("", Role::slug).into()))];
    let (key, args): (&str, Vec<(&str, Value)>) = match outcome {
        Outcome::On => ("ui-outcome-on", role),
        Outcome::Off => ("ui-outcome-off", role),
        Outcome::Published { version: v } => ("ui-outcome-published", version(v).into()),
        Outcome::Updated { version: v } => ("ui-outcome-updated", version(v).into()),
        Outcome::Converged { version: v } => ("ui-outcome-converged", version(v).into()),
        Outcome::Retried => ("ui-outcome-retried", vec![]),
        Outcome::Failed => ("ui-outcome-failed", vec![]),
        Outcome::Cancelled => ("ui-outcome-cancelled", vec![]),
        Outcome::Answered => ("ui-outcome-answered", vec![]),
        Outcome::Dishonest => ("ui-outcome-dishonest", vec![]),
        Outcome::Honest => ("ui-outcome-honest", vec![]),
        Outcome::Corrupted => ("ui-outcome-corrupted", vec![]),
        Outcome::Rejected => ("ui-outcome-rejected", vec![]),
        Outcome::Refetched => ("ui-outcome-refetched", vec![]),
        Outcome::Refused => ("ui-outcome-refused", vec![]),
    };
    label(catalogue, words, key, &args)
}

/// One network's log entries as rows, with their times on the page's clock (session
/// seconds, which Reset does not restart).
fn event_rows(
    log: &[LogEntry],
    kind: ModelKind,
    catalogue: &Catalogue,
    words: Words,
) -> Vec<(f64, Vec<String>)> {
    let lang = catalogue.lang();
    let network = network(catalogue, words, kind);
    log.iter()
        .map(|entry| {
            let time = entry.at.max(0.0);
            let name = entry
                .node
                .map(|n| render(&Msg::Node(n), catalogue, words))
                .unwrap_or_default();
            let row = vec![
                lang.number(time, 2),
                network.clone(),
                name,
                render(&entry.line, catalogue, words),
                outcome(entry.outcome, entry.node.map(|n| n.role), catalogue, words),
            ];
            (time, row)
        })
        .collect()
}

/// The event log of both networks, oldest first: time on the page's clock (session
/// seconds), network, node, what happened, outcome. As long as the page's log: the latest
/// lines of each network.
pub fn events(
    client_server: &[LogEntry],
    peer_to_peer: &[LogEntry],
    catalogue: &Catalogue,
    words: Words,
) -> Table {
    // Each network's log is in time order: merged into one timeline (client-server first
    // at equal times), rather than sorted, which would cost a sort's code.
    let rows = |log, kind| event_rows(log, kind, catalogue, words).into_iter();
    let mut client_server = rows(client_server, ModelKind::ClientServer).peekable();
    let mut peer_to_peer = rows(peer_to_peer, ModelKind::PeerToPeer).peekable();
    let mut rows = Vec::new();
    loop {
        let next = match (client_server.peek(), peer_to_peer.peek()) {
            (Some(a), Some(b)) if b.0 < a.0 => peer_to_peer.next(),
            (Some(_), _) => client_server.next(),
            (None, _) => peer_to_peer.next(),
        };
        match next {
            Some((_, row)) => rows.push(row),
            None => break,
        }
    }
    Table {
        header: [
            "ui-csv-time",
            "ui-csv-network",
            "ui-csv-node",
            "ui-csv-event",
            "ui-csv-outcome",
        ]
        .map(|k| label(catalogue, words, k, &[]))
        .into(),
        rows,
    }
}

/// Each network's numbers now, one row per network: the counts, who is served, the
/// availability over the recent window (empty before anything is measured), stale copies.
pub fn metrics(snapshot: &LabSnapshot, catalogue: &Catalogue) -> Table {
    let (words, lang) = (snapshot.words, catalogue.lang());
    let header = [
        "ui-csv-time",
        "ui-csv-network",
        "ui-csv-sent",
        "ui-csv-answered",
        "ui-csv-failed",
        "ui-csv-cancelled",
        "ui-csv-waiting",
        "ui-csv-served",
        "ui-csv-requesters",
        "ui-csv-availability",
        "ui-csv-stale",
    ]
    .map(|k| label(catalogue, words, k, &[]))
    .into();
    let rows = [ModelKind::ClientServer, ModelKind::PeerToPeer]
        .into_iter()
        .map(|kind| {
            let m = &snapshot.diagram(kind).metrics;
            vec![
                lang.number(snapshot.time.max(0.0), 2),
                network(catalogue, words, kind),
                m.sent.to_string(),
                m.answered.to_string(),
                m.failed.to_string(),
                m.cancelled.to_string(),
                m.in_flight.to_string(),
                m.served.to_string(),
                m.requesters.to_string(),
                m.availability
                    .map(|a| lang.number(a * 100.0, 1))
                    .unwrap_or_default(),
                m.stale.to_string(),
            ]
        })
        .collect();
    Table { header, rows }
}

/// The "Which model scales?" chart's points: N, both bounds and both simulated times, in
/// hours (a simulated time not yet run is empty).
pub fn scaling(points: &[ScalingPoint], catalogue: &Catalogue, words: Words) -> Table {
    let lang = catalogue.lang();
    let hours = |h: Option<f64>| h.map(|h| lang.number(h, 4)).unwrap_or_default();
    Table {
        header: [
            "ui-csv-receivers",
            "ui-csv-cs-bound",
            "ui-csv-p2p-bound",
            "ui-csv-cs-simulated",
            "ui-csv-p2p-simulated",
        ]
        .map(|k| label(catalogue, words, k, &[]))
        .into(),
        rows: points
            .iter()
            .map(|p| {
                vec![
                    p.receivers.to_string(),
                    hours(Some(p.client_server_bound)),
                    hours(Some(p.peer_to_peer_bound)),
                    hours(p.client_server_simulated),
                    hours(p.peer_to_peer_simulated),
                ]
            })
            .collect(),
    }
}

/// Availability over time, as the timeline plots it: one row per kept sample, with the
/// session's time, each network's availability over its window (empty where nothing
/// was measured) and whether each network was down then (`1`, else `0`), as the
/// timeline's bands show it.
pub fn timeline<'a>(
    samples: impl Iterator<Item = &'a Sample>,
    catalogue: &Catalogue,
    words: Words,
) -> Table {
    let lang = catalogue.lang();
    let percent = |a: Option<f64>| a.map(|a| lang.number(a * 100.0, 1)).unwrap_or_default();
    Table {
        header: [
            "ui-csv-time",
            "ui-csv-cs-availability",
            "ui-csv-p2p-availability",
        ]
        .map(|k| label(catalogue, words, k, &[]))
        .into_iter()
        .chain(
            [ModelKind::ClientServer, ModelKind::PeerToPeer].map(|kind| {
                let network = Value::Text(network(catalogue, words, kind));
                label(catalogue, words, "ui-csv-down", &[("network", network)])
            }),
        )
        .collect(),
        rows: samples
            .map(|s| {
                let down = |kind| u8::from(s.down(kind)).to_string();
                vec![
                    lang.number(s.seconds(), 2),
                    percent(s.client_server),
                    percent(s.peer_to_peer),
                    down(ModelKind::ClientServer),
                    down(ModelKind::PeerToPeer),
                ]
            })
            .collect(),
    }
}
