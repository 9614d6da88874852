//! The class as a network: rebuilt at the class's size and model whenever it changes
//! shape, each node as its student's seat says.

use crate::model::base::kind::ModelKind;
use crate::model::classroom::protocol::Standing;
use crate::model::classroom::room::seats::Seat;
use crate::model::classroom::room::{Audience, Outgoing, ROOM_RATE, ROOM_SEED, Room};
use crate::model::lab::network;
use crate::model::sim::rate::Rate;
use crate::model::sim::topology::{NodeIndex, Topology};

impl Room {
    /// The network again at the class's size and model, each node as its student's seat
    /// (and the server as the teacher left it) says; requests in flight are forgotten,
    /// so a waiting student is back to idle.
    /// The versions published so far are kept: each student's node keeps its copy, and
    /// each server that stays a server keeps its own.
    pub(super) fn rebuild(&mut self, out: &mut Vec<Outgoing>) {
        for s in &mut self.students {
            if s.standing == Standing::Waiting {
                s.standing = Standing::Idle;
            }
        }
        let mut simulation = network::start(
            class_network(self.model, self.servers, self.students.len()),
            ROOM_SEED,
            Rate::new(ROOM_RATE),
            self.simulation.clock(),
            self.down(),
        );
        let before = &self.simulation;
        let old_servers = before
            .topology()
            .count(crate::model::base::role::Role::Server);
        let old_model = before.topology().kind;
        let (model, servers) = (self.model, self.servers);
        simulation.keep_versions(before, |index| {
            let student = match model {
                ModelKind::ClientServer if index < servers => {
                    // A server keeps its copy if it was a server before.
                    return (old_model == ModelKind::ClientServer && index < old_servers)
                        .then_some(index);
                }
                ModelKind::ClientServer => index - servers,
                ModelKind::PeerToPeer => index,
            };
            Some(index_in(old_model, old_servers.max(1), student))
        });
        simulation.clear_events();
        self.simulation = simulation;
        out.extend(self.present_state().into_iter().map(|msg| Outgoing {
            to: Audience::Everyone,
            msg,
        }));
        self.tell_current(out);
    }

    /// The nodes the class's network has off: each server the teacher left off, then each
    /// student's node whose student is not there, in node order.
    fn down(&self) -> Vec<NodeIndex> {
        let servers = match self.model {
            ModelKind::ClientServer => 0..self.servers,
            ModelKind::PeerToPeer => 0..0,
        };
        let servers = servers.filter(|&server| !self.servers_up[server]);
        let students = (self.students.iter().enumerate())
            .filter(|(_, s)| s.seat != Seat::Present)
            .map(|(i, _)| index_in(self.model, self.servers, i));
        servers.chain(students).collect()
    }
}

/// Where student `student` sits in a network of this model with `servers` servers.
pub(super) fn index_in(model: ModelKind, servers: usize, student: usize) -> NodeIndex {
    match model {
        ModelKind::ClientServer => servers + student,
        ModelKind::PeerToPeer => student,
    }
}

/// The class as a network: its servers and a client per student, or a peer per student.
pub(super) fn class_network(model: ModelKind, servers: usize, students: usize) -> Topology {
    match model {
        ModelKind::ClientServer => Topology::client_server(servers, students),
        ModelKind::PeerToPeer => Topology::peer_to_peer(students),
    }
}
