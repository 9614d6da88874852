//! One live classroom: the single truth about a class that is a network.
//!
//! The classroom server keeps one `Room` per lesson and feeds it, in the order they
//! arrived, the teacher's and the students' actions and the time that passes; the room
//! runs the same [`Simulation`] the page runs and answers with the messages each screen
//! needs. It decides who may do what (a student acts on their own node only; the host
//! secret is checked by the server before a teacher's action reaches here) and what
//! every screen should show; it never touches a socket or a clock.

use std::collections::VecDeque;

use crate::model::base::kind::ModelKind;
use crate::model::base::role::{Role, node_id, parse_node_id};
use crate::model::classroom::protocol::{
    LESSON_MARKS, LESSON_SAMPLES, ROOM_MAX_SERVERS, ROOM_MAX_STUDENTS, Refusal, RoomSpeed,
    ServerMsg, Standing,
};
use crate::model::lab::Command;
use crate::model::lab::command::Entry;
use crate::model::sim::engine::Simulation;
use crate::model::sim::event::Event;
use crate::model::sim::rate::Rate;
use crate::model::sim::topology::{NodeIndex, Topology};

/// How long a student whose connection dropped keeps their node for coming back.
pub const REJOIN_SECONDS: f64 = 60.0;
/// The room's own traffic is a request every ten seconds per node (the model's slowest):
/// the lesson is in the students' own "ask".
const ROOM_RATE: f64 = Rate::MIN;
/// The room's networks are seeded alike, so that a replay is the same lesson.
const ROOM_SEED: u64 = 16;
/// Lesson seconds between two points of the class's availability on the teacher's plot.
pub const LESSON_SAMPLE_SECONDS: f64 = 10.0;
/// The most commands the lesson's log keeps (the oldest go first).
const LESSON_LOG: usize = 5_000;

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
    /// …and the class's availability every [`LESSON_SAMPLE_SECONDS`] (seconds, percent).
    samples: VecDeque<(u32, u8)>,
    /// Room time, seconds since the room opened (by the server's clock, paused or not:
    /// a student away during a pause still has a minute to come back).
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
            servers: 1,
            servers_up: [true; ROOM_MAX_SERVERS],
            paused: false,
            speed: RoomSpeed::default(),
            told_current: None,
            log: VecDeque::new(),
            samples: VecDeque::new(),
            simulation: Simulation::with_rate(
                network(model, 1, 0),
                ROOM_SEED,
                Rate::new(ROOM_RATE),
            ),
            now: 0.0,
        }
    }

    pub fn model(&self) -> ModelKind {
        self.model
    }

    pub fn is_paused(&self) -> bool {
        self.paused
    }

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

    /// What only the teacher's screen shows, for a host that (re)connects: the names and
    /// how many students hold the newest version.
    pub fn host_state(&self) -> Vec<ServerMsg> {
        let mut lines = self.names();
        lines.push(ServerMsg::Current(self.current()));
        lines.extend(
            self.samples
                .iter()
                .map(|&(seconds, percent)| ServerMsg::Sample { seconds, percent }),
        );
        let marks: Vec<ServerMsg> = self.log.iter().filter_map(mark_of).collect();
        let skip = marks.len().saturating_sub(LESSON_MARKS);
        lines.extend(marks.into_iter().skip(skip));
        lines
    }

    /// The lesson's log: each teacher's command with the tick of lesson time it was given at.
    pub fn lesson_log(&self) -> impl Iterator<Item = &Entry> {
        self.log.iter()
    }

    /// Notes `command` in the lesson's log now; a mark on the teacher's plot goes out too.
    fn record(&mut self, command: Command, out: &mut Vec<Outgoing>) {
        if self.log.len() >= LESSON_LOG {
            self.log.pop_front();
        }
        let entry = Entry {
            tick: self.simulation.clock().ticks(),
            command,
        };
        if let Some(mark) = mark_of(&entry) {
            out.push(Outgoing {
                to: Audience::Host,
                msg: mark,
            });
        }
        self.log.push_back(entry);
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

    /// The names, for a host that (re)connects.
    pub fn names(&self) -> Vec<ServerMsg> {
        (0..self.students.len())
            .map(|i| ServerMsg::Name {
                node: self.node_of(i),
                name: self.students[i].name.clone(),
            })
            .collect()
    }

    /// A new student called `name` (already cleaned, see [`crate::model::classroom::protocol::clean_name`]),
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
            msg: self.shape(),
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

    /// A student's "ask": a request from their own node, now. While the lesson is paused
    /// the request is sent but stands still, like everything else, and goes on when the
    /// teacher resumes; one waiting request per student is enough, so further asks while
    /// paused change nothing (and a long pause cannot pile requests up).
    pub fn ask(&mut self, student: usize) {
        let Some(s) = self.students.get(student) else {
            return;
        };
        let waits = self.paused && s.standing == Standing::Waiting;
        let index = self.index_of(student);
        if s.seat == Seat::Present && !waits && self.simulation.is_up(index) {
            self.simulation.ask(index);
            if self.paused {
                // Marked now, not when the room next reads its events: the next ask
                // already finds this one waiting.
                self.students[student].standing = Standing::Waiting;
            }
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
        if student.is_none()
            && let Some(server) = self.servers_up.get_mut(index)
        {
            *server = up;
        }
        self.switch(index, up, out);
        self.record(
            Command::Switch {
                model: self.model,
                node: node.to_owned(),
                on: up,
            },
            out,
        );
        self.tell_current(out);
    }

    /// Teacher: stop the lesson's time, or let it run again.
    pub fn set_paused(&mut self, paused: bool, out: &mut Vec<Outgoing>) {
        if paused != self.paused {
            self.paused = paused;
            self.record(Command::SetPaused(paused), out);
            out.push(Outgoing {
                to: Audience::Everyone,
                msg: ServerMsg::Paused(paused),
            });
        }
    }

    /// Teacher: the lesson's time runs `speed` times the server's clock.
    pub fn set_speed(&mut self, speed: RoomSpeed, out: &mut Vec<Outgoing>) {
        if speed != self.speed {
            self.speed = speed;
            self.record(Command::SetSpeed(speed.factor()), out);
            out.push(Outgoing {
                to: Audience::Everyone,
                msg: ServerMsg::Speed(speed),
            });
        }
    }

    /// Teacher: a new version of the shared file, at every server that is on, or at the
    /// first peer that is on (none on: nothing is published).
    pub fn publish(&mut self, out: &mut Vec<Outgoing>) {
        let before = self.simulation.latest_version();
        self.simulation.publish(None);
        self.record(Command::Publish, out);
        let latest = self.simulation.latest_version();
        if latest != before {
            out.push(Outgoing {
                to: Audience::Everyone,
                msg: ServerMsg::Latest(latest),
            });
        }
        self.tell_current(out);
    }

    /// Teacher: `servers` servers in client-server (clamped to 1–[`ROOM_MAX_SERVERS`]),
    /// the students spread over their groups as the page spreads clients.
    pub fn set_servers(&mut self, servers: usize, out: &mut Vec<Outgoing>) {
        let servers = servers.clamp(1, ROOM_MAX_SERVERS);
        if servers != self.servers {
            self.servers = servers;
            self.record(Command::SetServers(servers), out);
            if self.model == ModelKind::ClientServer {
                self.rebuild(out);
            }
        }
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
        self.record(Command::Reset, out);
        self.servers_up = [true; ROOM_MAX_SERVERS];
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
                answers: s.answers,
                version: self.simulation.version(self.index_of(student)),
            },
        });
    }

    /// A point of the class's availability, each time lesson time crosses a multiple of
    /// [`LESSON_SAMPLE_SECONDS`] (none while no request was made in the metric's window).
    fn sample(&mut self, before: f64, out: &mut Vec<Outgoing>) {
        let now = self.simulation.now();
        if (now / LESSON_SAMPLE_SECONDS).floor() <= (before / LESSON_SAMPLE_SECONDS).floor() {
            return;
        }
        let Some(availability) = self.simulation.metrics().availability() else {
            return;
        };
        let point = (
            now as u32,
            (availability * 100.0).round().clamp(0.0, 100.0) as u8,
        );
        if self.samples.len() >= LESSON_SAMPLES {
            self.samples.pop_front();
        }
        self.samples.push_back(point);
        out.push(Outgoing {
            to: Audience::Host,
            msg: ServerMsg::Sample {
                seconds: point.0,
                percent: point.1,
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
    /// The versions published so far are kept: each student's node keeps its copy, and
    /// each server that stays a server keeps its own.
    fn rebuild(&mut self, out: &mut Vec<Outgoing>) {
        let clock = self.simulation.clock();
        let mut simulation = Simulation::starting_at(
            network(self.model, self.servers, self.students.len()),
            ROOM_SEED,
            Rate::new(ROOM_RATE),
            clock,
        );
        if self.model == ModelKind::ClientServer {
            for server in 0..self.servers {
                simulation.set_up(server, self.servers_up[server]);
            }
        }
        for (i, s) in self.students.iter_mut().enumerate() {
            if s.standing == Standing::Waiting {
                s.standing = Standing::Idle;
            }
            simulation.set_up(
                index_in(self.model, self.servers, i),
                s.seat == Seat::Present,
            );
        }
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
}

/// The mark a logged command makes on the teacher's plot: a server switched (a student's
/// node switched by the teacher is not a turning point of the lesson), a publish, a reset.
fn mark_of(entry: &Entry) -> Option<ServerMsg> {
    // The class's plot marks the teacher's switches of servers only: a student's own node
    // going off and on is that student's business, not the lesson's.
    if let Command::Switch { node, .. } = &entry.command
        && parse_node_id(node).map(|(role, _)| role) != Some(Role::Server)
    {
        return None;
    }
    let kind = entry.command.mark()?;
    Some(ServerMsg::Mark {
        seconds: entry.seconds() as u32,
        kind,
    })
}

/// Where student `student` sits in a network of this model with `servers` servers.
fn index_in(model: ModelKind, servers: usize, student: usize) -> NodeIndex {
    match model {
        ModelKind::ClientServer => servers + student,
        ModelKind::PeerToPeer => student,
    }
}

/// The class as a network: its servers and a client per student, or a peer per student.
fn network(model: ModelKind, servers: usize, students: usize) -> Topology {
    match model {
        ModelKind::ClientServer => Topology::client_server(servers, students),
        ModelKind::PeerToPeer => Topology::peer_to_peer(students),
    }
}
