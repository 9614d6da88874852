//! Writing a moment's text (the format is in the folder's `mod.rs`). This is the only part
//! of the moment the page carries, so it writes integers only, through one formatting
//! function.

use crate::model::base::kind::ModelKind;
use crate::model::base::words::Words;
use crate::model::history::moment::{MOMENT_HEADER, MOMENT_VERSION, Moment};
use crate::model::history::{History, MarkKind};
use crate::model::sim::engine::Simulation;
use crate::model::sim::event::Event;
use crate::model::sim::explain::LastOutcome;
use crate::model::sim::topology::NodeIndex;
use crate::model::sim::view::DiagramSnapshot;

/// A missing number, written `-`: no count gets this high, and as bits it is a NaN, which
/// no real number of a moment is.
const NONE: u64 = u64::MAX;

/// The text being written.
struct Writer(String);

impl Writer {
    /// Adds the line of `word` with `numbers`. The one place that formats, and not inlined,
    /// so every line costs the page's wasm only its array of numbers.
    #[inline(never)]
    fn line(&mut self, word: &str, numbers: &[u64]) {
        use std::fmt::Write;
        self.0.push_str(word);
        for &n in numbers {
            let _ = match n {
                NONE => write!(self.0, " -"),
                n => write!(self.0, " {n}"),
            };
        }
        self.0.push('\n');
    }
}

/// A yes/no as a number.
fn flag(b: bool) -> u64 {
    u64::from(b)
}

/// A real number as its bits.
fn real(x: f64) -> u64 {
    x.to_bits()
}

/// A real number that may be missing.
fn maybe(x: Option<f64>) -> u64 {
    x.map_or(NONE, real)
}

/// A logged event as its kind, its time and up to three numbers (the nodes it names, a
/// flag, a version, a duration); routine traffic, which the log does not keep, as `None`.
/// Request numbers are not written: no file or view shows them.
fn event_fields(event: &Event) -> Option<[u64; 5]> {
    let n = |i: NodeIndex| i as u64;
    let kind = match event {
        Event::NodeSwitched { .. } => 0,
        Event::Retried { .. } => 1,
        Event::Failed { .. } => 2,
        Event::Cancelled { .. } => 3,
        Event::Recovered { .. } => 4,
        Event::Published { .. } => 5,
        Event::Updated { .. } => 6,
        Event::Converged { .. } => 7,
        Event::HonestySet { .. } => 8,
        Event::Corrupted { .. } => 9,
        Event::Rejected { .. } => 10,
        Event::PublishRefused { .. } => 11,
        Event::OwnCopyFailed { .. } => 12,
        Event::RequestSent { .. }
        | Event::RequestServed { .. }
        | Event::PacketDropped { .. }
        | Event::Answered { .. } => return None,
    };
    // Events of the same shape share an arm: the page's wasm is on a budget.
    let [a, b, c] = match *event {
        Event::NodeSwitched { node, up: yes, .. }
        | Event::HonestySet {
            node, honest: yes, ..
        } => [n(node), u64::from(yes), 0],
        Event::Corrupted {
            node, from: other, ..
        }
        | Event::PublishRefused {
            node,
            server: other,
            ..
        }
        | Event::OwnCopyFailed {
            node, next: other, ..
        } => [n(node), n(other), 0],
        Event::Cancelled { requester, .. } | Event::Recovered { requester, .. } => {
            [n(requester), 0, 0]
        }
        Event::Retried {
            requester,
            silent,
            next,
            ..
        } => [n(requester), n(silent), n(next)],
        Event::Failed {
            requester,
            target,
            reason,
            ..
        } => [n(requester), n(target), reason as u64],
        Event::Published { node, version, .. } => [n(node), version.into(), 0],
        Event::Updated {
            node,
            from,
            version,
            ..
        } => [n(node), n(from), version.into()],
        Event::Converged { version, after, .. } => [version.into(), after.to_bits(), 0],
        Event::Rejected {
            requester,
            by,
            next,
            ..
        } => [n(requester), n(by), next.map_or(0, |i| n(i) + 1)],
        _ => return None,
    };
    Some([kind, event.at().to_bits(), a, b, c])
}

/// The lines of one network: its opening line, metrics, nodes, packets and logged events.
/// Not inlined: each field is then read at a fixed place from `sim` and `d`.
#[inline(never)]
fn network(w: &mut Writer, sim: &Simulation, d: &DiagramSnapshot) {
    w.line(
        "network",
        &[
            flag(d.alarm),
            flag(sim.verify),
            flag(sim.bad_release()),
            sim.latest.into(),
            maybe(sim.published_at),
            maybe(sim.converged_at),
            maybe(d.capacity.per_second()),
        ],
    );
    let m = &d.metrics;
    w.line(
        "metrics",
        &[
            m.sent,
            m.answered,
            m.failed,
            m.cancelled,
            m.in_flight,
            m.rejected,
            maybe(m.availability),
        ],
    );
    for (n, &last) in d.nodes.iter().zip(&sim.last) {
        // As the reader reads it: 0 answered, 1 failed, 2 nothing yet.
        let last = match last {
            LastOutcome::Answered => 0,
            LastOutcome::Failed => 1,
            LastOutcome::Nothing => 2,
        };
        w.line(
            "node",
            &[
                flag(n.up),
                flag(n.honest),
                last,
                flag(n.damaged),
                n.version.into(),
                real(n.load),
                n.queue as u64,
            ],
        );
    }
    for p in &d.packets {
        // In the order `PacketShape` lists them, as the reader reads them.
        let shape = p.shape as u64;
        let (x, y) = (real(p.position.x), real(p.position.y));
        w.line("packet", &[p.id, shape, x, y]);
    }
    for fields in sim.logged_events().filter_map(event_fields) {
        w.line("event", &fields);
    }
}

impl Moment {
    /// The text of the moment `history` shows now (see the module's documentation).
    pub fn write(history: &History) -> String {
        let lab = history.lab();
        let shown = lab.snapshot();
        let sizes = lab.state().sizes;
        let mut w = Writer(String::new());
        w.line(MOMENT_HEADER, &[MOMENT_VERSION.into()]);
        w.line(
            "lab",
            &[
                real(shown.time),
                real(shown.session_time),
                flag(shown.paused),
                real(shown.speed),
                flag(shown.words == Words::Library),
                flag(shown.verify),
                shown.tour_resume as u64,
                sizes.servers as u64,
                sizes.clients as u64,
                sizes.peers as u64,
            ],
        );
        network(
            &mut w,
            lab.simulation(ModelKind::ClientServer),
            &shown.client_server,
        );
        network(
            &mut w,
            lab.simulation(ModelKind::PeerToPeer),
            &shown.peer_to_peer,
        );
        let timeline = history.timeline(usize::MAX);
        for s in &timeline.samples {
            let (cs, p2p) = (maybe(s.client_server), maybe(s.peer_to_peer));
            let down = (flag(s.client_server_down), flag(s.peer_to_peer_down));
            w.line("sample", &[s.tick, cs, p2p, down.0, down.1]);
        }
        for &(at, mark) in &timeline.marks {
            let kind = match mark {
                MarkKind::Switch { on: false } => 0,
                MarkKind::Switch { on: true } => 1,
                MarkKind::Publish => 2,
                MarkKind::Reset => 3,
            };
            w.line("mark", &[real(at), kind]);
        }
        w.line("end", &[]);
        w.0
    }
}
