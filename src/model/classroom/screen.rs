//! A classroom screen's side of the lesson: which screen a URL opens, and what a screen
//! knows, kept up to date from the server's lines alone.

use crate::model::base::kind::ModelKind;
use crate::model::base::role::parse_node_id;
use crate::model::classroom::protocol::{
    CODE_LENGTH, LESSON_MARKS, LESSON_SAMPLES, ROOM_MAX_SERVERS, ROOM_MAX_STUDENTS, Refusal,
    RoomSpeed, ServerMsg, Standing,
};
use crate::model::lab::command::MarkKind;

/// Seats a student's phone draws in a large class: its own and those beside it, a block
/// of this many (with every server): a phone cannot show a thousand nodes readably, and
/// the part of the network a student acts in is their own.
pub const NEIGHBOURHOOD: usize = 24;
/// A class of more nodes than this (the page's own largest network) is drawn compact on
/// the teacher's screen: a grid of small cells, each still a node's button and its name.
pub const LARGE_CLASS: usize = 100;

/// Keeps at most `max` of the latest items.
fn push_bounded<T>(items: &mut Vec<T>, item: T, max: usize) {
    if items.len() >= max {
        items.drain(..=items.len() - max);
    }
    items.push(item);
}

/// Which classroom screen a page's URL asks for: `?classroom=host` or `?join=CODE`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClassroomMode {
    /// The teacher opening a room.
    Host,
    /// A student joining the room with this code (upper-cased; not checked against the
    /// server until they join).
    Student(String),
}

/// The classroom mode in a URL's query string, if any; a `join` value that is not a code
/// still opens the student screen, which then says the room was not found.
pub fn classroom_mode(search: &str) -> Option<ClassroomMode> {
    let search = search.strip_prefix('?').unwrap_or(search);
    search.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "classroom" if value == "host" => Some(ClassroomMode::Host),
            "join" => Some(ClassroomMode::Student(
                value
                    .chars()
                    .take(CODE_LENGTH)
                    .collect::<String>()
                    .to_uppercase(),
            )),
            _ => None,
        }
    })
}

/// What a classroom screen knows, kept up to date from the server's lines alone: the page
/// draws this and nothing else.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClassView {
    /// The room's join code.
    pub code: String,
    /// The host secret (teacher's screen only).
    pub secret: String,
    /// The join link to show (teacher's screen only).
    pub link: String,
    /// This student's node and rejoin token, once seated.
    pub node: Option<String>,
    /// This student's rejoin token, kept across a renaming of their node.
    pub token: String,
    /// The class's network model, once told.
    pub model: Option<ModelKind>,
    /// Servers at the front of the node order (client-server).
    pub servers: usize,
    /// Every node's state, in node order.
    pub up: Vec<bool>,
    /// Students present.
    pub students: usize,
    /// Node id → the name its student chose (teacher's screen only).
    pub names: Vec<(String, String)>,
    /// This student's last request's outcome, once told.
    pub standing: Option<Standing>,
    /// Answers this student received.
    pub answers: u64,
    /// The last refusal, until something succeeds.
    pub refused: Option<Refusal>,
    /// Whether the room closed.
    pub closed: bool,
    /// Whether the teacher paused the lesson.
    pub paused: bool,
    /// How fast the lesson's time runs.
    pub speed: RoomSpeed,
    /// The version this student's node holds.
    pub version: u32,
    /// The newest version published in the room.
    pub latest: u32,
    /// Students holding the newest version (teacher's screen only).
    pub current: usize,
    /// The lesson's availability (seconds, percent) and marks, oldest first, at most
    /// `LESSON_SAMPLES` and `LESSON_MARKS` (teacher's screen only).
    pub samples: Vec<(u32, u8)>,
    /// The lesson's marks (seconds, what the teacher did), oldest first.
    pub marks: Vec<(u32, MarkKind)>,
    /// The periods the class's network model called down (model, from, to; `None` while
    /// still down), in lesson seconds, oldest first, at most `LESSON_MARKS` (teacher's
    /// screen only).
    pub downs: Vec<(ModelKind, u32, Option<u32>)>,
    /// The server restarted since this room opened: its counts began again from zero
    /// (teacher's screen only).
    pub restarted: bool,
    /// The teacher removed this student: the seat and its token are gone (student's
    /// screen only).
    pub removed: bool,
    /// The teacher ended the lesson (every screen); `closed` is set too.
    pub ended: bool,
    /// Whether the room is locked to new students (teacher's screen only).
    pub locked: bool,
    /// Another screen became the room's host: this one no longer controls it (teacher's
    /// screen only).
    pub taken_over: bool,
}

impl ClassView {
    /// Takes in one line from the server; a line sent again (a reconnecting teacher is
    /// sent the kept lesson) changes nothing.
    pub fn apply(&mut self, msg: ServerMsg) {
        match msg {
            ServerMsg::Room { code, secret } => {
                self.code = code;
                self.secret = secret;
                self.refused = None;
            }
            ServerMsg::Link(link) => self.link = link,
            ServerMsg::You { node, token } => {
                self.node = Some(node);
                // A model change renames the node and keeps the token.
                if !token.is_empty() {
                    self.token = token;
                }
                self.refused = None;
            }
            ServerMsg::Shape {
                model,
                nodes,
                servers,
            } => {
                if self.model != Some(model) || self.servers != servers {
                    self.up.clear();
                }
                self.model = Some(model);
                self.servers = servers.min(ROOM_MAX_SERVERS);
                // Nodes the class grew by are off until a `node … up` says otherwise.
                self.up
                    .resize(nodes.min(ROOM_MAX_SERVERS + ROOM_MAX_STUDENTS), false);
            }
            // As many nodes as the shape said (none told yet: as many as a room can have),
            // whatever the line held: the drawing never has more nodes than the class.
            ServerMsg::Nodes { mut up } => {
                let nodes = match self.model {
                    Some(_) => self.up.len(),
                    None => up.len().min(ROOM_MAX_SERVERS + ROOM_MAX_STUDENTS),
                };
                up.resize(nodes, false);
                self.up = up;
            }
            ServerMsg::Node { node, up } => {
                if let Some(i) = self.index_of(&node)
                    && i < self.up.len()
                {
                    self.up[i] = up;
                }
            }
            ServerMsg::Students(n) => self.students = n,
            ServerMsg::Name { node, name } => match self.names.iter_mut().find(|(n, _)| *n == node)
            {
                Some(entry) => entry.1 = name,
                None => self.names.push((node, name)),
            },
            ServerMsg::Me {
                standing,
                answers,
                version,
            } => {
                self.standing = Some(standing);
                self.answers = answers;
                self.version = version;
            }
            ServerMsg::Refused(why) => self.refused = Some(why),
            ServerMsg::Closed => self.closed = true,
            ServerMsg::Paused(on) => self.paused = on,
            ServerMsg::Speed(speed) => self.speed = speed,
            ServerMsg::Latest(version) => self.latest = version,
            ServerMsg::Current(n) => self.current = n,
            // A host that reconnects is sent the kept lesson again: what it has is skipped.
            ServerMsg::Sample { seconds, percent } => {
                if self.samples.last().is_none_or(|&(last, _)| seconds > last) {
                    push_bounded(&mut self.samples, (seconds, percent), LESSON_SAMPLES);
                }
            }
            ServerMsg::Mark { seconds, kind } => {
                let known = self.marks.iter().rev().take_while(|&&(s, _)| s >= seconds);
                if !known.clone().any(|&mark| mark == (seconds, kind))
                    && self.marks.last().is_none_or(|&(last, _)| seconds >= last)
                {
                    push_bounded(&mut self.marks, (seconds, kind), LESSON_MARKS);
                }
            }
            // A period that ends replaces its open start; one sent again changes nothing.
            ServerMsg::Down { model, from, to } => {
                match self
                    .downs
                    .iter_mut()
                    .find(|(m, f, _)| (*m, *f) == (model, from))
                {
                    Some(known) => known.2 = to.or(known.2),
                    None => push_bounded(&mut self.downs, (model, from, to), LESSON_MARKS),
                }
            }
            ServerMsg::Restarted => self.restarted = true,
            ServerMsg::Removed => {
                self.removed = true;
                self.node = None;
                self.token.clear();
            }
            ServerMsg::Gone { node } => self.names.retain(|(n, _)| *n != node),
            ServerMsg::Locked(on) => self.locked = on,
            ServerMsg::Ended => {
                self.ended = true;
                self.closed = true;
            }
            ServerMsg::TakenOver => self.taken_over = true,
        }
    }

    /// The id of the node at `index` in the class's network.
    pub fn node_at(&self, index: usize) -> String {
        let servers = self.servers.max(1);
        match self.model {
            Some(ModelKind::PeerToPeer) => {
                crate::model::base::role::node_id(crate::model::base::role::Role::Peer, index + 1)
            }
            _ if index < servers => {
                crate::model::base::role::node_id(crate::model::base::role::Role::Server, index + 1)
            }
            _ => crate::model::base::role::node_id(
                crate::model::base::role::Role::Client,
                index + 1 - servers,
            ),
        }
    }

    fn index_of(&self, node: &str) -> Option<usize> {
        let (role, number) = parse_node_id(node)?;
        Some(match role {
            crate::model::base::role::Role::Server => number - 1,
            crate::model::base::role::Role::Client => {
                (number - 1).checked_add(self.servers.max(1))?
            }
            crate::model::base::role::Role::Peer => number - 1,
        })
    }

    /// The nodes (their indices, in node order) a student's phone at node `mine` draws: every
    /// server, and the block of [`NEIGHBOURHOOD`] seats its own is in (the last block
    /// reaching back to hold as many); the whole class when it is no larger. Only the
    /// servers for a node this class does not have.
    pub fn neighbourhood(&self, mine: &str) -> Vec<usize> {
        let first_seat = match self.model {
            Some(ModelKind::PeerToPeer) => 0,
            _ => self.servers.max(1).min(self.up.len()),
        };
        let seats = self.up.len() - first_seat;
        let block = (self.index_of(mine))
            .filter(|&i| (first_seat..self.up.len()).contains(&i))
            .map(|i| {
                let start = ((i - first_seat) / NEIGHBOURHOOD * NEIGHBOURHOOD)
                    .min(seats.saturating_sub(NEIGHBOURHOOD));
                first_seat + start..first_seat + (start + NEIGHBOURHOOD).min(seats)
            })
            .unwrap_or(first_seat..first_seat);
        (0..first_seat).chain(block).collect()
    }

    /// Whether the class is drawn compact on the teacher's screen (more than
    /// [`LARGE_CLASS`] nodes).
    pub fn is_large(&self) -> bool {
        self.up.len() > LARGE_CLASS
    }

    /// The name chosen at each node, in node order (`None`: nobody named there, or a server),
    /// read once for a whole drawing rather than looked up node by node.
    pub fn names_in_order(&self) -> Vec<Option<&str>> {
        let mut names = vec![None; self.up.len()];
        for (node, name) in &self.names {
            if let Some(slot) = self.index_of(node).and_then(|i| names.get_mut(i)) {
                *slot = Some(name.as_str());
            }
        }
        names
    }

    /// Whether this student's copy is the newest version published.
    pub fn holds_newest(&self) -> bool {
        self.version >= self.latest
    }

    /// The name a student chose for `node`, if the teacher's screen has it.
    pub fn name_of(&self, node: &str) -> Option<&str> {
        self.names
            .iter()
            .find(|(n, _)| n == node)
            .map(|(_, name)| name.as_str())
    }
}
