//! The classroom server's limits in one place: how big, how often and how long anything
//! may be (docs/classroom.md, "Limits", says them in words).

use std::time::Duration;

use crate::model::{LESSON_MARKS, LESSON_SAMPLES, ROOM_MAX_STUDENTS};

/// How often the hub moves every room's simulation on.
pub(super) const HUB_TICK: Duration = Duration::from_millis(50);
/// The most rooms one server keeps (a school's worth of lessons at once).
pub(super) const MAX_ROOMS: usize = 64;
/// Rooms one address may have open at once: a school's teachers behind one address each
/// have theirs, and a flood from one device cannot take every room.
pub(super) const ROOMS_PER_ADDRESS: usize = 8;
/// Rooms one connection may open (a teacher's page opens one, and one more when its room
/// was gone).
pub(super) const CREATES_PER_CONNECTION: u32 = 2;
/// Seats one connection may take: a student who left may join again a few times, and a
/// page pressing Join and Leave in a loop is refused `too-many-joins`.
pub(super) const JOINS_PER_CONNECTION: u32 = 5;
/// Joins one address may make at once: a whole class behind one school address (NAT)
/// joins together…
pub(super) const JOIN_BURST_PER_ADDRESS: f64 = ROOM_MAX_STUDENTS as f64;
/// …and then this many more a second: a device opening connection after connection to
/// join again is slowed to it, refused `too-many-joins` in between.
pub(super) const JOINS_PER_ADDRESS_PER_SECOND: f64 = 2.0;
/// Connections the server holds at once, every room's screens together; one more is told
/// why and closed.
pub(super) const MAX_CONNECTIONS: u64 = 4096;
/// Open files kept aside from connections: the listening socket, the page's files being
/// read, the state file, a connection being told it is one too many.
pub(super) const SPARE_FILES: u64 = 64;
/// New codes tried for a room before the server says it is busy.
pub(super) const CODE_TRIES: usize = 100;
/// A room nobody is connected to closes after this long…
pub(super) const ROOM_IDLE: Duration = Duration::from_secs(15 * 60);
/// …and every room closes after this long (a school day).
pub(super) const ROOM_LIFETIME: Duration = Duration::from_secs(8 * 3600);
/// Wrong codes or secrets one address may try per minute: a 6-character code from 32
/// signs has about 10⁹ values, so guessing one takes far longer than a lesson.
pub(super) const FAILED_ATTEMPTS_PER_MINUTE: u32 = 10;
/// Messages a connection may send per second on average, and in one burst.
pub(super) const MESSAGES_PER_SECOND: f64 = 10.0;
pub(super) const MESSAGE_BURST: f64 = 20.0;
/// A connection that keeps flooding after this many dropped messages is closed.
pub(super) const DROPS_BEFORE_CLOSE: u64 = 200;
/// Lines a join sends each screen already in the room, at most: `shape`, `node` and
/// `students` to every screen, and the newcomer's `name` to the teacher's.
const LINES_PER_JOIN: usize = 4;
/// Lines a teacher's screen is sent when it (re)connects, at most: the room, its link and
/// its lock, the present (six lines), the current count, a name per seat, the lesson's
/// samples, marks and down periods.
const HOST_PRESENT: usize = 10 + ROOM_MAX_STUDENTS + LESSON_SAMPLES + 2 * LESSON_MARKS;
/// Lines waiting to be written to one screen; a screen that falls this far behind is
/// disconnected (it reconnects and gets the present state) rather than buffered forever.
///
/// A whole room taking its seats at once sends every screen up to [`LINES_PER_JOIN`] lines
/// a seat, and a teacher's screen that reconnects meanwhile is sent [`HOST_PRESENT`] too,
/// however slowly that screen reads: the bound is that burst (5,594 lines for 1,000
/// seats), so only a screen that falls behind by more than its whole room is let go, and
/// never one for a burst it did not cause. Memory stays bounded: a waiting line is a
/// pointer (16 bytes) to a line written once for the whole room, and a queue holds only
/// what waits, so a screen's queue is at most about 90 KB, and a screen that reads keeps
/// it near empty.
pub(super) const OUTBOX: usize = LINES_PER_JOIN * ROOM_MAX_STUDENTS + HOST_PRESENT;
/// Lines waiting for the hub; beyond this, messages are dropped and counted.
pub(super) const INBOX: usize = 65_536;
/// The WebSocket layer's read buffer and its write buffer, each connection's: a line is at
/// most a few hundred bytes, and the layer's own default (128 KiB each) would hold about
/// 150 MB for a room of 1,000 screens that send and receive a line now and then.
pub(super) const SOCKET_BUFFER: usize = 4 * 1024;
/// With `--tls`: how long a connection has to finish its TLS handshake, and how many may
/// be at it at once; a client that never finishes (or speaks plain HTTP to the port) is
/// dropped, and holds up nobody else's.
pub(super) const HANDSHAKE_TIME: Duration = Duration::from_secs(10);
pub(super) const HANDSHAKES_AT_ONCE: usize = 256;
/// How long accepting waits after the system refused a connection (mostly: too many open
/// files), rather than trying again at once.
pub(super) const ACCEPT_PAUSE: Duration = Duration::from_millis(100);
/// What the WebSocket layer reads at most: bigger frames close the connection.
pub(super) const FRAME_LIMIT: usize = 16 * 1024;

/// The limits a server may be started with other than the defaults: a test's room closes
/// when idle after a second, not fifteen minutes, and a few connections stand for a full
/// server.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// A room nobody is connected to closes after this long.
    pub room_idle: Duration,
    /// Connections held at once; one more is refused `too-many-connections`.
    pub max_connections: u64,
    /// How long an away student keeps their seat (`--rejoin-seconds`: a test that locks
    /// phones for longer than it waits a few seconds, not a minute).
    pub rejoin: Duration,
}

impl Default for Limits {
    /// A lesson's: `ROOM_IDLE`, `MAX_CONNECTIONS` and the room's `REJOIN_SECONDS`.
    fn default() -> Limits {
        Limits {
            room_idle: ROOM_IDLE,
            max_connections: MAX_CONNECTIONS,
            rejoin: Duration::from_secs_f64(crate::model::REJOIN_SECONDS),
        }
    }
}

/// Raises the process's open-files soft limit so the server can hold its 4,096
/// connections (each is an open file, and many systems start a program at 1,024), and
/// says how many it can hold: all of them, or as many as the system allows, with a
/// sentence for the teacher saying why and what to do.
pub fn connections_the_system_allows() -> (u64, Option<String>) {
    let wanted = MAX_CONNECTIONS + SPARE_FILES;
    match rlimit::increase_nofile_limit(wanted) {
        Ok(files) if files >= wanted => (MAX_CONNECTIONS, None),
        Ok(files) => {
            let connections = files.saturating_sub(SPARE_FILES).max(1);
            let note = format!(
                "the system lets this program open {files} files, so at most {connections} \
                 screens can connect at once (run `ulimit -n {wanted}` before starting it for more)"
            );
            (connections, Some(note))
        }
        Err(error) => {
            let note = format!(
                "the open-files limit could not be read or raised ({error}); past about 1,000 \
                 screens, connections may fail"
            );
            (MAX_CONNECTIONS, Some(note))
        }
    }
}
