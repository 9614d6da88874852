//! The hub: the one owner of every room, on a thread of its own. Events (a screen opened,
//! sent a line, closed) are handled one at a time in arrival order, so each room has one
//! order of events; every `HUB_TICK` it moves each room's simulation on and closes the
//! rooms that are idle or too old. What each line does is in `lines.rs`; how lines reach
//! screens, in `screens.rs`.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::Ordering;
use std::sync::mpsc as std_mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::sync::mpsc;

use super::limits::{
    HUB_TICK, JOIN_BURST_PER_ADDRESS, JOINS_PER_ADDRESS_PER_SECOND, Limits, ROOM_LIFETIME,
};
use super::screens::{Part, Screen};
use super::secrets::Random;
use super::state::{KeptRoom, StateFile};
use super::stats::Stats;
use crate::model::{ClientMsg, Room, ServerMsg};

/// What a connection tells the hub.
pub(super) enum HubEvent {
    Open {
        conn: u64,
        ip: IpAddr,
        /// The protocol version of the path it came in at.
        version: u32,
        tx: mpsc::Sender<Arc<str>>,
    },
    Line {
        conn: u64,
        msg: ClientMsg,
    },
    Closed {
        conn: u64,
    },
    /// The server stops: the hub returns, and with it every screen's sender goes.
    Stop,
}

/// One room and who is connected to it.
pub(super) struct RoomEntry {
    pub(super) room: Room,
    /// The digest of the host secret (the secret itself is only ever on the host's page).
    pub(super) secret: String,
    /// The host's connection, while it is connected.
    pub(super) host: Option<u64>,
    /// The address that opened it (for the limit on rooms per address); `None` for a room
    /// kept across a restart.
    pub(super) opened_by: Option<IpAddr>,
    /// Kept across a restart of the server: its host is told so.
    pub(super) restored: bool,
    /// The connection of each student who is present.
    pub(super) students: HashMap<usize, u64>,
    pub(super) opened: Instant,
    pub(super) last_seen: Instant,
}

/// The one owner of every room: events are handled one at a time, in arrival order.
pub(super) struct Hub {
    pub(super) screens: HashMap<u64, Screen>,
    pub(super) rooms: HashMap<String, RoomEntry>,
    /// Failed join or host attempts per address in the current minute.
    pub(super) failures: HashMap<IpAddr, (Instant, u32)>,
    /// Joins each address may still make now, and when that was counted (a bucket that
    /// refills at `JOINS_PER_ADDRESS_PER_SECOND` up to `JOIN_BURST_PER_ADDRESS`).
    pub(super) joins: HashMap<IpAddr, (Instant, f64)>,
    pub(super) stats: Arc<Stats>,
    pub(super) links: Arc<Mutex<HashMap<String, String>>>,
    pub(super) link_base: String,
    pub(super) random: Random,
    /// Where rooms' codes and secrets' digests are kept across a restart, if anywhere…
    state: Option<StateFile>,
    /// …and whether they changed since the file was last written.
    pub(super) dirty: bool,
    pub(super) limits: Limits,
}

impl Hub {
    /// The hub, with the rooms `state` kept from before a restart (none without a file).
    pub(super) fn new(
        stats: Arc<Stats>,
        links: Arc<Mutex<HashMap<String, String>>>,
        link_base: String,
        state: Option<StateFile>,
        limits: Limits,
    ) -> Hub {
        let mut hub = Hub {
            screens: HashMap::new(),
            rooms: HashMap::new(),
            failures: HashMap::new(),
            joins: HashMap::new(),
            stats,
            links,
            link_base,
            random: Random,
            state,
            dirty: false,
            limits,
        };
        let kept = hub.state.as_ref().map(StateFile::read).unwrap_or_default();
        let now = Instant::now();
        for room in kept.into_iter().take(super::limits::MAX_ROOMS) {
            hub.add_link(&room.code);
            hub.rooms.insert(
                room.code,
                RoomEntry {
                    room: Room::with_seats(&room.seats)
                        .with_rejoin_seconds(limits.rejoin.as_secs_f64()),
                    secret: room.secret,
                    host: None,
                    opened_by: room.opener,
                    restored: true,
                    students: HashMap::new(),
                    opened: now,
                    last_seen: now,
                },
            );
        }
        hub.stats
            .rooms
            .store(hub.rooms.len() as u64, Ordering::Relaxed);
        hub
    }

    /// The join link of room `code`, for the QR route.
    pub(super) fn add_link(&self, code: &str) {
        if let Ok(mut links) = self.links.lock() {
            links.insert(code.to_owned(), format!("{}/?join={code}", self.link_base));
        }
    }

    /// Writes the rooms' codes and digests if they changed (at most once a tick); a file
    /// that cannot be written is said once on standard error, and the lesson goes on.
    fn save(&mut self) {
        if !self.dirty {
            return;
        }
        self.dirty = false;
        let Some(state) = &self.state else { return };
        let mut kept: Vec<KeptRoom> = (self.rooms.iter())
            .map(|(code, entry)| KeptRoom {
                code: code.clone(),
                secret: entry.secret.clone(),
                opener: entry.opened_by,
                seats: entry.room.seat_tokens(),
            })
            .collect();
        kept.sort_by(|a, b| a.code.cmp(&b.code));
        if let Err(e) = state.write(&kept) {
            eprintln!("cannot keep the rooms in the state file: {e}");
            self.state = None;
        }
    }

    pub(super) fn run(mut self, inbox: std_mpsc::Receiver<HubEvent>) {
        let mut last_tick = Instant::now();
        loop {
            let wait = HUB_TICK.saturating_sub(last_tick.elapsed());
            match inbox.recv_timeout(wait) {
                Ok(HubEvent::Stop) | Err(std_mpsc::RecvTimeoutError::Disconnected) => return,
                Ok(event) => self.handle(event),
                Err(std_mpsc::RecvTimeoutError::Timeout) => {}
            }
            if last_tick.elapsed() >= HUB_TICK {
                let dt = last_tick.elapsed().as_secs_f64();
                last_tick = Instant::now();
                self.tick(dt);
            }
        }
    }

    fn handle(&mut self, event: HubEvent) {
        match event {
            HubEvent::Open {
                conn,
                ip,
                version,
                tx,
            } => {
                self.screens.insert(
                    conn,
                    Screen {
                        tx: Some(tx),
                        ip,
                        version,
                        part: Part::Nobody,
                        creates: 0,
                        joins: 0,
                    },
                );
            }
            HubEvent::Line { conn, msg } => self.line(conn, msg),
            HubEvent::Closed { conn } => self.closed(conn),
            // `run` returns on it before handling it.
            HubEvent::Stop => {}
        }
    }

    /// A connection closed: its student's seat waits for them, its host is gone (so a
    /// room nobody is connected to closes after `Limits::room_idle`). A screen the hub let go of
    /// for being slow is still in the room until here, so it leaves no ghost.
    fn closed(&mut self, conn: u64) {
        let Some(screen) = self.screens.remove(&conn) else {
            return;
        };
        match screen.part {
            Part::Student(code, student) => {
                let mut out = Vec::new();
                if let Some(entry) = self.rooms.get_mut(&code)
                    && entry.students.get(&student) == Some(&conn)
                {
                    entry.students.remove(&student);
                    entry.room.dropped(student, &mut out);
                }
                self.route(&code, out);
            }
            Part::Host(code) => {
                if let Some(entry) = self.rooms.get_mut(&code)
                    && entry.host == Some(conn)
                {
                    entry.host = None;
                }
            }
            Part::Nobody => {}
        }
    }

    fn tick(&mut self, dt: f64) {
        let codes: Vec<String> = self.rooms.keys().cloned().collect();
        for code in codes {
            let mut out = Vec::new();
            let expired = match self.rooms.get_mut(&code) {
                Some(entry) => {
                    entry.room.elapse(dt, &mut out);
                    if entry.host.is_some() || !entry.students.is_empty() {
                        entry.last_seen = Instant::now();
                    }
                    entry.opened.elapsed() > ROOM_LIFETIME
                        || entry.last_seen.elapsed() > self.limits.room_idle
                }
                None => false,
            };
            self.route(&code, out);
            if expired {
                self.close_room(&code);
            }
        }
        self.failures
            .retain(|_, (since, _)| since.elapsed() < Duration::from_secs(60));
        // A full bucket is the same as none.
        let refilled =
            Duration::from_secs_f64(JOIN_BURST_PER_ADDRESS / JOINS_PER_ADDRESS_PER_SECOND);
        self.joins
            .retain(|_, (since, _)| since.elapsed() < refilled);
        self.save();
        let present: usize = self.rooms.values().map(|e| e.students.len()).sum();
        self.stats.students.store(present as u64, Ordering::Relaxed);
    }

    fn close_room(&mut self, code: &str) {
        self.close_room_telling(code, &ServerMsg::Closed);
    }

    /// Closes room `code` now, telling each of its screens `why` (`closed`, or `ended`
    /// when the teacher ended the lesson); the state file drops it at the next tick.
    pub(super) fn close_room_telling(&mut self, code: &str, why: &ServerMsg) {
        let Some(entry) = self.rooms.remove(code) else {
            return;
        };
        if let Ok(mut links) = self.links.lock() {
            links.remove(code);
        }
        for conn in entry.host.into_iter().chain(entry.students.into_values()) {
            self.send(conn, why);
            if let Some(screen) = self.screens.get_mut(&conn) {
                screen.part = Part::Nobody;
            }
        }
        self.stats
            .rooms
            .store(self.rooms.len() as u64, Ordering::Relaxed);
        self.dirty = true;
    }
}
