//! One live classroom: the single truth about a class that is a network.
//!
//! The classroom server keeps one `Room` per lesson and feeds it, in the order they
//! arrived, the teacher's and the students' actions and the time that passes; the room
//! runs the same [`Simulation`] the page runs and answers with the messages each screen
//! needs. It decides who may do what (a student acts on their own node only; the host
//! secret is checked by the server before a teacher's action reaches here) and what
//! every screen should show; it never touches a socket or a clock.
//!
//! The room is in parts: `seats` (who is in the class and what a student may do),
//! `teacher` (the teacher's controls), `lesson` (what the teacher's screen keeps of
//! the lesson) and `network` (the class rebuilt as a network when it changes shape).

mod lesson;
mod network;
mod roster;
mod seats;
mod teacher;

pub use roster::Door;
pub use teacher::RoomRule;

use crate::model::base::clock::Clock;
use crate::model::base::kind::ModelKind;
use crate::model::base::role::{Role, node_id};
use crate::model::classroom::protocol::{ROOM_MAX_SERVERS, RoomSpeed, ServerMsg, Standing};
use crate::model::classroom::room::network::{class_network, index_in};
use crate::model::classroom::room::seats::{Seat, Student};
use crate::model::lab::command::Entry;
use crate::model::sim::capacity::Capacity;
use crate::model::sim::engine::Simulation;
use crate::model::sim::event::Event;
use crate::model::sim::rate::Rate;
use crate::model::sim::topology::NodeIndex;
use std::collections::VecDeque;

/// How long a student whose connection dropped keeps their node for coming back.
pub const REJOIN_SECONDS: f64 = 60.0;
/// The room's own traffic is a request every ten seconds per node (the model's slowest):
/// the lesson is in the students' own "ask".
const ROOM_RATE: f64 = Rate::MIN;
/// The room's servers and peers answer every request the moment it arrives: a class's
/// traffic is its students' own asks (a thousand students at 0.1/s already send 100
/// requests per second to one server, and a whole class may ask at once), a room shows no
/// queue and has no verb to set a capacity, so a limit would fail requests for a reason
/// nobody in the room could see or change. The page's diagrams teach the bottleneck.
pub(super) const ROOM_CAPACITY: Capacity = Capacity::Unlimited;
/// The room's networks are seeded alike, so that a replay is the same lesson.
const ROOM_SEED: u64 = 16;

/// What came of one student's own asks since they joined or the lesson started over:
/// every ask is answered, failed, cancelled (their node went off, or the teacher changed
/// the network under it) or still waiting, so `asked` is always the sum of the other four.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Asks that sent a request or found nobody to ask.
    pub asked: u64,
    /// Asks answered.
    pub answered: u64,
    /// Asks that ended without an answer, by the network's own rule (a time-out, nobody
    /// to ask).
    pub failed: u64,
    /// Asks given up because the network they travelled in was switched off or replaced.
    pub cancelled: u64,
    /// The ask still on its way (0 or 1: one waits at a time).
    pub waiting: u64,
}

/// Who a message is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// Every screen of the room, the teacher's and the students'.
    Everyone,
    /// The teacher's screen only.
    Host,
    /// This student's screen only.
    Student(usize),
}

/// A message and who should get it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outgoing {
    /// Who gets it.
    pub to: Audience,
    /// What they get.
    pub msg: ServerMsg,
}

/// One lesson: its students, the network they form, and the one order of what happened.
#[derive(Clone, Debug)]
pub struct Room {
    model: ModelKind,
    students: Vec<Student>,
    /// Servers in client-server, 1–[`ROOM_MAX_SERVERS`].
    servers: usize,
    /// Whether each server (client-server) is on, s1 first; kept across rebuilds.
    servers_up: [bool; ROOM_MAX_SERVERS],
    /// The teacher stopped the lesson's time: nothing travels, nothing times out.
    paused: bool,
    speed: RoomSpeed,
    /// Students holding the newest version, as last told to the host.
    told_current: Option<usize>,
    simulation: Simulation,
    /// The lesson's history: what the teacher did, with the tick of lesson time it
    /// happened at (the room's own order of events, for a replay)…
    log: VecDeque<Entry>,
    /// …and the class's availability every [`LESSON_SAMPLE_SECONDS`] (seconds, percent)…
    samples: VecDeque<(u32, u8)>,
    /// …and the periods the class's network model called down (the page's own warning,
    /// `explain::warns`): the model, and the seconds of lesson time each began and ended
    /// at (`None`: still down), oldest first, at most `LESSON_MARKS`.
    downs: VecDeque<(ModelKind, u32, Option<u32>)>,
    /// Room time, seconds since the room opened (by the server's clock, paused or not:
    /// a student away during a pause still has a minute to come back).
    now: f64,
    /// How long an away student keeps their seat, seconds ([`REJOIN_SECONDS`] unless the
    /// server was started with another window, as a test that locks phones is).
    rejoin_seconds: f64,
    /// Whether new students may join (the teacher's lock).
    door: Door,
    /// The server the next student to join is given (0 for s1): the servers take
    /// newcomers in turn.
    next_server: usize,
    /// Students whose last ask found nobody to ask (a peer alone in the class's network):
    /// told at the next moment that it failed, rather than nothing at all.
    unsent: Vec<usize>,
    /// Students whose seat another student took after they had given it up (their token
    /// and the name they had), oldest first, at most
    /// [`ROOM_MAX_STUDENTS`](crate::model::classroom::protocol::ROOM_MAX_STUDENTS): coming back,
    /// they are seated anew rather than sent to the join form.
    displaced: VecDeque<(String, String)>,
}

impl Default for Room {
    fn default() -> Room {
        Room::new()
    }
}

impl Room {
    /// An empty room: client-server, one server, nobody seated yet, time at zero.
    pub fn new() -> Room {
        let model = ModelKind::ClientServer;
        Room {
            model,
            students: Vec::new(),
            servers: 1,
            servers_up: [true; ROOM_MAX_SERVERS],
            paused: false,
            speed: RoomSpeed::default(),
            told_current: None,
            log: VecDeque::new(),
            samples: VecDeque::new(),
            downs: VecDeque::new(),
            simulation: Simulation::starting_at(
                class_network(model, 1, &[]),
                ROOM_SEED,
                Rate::new(ROOM_RATE),
                ROOM_CAPACITY,
                Clock::start(),
            ),
            now: 0.0,
            rejoin_seconds: REJOIN_SECONDS,
            door: Door::Open,
            next_server: 0,
            unsent: Vec::new(),
            displaced: VecDeque::new(),
        }
    }

    /// The same room, whose away students keep their seat for `seconds` (at least one
    /// tick's worth) rather than [`REJOIN_SECONDS`].
    pub fn with_rejoin_seconds(mut self, seconds: f64) -> Room {
        self.rejoin_seconds = seconds.max(0.05);
        self
    }

    /// The class's network model now.
    pub fn model(&self) -> ModelKind {
        self.model
    }

    /// Whether the teacher has stopped the lesson's time.
    pub fn is_paused(&self) -> bool {
        self.paused
    }

    /// How fast the lesson's time runs.
    pub fn speed(&self) -> RoomSpeed {
        self.speed
    }

    /// Servers in client-server.
    pub fn servers(&self) -> usize {
        self.servers
    }

    /// The network the class is now (for a test, or a replay).
    pub fn simulation(&self) -> &Simulation {
        &self.simulation
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
        index_in(self.model, self.servers, student)
    }

    /// What came of student `student`'s own asks so far (`None`: no such seat).
    pub fn tally(&self, student: usize) -> Option<Tally> {
        let s = self.students.get(student)?;
        Some(Tally {
            waiting: u64::from(s.asked.is_some()),
            ..s.tally
        })
    }

    /// What a screen needs to show the present: sent to a late joiner and to everyone
    /// after the network changed shape.
    pub fn present_state(&self) -> Vec<ServerMsg> {
        vec![
            self.shape(),
            ServerMsg::Nodes {
                up: self.simulation.up().to_vec(),
            },
            ServerMsg::Students(self.present()),
            ServerMsg::Paused(self.paused),
            ServerMsg::Speed(self.speed),
            ServerMsg::Latest(self.simulation.latest_version()),
        ]
    }

    fn shape(&self) -> ServerMsg {
        ServerMsg::Shape {
            model: self.model,
            nodes: self.simulation.topology().nodes.len(),
            servers: match self.model {
                ModelKind::ClientServer => self.servers,
                ModelKind::PeerToPeer => 1,
            },
        }
    }

    /// Students present whose node holds the newest version.
    pub fn current(&self) -> usize {
        let latest = self.simulation.latest_version();
        (0..self.students.len())
            .filter(|&s| {
                self.students[s].seat == Seat::Present
                    && self.simulation.version(self.index_of(s)) >= latest
            })
            .count()
    }

    /// The names, for a host that (re)connects (a seat kept across a restart has none).
    pub fn names(&self) -> Vec<ServerMsg> {
        (0..self.students.len())
            .filter(|&i| !self.students[i].name.is_empty())
            .map(|i| ServerMsg::Name {
                node: self.node_of(i),
                name: self.students[i].name.clone(),
            })
            .collect()
    }

    /// Lets `seconds` of room time pass (the server's wall clock, clamped by the engine):
    /// requests travel, students whose connection dropped too long ago lose their seat.
    /// Paused, only the students' seats keep time; otherwise the network runs `seconds` ×
    /// the teacher's speed.
    pub fn elapse(&mut self, seconds: f64, out: &mut Vec<Outgoing>) {
        let seconds = if seconds.is_finite() {
            seconds.clamp(0.0, 1.0)
        } else {
            0.0
        };
        self.now += seconds;
        if !self.paused {
            let before = self.simulation.now();
            self.simulation.step(seconds * self.speed.factor());
            self.sample(before, out);
        }
        // Read even while paused: an ask sends its request at once, and its student
        // should see it waiting.
        for student in std::mem::take(&mut self.unsent) {
            self.tell_standing(student, out);
        }
        // Only what befalls a student's own ask is theirs: the room's background requests
        // from the same node keep running, untold.
        for event in self.simulation.take_events() {
            let (node, request, standing) = match event {
                Event::RequestSent {
                    from,
                    request,
                    attempt: 1,
                    ..
                } => (from, request, Standing::Waiting),
                Event::Answered {
                    requester, request, ..
                } => (requester, request, Standing::Served),
                Event::Failed {
                    requester, request, ..
                } => (requester, request, Standing::Failed),
                // Their node was switched off while it waited: nothing is coming.
                Event::Cancelled {
                    requester, request, ..
                } => (requester, request, Standing::Idle),
                _ => continue,
            };
            if let Some(student) = self.student_at(node)
                && self.students[student].asked == Some(request)
            {
                let s = &mut self.students[student];
                s.standing = standing;
                match standing {
                    Standing::Waiting => {}
                    Standing::Served => {
                        s.tally.answered += 1;
                        s.asked = None;
                    }
                    Standing::Failed => {
                        s.tally.failed += 1;
                        s.asked = None;
                    }
                    Standing::Idle => {
                        s.tally.cancelled += 1;
                        s.asked = None;
                    }
                }
                self.tell_standing(student, out);
            }
        }
        self.watch_down(out);
        let (now, rejoin) = (self.now, self.rejoin_seconds);
        for student in 0..self.students.len() {
            let s = &mut self.students[student];
            if matches!(s.seat, Seat::Away { since } if now - since > rejoin) {
                s.seat = Seat::Left;
                self.enter(student);
            }
        }
        self.tell_current(out);
    }

    fn student_at(&self, index: NodeIndex) -> Option<usize> {
        let student = match self.model {
            ModelKind::ClientServer => index.checked_sub(self.servers)?,
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
                answers: s.tally.answered,
                version: self.simulation.version(self.index_of(student)),
            },
        });
    }

    /// Tells the host how many students hold the newest version, when that changed.
    fn tell_current(&mut self, out: &mut Vec<Outgoing>) {
        let current = self.current();
        if self.told_current != Some(current) {
            self.told_current = Some(current);
            out.push(Outgoing {
                to: Audience::Host,
                msg: ServerMsg::Current(current),
            });
        }
    }

    fn count(&self, out: &mut Vec<Outgoing>) {
        out.push(Outgoing {
            to: Audience::Everyone,
            msg: ServerMsg::Students(self.present()),
        });
    }

    fn switch(&mut self, index: NodeIndex, up: bool, out: &mut Vec<Outgoing>) {
        if index < self.simulation.up().len() && self.simulation.is_up(index) != up {
            self.simulation.switch_member(index, up);
            out.push(Outgoing {
                to: Audience::Everyone,
                msg: ServerMsg::Node {
                    node: self.simulation.topology().nodes[index].id.clone(),
                    up,
                },
            });
            self.watch_down(out);
        }
    }
}
