//! The class as a network: rebuilt at the class's size and model whenever it changes
//! shape, each node as its student's seat says, keeping the lesson's copies or starting
//! afresh as the page does.

use crate::model::base::kind::ModelKind;
use crate::model::base::role::Role;
use crate::model::classroom::protocol::Standing;
use crate::model::classroom::room::seats::Seat;
use crate::model::classroom::room::{
    Audience, Outgoing, ROOM_CAPACITY, ROOM_RATE, ROOM_SEED, Room,
};
use crate::model::lab::network;
use crate::model::sim::engine::Simulation;
use crate::model::sim::rate::Rate;
use crate::model::sim::topology::{NodeIndex, Topology};

/// What a rebuilt network keeps of the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Keep {
    /// The lesson so far: each student's node keeps its copy, and each server that stays
    /// a server keeps its own. The class changing shape by itself (a student joins) or by
    /// the network model, which the page has no command for, is not a fresh start.
    Lesson,
    /// Nothing but the seats: a fresh network, every copy the first version again, as the
    /// page's Reset and a change of its number of servers start one.
    Nothing,
}

impl Room {
    /// The network again at the class's size and model, each node as its student's seat
    /// (and each server as the teacher left it) says, keeping what `keep` says of the
    /// network before; requests in flight are forgotten, so a waiting student is back to
    /// idle and told so. Every screen is sent the present; after a fresh start each student is also
    /// told the copy their node holds now.
    pub(super) fn rebuild(&mut self, keep: Keep, out: &mut Vec<Outgoing>) {
        // A request in flight is forgotten with the network it travelled in; its student
        // is told so below, or their screen would say "waiting" for good.
        let mut cancelled = Vec::new();
        for (student, s) in self.students.iter_mut().enumerate() {
            if s.standing == Standing::Waiting {
                s.standing = Standing::Idle;
                cancelled.push(student);
            }
        }
        let mut simulation = network::start(
            class_network(self.model, self.servers, self.students.len()),
            ROOM_SEED,
            Rate::new(ROOM_RATE),
            ROOM_CAPACITY,
            self.simulation.clock(),
            self.down(),
        );
        match keep {
            Keep::Lesson => self.keep_copies(&mut simulation),
            Keep::Nothing => {}
        }
        simulation.clear_events();
        self.simulation = simulation;
        out.extend(self.present_state().into_iter().map(|msg| Outgoing {
            to: Audience::Everyone,
            msg,
        }));
        self.tell_current(out);
        self.watch_down(out);
        match keep {
            Keep::Lesson => {
                for student in cancelled {
                    self.tell_standing(student, out);
                }
            }
            Keep::Nothing => {
                for student in 0..self.students.len() {
                    self.tell_standing(student, out);
                }
            }
        }
    }

    /// Gives `rebuilt` the versions of the class's network so far: the newest, and each
    /// node's copy where the same student (or the same server) had one.
    fn keep_copies(&self, rebuilt: &mut Simulation) {
        let before = &self.simulation;
        let old_servers = before.topology().count(Role::Server);
        let old_model = before.topology().kind;
        let (model, servers) = (self.model, self.servers);
        rebuilt.keep_versions(before, |index| {
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
