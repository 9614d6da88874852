//! The moment on screen as one versioned text, the only thing the Save module needs of the
//! page to make its files: the page writes it ([`Moment::write`]) when a file is asked
//! for, and the module reads it back with the same model code ([`Moment::read`]), so a
//! file describes exactly what is shown, however long the session, and costs no replay.
//!
//! The writer is part of the page, whose wasm is on a size budget: it writes integers
//! only, through one formatting function. The text is lines of a word and numbers separated
//! by single spaces; a real number is its IEEE 754 bits as a decimal integer (exact both
//! ways, with no float printer or parser), a missing one `-`, a yes/no `1`/`0`:
//!
//! ```text
//! netmodels-moment 3
//! lab      time session-time paused speed words verify tour-resume servers clients peers
//! network  alarm verify bad-release latest published-at converged-at capacity
//! metrics  sent answered failed cancelled waiting rejected availability
//! node     up honest last damaged version load queue   (one per node, in order; last:
//!                                                        0 answered, 1 failed, 2 no outcome yet)
//! packet   id shape x y
//! event    kind at a b c                    (the logged events, oldest first; no request numbers)
//! sample   tick client-server peer-to-peer client-server-down peer-to-peer-down
//! mark     seconds kind
//! end
//! ```
//!
//! `network` opens a network's lines (client-server, then peer-to-peer); samples and marks
//! follow both, and `end` closes the text, so a cut one is never taken for a shorter
//! moment. What follows from other lines is not written: the nodes' names, places and
//! links (from the sizes, as the Lab builds them), which copies are stale, the counts of
//! stale, damaged and served nodes, and how far the latest version has spread. What no
//! file shows (the live announcement, the tour's panel) stays on the page. A network's
//! capacity is its servers' or peers' answers per second (`-`: no limit); a node's queue,
//! the requests waiting in it.
//!
//! A page already open when a newer module is published still writes the version it was
//! built with, so the reader also reads the two before ([`Version`]), as the page that
//! wrote them showed them: version 2 has no capacity on the network line and no queue on
//! the node line (its networks answered every request at once, and drew a load bar full
//! at [`OLD_FULL_LOAD`] requests per second); version 1 also has `reset-at` after
//! `session-time` (its `time` counted from there), a node's `failing` flag (1: its last
//! request failed) where `last` is, and samples without the two down flags.

mod fields;
mod parts;
mod read;
mod write;

pub use fields::ReadError;

use crate::model::history::{MarkKind, Sample};
use crate::model::lab::snapshot::LabSnapshot;
use crate::model::sim::log_view::LogEntry;

/// The first word of a moment's text.
pub const MOMENT_HEADER: &str = "netmodels-moment";
/// The version of the text this code writes, the newest it reads.
pub const MOMENT_VERSION: u32 = 3;

/// Requests served per second at which the load bar of a version 1 or 2 text is full:
/// what those pages drew (one server answering twelve clients), before nodes had a
/// capacity.
pub(super) const OLD_FULL_LOAD: f64 = 6.0;

/// The versions of the text this code reads, each by what its lines hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Version {
    /// Version 1: a `reset-at` on the lab line, a node's `failing` flag, samples without
    /// the down flags; no capacity, no queue.
    One,
    /// Version 2: one session clock, a node's last outcome, the down flags; no capacity,
    /// no queue.
    Two,
    /// Version 3, the one written: a network's capacity and a node's queue.
    Three,
}

impl Version {
    /// The version a header names after its word, if this code reads it.
    pub(super) fn named(text: &str) -> Option<Version> {
        match text {
            "1" => Some(Version::One),
            "2" => Some(Version::Two),
            "3" => Some(Version::Three),
            _ => None,
        }
    }
}

/// The moment on screen as the Save module reads it back: what the page drew, the event
/// logs, and the timeline's past.
#[derive(Clone, Debug, PartialEq)]
pub struct Moment {
    /// What the page showed, without the announcement and the tour's panel (`None`),
    /// which no file shows.
    pub snapshot: LabSnapshot,
    /// The client-server network's event log, oldest first.
    pub client_server_log: Vec<LogEntry>,
    /// The peer-to-peer network's event log, oldest first.
    pub peer_to_peer_log: Vec<LogEntry>,
    /// The availability of both networks over the kept window, oldest first.
    pub samples: Vec<Sample>,
    /// The timeline's marks: session seconds and what happened then.
    pub marks: Vec<(f64, MarkKind)>,
}
