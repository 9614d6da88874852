//! What survives a restart of the server (`--state FILE`): each room's code, the digest of
//! its host secret, the network address of the device that opened it (so the limit of rooms
//! an address may open holds across a restart), and each seat's number with the digest of
//! its rejoin token. Never a name, a count or the lesson: a restarted room starts its counts
//! again from zero.
//!
//! The file is text, one line a room or a seat, written whole to a temporary file beside
//! it and renamed over it, so a crash mid-write leaves the old file or the new one, never
//! half of one. It is read leniently: a line it cannot read is skipped.
//!
//! ```text
//! netmodels-classroom-state 1
//! room ABC234 <64 hex digits> 192.168.1.20
//! seat 0 <64 hex digits>
//! ```

use std::net::IpAddr;
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
    /// The address the room was opened from, when known (a file written before addresses
    /// were kept has none).
    pub(super) opener: Option<IpAddr>,
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
                ["room", code, secret, opener @ ..]
                    if is_code(code) && is_digest(secret) && opener.len() <= 1 =>
                {
                    rooms.push(KeptRoom {
                        code: (*code).to_owned(),
                        secret: (*secret).to_owned(),
                        opener: opener.first().and_then(|a| a.parse().ok()),
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
            match room.opener {
                Some(opener) => {
                    text.push_str(&format!("room {} {} {opener}\n", room.code, room.secret));
                }
                None => text.push_str(&format!("room {} {}\n", room.code, room.secret)),
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A file in a directory of its own under the system's temporary directory.
    fn scratch(name: &str) -> StateFile {
        let dir =
            std::env::temp_dir().join(format!("netmodels-state-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch directory");
        StateFile::new(dir.join("state"))
    }

    /// Catches: an opener's address not written, not read back, or a room refused when a
    /// file from before addresses were kept has none.
    #[test]
    fn a_rooms_opener_survives_a_restart_and_an_older_file_still_reads() {
        let file = scratch("opener");
        let rooms = vec![
            KeptRoom {
                code: "ABC234".into(),
                secret: "a".repeat(64),
                opener: Some("192.168.1.20".parse().expect("address")),
                seats: vec![(0, "b".repeat(64))],
            },
            KeptRoom {
                code: "XYZ789".into(),
                secret: "c".repeat(64),
                opener: None,
                seats: Vec::new(),
            },
        ];
        file.write(&rooms).expect("written");
        assert_eq!(file.read(), rooms);
        std::fs::write(
            &file.path,
            format!("{HEADER}\nroom ABC234 {}\n", "d".repeat(64)),
        )
        .expect("older file");
        let read = file.read();
        assert_eq!(read.len(), 1);
        assert_eq!(read[0].opener, None);
        let _ = std::fs::remove_dir_all(file.path.parent().expect("its directory"));
    }
}
