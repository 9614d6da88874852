//! The screens the hub knows (each connection, and what it is to a room) and how a room's
//! lines reach them: a line for everyone is formatted once, and a screen too far behind
//! is let go rather than buffered forever.

use std::net::IpAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use tokio::sync::mpsc;

use super::hub::Hub;
use super::stats::Stats;
use crate::model::{Audience, Outgoing, ServerMsg};

/// What a connection is to the hub.
#[derive(Clone, PartialEq)]
pub(super) enum Part {
    Nobody,
    Host(String),
    Student(String, usize),
}

/// One connection as the hub sees it: where its lines go, its address (for the limit
/// on failed attempts), the protocol version it speaks and its part.
pub(super) struct Screen {
    /// Where its lines go; `None` once the hub let go of it (too slow, or replaced by a
    /// newer tab), which ends its connection; the screen stays known until its connection
    /// says it closed, so its seat is let go then.
    pub(super) tx: Option<mpsc::Sender<Arc<str>>>,
    pub(super) ip: IpAddr,
    pub(super) version: u32,
    pub(super) part: Part,
    /// Rooms this connection opened.
    pub(super) creates: u32,
    /// Seats this connection took.
    pub(super) joins: u32,
}

/// A message written once for each protocol version, when first needed.
struct Written<'a> {
    msg: &'a ServerMsg,
    lines: [Option<Option<Arc<str>>>; 2],
}

impl Written<'_> {
    /// The line for a screen of `version` (`None`: that version has no such line).
    fn for_version(&mut self, version: u32) -> Option<Arc<str>> {
        let slot = &mut self.lines[usize::from(version >= 2)];
        slot.get_or_insert_with(|| self.msg.line_for(version).map(Arc::from))
            .clone()
    }
}

impl Hub {
    /// Delivers a room's outgoing messages; a line for everyone is formatted once.
    pub(super) fn route(&mut self, code: &str, out: Vec<Outgoing>) {
        if out.is_empty() {
            return;
        }
        let Some(entry) = self.rooms.get(code) else {
            return;
        };
        let host = entry.host;
        let students: Vec<(usize, u64)> = entry.students.iter().map(|(&s, &c)| (s, c)).collect();
        for Outgoing { to, msg } in out {
            let mut written = Written {
                msg: &msg,
                lines: [None, None],
            };
            match to {
                Audience::Everyone => {
                    for conn in host.into_iter().chain(students.iter().map(|&(_, c)| c)) {
                        self.send_written(conn, &mut written);
                    }
                }
                Audience::Host => {
                    if let Some(conn) = host {
                        self.send_written(conn, &mut written);
                    }
                }
                Audience::Student(student) => {
                    if let Some(&(_, conn)) = students.iter().find(|&&(s, _)| s == student) {
                        self.send_written(conn, &mut written);
                    }
                }
            }
        }
    }

    pub(super) fn send(&mut self, conn: u64, msg: &ServerMsg) {
        let mut written = Written {
            msg,
            lines: [None, None],
        };
        self.send_written(conn, &mut written);
    }

    fn send_written(&mut self, conn: u64, written: &mut Written) {
        let Some(screen) = self.screens.get(&conn) else {
            return;
        };
        let (Some(tx), Some(line)) = (&screen.tx, written.for_version(screen.version)) else {
            return;
        };
        match tx.try_send(Arc::clone(&line)) {
            Ok(()) => {
                Stats::add(&self.stats.lines_out);
                self.stats
                    .bytes_out
                    .fetch_add(line.len() as u64, Ordering::Relaxed);
            }
            Err(_) => {
                // Too far behind (or gone): its connection ends, and its close lets its
                // seat go; the screen comes back with the present.
                Stats::add(&self.stats.slow_screens);
                if let Some(screen) = self.screens.get_mut(&conn) {
                    screen.tx = None;
                }
            }
        }
    }

    /// Ends connection `conn`, replaced by a newer one in its part (a second tab of the
    /// same seat, or of the teacher): no line reaches it any more, and its close changes
    /// nothing.
    pub(super) fn let_go(&mut self, conn: u64) {
        if let Some(screen) = self.screens.get_mut(&conn) {
            screen.tx = None;
            screen.part = Part::Nobody;
        }
    }
}
