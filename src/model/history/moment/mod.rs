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
//! netmodels-moment 1
//! lab      time session-time reset-at paused speed words verify tour-resume servers clients peers
//! network  alarm verify bad-release latest published-at converged-at capacity
//! metrics  sent answered failed cancelled waiting rejected availability
//! node     up honest failing damaged version load queue          (one per node, in order)
//! packet   id shape x y
//! event    kind at a b c                    (the logged events, oldest first; no request numbers)
//! sample   tick client-server peer-to-peer
//! mark     seconds kind
//! end
//! ```
//!
//! `network` opens a network's lines (client-server, then peer-to-peer); samples and marks
//! follow both, and `end` closes the text, so a cut one is never taken for a shorter
//! moment. What follows from other lines is not written: the nodes' names, places and
//! links (from the sizes, as the Lab builds them), which copies are stale, the counts of
//! stale, damaged and served nodes, and how far the latest version has spread. What no
//! file shows (the live announcement, the tour's panel) stays on the page.

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
/// The version of the text this code writes, and the only one it reads.
pub const MOMENT_VERSION: u32 = 1;

/// The moment on screen as the Save module reads it back: what the page drew, the event
/// logs, and the timeline's past.
#[derive(Clone, Debug, PartialEq)]
pub struct Moment {
    /// What the page showed, without the announcement and the tour's panel (`None`),
    /// which no file shows.
    pub snapshot: LabSnapshot,
    /// Session seconds of the last Reset: the page's clock counts from there.
    pub reset_at: f64,
    /// The client-server network's event log, oldest first.
    pub client_server_log: Vec<LogEntry>,
    /// The peer-to-peer network's event log, oldest first.
    pub peer_to_peer_log: Vec<LogEntry>,
    /// The availability of both networks over the kept window, oldest first.
    pub samples: Vec<Sample>,
    /// The timeline's marks: session seconds and what happened then.
    pub marks: Vec<(f64, MarkKind)>,
}
