//! The request/response workload: what clients, servers and peers do.
//!
//! - A packet reaching a node that is off is dropped there (and shown for a moment).
//! - A server or peer that receives a request while on answers it at once.
//! - A requester whose attempt timed out fails (a client: its server is the only one it
//!   may ask) or moves on to another partner (a peer, up to [`MAX_ATTEMPTS`] partners,
//!   chosen at random without knowing who is off).
//! - Every client and peer that is on sends a new request each interval or so.

use rand::RngExt;

use super::engine::{
    DROP_SHOW_SECONDS, Flight, MAX_ATTEMPTS, OpenRequest, Packet, PacketKind, Simulation,
    TIMEOUT_SECONDS,
};
use super::event::{Event, FailReason};
use super::role::Role;
use super::topology::NodeIndex;

impl Simulation {
    pub(super) fn arrive(&mut self, packet: Packet, now: f64) {
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
            PacketKind::Request => {
                // A peer learns of a newer version from whoever asks it (push).
                if self.topology.nodes[packet.to].role == Role::Peer {
                    self.adopt(packet.to, packet.from, packet.version, now);
                }
                self.emit(Event::RequestServed {
                    at: now,
                    request: packet.request,
                    by: packet.to,
                });
                self.send(PacketKind::Response, packet.to, packet.from, packet.request);
            }
            PacketKind::Response => {
                let requester = packet.to;
                // Every answer carries the version the answering node holds (pull).
                self.adopt(requester, packet.from, packet.version, now);
                // A response to a request already given up on is simply ignored.
                if self.open.remove(&packet.request).is_some() {
                    self.emit(Event::Answered {
                        at: now,
                        request: packet.request,
                        requester,
                        by: packet.from,
                    });
                    if std::mem::replace(&mut self.failing[requester], false) {
                        self.emit(Event::Recovered { at: now, requester });
                    }
                }
            }
        }
    }

    pub(super) fn expire(&mut self, now: f64) {
        let mut expired = std::mem::take(&mut self.expired);
        expired.extend(
            self.open
                .iter()
                .filter(|(_, r)| r.deadline <= now + 1e-9)
                .map(|(&id, _)| id),
        );
        for &request in &expired {
            self.give_up_attempt(request, now);
        }
        expired.clear();
        self.expired = expired;
    }

    fn give_up_attempt(&mut self, request: u64, now: f64) {
        let Some(open) = self.open.get(&request) else {
            return;
        };
        let (requester, silent, attempt) = (open.requester, open.target, open.attempt);
        let next = match self.topology.nodes[requester].role {
            Role::Peer if attempt < MAX_ATTEMPTS => self.pick_partner(requester, request),
            Role::Peer | Role::Client | Role::Server => None,
        };
        match next {
            Some(next) => {
                if let Some(open) = self.open.get_mut(&request) {
                    open.attempt += 1;
                    open.target = next;
                    open.tried[usize::from(open.attempt) - 1] = next;
                    open.deadline = now + TIMEOUT_SECONDS;
                }
                self.emit(Event::Retried {
                    at: now,
                    request,
                    requester,
                    silent,
                    next,
                });
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
                let reason = match self.topology.nodes[requester].role {
                    Role::Peer => FailReason::NoPeerAnswered,
                    Role::Client | Role::Server if self.up[silent] => FailReason::NoAnswer,
                    Role::Client | Role::Server => FailReason::TargetOff,
                };
                self.failing[requester] = true;
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

    /// A random other peer not yet tried for this request. The requester cannot know
    /// which peers are off, so it does not look.
    fn pick_partner(&mut self, requester: NodeIndex, request: u64) -> Option<NodeIndex> {
        let (tried, count) = self
            .open
            .get(&request)
            .map_or(([0; MAX_ATTEMPTS as usize], 0), |r| {
                (r.tried, usize::from(r.attempt))
            });
        let tried = &tried[..count];
        let nodes = self.topology.nodes.len();
        let candidates = nodes.saturating_sub(1 + tried.len());
        if candidates == 0 {
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
        let k = self.rng.random_range(0..candidates);
        (0..nodes).filter(|&j| allowed(j)).nth(k)
    }

    pub(super) fn send_new_requests(&mut self, now: f64) {
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
        let request = self.next_request;
        let target = match self.topology.nodes[requester].role {
            Role::Client => self.topology.nodes[requester].home,
            Role::Peer => self.pick_partner(requester, request),
            Role::Server => None,
        };
        let Some(target) = target else {
            return;
        };
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
