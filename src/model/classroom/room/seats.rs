//! Who is in the class: a student joins, drops, comes back or leaves, and asks from
//! their own node (the only node a student acts on).

use crate::model::classroom::protocol::{ROOM_MAX_STUDENTS, Refusal, ServerMsg, Standing};
use crate::model::classroom::room::network::Keep;
use crate::model::classroom::room::{Audience, Door, Outgoing, Room, Tally};

/// Where a student is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Seat {
    Present,
    /// Their connection dropped at this room time; the node is off, and theirs again if
    /// they come back within [`REJOIN_SECONDS`](super::REJOIN_SECONDS).
    Away {
        since: f64,
    },
    /// Gone (Leave, or away too long): the node stays, switched off, but is out of the
    /// class's network (no peer's partner, no server's client) until the seat is taken
    /// again.
    Left,
}

/// One student of the class, the node they are.
#[derive(Clone, Debug)]
pub(super) struct Student {
    /// Kept in memory only, and sent only to the host.
    pub(super) name: String,
    /// What gives them their node back after a dropped connection.
    pub(super) token: String,
    /// Where they are.
    pub(super) seat: Seat,
    /// Their last request's outcome, as their screen shows it.
    pub(super) standing: Standing,
    /// Their own asks since they joined or the lesson started over, and what came of them.
    pub(super) tally: Tally,
    /// Their server in client-server (0 for s1), given at join in turn and changed only
    /// by the teacher's number of servers.
    pub(super) server: usize,
    /// The request their last own ask sent, while it waits: the room's background
    /// requests from the same node are not theirs.
    pub(super) asked: Option<u64>,
}

impl Room {
    /// A new student called `name` (already cleaned, see [`crate::model::classroom::protocol::clean_name`]),
    /// holding `token` for coming back. Returns their number.
    pub fn join(
        &mut self,
        name: String,
        token: String,
        out: &mut Vec<Outgoing>,
    ) -> Result<usize, Refusal> {
        self.admits(&name)?;
        self.seat_newcomer(name, token, out)
    }

    /// Seats a student in the lowest seat given up, else in a new one (`full` when the
    /// room has none left). Returns their number.
    fn seat_newcomer(
        &mut self,
        name: String,
        token: String,
        out: &mut Vec<Outgoing>,
    ) -> Result<usize, Refusal> {
        let newcomer = Student {
            name,
            token,
            seat: Seat::Present,
            standing: Standing::Idle,
            tally: Tally::default(),
            server: self.next_server,
            asked: None,
        };
        // The lowest seat given up is taken first: its node is already in the network,
        // so it is only switched on, and a seat given up never counts against the limit.
        if let Some(student) = self.students.iter().position(|s| s.seat == Seat::Left) {
            let given_up = std::mem::replace(&mut self.students[student], newcomer);
            self.displace(given_up);
            self.take_turn();
            self.enter(student);
            self.switch(self.index_of(student), true, out);
            self.count(out);
            self.tell_standing(student, out);
            self.name_to_host(student, out);
            return Ok(student);
        }
        if self.students.len() >= ROOM_MAX_STUDENTS {
            return Err(Refusal::Full);
        }
        let student = self.students.len();
        self.students.push(newcomer);
        self.take_turn();
        // Everyone else learns of one more node; the newcomer gets the whole present.
        self.grow(student, out);
        self.count(out);
        self.name_to_host(student, out);
        Ok(student)
    }

    /// Keeps the token and name of a student whose given-up seat was just taken, so that
    /// coming back they are seated anew ([`Room::back_anew`]). A seat with no token (its
    /// student removed, or never back after a restart) keeps nothing.
    fn displace(&mut self, given_up: Student) {
        if given_up.token.is_empty() {
            return;
        }
        if self.displaced.len() >= ROOM_MAX_STUDENTS {
            self.displaced.pop_front();
        }
        self.displaced.push_back((given_up.token, given_up.name));
    }

    /// A student coming back with the token `holds` recognises, whose seat another
    /// student took after they had given it up: seated anew, as a join would seat them
    /// (the lowest free seat, the next server in turn), under the name they had, and
    /// keeping their token for the new seat. It takes a seat, so the rules for a join
    /// apply: `limit`, the server's own limit on joins (`Err(too-many-joins)` when this
    /// connection or address has reached it), then `locked` while the teacher keeps
    /// newcomers out and `full` with no seat left (each time they may try again
    /// later). `no-seat`, whatever `limit` says: the token is not one of
    /// those (never given, its student removed, or seated anew already: then
    /// [`Room::back`] gives their new seat back). Tokens are compared as in `back`.
    pub fn back_anew(
        &mut self,
        holds: impl Fn(&str) -> bool,
        limit: Result<(), Refusal>,
        out: &mut Vec<Outgoing>,
    ) -> Result<usize, Refusal> {
        let mut found = None;
        for (i, (token, _)) in self.displaced.iter().enumerate() {
            if holds(token) && found.is_none() {
                found = Some(i);
            }
        }
        let i = found.ok_or(Refusal::NoSeat)?;
        limit?;
        if self.door == Door::Locked {
            return Err(Refusal::Locked);
        }
        let (token, name) = self.displaced.remove(i).ok_or(Refusal::NoSeat)?;
        match self.seat_newcomer(name.clone(), token.clone(), out) {
            Ok(student) => Ok(student),
            Err(why) => {
                // Full: nothing changed, and they may try again when a seat frees.
                self.displaced.insert(i, (token, name));
                Err(why)
            }
        }
    }

    /// Tells the host the name of the student now in seat `student`.
    /// A seat with no name (kept across a restart, which keeps no names) tells nothing.
    fn name_to_host(&self, student: usize, out: &mut Vec<Outgoing>) {
        if self.students[student].name.is_empty() {
            return;
        }
        out.push(Outgoing {
            to: Audience::Host,
            msg: ServerMsg::Name {
                node: self.node_of(student),
                name: self.students[student].name.clone(),
            },
        });
    }

    /// A student coming back with the token `holds` recognises: the same node, switched on
    /// again, within [`REJOIN_SECONDS`](super::REJOIN_SECONDS); later, the seat they gave
    /// up if nobody took it since (back in the class's network, with the next server in
    /// turn). `None`: the token gives no seat back (if another student took it,
    /// [`Room::back_anew`] seats them anew). The
    /// caller says how a token is compared (the server compares in constant time, with a
    /// crate the pure model does not carry).
    pub fn back(&mut self, holds: impl Fn(&str) -> bool, out: &mut Vec<Outgoing>) -> Option<usize> {
        // Every seat's token is compared, with no early exit, so how long a wrong token
        // takes does not tell how many seats it was compared with.
        let mut found = None;
        for (i, s) in self.students.iter().enumerate() {
            if holds(&s.token) && found.is_none() {
                found = Some(i);
            }
        }
        // A seat kept across a restart, or whose student was removed, holds no token.
        let student = found.filter(|&i| !self.students[i].token.is_empty())?;
        if self.students[student].seat == Seat::Left {
            self.students[student].server = self.next_server;
            self.take_turn();
            self.students[student].seat = Seat::Present;
            self.enter(student);
        }
        self.students[student].seat = Seat::Present;
        self.switch(self.index_of(student), true, out);
        self.count(out);
        // Their own standing, which a room kept across a restart has started again.
        self.tell_standing(student, out);
        Some(student)
    }

    /// A room kept across a restart of the server: every seat `seats` names (its number
    /// and the token, or the token's digest, that gives it back) is away, as if its
    /// student's connection had just dropped, with no name (names are never kept) and its
    /// counts at zero. A number the list skips is a seat given up.
    pub fn with_seats(seats: &[(usize, String)]) -> Room {
        let mut room = Room::new();
        let count = seats
            .iter()
            .map(|&(n, _)| n + 1)
            .max()
            .unwrap_or(0)
            .min(ROOM_MAX_STUDENTS);
        room.students = (0..count)
            .map(|_| Student {
                name: String::new(),
                token: String::new(),
                seat: Seat::Left,
                standing: Standing::Idle,
                tally: Tally::default(),
                server: 0,
                asked: None,
            })
            .collect();
        for (n, token) in seats {
            if let Some(s) = room.students.get_mut(*n) {
                s.token = token.clone();
                s.seat = Seat::Away { since: 0.0 };
            }
        }
        room.rebuild(Keep::Nothing, &mut Vec::new());
        room
    }

    /// Each seat that can still be taken back, with its token: what a restart keeps.
    pub fn seat_tokens(&self) -> Vec<(usize, String)> {
        (self.students.iter().enumerate())
            .filter(|(_, s)| s.seat != Seat::Left && !s.token.is_empty())
            .map(|(i, s)| (i, s.token.clone()))
            .collect()
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

    /// A student pressed Leave: their node goes off and out of the class's network.
    pub fn leave(&mut self, student: usize, out: &mut Vec<Outgoing>) {
        if let Some(s) = self.students.get_mut(student) {
            s.seat = Seat::Left;
            self.switch(self.index_of(student), false, out);
            self.enter(student);
            self.count(out);
        }
    }

    /// A student's "ask": a request from their own node, now. While the lesson is paused
    /// the request is sent but stands still, like everything else, and goes on when the
    /// teacher resumes; one waiting request per student is enough, so further asks while
    /// their own waits change nothing (and a long pause cannot pile requests up): each
    /// ask is then answered, failed or cancelled, and told.
    pub fn ask(&mut self, student: usize) {
        let Some(s) = self.students.get(student) else {
            return;
        };
        let waits = s.asked.is_some();
        let index = self.index_of(student);
        if s.seat == Seat::Present && !waits && self.simulation.is_up(index) {
            let request = self.simulation.next_request;
            self.simulation.ask(index);
            // Only a request this ask sent is the student's own; a peer with nobody in
            // the network to ask has failed at once.
            let s = &mut self.students[student];
            s.tally.asked += 1;
            if self.simulation.next_request != request {
                s.asked = Some(request);
            } else {
                s.tally.failed += 1;
                s.standing = Standing::Failed;
                if !self.unsent.contains(&student) {
                    self.unsent.push(student);
                }
            }
            if self.paused && self.students[student].asked.is_some() {
                // Marked now, not when the room next reads its events: the next ask
                // already finds this one waiting (one that found nobody has failed).
                self.students[student].standing = Standing::Waiting;
            }
        }
    }
}
