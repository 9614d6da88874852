//! What survives a restart of the server (`--state FILE`): each room's code, the digest of
//! its host secret, and each seat's number with the digest of its rejoin token. Never a
//! name, a count or the lesson: a restarted room starts its counts again from zero.
//!
//! The file is text, one line a room or a seat, written whole to a temporary file beside
//! it and renamed over it, so a crash mid-write leaves the old file or the new one, never
//! half of one. It is read leniently: a line it cannot read is skipped.
//!
//! ```text
//! netmodels-classroom-state 1
//! room ABC234 <64 hex digits>
//! seat 0 <64 hex digits>
//! ```

use std::path::{Path, PathBuf};

use crate::model::is_code;

/// The file's first line.
const HEADER: &str = "netmodels-classroom-state 1";
/// The most rooms and seats read back (a file grown by hand cannot fill memory).
const MAX_LINES: usize = 100_000;

/// One room as the state file keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct KeptRoom {
    /// The join code.
    pub(super) code: String,
    /// The digest of the host secret.
    pub(super) secret: String,
    /// Each seat's number and the digest of its rejoin token.
    pub(super) seats: Vec<(usize, String)>,
}

/// Where the state is kept, if anywhere.
pub(super) struct StateFile {
    path: PathBuf,
}

/// A digest as the file writes it: 64 lower-case hex digits.
fn is_digest(word: &str) -> bool {
    word.len() == 64 && word.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

impl StateFile {
    pub(super) fn new(path: PathBuf) -> StateFile {
        StateFile { path }
    }

    /// The rooms kept at the last write; none when there is no file or it cannot be read.
    pub(super) fn read(&self) -> Vec<KeptRoom> {
        let Ok(text) = std::fs::read_to_string(&self.path) else {
            return Vec::new();
        };
        let mut lines = text.lines();
        if lines.next() != Some(HEADER) {
            return Vec::new();
        }
        let mut rooms: Vec<KeptRoom> = Vec::new();
        for line in lines.take(MAX_LINES) {
            match line.split(' ').collect::<Vec<_>>().as_slice() {
                ["room", code, secret] if is_code(code) && is_digest(secret) => {
                    rooms.push(KeptRoom {
                        code: (*code).to_owned(),
                        secret: (*secret).to_owned(),
                        seats: Vec::new(),
                    });
                }
                ["seat", n, token] if is_digest(token) => {
                    if let (Some(room), Ok(n)) = (rooms.last_mut(), n.parse::<usize>()) {
                        room.seats.push((n, (*token).to_owned()));
                    }
                }
                _ => {}
            }
        }
        rooms
    }

    /// Writes `rooms` in place of what the file held, atomically (a temporary file beside
    /// it, then renamed over it).
    pub(super) fn write(&self, rooms: &[KeptRoom]) -> std::io::Result<()> {
        let mut text = format!("{HEADER}\n");
        for room in rooms {
            text.push_str(&format!("room {} {}\n", room.code, room.secret));
            for (n, token) in &room.seats {
                text.push_str(&format!("seat {n} {token}\n"));
            }
        }
        let temporary = temporary_beside(&self.path);
        std::fs::write(&temporary, text)?;
        std::fs::rename(&temporary, &self.path)
    }
}

/// `FILE.tmp` in the same folder, so the rename stays on one file system.
fn temporary_beside(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".tmp");
    path.with_file_name(name)
}
