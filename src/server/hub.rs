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

use super::limits::{HUB_TICK, ROOM_IDLE, ROOM_LIFETIME};
use super::screens::{Part, Screen};
use super::secrets::Random;
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
    pub(super) secret: String,
    pub(super) host: Option<u64>,
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
    pub(super) stats: Arc<Stats>,
    pub(super) links: Arc<Mutex<HashMap<String, String>>>,
    pub(super) link_base: String,
    pub(super) random: Random,
}

impl Hub {
    pub(super) fn new(
        stats: Arc<Stats>,
        links: Arc<Mutex<HashMap<String, String>>>,
        link_base: String,
    ) -> Hub {
        Hub {
            screens: HashMap::new(),
            rooms: HashMap::new(),
            failures: HashMap::new(),
            stats,
            links,
            link_base,
            random: Random::new(),
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
                        tx,
                        ip,
                        version,
                        part: Part::Nobody,
                    },
                );
            }
            HubEvent::Line { conn, msg } => self.line(conn, msg),
            HubEvent::Closed { conn } => self.closed(conn),
            // `run` returns on it before handling it.
            HubEvent::Stop => {}
        }
    }

    fn closed(&mut self, conn: u64) {
        let Some(screen) = self.screens.remove(&conn) else {
            return;
        };
        if let Part::Student(code, student) = screen.part {
            let mut out = Vec::new();
            if let Some(entry) = self.rooms.get_mut(&code)
                && entry.students.get(&student) == Some(&conn)
            {
                entry.students.remove(&student);
                entry.room.dropped(student, &mut out);
            }
            self.route(&code, out);
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
                    entry.opened.elapsed() > ROOM_LIFETIME || entry.last_seen.elapsed() > ROOM_IDLE
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
        let present: usize = self.rooms.values().map(|e| e.students.len()).sum();
        self.stats.students.store(present as u64, Ordering::Relaxed);
    }

    fn close_room(&mut self, code: &str) {
        let Some(entry) = self.rooms.remove(code) else {
            return;
        };
        if let Ok(mut links) = self.links.lock() {
            links.remove(code);
        }
        for conn in entry.host.into_iter().chain(entry.students.into_values()) {
            self.send(conn, &ServerMsg::Closed);
            if let Some(screen) = self.screens.get_mut(&conn) {
                screen.part = Part::Nobody;
            }
        }
        self.stats
            .rooms
            .store(self.rooms.len() as u64, Ordering::Relaxed);
    }
}
