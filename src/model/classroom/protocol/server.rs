//! What the classroom server sends to a screen: one line per change, read and written
//! here only.

use crate::model::base::kind::ModelKind;
use crate::model::classroom::protocol::{
    MAX_MESSAGE_BYTES, Refusal, RoomSpeed, Standing, mark_slug, model_slug, parse_mark,
    parse_model, parse_yes_no, yes_no,
};
use crate::model::lab::command::MarkKind;

/// What the classroom server sends, by topic: the room and a seat in it, the network's
/// present, a student's own requests, the lesson's controls, the teacher's record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ServerMsg {
    /// To the host: the room's code and secret (the secret goes to the host only).
    Room {
        /// The join code.
        code: String,
        /// What makes a connection the room's host again (32 hex digits).
        secret: String,
    },
    /// To the host: the join link to show and to put in the QR code (the server's address
    /// on the local network, which the teacher's own page may not know).
    Link(String),
    /// To a student: their node, and the token that gives it back after a dropped connection.
    You {
        /// The student's node id (`c3`, `p3`).
        node: String,
        /// The rejoin token; empty when only the node is renamed (the model changed).
        token: String,
    },
    /// Students present.
    Students(usize),
    /// To the host only: the name a student chose (never sent to other students).
    Name {
        /// The student's node id.
        node: String,
        /// The name, as text, whatever characters it holds.
        name: String,
    },
    /// Something asked for was refused, and why.
    Refused(Refusal),
    /// The room closed (expired, or the server stops).
    Closed,

    /// The network's shape: its model, how many nodes it has (servers and students) and,
    /// in client-server, how many of them are servers (written only when more than one,
    /// as `shape cs 31 2`).
    Shape {
        /// The class's network model.
        model: ModelKind,
        /// Nodes in all, servers first.
        nodes: usize,
        /// Servers at the front of the node order (1 in peer-to-peer, where none is).
        servers: usize,
    },
    /// Every node's state in node order: the present, for a late joiner or after the
    /// shape changed. Version 2 writes the count and a bitmap in base64's digits, six
    /// nodes a digit (`nodes 1004 //…`: 180 bytes for a full room of 1,000 students and 4
    /// servers, under [`MAX_MESSAGE_BYTES`]); version 1 wrote a `1` or `0` per node
    /// (`nodes 1011`), which is still read and is what a screen of version 1 is sent.
    Nodes {
        /// On (`true`) or off, node by node.
        up: Vec<bool>,
    },
    /// One node switched.
    Node {
        /// The node's id.
        node: String,
        /// Whether it is on now.
        up: bool,
    },

    /// To a student: their own requests, and the version of the shared file their node
    /// holds (a client: the one its last answer carried; `me served 4 2`).
    Me {
        /// Their last request's outcome.
        standing: Standing,
        /// Answers received since they joined (or the lesson started over).
        answers: u64,
        /// The version their node holds (1 when a line from an older server has none).
        version: u32,
    },

    /// Whether the teacher has paused the lesson (`paused yes`).
    Paused(bool),
    /// How fast the room's time runs.
    Speed(RoomSpeed),
    /// The newest version of the shared file published in the room (`latest 3`).
    Latest(u32),
    /// To the host: how many students present hold the newest version (`current 12`).
    Current(usize),

    /// To the host: the class's availability, in percent, at this many seconds of lesson
    /// time (`sample 125 87`).
    Sample {
        /// Seconds of lesson time.
        seconds: u32,
        /// Availability then, 0–100.
        percent: u8,
    },
    /// To the host: the teacher switched a server, published or started over then
    /// (`mark 130 off`).
    Mark {
        /// Seconds of lesson time.
        seconds: u32,
        /// What the teacher did.
        kind: MarkKind,
    },

    /// Version 2, to the host: a period the class's network model calls down (a server
    /// off in client-server, fewer than two peers on in peer-to-peer: the page's own
    /// warning), from `from` seconds of lesson time to `to`, or still down (`down cs 130`
    /// when it starts, `down cs 130 190` when it ends).
    Down {
        /// The network model that was down.
        model: ModelKind,
        /// Seconds of lesson time it went down at.
        from: u32,
        /// Seconds of lesson time it came back at; `None` while it is still down.
        to: Option<u32>,
    },
    /// Version 2, to a student the teacher removed: their seat is gone and their token
    /// with it (version 1: `closed`).
    Removed,
    /// Version 2, to the host: the student at this node was removed; the seat is free and
    /// its name forgotten (`gone c12`).
    Gone {
        /// The seat's node id.
        node: String,
    },
    /// Version 2, to the host: whether the room is locked to new students (`locked yes`).
    Locked(bool),
    /// Version 2, to every screen: the teacher ended the lesson; the room is closed and
    /// will not come back (version 1: `closed`).
    Ended,
    /// Version 2, to a teacher's screen: another screen showed the host secret and is the
    /// room's host now; this one is let go.
    TakenOver,
    /// Version 2, to the host: this room was kept across a restart of the server: the
    /// same code and seats, its counts and history from zero again.
    Restarted,
}

impl ServerMsg {
    /// Reads one line; `None` for anything that is not a line of protocol version 2, such as
    /// the verbs it reserves for rounds and votes (`round`, `votes`, `tally`), which a
    /// screen ignores until they are carried out (an optional
    /// trailing field missing is read as its default: `me` without a version, `shape`
    /// without servers).
    pub fn parse(line: &str) -> Option<ServerMsg> {
        if line.len() > MAX_MESSAGE_BYTES * 2 {
            return None;
        }
        let (verb, rest) = line.split_once(' ').unwrap_or((line, ""));
        let words: Vec<&str> = rest.split(' ').collect();
        let msg = match (verb, words.as_slice()) {
            ("room", [code, secret]) => ServerMsg::Room {
                code: (*code).to_owned(),
                secret: (*secret).to_owned(),
            },
            ("link", [url]) => ServerMsg::Link((*url).to_owned()),
            ("you", [node, token]) => ServerMsg::You {
                node: (*node).to_owned(),
                token: (*token).to_owned(),
            },
            ("shape", [model, nodes, servers @ ..]) if servers.len() <= 1 => ServerMsg::Shape {
                model: parse_model(model)?,
                nodes: nodes.parse().ok()?,
                servers: match servers {
                    [n] => n.parse().ok()?,
                    _ => 1,
                },
            },
            ("nodes", [count, digits]) => ServerMsg::Nodes {
                up: read_bitmap(count, digits)?,
            },
            ("nodes", [bits]) => ServerMsg::Nodes {
                up: bits
                    .bytes()
                    .map(|b| match b {
                        b'1' => Some(true),
                        b'0' => Some(false),
                        _ => None,
                    })
                    .collect::<Option<Vec<bool>>>()?,
            },
            ("node", [node, state]) => ServerMsg::Node {
                node: (*node).to_owned(),
                up: match *state {
                    "up" => true,
                    "down" => false,
                    _ => return None,
                },
            },
            ("students", [n]) => ServerMsg::Students(n.parse().ok()?),
            ("name", [node, ..]) => ServerMsg::Name {
                node: (*node).to_owned(),
                name: rest.split_once(' ').map(|(_, n)| n.to_owned())?,
            },
            ("me", [standing, answers, version @ ..]) if version.len() <= 1 => ServerMsg::Me {
                standing: Standing::parse(standing)?,
                answers: answers.parse().ok()?,
                version: match version {
                    [v] => v.parse().ok()?,
                    _ => 1,
                },
            },
            ("refused", [why]) => ServerMsg::Refused(Refusal::parse(why)?),
            ("closed", [""]) => ServerMsg::Closed,
            ("paused", [on]) => ServerMsg::Paused(parse_yes_no(on)?),
            ("speed", [factor]) => ServerMsg::Speed(RoomSpeed::parse(factor)?),
            ("latest", [version]) => ServerMsg::Latest(version.parse().ok()?),
            ("current", [n]) => ServerMsg::Current(n.parse().ok()?),
            ("sample", [seconds, percent]) => ServerMsg::Sample {
                seconds: seconds.parse().ok()?,
                percent: percent.parse::<u8>().ok()?.min(100),
            },
            ("mark", [seconds, kind]) => ServerMsg::Mark {
                seconds: seconds.parse().ok()?,
                kind: parse_mark(kind)?,
            },
            ("down", [model, from, to @ ..]) if to.len() <= 1 => {
                let from = from.parse().ok()?;
                let to = match to {
                    [to] => Some(to.parse().ok().filter(|&to| to >= from)?),
                    _ => None,
                };
                ServerMsg::Down {
                    model: parse_model(model)?,
                    from,
                    to,
                }
            }
            ("restarted", [""]) => ServerMsg::Restarted,
            ("removed", [""]) => ServerMsg::Removed,
            ("gone", [node]) => ServerMsg::Gone {
                node: (*node).to_owned(),
            },
            ("locked", [on]) => ServerMsg::Locked(parse_yes_no(on)?),
            ("ended", [""]) => ServerMsg::Ended,
            ("taken-over", [""]) => ServerMsg::TakenOver,
            _ => return None,
        };
        Some(msg)
    }

    /// The line this message is sent as.
    pub fn line(&self) -> String {
        match self {
            ServerMsg::Room { code, secret } => format!("room {code} {secret}"),
            ServerMsg::Link(url) => format!("link {url}"),
            ServerMsg::You { node, token } => format!("you {node} {token}"),
            ServerMsg::Shape {
                model,
                nodes,
                servers,
            } => match (model, servers) {
                (ModelKind::ClientServer, 2..) => {
                    format!("shape {} {nodes} {servers}", model_slug(*model))
                }
                _ => format!("shape {} {nodes}", model_slug(*model)),
            },
            ServerMsg::Nodes { up } => format!("nodes {} {}", up.len(), write_bitmap(up)),
            ServerMsg::Node { node, up } => {
                format!("node {node} {}", if *up { "up" } else { "down" })
            }
            ServerMsg::Students(n) => format!("students {n}"),
            ServerMsg::Name { node, name } => format!("name {node} {name}"),
            ServerMsg::Me {
                standing,
                answers,
                version,
            } => format!("me {} {answers} {version}", standing.slug()),
            ServerMsg::Refused(why) => format!("refused {}", why.slug()),
            ServerMsg::Closed => "closed".to_owned(),
            ServerMsg::Paused(on) => format!("paused {}", yes_no(*on)),
            ServerMsg::Speed(speed) => format!("speed {}", speed.factor()),
            ServerMsg::Latest(version) => format!("latest {version}"),
            ServerMsg::Current(n) => format!("current {n}"),
            ServerMsg::Sample { seconds, percent } => format!("sample {seconds} {percent}"),
            ServerMsg::Mark { seconds, kind } => format!("mark {seconds} {}", mark_slug(*kind)),
            ServerMsg::Down { model, from, to } => match to {
                Some(to) => format!("down {} {from} {to}", model_slug(*model)),
                None => format!("down {} {from}", model_slug(*model)),
            },
            ServerMsg::Restarted => "restarted".to_owned(),
            ServerMsg::Removed => "removed".to_owned(),
            ServerMsg::Gone { node } => format!("gone {node}"),
            ServerMsg::Locked(on) => format!("locked {}", yes_no(*on)),
            ServerMsg::Ended => "ended".to_owned(),
            ServerMsg::TakenOver => "taken-over".to_owned(),
        }
    }

    /// The line as a screen of protocol `version` reads it: `None` for a line that version
    /// does not have (version 1 is never sent `down`, `restarted`, `gone`, `locked` or
    /// `taken-over`), a refusal as the nearest one it knows, and the end of a seat or of
    /// the lesson (`removed`, `ended`) as `closed`, which stops a page of version 1 too.
    pub fn line_for(&self, version: u32) -> Option<String> {
        match self {
            ServerMsg::Down { .. }
            | ServerMsg::Restarted
            | ServerMsg::Gone { .. }
            | ServerMsg::Locked(_)
            | ServerMsg::TakenOver
                if version < 2 =>
            {
                None
            }
            ServerMsg::Removed | ServerMsg::Ended if version < 2 => Some(ServerMsg::Closed.line()),
            ServerMsg::Refused(why) => Some(ServerMsg::Refused(why.in_version(version)?).line()),
            ServerMsg::Nodes { up } if version < 2 => {
                let bits: String = up.iter().map(|&u| if u { '1' } else { '0' }).collect();
                Some(format!("nodes {bits}"))
            }
            other => Some(other.line()),
        }
    }
}

/// The digits of version 2's `nodes` bitmap, base64's (RFC 4648, without padding): a digit
/// is the value of its place here, six nodes' states, the first of them in its highest bit.
const BITMAP_DIGITS: &[u8; 64] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Nodes one digit of the bitmap holds.
const NODES_PER_DIGIT: usize = 6;

/// The nodes' states as bitmap digits: one per six nodes, the last one's unused low bits 0.
fn write_bitmap(up: &[bool]) -> String {
    up.chunks(NODES_PER_DIGIT)
        .map(|six| {
            let value = (six.iter().enumerate())
                .filter(|&(_, &on)| on)
                .fold(0usize, |v, (i, _)| v | 1 << (NODES_PER_DIGIT - 1 - i));
            char::from(BITMAP_DIGITS[value])
        })
        .collect()
}

/// Reads `count` nodes' states from bitmap `digits`: `None` unless there is exactly one
/// digit per six nodes, each one of the 64, and the bits past the last node are 0 (so a
/// state has one spelling, and a cut or padded line is refused rather than guessed).
fn read_bitmap(count: &str, digits: &str) -> Option<Vec<bool>> {
    // Written as `write_bitmap`'s caller writes it (no `+`, no leading zero): one spelling.
    let count = (count.parse::<usize>().ok()).filter(|n| n.to_string() == count)?;
    if digits.len() != count.div_ceil(NODES_PER_DIGIT) {
        return None;
    }
    let mut up = Vec::with_capacity(count);
    for digit in digits.bytes() {
        let value = BITMAP_DIGITS.iter().position(|&d| d == digit)?;
        for bit in (0..NODES_PER_DIGIT).rev() {
            let on = value >> bit & 1 == 1;
            if up.len() < count {
                up.push(on);
            } else if on {
                return None;
            }
        }
    }
    Some(up)
}
