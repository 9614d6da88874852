//! The live classroom's protocol, version 2 (and the version 1 it grew from): one short
//! line of text per WebSocket message, words separated by single spaces, a student's name
//! only ever as the last field.
//!
//! Both ends read and write it through these two enums, so the page and the classroom
//! server cannot disagree on a spelling. Text (not JSON) keeps the page free of a JSON
//! crate; every parser here is total: anything unexpected is `None`, never a panic.
//!
//! This module holds the versions, the limits and the small words both directions share;
//! [`client`] is what a screen sends, [`server`] what the classroom server sends. A line new
//! in version 2 says so (`since`), and the server writes each line as the connection's
//! version reads it (`ServerMsg::line_for`), so a page of version 1 keeps working.

mod client;
mod names;
mod server;

pub use client::{ClientMsg, Reserved};
pub use names::{ROLE_WORDS, poses_as_teacher};
pub use server::ServerMsg;

use crate::model::base::kind::ModelKind;
use crate::model::base::number::parse_decimal;
use crate::model::lab::command::MarkKind;
use crate::model::lab::scenario::Speed;

/// The protocol's version this build's screens speak, in the WebSocket's path (`/ws/2`): a
/// later, incompatible version gets a new path, and the server keeps the older paths.
pub const PROTOCOL_VERSION: u32 = 2;
/// The oldest version the server still serves (`/ws/1`, for pages loaded before an update).
pub const OLDEST_PROTOCOL: u32 = 1;
/// The longest message either side sends or accepts, in bytes.
pub const MAX_MESSAGE_BYTES: usize = 256;
/// The most students one room takes (the page's usual limit is 100 nodes; a class
/// drawn as dots can be larger): a school year's lecture hall on one laptop.
pub const ROOM_MAX_STUDENTS: usize = 1000;
/// The longest name a student may choose, in characters.
pub const NAME_MAX_CHARS: usize = 24;
/// Join codes are this many characters from [`CODE_ALPHABET`].
pub const CODE_LENGTH: usize = 6;
/// Letters and digits that cannot be mistaken for each other when read off a board.
pub const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/// The most servers a class's client-server network has (the page's range, 1–4).
pub const ROOM_MAX_SERVERS: usize = 4;

/// How fast a room's time runs: the page's speeds (¼× to 4×), kept in quarters so that a
/// message stays comparable and a teacher's value is clamped once, when it is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RoomSpeed(u8);

impl RoomSpeed {
    /// The factor, clamped as the page clamps a speed (not a number: 1×).
    pub fn new(factor: f64) -> RoomSpeed {
        let quarters = (Speed::new(factor).factor() * 4.0).round();
        RoomSpeed(quarters as u8)
    }

    /// How many times faster than the server's clock the room's time runs.
    pub fn factor(self) -> f64 {
        f64::from(self.0) / 4.0
    }

    /// The factor a line writes, read as the page reads a number (digits, a point, an
    /// exponent; `NaN` and `inf` are words, not numbers), then clamped.
    fn parse(word: &str) -> Option<RoomSpeed> {
        parse_decimal(word).map(RoomSpeed::new)
    }
}

impl Default for RoomSpeed {
    fn default() -> RoomSpeed {
        RoomSpeed::new(1.0)
    }
}

/// The most points of the lesson's availability a screen keeps (an hour at one point every
/// ten seconds of lesson, as the room samples it), and the most marks: the server's queue
/// of lines a screen is sized to hold them with a full class's names and a whole class's
/// joins.
pub const LESSON_SAMPLES: usize = 360;
/// The most marks of the lesson a screen keeps (see [`LESSON_SAMPLES`]).
pub const LESSON_MARKS: usize = 100;

fn mark_slug(kind: MarkKind) -> &'static str {
    match kind {
        MarkKind::Switch { on: true } => "on",
        MarkKind::Switch { on: false } => "off",
        MarkKind::Publish => "publish",
        MarkKind::Reset => "reset",
    }
}

fn parse_mark(word: &str) -> Option<MarkKind> {
    [
        MarkKind::Switch { on: true },
        MarkKind::Switch { on: false },
        MarkKind::Publish,
        MarkKind::Reset,
    ]
    .into_iter()
    .find(|&k| mark_slug(k) == word)
}

fn yes_no(yes: bool) -> &'static str {
    if yes { "yes" } else { "no" }
}

fn parse_yes_no(word: &str) -> Option<bool> {
    match word {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// What a student sees of their own requests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Nothing asked yet.
    Idle,
    /// A request is on its way or waiting for an answer.
    Waiting,
    /// The last request was answered.
    Served,
    /// The last request timed out, after its tries.
    Failed,
}

impl Standing {
    /// The word a line and the `data-state` hook write.
    pub fn slug(self) -> &'static str {
        match self {
            Standing::Idle => "idle",
            Standing::Waiting => "waiting",
            Standing::Served => "served",
            Standing::Failed => "failed",
        }
    }

    fn parse(word: &str) -> Option<Standing> {
        [
            Standing::Idle,
            Standing::Waiting,
            Standing::Served,
            Standing::Failed,
        ]
        .into_iter()
        .find(|s| s.slug() == word)
    }
}

/// Why the server refused something.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// No room has this code (or it expired).
    NoRoom,
    /// A teacher's action without the room's host secret.
    NotHost,
    /// The room has as many students as it can take.
    Full,
    /// Too many attempts or messages: wait a little.
    SlowDown,
    /// A name that is empty once control characters are removed.
    BadName,
    /// The server has as many rooms as it can take.
    Busy,
    /// A verb this server reserves for a later addition and does not carry out yet
    /// (rounds and votes): nothing changed. Version 2.
    Unsupported,
    /// `model` named a network model the room does not run: the class stays as it was.
    /// Version 2.
    NoModel,
    /// This address or this connection has opened as many rooms as it may. Version 2 (a
    /// screen of version 1 is told `busy`).
    TooManyRooms,
    /// This address or this connection has taken as many seats as it may for now. Version 2
    /// (a screen of version 1 is told `slow-down`).
    TooManyJoins,
    /// The server has as many connections as it can take. Version 2 (version 1: `busy`).
    TooManyConnections,
    /// The seat this token held is gone (given to another student) and no name came with it
    /// to take a new one: join again. Version 2 (version 1: `no-room`).
    NoSeat,
    /// The teacher locked the room: no new student may join (a seated one still comes
    /// back). Version 2 (version 1: `full`).
    Locked,
}

/// Every refusal, in the order of the enum (for reading a word back).
const REFUSALS: [Refusal; 13] = [
    Refusal::NoRoom,
    Refusal::NotHost,
    Refusal::Full,
    Refusal::SlowDown,
    Refusal::BadName,
    Refusal::Busy,
    Refusal::Unsupported,
    Refusal::NoModel,
    Refusal::TooManyRooms,
    Refusal::TooManyJoins,
    Refusal::TooManyConnections,
    Refusal::NoSeat,
    Refusal::Locked,
];

impl Refusal {
    /// The word a `refused` line writes.
    pub fn slug(self) -> &'static str {
        match self {
            Refusal::NoRoom => "no-room",
            Refusal::NotHost => "not-host",
            Refusal::Full => "full",
            Refusal::SlowDown => "slow-down",
            Refusal::BadName => "bad-name",
            Refusal::Busy => "busy",
            Refusal::Unsupported => "unsupported",
            Refusal::NoModel => "no-model",
            Refusal::TooManyRooms => "too-many-rooms",
            Refusal::TooManyJoins => "too-many-joins",
            Refusal::TooManyConnections => "too-many-connections",
            Refusal::NoSeat => "no-seat",
            Refusal::Locked => "locked",
        }
    }

    /// The refusal as a screen of protocol `version` reads it: version 1 knew only the
    /// first six, and is told the nearest of them (`None`: version 1 never hears of it,
    /// as the lines it answers are not version 1's).
    pub fn in_version(self, version: u32) -> Option<Refusal> {
        if version >= 2 {
            return Some(self);
        }
        match self {
            Refusal::Unsupported | Refusal::NoModel => None,
            Refusal::TooManyRooms | Refusal::TooManyConnections => Some(Refusal::Busy),
            Refusal::TooManyJoins => Some(Refusal::SlowDown),
            Refusal::NoSeat => Some(Refusal::NoRoom),
            Refusal::Locked => Some(Refusal::Full),
            other => Some(other),
        }
    }

    fn parse(word: &str) -> Option<Refusal> {
        REFUSALS.into_iter().find(|r| r.slug() == word)
    }
}

fn model_slug(model: ModelKind) -> &'static str {
    match model {
        ModelKind::ClientServer => "cs",
        ModelKind::PeerToPeer => "p2p",
    }
}

/// A word that could name a network model: 1–16 lower-case letters, digits and hyphens
/// (`tracker`). A `model` line with such a word the room does not run is refused with
/// [`Refusal::NoModel`] rather than dropped as unreadable.
fn is_model_word(word: &str) -> bool {
    (1..=16).contains(&word.len())
        && word
            .bytes()
            .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-'))
}

fn parse_model(word: &str) -> Option<ModelKind> {
    match word {
        "cs" => Some(ModelKind::ClientServer),
        "p2p" => Some(ModelKind::PeerToPeer),
        _ => None,
    }
}

/// A room's join code: [`CODE_LENGTH`] characters of [`CODE_ALPHABET`], upper case.
pub fn is_code(word: &str) -> bool {
    word.len() == CODE_LENGTH && word.bytes().all(|b| CODE_ALPHABET.contains(&b))
}

/// A secret or a rejoin token: 32 lower-case hex digits.
fn is_token(word: &str) -> bool {
    word.len() == 32 && word.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// A name as it is kept: control characters removed, spaces at the ends trimmed, at most
/// [`NAME_MAX_CHARS`] characters; `None` if nothing is left.
pub fn clean_name(raw: &str) -> Option<String> {
    let kept: String = raw.chars().filter(|c| !c.is_control()).collect();
    let name: String = kept.trim().chars().take(NAME_MAX_CHARS).collect();
    let name = name.trim_end().to_owned();
    (!name.is_empty()).then_some(name)
}
