//! The live classroom's protocol, version 1: one short line of text per WebSocket message,
//! words separated by single spaces, a student's name only ever as the last field.
//!
//! Both ends read and write it through these two enums, so the page and the classroom
//! server cannot disagree on a spelling. Text (not JSON) keeps the page free of a JSON
//! crate; every parser here is total: anything unexpected is `None`, never a panic.
//!
//! This module holds the version, the limits and the small words both directions share;
//! [`client`] is what a screen sends, [`server`] what the classroom server sends.

mod client;
mod server;

pub use client::ClientMsg;
pub use server::ServerMsg;

use crate::model::base::kind::ModelKind;
use crate::model::base::number::parse_decimal;
use crate::model::lab::command::MarkKind;
use crate::model::lab::scenario::Speed;

/// The protocol's version, in the WebSocket's path (`/ws/1`): a later, incompatible
/// version gets a new path and old pages keep working against old servers.
pub const PROTOCOL_VERSION: u32 = 1;
/// The longest message either side sends or accepts, in bytes.
pub const MAX_MESSAGE_BYTES: usize = 256;
/// The most students one room takes (the page's usual limit is 100 nodes; a class
/// drawn as dots can be larger).
pub const ROOM_MAX_STUDENTS: usize = 300;
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
/// ten seconds of lesson, as the room samples it), and the most marks: with a full class's
/// names, what a reconnecting teacher's screen is sent stays well inside the server's
/// 1,024 queued lines a screen.
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
}

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
        }
    }

    fn parse(word: &str) -> Option<Refusal> {
        [
            Refusal::NoRoom,
            Refusal::NotHost,
            Refusal::Full,
            Refusal::SlowDown,
            Refusal::BadName,
            Refusal::Busy,
        ]
        .into_iter()
        .find(|r| r.slug() == word)
    }
}

fn model_slug(model: ModelKind) -> &'static str {
    match model {
        ModelKind::ClientServer => "cs",
        ModelKind::PeerToPeer => "p2p",
    }
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
