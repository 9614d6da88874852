//! The class as a network: grown by one node for a newcomer, everything else going on;
//! rebuilt at the class's model or number of servers when the teacher changes them, each
//! node as its student's seat says, keeping the lesson's copies or starting afresh as the
//! page does. A seat given up stays a node, switched off, but out of the
//! network: no server's client, no peer's partner; each client's server is the one its
//! student was given.

use crate::model::base::kind::ModelKind;
use crate::model::base::role::Role;
use crate::model::classroom::protocol::{ServerMsg, Standing};
use crate::model::classroom::room::seats::{Seat, Student};
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
    /// a server keeps its own. A change of the network model, which the page has no
    /// command for, is not a fresh start.
    Lesson,
    /// Nothing but the seats: a fresh network, every copy the first version again, as the
    /// page's Reset and a change of its number of servers start one.
    Nothing,
}

impl Room {
    /// The network again at the class's size and model, each node as its student's seat
    /// (and each server as the teacher left it) says, keeping what `keep` says of the
    /// network before; requests in flight are forgotten, so a waiting student's ask is
    /// counted cancelled, and they are back to idle and told so. Every screen is sent the present; after a fresh start each student is also
    /// told the copy their node holds now.
    pub(super) fn rebuild(&mut self, keep: Keep, out: &mut Vec<Outgoing>) {
        // A request in flight is forgotten with the network it travelled in; its student
        // is told so below, or their screen would say "waiting" for good.
        let mut cancelled = Vec::new();
        // An ask read but not yet sent (the same tick as the change) ends here too, though
        // its student was not yet told they are waiting.
        for (student, s) in self.students.iter_mut().enumerate() {
            let had_ask = s.asked.take().is_some();
            if had_ask {
                s.tally.cancelled += 1;
            }
            if had_ask || s.standing == Standing::Waiting {
                s.standing = Standing::Idle;
                cancelled.push(student);
            }
        }
        let mut simulation = network::start(
            class_network(self.model, self.servers, &self.students),
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
        simulation.list_partners(
            (self.servers_in(self.model).map(|_| true))
                .chain(self.students.iter().map(|s| s.seat != Seat::Left)),
        );
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

    /// Student `student`'s node joins the class's network or leaves it, as their seat now
    /// says: a peer that may be asked, a client of the server they were given.
    pub(super) fn enter(&mut self, student: usize) {
        let index = self.index_of(student);
        let s = &self.students[student];
        let member = s.seat != Seat::Left;
        let home = self.home_of(s);
        self.simulation.set_member(index, member);
        if let Some(node) = self.simulation.topology.nodes.get_mut(index)
            && node.role == Role::Client
        {
            node.home = home;
        }
    }

    /// Student `student`, just seated at the end of the class, becomes one more node at
    /// the end of the class's network, on: a client of the server they were given, or a
    /// peer. Nothing else changes (every other student's waiting ask goes on, every count
    /// and copy stays), so every screen is told only of the new shape and the new node,
    /// the host of what the newcomer changes in its numbers.
    pub(super) fn grow(&mut self, student: usize, out: &mut Vec<Outgoing>) {
        let role = match self.model {
            ModelKind::ClientServer => Role::Client,
            ModelKind::PeerToPeer => Role::Peer,
        };
        let home = self.home_of(&self.students[student]);
        self.simulation.grow(role, home);
        out.push(Outgoing {
            to: Audience::Everyone,
            msg: self.shape(),
        });
        out.push(Outgoing {
            to: Audience::Everyone,
            msg: ServerMsg::Node {
                node: self.node_of(student),
                up: true,
            },
        });
        self.tell_current(out);
        self.watch_down(out);
    }

    /// The server a student's client belongs to now: none for a seat given up.
    fn home_of(&self, s: &Student) -> Option<NodeIndex> {
        home_in(self.servers, s)
    }

    /// The next newcomer is given the next server in turn.
    pub(super) fn take_turn(&mut self) {
        self.next_server = (self.next_server + 1) % self.servers.max(1);
    }

    /// The teacher's number of servers spreads the class again, as the page spreads its
    /// clients: the students in the class, in seat order, in groups of one after another.
    pub(super) fn spread(&mut self) {
        let servers = self.servers.max(1);
        let members = self
            .students
            .iter()
            .filter(|s| s.seat != Seat::Left)
            .count();
        let mut k = 0;
        for s in &mut self.students {
            if s.seat != Seat::Left {
                s.server = k * servers / members.max(1);
                k += 1;
            }
        }
        self.next_server = members % servers;
    }

    /// The servers' indices in a network of this model: none in peer-to-peer.
    fn servers_in(&self, model: ModelKind) -> std::ops::Range<NodeIndex> {
        match model {
            ModelKind::ClientServer => 0..self.servers,
            ModelKind::PeerToPeer => 0..0,
        }
    }

    /// The nodes the class's network has off: each server the teacher left off, then each
    /// student's node whose student is not there, in node order.
    fn down(&self) -> Vec<NodeIndex> {
        let servers = (self.servers_in(self.model)).filter(|&server| !self.servers_up[server]);
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

/// The server (its index) of a student's client among `servers`: none for a seat given up.
fn home_in(servers: usize, s: &Student) -> Option<NodeIndex> {
    (s.seat != Seat::Left).then_some(s.server.min(servers.max(1) - 1))
}

/// The class as a network: its servers and a client per seat, each of a student in the
/// class belonging to the server they were given; or a peer per seat.
pub(super) fn class_network(model: ModelKind, servers: usize, students: &[Student]) -> Topology {
    match model {
        ModelKind::ClientServer => {
            let mut topology = Topology::client_server(servers, students.len());
            let servers = servers.max(1);
            for (node, s) in topology.nodes[servers..].iter_mut().zip(students) {
                node.home = home_in(servers, s);
            }
            topology
        }
        ModelKind::PeerToPeer => Topology::peer_to_peer(students.len()),
    }
}
