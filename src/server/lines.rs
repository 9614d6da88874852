//! What each line of the protocol does, on the hub: who may send it (a teacher's verb from
//! anyone but the room's host is refused and counted), what it changes in the room, and
//! the limit on wrong codes and secrets per address.

use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use super::hub::{Hub, RoomEntry};
use super::limits::{
    CODE_TRIES, CREATES_PER_CONNECTION, FAILED_ATTEMPTS_PER_MINUTE, JOIN_BURST_PER_ADDRESS,
    JOINS_PER_ADDRESS_PER_SECOND, JOINS_PER_CONNECTION, MAX_ROOMS, ROOMS_PER_ADDRESS,
};
use super::screens::Part;
use super::secrets::{digest, same_secret};
use super::stats::Stats;
use crate::model::{Audience, ClientMsg, Door, Outgoing, Refusal, Room, ServerMsg};

impl Hub {
    pub(super) fn line(&mut self, conn: u64, msg: ClientMsg) {
        let Some(part) = self.screens.get(&conn).map(|s| s.part.clone()) else {
            return;
        };
        let mut out = Vec::new();
        match (msg, part) {
            (ClientMsg::Create, Part::Nobody) => self.create(conn),
            // A connection hosts one room at a time.
            (ClientMsg::Create, Part::Host(_)) => self.refuse(conn, Refusal::TooManyRooms),
            (ClientMsg::Host { code, secret }, Part::Nobody) => match self.rooms.get(&code) {
                Some(entry)
                    if same_secret(&entry.secret, &digest(&secret))
                        && !self.too_many_failures(conn) =>
                {
                    self.become_host(conn, &code, secret)
                }
                _ => self.refuse_attempt(conn, Refusal::NotHost),
            },
            (ClientMsg::Join { name, .. }, Part::Nobody) if name.is_empty() => {
                self.refuse(conn, Refusal::BadName)
            }
            (ClientMsg::Join { code, name }, Part::Nobody) => {
                if self.too_many_failures(conn) {
                    return self.refuse(conn, Refusal::SlowDown);
                }
                if !self.may_join(conn) {
                    return self.refuse(conn, Refusal::TooManyJoins);
                }
                let Some(token) = self.random.token() else {
                    return self.refuse(conn, Refusal::Busy);
                };
                let Some(entry) = self.rooms.get_mut(&code) else {
                    return self.refuse_attempt(conn, Refusal::NoRoom);
                };
                match entry.room.join(name, digest(&token), &mut out) {
                    Ok(student) => self.seat_new(conn, &code, student, token),
                    Err(why) => return self.refuse(conn, why),
                }
                self.route(&code, out);
            }
            (ClientMsg::Back { code, token }, Part::Nobody) => {
                if self.too_many_failures(conn) {
                    return self.refuse(conn, Refusal::SlowDown);
                }
                let Some(entry) = self.rooms.get_mut(&code) else {
                    return self.refuse_attempt(conn, Refusal::NoRoom);
                };
                let kept = digest(&token);
                if let Some(student) = entry.room.back(|t| same_secret(t, &kept), &mut out) {
                    // A second tab with the same token takes the seat over.
                    let old = entry.students.insert(student, conn);
                    let node = entry.room.node_of(student);
                    if let Some(old) = old {
                        self.let_go(old);
                    }
                    self.seat(conn, &code, student, node, token);
                    return self.route(&code, out);
                }
                // Their seat was taken: a new one is a join, within the joins' limits.
                let limit = match self.may_join(conn) {
                    true => Ok(()),
                    false => Err(Refusal::TooManyJoins),
                };
                let Some(entry) = self.rooms.get_mut(&code) else {
                    return;
                };
                match entry
                    .room
                    .back_anew(|t| same_secret(t, &kept), limit, &mut out)
                {
                    Ok(student) => self.seat_new(conn, &code, student, token),
                    Err(Refusal::NoSeat) => return self.refuse_attempt(conn, Refusal::NoSeat),
                    Err(why) => return self.refuse(conn, why),
                }
                self.route(&code, out);
            }
            (ClientMsg::Ask, Part::Student(code, student)) => {
                if let Some(entry) = self.rooms.get_mut(&code) {
                    entry.room.ask(student);
                }
            }
            (ClientMsg::Leave, Part::Student(code, student)) => {
                if let Some(entry) = self.rooms.get_mut(&code) {
                    entry.room.leave(student, &mut out);
                    entry.students.remove(&student);
                }
                if let Some(screen) = self.screens.get_mut(&conn) {
                    screen.part = Part::Nobody;
                }
                self.route(&code, out);
            }
            (ClientMsg::UnknownModel(_), Part::Host(_)) => self.refuse(conn, Refusal::NoModel),
            (ClientMsg::Reserved(_), _) => self.refuse(conn, Refusal::Unsupported),
            (ClientMsg::Model(model), Part::Host(code)) => {
                if let Some(entry) = self.rooms.get_mut(&code) {
                    entry.room.set_model(model, &mut out);
                    // Each student's node has a new id in the other model.
                    for student in entry.students.keys().copied().collect::<Vec<_>>() {
                        let node = entry.room.node_of(student);
                        out.push(Outgoing {
                            to: Audience::Student(student),
                            msg: ServerMsg::You {
                                node,
                                token: String::new(),
                            },
                        });
                    }
                    out.extend(entry.room.names().into_iter().map(|msg| Outgoing {
                        to: Audience::Host,
                        msg,
                    }));
                }
                self.route(&code, out);
            }
            (
                msg @ (ClientMsg::Remove { .. }
                | ClientMsg::Lock(_)
                | ClientMsg::Rename { .. }
                | ClientMsg::End),
                Part::Host(code),
            ) => self.room_control(conn, &code, msg),
            // Every other teacher's line is one of the page's commands.
            (msg, Part::Host(code)) if let Some(command) = msg.command() => {
                if let Some(entry) = self.rooms.get_mut(&code) {
                    entry.room.teacher(command, &mut out);
                }
                self.route(&code, out);
            }
            // A teacher's action from a student or a stranger, or a student's from
            // the host: refused and counted, nothing changes.
            (
                ClientMsg::Switch { .. }
                | ClientMsg::Model(_)
                | ClientMsg::UnknownModel(_)
                | ClientMsg::Reset
                | ClientMsg::Pause(_)
                | ClientMsg::Speed(_)
                | ClientMsg::Publish
                | ClientMsg::Servers(_)
                | ClientMsg::Remove { .. }
                | ClientMsg::Lock(_)
                | ClientMsg::Rename { .. }
                | ClientMsg::End,
                _,
            ) => self.refuse(conn, Refusal::NotHost),
            _ => Stats::add(&self.stats.malformed),
        }
    }

    /// Opens a room for `conn`, within the limits: the server's rooms, the rooms one
    /// address has open, the rooms one connection may open.
    fn create(&mut self, conn: u64) {
        let Some(screen) = self.screens.get(&conn) else {
            return;
        };
        let ip = screen.ip;
        if screen.creates >= CREATES_PER_CONNECTION {
            return self.refuse(conn, Refusal::TooManyRooms);
        }
        let from_here = (self.rooms.values())
            .filter(|e| e.opened_by == Some(ip))
            .count();
        if from_here >= ROOMS_PER_ADDRESS {
            return self.refuse(conn, Refusal::TooManyRooms);
        }
        if self.rooms.len() >= MAX_ROOMS {
            return self.refuse(conn, Refusal::Busy);
        }
        // With at most `MAX_ROOMS` rooms among about 10⁹ codes the first try is free; a
        // bounded number of tries keeps a broken generator from stopping the hub.
        let code = (0..CODE_TRIES)
            .map_while(|_| self.random.code())
            .find(|code| !self.rooms.contains_key(code));
        let (Some(code), Some(secret)) = (code, self.random.token()) else {
            return self.refuse(conn, Refusal::Busy);
        };
        if let Some(screen) = self.screens.get_mut(&conn) {
            screen.creates += 1;
        }
        let now = Instant::now();
        self.rooms.insert(
            code.clone(),
            RoomEntry {
                room: Room::new().with_rejoin_seconds(self.limits.rejoin.as_secs_f64()),
                secret: digest(&secret),
                host: None,
                opened_by: Some(ip),
                restored: false,
                students: HashMap::new(),
                opened: now,
                last_seen: now,
            },
        );
        self.add_link(&code);
        self.stats
            .rooms
            .store(self.rooms.len() as u64, Ordering::Relaxed);
        self.dirty = true;
        self.become_host(conn, &code, secret);
    }

    /// Makes `conn` the host of room `code`, whose host secret it showed (`secret`: the
    /// server keeps only its digest, so the host's page is sent back what it sent).
    fn become_host(&mut self, conn: u64, code: &str, secret: String) {
        let Some(entry) = self.rooms.get_mut(code) else {
            return;
        };
        if let Some(old) = entry.host.replace(conn) {
            // The teacher's newer screen wins; the older one is told so in its own words
            // (and stops: it does not reclaim the room), then let go.
            self.send(old, &ServerMsg::TakenOver);
            self.let_go(old);
        }
        let Some(entry) = self.rooms.get(code) else {
            return;
        };
        let mut lines = vec![
            ServerMsg::Room {
                code: code.to_owned(),
                secret,
            },
            ServerMsg::Link(format!("{}/?join={code}", self.link_base)),
        ];
        if entry.restored {
            lines.push(ServerMsg::Restarted);
        }
        lines.push(ServerMsg::Locked(entry.room.door() == Door::Locked));
        lines.extend(entry.room.present_state());
        lines.extend(entry.room.host_state());
        if let Some(screen) = self.screens.get_mut(&conn) {
            screen.part = Part::Host(code.to_owned());
        }
        for msg in lines {
            self.send(conn, &msg);
        }
    }

    /// A student given a seat of their own, by a join or by a return to a new seat: the
    /// state file is to be rewritten, the join counted against the connection's and the
    /// address's limits, and the connection becomes that student's.
    fn seat_new(&mut self, conn: u64, code: &str, student: usize, token: String) {
        self.dirty = true;
        let Some(entry) = self.rooms.get_mut(code) else {
            return;
        };
        entry.students.insert(student, conn);
        let node = entry.room.node_of(student);
        Stats::add(&self.stats.students);
        self.count_join(conn);
        self.seat(conn, code, student, node, token);
    }

    fn seat(&mut self, conn: u64, code: &str, student: usize, node: String, token: String) {
        if let Some(screen) = self.screens.get_mut(&conn) {
            screen.part = Part::Student(code.to_owned(), student);
        }
        let Some(entry) = self.rooms.get(code) else {
            return;
        };
        let mut lines = vec![ServerMsg::You { node, token }];
        lines.extend(entry.room.present_state());
        for msg in lines {
            self.send(conn, &msg);
        }
    }

    /// Whether `conn` may take a seat now, within the joins of one connection and of its
    /// address (refilling its address's bucket to now).
    fn may_join(&mut self, conn: u64) -> bool {
        let Some(screen) = self.screens.get(&conn) else {
            return false;
        };
        if screen.joins >= JOINS_PER_CONNECTION {
            return false;
        }
        let ip = screen.ip;
        // Bounded as the failures are: full buckets are forgotten each tick, and a flood of
        // new addresses only fills the map up to a cap.
        if self.joins.len() >= 100_000 && !self.joins.contains_key(&ip) {
            return false;
        }
        let now = Instant::now();
        let (since, left) = self
            .joins
            .entry(ip)
            .or_insert((now, JOIN_BURST_PER_ADDRESS));
        let refill = now.duration_since(*since).as_secs_f64() * JOINS_PER_ADDRESS_PER_SECOND;
        *left = (*left + refill).min(JOIN_BURST_PER_ADDRESS);
        *since = now;
        *left >= 1.0
    }

    /// Counts a seat taken by `conn` against it and its address.
    fn count_join(&mut self, conn: u64) {
        if let Some(screen) = self.screens.get_mut(&conn) {
            screen.joins += 1;
            if let Some((_, left)) = self.joins.get_mut(&screen.ip) {
                *left -= 1.0;
            }
        }
    }

    fn too_many_failures(&self, conn: u64) -> bool {
        let Some(ip) = self.screens.get(&conn).map(|s| s.ip) else {
            return true;
        };
        match self.failures.get(&ip) {
            Some(&(since, count)) if since.elapsed() < Duration::from_secs(60) => {
                count >= FAILED_ATTEMPTS_PER_MINUTE
            }
            _ => false,
        }
    }

    /// A wrong code or secret: refused, and counted against the sender's address.
    fn refuse_attempt(&mut self, conn: u64, why: Refusal) {
        if let Some(ip) = self.screens.get(&conn).map(|s| s.ip) {
            // Bounded: old windows are forgotten each tick, and a flood of new
            // addresses only fills the map up to a cap.
            if self.failures.len() < 100_000 || self.failures.contains_key(&ip) {
                let entry = self.failures.entry(ip).or_insert((Instant::now(), 0));
                if entry.0.elapsed() >= Duration::from_secs(60) {
                    *entry = (Instant::now(), 0);
                }
                entry.1 += 1;
            }
        }
        self.refuse(conn, why);
    }

    pub(super) fn refuse(&mut self, conn: u64, why: Refusal) {
        Stats::add(&self.stats.refused);
        self.send(conn, &ServerMsg::Refused(why));
    }
}
