//! The classroom server's limits in one place: how big, how often and how long anything
//! may be (docs/classroom.md, "Limits", says them in words).

use std::time::Duration;

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
pub(super) const JOIN_BURST_PER_ADDRESS: f64 = 300.0;
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
/// Lines waiting to be written to one screen; a screen that falls this far behind is
/// disconnected (it reconnects and gets the present state) rather than buffered forever.
pub(super) const OUTBOX: usize = 1024;
/// Lines waiting for the hub; beyond this, messages are dropped and counted.
pub(super) const INBOX: usize = 65_536;
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
