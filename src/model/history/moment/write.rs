//! Writing a moment's text (the format is in the folder's `mod.rs`). This is the only part
//! of the moment the page carries, so it writes integers only, through one formatting call.

use crate::model::base::kind::ModelKind;
use crate::model::base::role::Role;
use crate::model::base::words::Words;
use crate::model::history::moment::{MOMENT_HEADER, MOMENT_VERSION, Moment};
use crate::model::history::{History, MarkKind};
use crate::model::sim::engine::Integrity;
use crate::model::sim::engine::versions::Consistency;
use crate::model::sim::event::{Event, FailReason};
use crate::model::sim::view::PacketShape;

/// The text being written: numbers, each after a space.
struct Writer(String);

impl Writer {
    /// Starts the line of `word`.
    fn line(&mut self, word: &str) {
        self.0.push('\n');
        self.0.push_str(word);
    }

    fn int(&mut self, n: u64) {
        use std::fmt::Write;
        let _ = write!(self.0, " {n}");
    }

    fn flag(&mut self, b: bool) {
        self.int(u64::from(b));
    }

    fn real(&mut self, x: f64) {
        self.int(x.to_bits());
    }

    fn maybe(&mut self, x: Option<f64>) {
        match x {
            Some(x) => self.real(x),
            None => self.0.push_str(" -"),
        }
    }
}

/// An event as a kind number and up to four numbers; routine traffic, which the log does
/// not keep, as `None`.
fn event_fields(event: &Event) -> Option<(u64, f64, [u64; 4])> {
    let n = |i: usize| i as u64;
    let reason = |r: FailReason| match r {
        FailReason::TargetOff => 0,
        FailReason::NoAnswer => 1,
        FailReason::NoPeerAnswered => 2,
        FailReason::OnlyDamaged => 3,
    };
    let fields = match *event {
        Event::NodeSwitched { at, node, up } => (0, at, [n(node), u64::from(up), 0, 0]),
        Event::Retried {
            at,
            request,
            requester,
            silent,
            next,
        } => (1, at, [request, n(requester), n(silent), n(next)]),
        Event::Failed {
            at,
            request,
            requester,
            target,
            reason: r,
        } => (2, at, [request, n(requester), n(target), reason(r)]),
        Event::Cancelled {
            at,
            request,
            requester,
        } => (3, at, [request, n(requester), 0, 0]),
        Event::Recovered { at, requester } => (4, at, [n(requester), 0, 0, 0]),
        Event::Published { at, node, version } => (5, at, [n(node), version.into(), 0, 0]),
        Event::Updated {
            at,
            node,
            from,
            version,
        } => (6, at, [n(node), n(from), version.into(), 0]),
        Event::Converged { at, version, after } => (7, at, [version.into(), after.to_bits(), 0, 0]),
        Event::HonestySet { at, node, honest } => (8, at, [n(node), u64::from(honest), 0, 0]),
        Event::Corrupted { at, node, from } => (9, at, [n(node), n(from), 0, 0]),
        Event::Rejected {
            at,
            request,
            requester,
            by,
            next,
        } => (
            10,
            at,
            [request, n(requester), n(by), next.map_or(0, |i| n(i) + 1)],
        ),
        Event::PublishRefused { at, node, server } => (11, at, [n(node), n(server), 0, 0]),
        Event::RequestSent { .. }
        | Event::RequestServed { .. }
        | Event::PacketDropped { .. }
        | Event::Answered { .. } => return None,
    };
    Some(fields)
}

impl Moment {
    /// The text of the moment `history` shows now (see the module's documentation).
    pub fn write(history: &History) -> String {
        let lab = history.lab();
        let shown = lab.snapshot();
        let mut w = Writer(MOMENT_HEADER.into());
        w.int(MOMENT_VERSION.into());
        w.line("lab");
        w.real(shown.time);
        w.real(shown.session_time);
        w.real(lab.reset_at());
        w.flag(shown.paused);
        w.real(shown.speed);
        w.flag(shown.words == Words::Library);
        w.flag(shown.verify);
        w.int(shown.tour_resume as u64);
        for kind in [ModelKind::ClientServer, ModelKind::PeerToPeer] {
            let (sim, d) = (lab.simulation(kind), shown.diagram(kind));
            let t = sim.topology();
            w.line("network");
            w.flag(kind == ModelKind::PeerToPeer);
            for role in [Role::Server, Role::Client, Role::Peer] {
                w.int(t.count(role) as u64);
            }
            w.flag(d.alarm);
            w.flag(sim.verify);
            w.flag(sim.integrity.contains(&Integrity::DamagedAtSource));
            let (state, version, seconds) = match d.consistency {
                Consistency::Original => (0, 0, 0.0),
                Consistency::Spreading {
                    version,
                    for_seconds,
                } => (1, version, for_seconds),
                Consistency::Converged {
                    version,
                    after_seconds,
                } => (2, version, after_seconds),
            };
            w.int(state);
            w.int(version.into());
            w.real(seconds);
            let m = &d.metrics;
            w.line("metrics");
            for count in [m.sent, m.answered, m.failed, m.cancelled, m.in_flight] {
                w.int(count);
            }
            for count in [m.stale, m.corrupt] {
                w.int(count as u64);
            }
            w.int(m.rejected);
            w.int(m.served as u64);
            w.int(m.requesters as u64);
            w.maybe(m.availability);
            for (node, failing) in d.nodes.iter().zip(&sim.failing) {
                w.line("node");
                for b in [node.up, node.honest, *failing, node.damaged, node.stale] {
                    w.flag(b);
                }
                w.int(node.version.into());
                w.real(node.load);
            }
            for p in &d.packets {
                w.line("packet");
                w.int(p.id);
                w.int(match p.shape {
                    PacketShape::Request => 0,
                    PacketShape::Response => 1,
                    PacketShape::Dropped => 2,
                    PacketShape::Corrupt => 3,
                });
                w.real(p.position.x);
                w.real(p.position.y);
            }
            for (kind, at, fields) in sim.logged_events().filter_map(event_fields) {
                w.line("event");
                w.int(kind);
                w.real(at);
                for f in fields {
                    w.int(f);
                }
            }
        }
        let timeline = history.timeline(usize::MAX);
        for s in &timeline.samples {
            w.line("sample");
            w.int(s.tick);
            w.maybe(s.client_server);
            w.maybe(s.peer_to_peer);
        }
        for (at, mark) in &timeline.marks {
            w.line("mark");
            w.real(*at);
            w.int(match mark {
                MarkKind::Switch { on: false } => 0,
                MarkKind::Switch { on: true } => 1,
                MarkKind::Publish => 2,
                MarkKind::Reset => 3,
            });
        }
        w.line("end");
        w.0.push('\n');
        w.0
    }
}
