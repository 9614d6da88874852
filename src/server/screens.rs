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
    pub(super) tx: mpsc::Sender<Arc<str>>,
    pub(super) ip: IpAddr,
    pub(super) version: u32,
    pub(super) part: Part,
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
        let Some(line) = written.for_version(screen.version) else {
            return;
        };
        match screen.tx.try_send(Arc::clone(&line)) {
            Ok(()) => {
                Stats::add(&self.stats.lines_out);
                self.stats
                    .bytes_out
                    .fetch_add(line.len() as u64, Ordering::Relaxed);
            }
            Err(_) => {
                // Too far behind (or gone): let it go; it comes back with the present.
                Stats::add(&self.stats.slow_screens);
                self.screens.remove(&conn);
            }
        }
    }
}
