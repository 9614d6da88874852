//! The request/response workload: what clients, servers and peers do.
//!
//! - A packet reaching a node that is off is dropped there (and shown for a moment).
//! - A server or peer that receives a request while on answers it at once if it has an
//!   answer saved up ([`Capacity`](crate::model::sim::capacity::Capacity)); otherwise the
//!   request waits in its queue, first come first served, while its answer could still
//!   reach the requester in time, and leaves it unanswered after that.
//! - A requester whose attempt timed out fails (a client: its server is the only one it
//!   may ask) or moves on to another partner (a peer, up to [`MAX_ATTEMPTS`] partners,
//!   chosen at random without knowing who is off, unless the network lists who is in it
//!   and on: [`Partners`]).
//! - A peer that checks copies (`verify`) rejects an answer that does not match the
//!   publisher's fingerprints and asks another partner at once, as after a timeout.
//! - Every client and peer that is on sends a new request each interval or so.

use rand::RngExt;

use crate::model::base::role::Role;
use crate::model::sim::capacity::Capacity;
use crate::model::sim::engine::versions::Heard;
use crate::model::sim::engine::{
    DROP_SHOW_SECONDS, Flight, HOP_SECONDS, MAX_ATTEMPTS, OpenRequest, Packet, PacketKind,
    Partners, Simulation, TIMEOUT_SECONDS,
};
use crate::model::sim::event::{Event, FailReason};
use crate::model::sim::explain::LastOutcome;
use crate::model::sim::topology::NodeIndex;

/// Why a requester moves on from its current attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MoveOn {
    /// No answer came in time.
    Silent,
    /// This node answered with a damaged copy, and checking caught it.
    Rejected(NodeIndex),
}

impl Simulation {
    pub(in crate::model) fn arrive(&mut self, packet: Packet, now: f64) {
        if !self.up[packet.to] {
            self.packets.push(Packet {
                flight: Flight::Dropped {
                    until: now + DROP_SHOW_SECONDS,
                },
                ..packet
            });
            self.emit(Event::PacketDropped {
                at: now,
                packet: packet.id,
                at_node: packet.to,
            });
            return;
        }
        match packet.kind {
            PacketKind::Request => match self.admit(packet.to, now) {
                true => self.answer(packet, now),
                false => self.service[packet.to].waiting.push(packet),
            },
            PacketKind::Response => {
                let requester = packet.to;
                // A peer that checks rejects a damaged answer and asks someone else; a
                // client trusts its server, which is where any fingerprints would come from.
                let rejects = self.verify
                    && self.topology.nodes[requester].role == Role::Peer
                    && !packet.integrity.passes_check();
                if rejects {
                    // Only the partner asked now: a late answer from an earlier one is moot.
                    let current = self.open.get(&packet.request).map(|r| r.target);
                    if current == Some(packet.from) {
                        self.move_on(packet.request, now, MoveOn::Rejected(packet.from));
                    }
                    return;
                }
                // Every answer carries the version the answering node holds (pull).
                self.adopt(
                    requester,
                    packet.from,
                    packet.version,
                    packet.integrity,
                    Heard::Answered,
                    now,
                );
                // A response to a request already given up on is simply ignored.
                if self.open.remove(&packet.request).is_some() {
                    self.emit(Event::Answered {
                        at: now,
                        request: packet.request,
                        requester,
                        by: packet.from,
                    });
                    let before =
                        std::mem::replace(&mut self.last[requester], LastOutcome::Answered);
                    if before == LastOutcome::Failed {
                        self.emit(Event::Recovered { at: now, requester });
                    }
                }
            }
        }
    }

    /// Whether `node` answers a request arriving now at once: it has an answer saved up
    /// and no earlier request waiting. Spends the answer.
    fn admit(&mut self, node: NodeIndex, now: f64) -> bool {
        if self.capacity == Capacity::Unlimited {
            return true;
        }
        let service = &mut self.service[node];
        service.save_up(self.capacity, now);
        let admitted = service.waiting.is_empty() && service.saved >= 1.0 - 1e-9;
        if admitted {
            service.saved -= 1.0;
        }
        admitted
    }

    /// Answers the waiting requests that the saved answers allow, oldest first, after
    /// letting go of those whose answer would now reach the requester after its time-out.
    pub(in crate::model) fn answer_waiting(&mut self, now: f64) {
        for node in 0..self.service.len() {
            if self.service[node].waiting.is_empty() {
                continue;
            }
            self.service[node].save_up(self.capacity, now);
            while let Some(&packet) = self.service[node].waiting.first() {
                let service = &mut self.service[node];
                if now + HOP_SECONDS > packet.sent_at + TIMEOUT_SECONDS + 1e-9 {
                    service.waiting.remove(0);
                } else if service.saved >= 1.0 - 1e-9 {
                    service.saved -= 1.0;
                    service.waiting.remove(0);
                    self.answer(packet, now);
                } else {
                    break;
                }
            }
        }
    }

    /// `packet`, a request, is answered now by the node it reached.
    fn answer(&mut self, packet: Packet, now: f64) {
        // A peer learns of a newer version from whoever asks it (push).
        // A peer that checks ignores a damaged copy pushed to it.
        let checked_out = self.verify && !packet.integrity.passes_check();
        if self.topology.nodes[packet.to].role == Role::Peer && !checked_out {
            self.adopt(
                packet.to,
                packet.from,
                packet.version,
                packet.integrity,
                Heard::Pushed,
                now,
            );
        }
        self.emit(Event::RequestServed {
            at: now,
            request: packet.request,
            by: packet.to,
        });
        self.send(PacketKind::Response, packet.to, packet.from, packet.request);
    }

    pub(in crate::model) fn expire(&mut self, now: f64) {
        let mut expired = std::mem::take(&mut self.expired);
        expired.extend(
            self.open
                .iter()
                .filter(|(_, r)| r.deadline <= now + 1e-9)
                .map(|(&id, _)| id),
        );
        for &request in &expired {
            self.move_on(request, now, MoveOn::Silent);
        }
        expired.clear();
        self.expired = expired;
    }

    /// The current attempt of `request` is over without a usable answer: a peer asks
    /// another partner if it has tries left, otherwise the request fails.
    fn move_on(&mut self, request: u64, now: f64, why: MoveOn) {
        let Some(open) = self.open.get(&request) else {
            return;
        };
        let (requester, silent, attempt) = (open.requester, open.target, open.attempt);
        let next = match self.topology.nodes[requester].role {
            Role::Peer if attempt < MAX_ATTEMPTS => self.pick_partner(requester, request),
            Role::Peer | Role::Client | Role::Server => None,
        };
        if let MoveOn::Rejected(by) = why {
            self.emit(Event::Rejected {
                at: now,
                request,
                requester,
                by,
                next,
            });
        }
        match next {
            Some(next) => {
                if let Some(open) = self.open.get_mut(&request) {
                    open.attempt += 1;
                    open.target = next;
                    open.tried[usize::from(open.attempt) - 1] = next;
                    open.deadline = now + TIMEOUT_SECONDS;
                }
                if why == MoveOn::Silent {
                    self.emit(Event::Retried {
                        at: now,
                        request,
                        requester,
                        silent,
                        next,
                    });
                }
                self.emit(Event::RequestSent {
                    at: now,
                    request,
                    from: requester,
                    to: next,
                    attempt: attempt + 1,
                });
                self.send(PacketKind::Request, requester, next, request);
            }
            None => {
                self.open.remove(&request);
                let reason = match (why, self.topology.nodes[requester].role) {
                    (MoveOn::Rejected(_), _) => FailReason::OnlyDamaged,
                    (MoveOn::Silent, Role::Peer) => FailReason::NoPeerAnswered,
                    (MoveOn::Silent, Role::Client | Role::Server) if self.up[silent] => {
                        FailReason::NoAnswer
                    }
                    (MoveOn::Silent, Role::Client | Role::Server) => FailReason::TargetOff,
                };
                self.last[requester] = LastOutcome::Failed;
                self.emit(Event::Failed {
                    at: now,
                    request,
                    requester,
                    target: silent,
                    reason,
                });
            }
        }
    }

    /// Another peer not yet tried for this request, as the network's [`Partners`] says.
    fn pick_partner(&mut self, requester: NodeIndex, request: u64) -> Option<NodeIndex> {
        let (tried, count) = self
            .open
            .get(&request)
            .map_or(([0; MAX_ATTEMPTS as usize], 0), |r| {
                (r.tried, usize::from(r.attempt))
            });
        let tried = &tried[..count];
        let nodes = self.topology.nodes.len();
        // Blind: the requester cannot know which peers are off, so it does not look.
        // Listed: an off peer only while no other is on; then the request finds out, by
        // its time-outs, that the network is down.
        match &mut self.partners {
            Partners::Blind => {}
            Partners::Listed(members) => return members.pick(&mut self.rng, requester, tried),
        }
        if nodes.saturating_sub(1 + tried.len()) == 0 {
            return None;
        }
        let allowed = |j: NodeIndex| j != requester && !tried.contains(&j);
        // Few partners are ever excluded, so a couple of draws almost always suffice.
        for _ in 0..16 {
            let j = self.rng.random_range(0..nodes);
            if allowed(j) {
                return Some(j);
            }
        }
        let candidates = (0..nodes).filter(|&j| allowed(j)).count();
        if candidates == 0 {
            return None;
        }
        let k = self.rng.random_range(0..candidates);
        (0..nodes).filter(|&j| allowed(j)).nth(k)
    }

    pub(in crate::model) fn send_new_requests(&mut self, now: f64) {
        for node in 0..self.next_send.len() {
            if self.next_send[node] > now + 1e-9 {
                continue;
            }
            // Each interval varies by a quarter either way, so requests do not march in step.
            let jitter = self.rng.random_range(-0.25..0.25) * self.interval;
            self.next_send[node] += self.interval + jitter;
            if self.up[node] {
                self.start_request(node, now);
            }
        }
    }

    /// A request from `requester` now, outside its usual rhythm (a classroom student's
    /// "ask"); nothing happens if the node is off or is a server, which never asks.
    pub fn ask(&mut self, requester: NodeIndex) {
        if requester < self.up.len() && self.up[requester] {
            let now = self.now();
            self.start_request(requester, now);
        }
    }

    fn start_request(&mut self, requester: NodeIndex, now: f64) {
        if let Some(target) = self.first_target(requester) {
            self.open_request(requester, target, now);
        }
    }

    /// Whom a new request of `requester` goes to: a client's server, a random partner of a
    /// peer; `None` for a server, which never asks, or a peer with nobody to ask.
    pub(in crate::model) fn first_target(&mut self, requester: NodeIndex) -> Option<NodeIndex> {
        match self.topology.nodes[requester].role {
            Role::Client => self.topology.nodes[requester].home,
            Role::Peer => self.pick_partner(requester, self.next_request),
            Role::Server => None,
        }
    }

    /// Sends a new request of `requester` to `target` now.
    pub(in crate::model) fn open_request(
        &mut self,
        requester: NodeIndex,
        target: NodeIndex,
        now: f64,
    ) {
        let request = self.next_request;
        self.next_request += 1;
        self.open.insert(
            request,
            OpenRequest {
                requester,
                target,
                attempt: 1,
                tried: [target; MAX_ATTEMPTS as usize],
                deadline: now + TIMEOUT_SECONDS,
            },
        );
        self.emit(Event::RequestSent {
            at: now,
            request,
            from: requester,
            to: target,
            attempt: 1,
        });
        self.send(PacketKind::Request, requester, target, request);
    }
}
