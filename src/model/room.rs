//! One live classroom: the single truth about a class that is a network.
//!
//! The classroom server keeps one `Room` per lesson and feeds it, in the order they
//! arrived, the teacher's and the students' actions and the time that passes; the room
//! runs the same [`Simulation`] the page runs and answers with the messages each screen
//! needs. It decides who may do what (a student acts on their own node only; the host
//! secret is checked by the server before a teacher's action reaches here) and what
//! every screen should show; it never touches a socket or a clock.

use super::engine::Simulation;
use super::event::Event;
use super::role::{Role, node_id};
use super::scenario::Rate;
use super::topology::{ModelKind, NodeIndex, Topology};
use super::wire::{ROOM_MAX_STUDENTS, Refusal, ServerMsg, Standing};

/// How long a student whose connection dropped keeps their node for coming back.
pub const REJOIN_SECONDS: f64 = 60.0;
/// The room's own traffic is a request every ten seconds per node (the model's slowest):
/// the lesson is in the students' own "ask".
const ROOM_RATE: f64 = Rate::MIN;
/// The room's networks are seeded alike, so that a replay is the same lesson.
const ROOM_SEED: u64 = 16;

/// Who a message is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    Everyone,
    Host,
    Student(usize),
}

/// A message and who should get it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outgoing {
    pub to: Audience,
    pub msg: ServerMsg,
}

/// Where a student is.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Seat {
    Present,
    /// Their connection dropped at this room time; the node is off, and theirs again if
    /// they come back within [`REJOIN_SECONDS`].
    Away {
        since: f64,
    },
    /// Gone for good (Leave, or away too long): the node stays, switched off.
    Left,
}

#[derive(Clone, Debug)]
struct Student {
    /// Kept in memory only, and sent only to the host.
    name: String,
    token: String,
    seat: Seat,
    standing: Standing,
    answers: u64,
}

/// One lesson: its students, the network they form, and the one order of what happened.
#[derive(Clone, Debug)]
pub struct Room {
    model: ModelKind,
    students: Vec<Student>,
    /// Whether the server (client-server) is on; kept across rebuilds.
    server_up: bool,
    simulation: Simulation,
    /// Room time, seconds since the room opened.
    now: f64,
}

impl Default for Room {
    fn default() -> Room {
        Room::new()
    }
}

impl Room {
    pub fn new() -> Room {
        let model = ModelKind::ClientServer;
        Room {
            model,
            students: Vec::new(),
            server_up: true,
            simulation: Simulation::with_rate(network(model, 0), ROOM_SEED, Rate::new(ROOM_RATE)),
            now: 0.0,
        }
    }

    pub fn model(&self) -> ModelKind {
        self.model
    }

    /// Students whose screen is connected now.
    pub fn present(&self) -> usize {
        self.students
            .iter()
            .filter(|s| s.seat == Seat::Present)
            .count()
    }

    /// Seconds since the room opened.
    pub fn now(&self) -> f64 {
        self.now
    }

    /// The node id of student `student` in the current model.
    pub fn node_of(&self, student: usize) -> String {
        match self.model {
            ModelKind::ClientServer => node_id(Role::Client, student + 1),
            ModelKind::PeerToPeer => node_id(Role::Peer, student + 1),
        }
    }

    fn index_of(&self, student: usize) -> NodeIndex {
        match self.model {
            ModelKind::ClientServer => student + 1,
            ModelKind::PeerToPeer => student,
        }
    }

    /// What a screen needs to show the present: sent to a late joiner and to everyone
    /// after the network changed shape.
    pub fn present_state(&self) -> Vec<ServerMsg> {
        vec![
            ServerMsg::Shape {
                model: self.model,
                nodes: self.simulation.topology().nodes.len(),
            },
            ServerMsg::Nodes {
                up: self.simulation.up().to_vec(),
            },
            ServerMsg::Students(self.present()),
        ]
    }

    /// The names, for a host that (re)connects.
    pub fn names(&self) -> Vec<ServerMsg> {
        (0..self.students.len())
            .map(|i| ServerMsg::Name {
                node: self.node_of(i),
                name: self.students[i].name.clone(),
            })
            .collect()
    }

    /// A new student called `name` (already cleaned, see [`super::wire::clean_name`]),
    /// holding `token` for coming back. Returns their number.
    pub fn join(
        &mut self,
        name: String,
        token: String,
        out: &mut Vec<Outgoing>,
    ) -> Result<usize, Refusal> {
        if self.students.len() >= ROOM_MAX_STUDENTS {
            return Err(Refusal::Full);
        }
        let student = self.students.len();
        self.students.push(Student {
            name,
            token,
            seat: Seat::Present,
            standing: Standing::Idle,
            answers: 0,
        });
        // Everyone else learns of one more node; the newcomer gets the whole present.
        self.rebuild(&mut Vec::new());
        out.push(Outgoing {
            to: Audience::Everyone,
            msg: ServerMsg::Shape {
                model: self.model,
                nodes: self.simulation.topology().nodes.len(),
            },
        });
        out.push(Outgoing {
            to: Audience::Everyone,
            msg: ServerMsg::Node {
                node: self.node_of(student),
                up: true,
            },
        });
        self.count(out);
        out.push(Outgoing {
            to: Audience::Host,
            msg: ServerMsg::Name {
                node: self.node_of(student),
                name: self.students[student].name.clone(),
            },
        });
        Ok(student)
    }

    /// A student coming back within [`REJOIN_SECONDS`] with the token `holds` recognises:
    /// the same node, switched on again. The caller says how a token is compared (the
    /// server compares in constant time, with a crate the pure model does not carry).
    pub fn back(&mut self, holds: impl Fn(&str) -> bool, out: &mut Vec<Outgoing>) -> Option<usize> {
        // Every seat's token is compared, with no early exit, so how long a wrong token
        // takes does not tell how many seats it was compared with.
        let mut found = None;
        for (i, s) in self.students.iter().enumerate() {
            if holds(&s.token) && found.is_none() {
                found = Some(i);
            }
        }
        let student = found
            .filter(|&i| matches!(self.students[i].seat, Seat::Away { .. } | Seat::Present))?;
        self.students[student].seat = Seat::Present;
        self.switch(self.index_of(student), true, out);
        self.count(out);
        Some(student)
    }

    /// A student's connection dropped: their node goes off and waits for them.
    pub fn dropped(&mut self, student: usize, out: &mut Vec<Outgoing>) {
        if let Some(s) = self.students.get_mut(student)
            && s.seat == Seat::Present
        {
            s.seat = Seat::Away { since: self.now };
            self.switch(self.index_of(student), false, out);
            self.count(out);
        }
    }

    /// A student pressed Leave: their node goes off for good.
    pub fn leave(&mut self, student: usize, out: &mut Vec<Outgoing>) {
        if let Some(s) = self.students.get_mut(student) {
            s.seat = Seat::Left;
            self.switch(self.index_of(student), false, out);
            self.count(out);
        }
    }

    /// A student's "ask": a request from their own node, now.
    pub fn ask(&mut self, student: usize) {
        if self
            .students
            .get(student)
            .is_some_and(|s| s.seat == Seat::Present)
        {
            let index = self.index_of(student);
            self.simulation.ask(index);
        }
    }

    /// Teacher: switch `node` on or off. A student's node can be switched off by the
    /// teacher, and on again only while the student is there.
    pub fn teacher_switch(&mut self, node: &str, out: &mut Vec<Outgoing>) {
        let Some(index) = self.simulation.topology().find(node) else {
            return;
        };
        let up = !self.simulation.is_up(index);
        let student = self.student_at(index);
        if up && student.is_some_and(|s| self.students[s].seat != Seat::Present) {
            return;
        }
        if student.is_none() {
            self.server_up = up;
        }
        self.switch(index, up, out);
    }

    /// Teacher: the class becomes this network model (same students, same seats).
    pub fn set_model(&mut self, model: ModelKind, out: &mut Vec<Outgoing>) {
        if model != self.model {
            self.model = model;
            self.rebuild(out);
        }
    }

    /// Teacher: every present student's node and the server on, counts back to zero.
    pub fn reset(&mut self, out: &mut Vec<Outgoing>) {
        self.server_up = true;
        for s in &mut self.students {
            s.standing = Standing::Idle;
            s.answers = 0;
        }
        self.rebuild(out);
        for student in 0..self.students.len() {
            self.tell_standing(student, out);
        }
    }

    /// Lets `seconds` of room time pass (the server's wall clock, clamped by the engine):
    /// requests travel, students whose connection dropped too long ago lose their seat.
    pub fn elapse(&mut self, seconds: f64, out: &mut Vec<Outgoing>) {
        self.now += seconds.clamp(0.0, 1.0);
        self.simulation.step(seconds);
        for event in self.simulation.take_events() {
            let (node, standing) = match event {
                Event::RequestSent {
                    from, attempt: 1, ..
                } => (from, Standing::Waiting),
                Event::Answered { requester, .. } => (requester, Standing::Served),
                Event::Failed { requester, .. } => (requester, Standing::Failed),
                _ => continue,
            };
            if let Some(student) = self.student_at(node) {
                let s = &mut self.students[student];
                s.standing = standing;
                if standing == Standing::Served {
                    s.answers += 1;
                }
                self.tell_standing(student, out);
            }
        }
        let now = self.now;
        for s in &mut self.students {
            if matches!(s.seat, Seat::Away { since } if now - since > REJOIN_SECONDS) {
                s.seat = Seat::Left;
            }
        }
    }

    fn student_at(&self, index: NodeIndex) -> Option<usize> {
        let student = match self.model {
            ModelKind::ClientServer => index.checked_sub(1)?,
            ModelKind::PeerToPeer => index,
        };
        (student < self.students.len()).then_some(student)
    }

    fn tell_standing(&self, student: usize, out: &mut Vec<Outgoing>) {
        let s = &self.students[student];
        out.push(Outgoing {
            to: Audience::Student(student),
            msg: ServerMsg::Me {
                standing: s.standing,
                answers: s.answers,
            },
        });
    }

    fn count(&self, out: &mut Vec<Outgoing>) {
        out.push(Outgoing {
            to: Audience::Everyone,
            msg: ServerMsg::Students(self.present()),
        });
    }

    fn switch(&mut self, index: NodeIndex, up: bool, out: &mut Vec<Outgoing>) {
        if index < self.simulation.up().len() && self.simulation.is_up(index) != up {
            self.simulation.set_up(index, up);
            out.push(Outgoing {
                to: Audience::Everyone,
                msg: ServerMsg::Node {
                    node: self.simulation.topology().nodes[index].id.clone(),
                    up,
                },
            });
        }
    }

    /// The network again at the class's size and model, each node as its student's seat
    /// (and the server as the teacher left it) says; requests in flight are forgotten,
    /// so a waiting student is back to idle.
    fn rebuild(&mut self, out: &mut Vec<Outgoing>) {
        let clock = self.simulation.clock();
        let mut simulation = Simulation::starting_at(
            network(self.model, self.students.len()),
            ROOM_SEED,
            Rate::new(ROOM_RATE),
            clock,
        );
        if self.model == ModelKind::ClientServer {
            simulation.set_up(0, self.server_up);
        }
        for (i, s) in self.students.iter_mut().enumerate() {
            if s.standing == Standing::Waiting {
                s.standing = Standing::Idle;
            }
            let index = match self.model {
                ModelKind::ClientServer => i + 1,
                ModelKind::PeerToPeer => i,
            };
            simulation.set_up(index, s.seat == Seat::Present);
        }
        simulation.clear_events();
        self.simulation = simulation;
        out.extend(self.present_state().into_iter().map(|msg| Outgoing {
            to: Audience::Everyone,
            msg,
        }));
    }
}

/// The class as a network: one server and a client per student, or a peer per student.
fn network(model: ModelKind, students: usize) -> Topology {
    match model {
        ModelKind::ClientServer => Topology::client_server(1, students),
        ModelKind::PeerToPeer => Topology::peer_to_peer(students),
    }
}
