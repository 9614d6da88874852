//! The live classroom's protocol, version 1: one short line of text per WebSocket message,
//! words separated by single spaces, a student's name only ever as the last field.
//!
//! Both ends read and write it through these two enums, so the page and the classroom
//! server cannot disagree on a spelling. Text (not JSON) keeps the page free of a JSON
//! crate; every parser here is total: anything unexpected is `None`, never a panic.

use crate::model::base::kind::ModelKind;
use crate::model::base::role::parse_node_id;
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

    pub fn factor(self) -> f64 {
        f64::from(self.0) / 4.0
    }

    fn parse(word: &str) -> Option<RoomSpeed> {
        word.parse::<f64>().ok().map(RoomSpeed::new)
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

/// Keeps at most `max` of the latest items.
fn push_bounded<T>(items: &mut Vec<T>, item: T, max: usize) {
    if items.len() >= max {
        items.drain(..=items.len() - max);
    }
    items.push(item);
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
    Waiting,
    Served,
    Failed,
}

impl Standing {
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

/// What a page (or a test client) sends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClientMsg {
    /// Open a new room; the sender becomes its host.
    Create,
    /// Come back as the host of room `code`.
    Host { code: String, secret: String },
    /// Join room `code` as a student called `name`.
    Join { code: String, name: String },
    /// Come back to the node given with `token` (after a dropped connection).
    Back { code: String, token: String },
    /// A student's request from their own node.
    Ask,
    /// A student leaves: their node is switched off.
    Leave,
    /// Teacher: switch a node on or off.
    Switch { node: String },
    /// Teacher: run the class as this network model (students keep their seats).
    Model(ModelKind),
    /// Teacher: every node on again, every student's count back to zero.
    Reset,

    // Issue 16 (round 3): the teacher's usual controls.
    /// Teacher: stop the room's time (`true`) or let it run again.
    Pause(bool),
    /// Teacher: the room's time runs this much faster than the server's clock.
    Speed(RoomSpeed),
    /// Teacher: a new version of the shared file, at every server that is on (client-server)
    /// or at the first peer that is on.
    Publish,
    /// Teacher: this many servers in client-server (clamped to 1–[`ROOM_MAX_SERVERS`]),
    /// the students spread over their groups.
    Servers(usize),
}

impl ClientMsg {
    pub fn parse(line: &str) -> Option<ClientMsg> {
        if line.len() > MAX_MESSAGE_BYTES {
            return None;
        }
        let (verb, rest) = line.split_once(' ').unwrap_or((line, ""));
        let words: Vec<&str> = rest.split(' ').filter(|w| !w.is_empty()).collect();
        let msg = match (verb, words.as_slice()) {
            ("create", []) => ClientMsg::Create,
            ("host", [code, secret]) if is_code(code) && is_token(secret) => ClientMsg::Host {
                code: (*code).to_owned(),
                secret: (*secret).to_owned(),
            },
            ("join", [code, ..]) if is_code(code) => {
                let raw = rest.split_once(' ').map_or("", |(_, name)| name);
                ClientMsg::Join {
                    code: (*code).to_owned(),
                    name: clean_name(raw)?,
                }
            }
            ("back", [code, token]) if is_code(code) && is_token(token) => ClientMsg::Back {
                code: (*code).to_owned(),
                token: (*token).to_owned(),
            },
            ("ask", []) => ClientMsg::Ask,
            ("leave", []) => ClientMsg::Leave,
            ("switch", [node]) if parse_node_id(node).is_some() => ClientMsg::Switch {
                node: (*node).to_owned(),
            },
            ("model", [model]) => ClientMsg::Model(parse_model(model)?),
            ("reset", []) => ClientMsg::Reset,
            ("pause", [on]) => ClientMsg::Pause(parse_yes_no(on)?),
            ("speed", [factor]) => ClientMsg::Speed(RoomSpeed::parse(factor)?),
            ("publish", []) => ClientMsg::Publish,
            ("servers", [n]) => {
                ClientMsg::Servers(n.parse::<usize>().ok()?.clamp(1, ROOM_MAX_SERVERS))
            }
            _ => return None,
        };
        Some(msg)
    }

    pub fn line(&self) -> String {
        match self {
            ClientMsg::Create => "create".to_owned(),
            ClientMsg::Host { code, secret } => format!("host {code} {secret}"),
            ClientMsg::Join { code, name } => format!("join {code} {name}"),
            ClientMsg::Back { code, token } => format!("back {code} {token}"),
            ClientMsg::Ask => "ask".to_owned(),
            ClientMsg::Leave => "leave".to_owned(),
            ClientMsg::Switch { node } => format!("switch {node}"),
            ClientMsg::Model(model) => format!("model {}", model_slug(*model)),
            ClientMsg::Reset => "reset".to_owned(),
            ClientMsg::Pause(on) => format!("pause {}", yes_no(*on)),
            ClientMsg::Speed(speed) => format!("speed {}", speed.factor()),
            ClientMsg::Publish => "publish".to_owned(),
            ClientMsg::Servers(n) => format!("servers {n}"),
        }
    }
}

/// What the classroom server sends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ServerMsg {
    /// To the host: the room's code and secret (the secret goes to the host only).
    Room {
        code: String,
        secret: String,
    },
    /// To the host: the join link to show and to put in the QR code (the server's address
    /// on the local network, which the teacher's own page may not know).
    Link(String),
    /// To a student: their node, and the token that gives it back after a dropped connection.
    You {
        node: String,
        token: String,
    },
    /// The network's shape: its model, how many nodes it has (servers and students) and,
    /// in client-server, how many of them are servers (written only when more than one,
    /// as `shape cs 31 2`).
    Shape {
        model: ModelKind,
        nodes: usize,
        servers: usize,
    },
    /// Every node's state in node order, `1` on and `0` off: the present, for a late
    /// joiner or after the shape changed.
    Nodes {
        up: Vec<bool>,
    },
    /// One node switched.
    Node {
        node: String,
        up: bool,
    },
    /// Students present.
    Students(usize),
    /// To the host only: the name a student chose (never sent to other students).
    Name {
        node: String,
        name: String,
    },
    /// To a student: their own requests, and the version of the shared file their node
    /// holds (a client: the one its last answer carried; `me served 4 2`).
    Me {
        standing: Standing,
        answers: u64,
        version: u32,
    },
    Refused(Refusal),
    /// The room closed (expired, or the server stops).
    Closed,

    // Issue 16 (round 3): the teacher's usual controls.
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
        seconds: u32,
        percent: u8,
    },
    /// To the host: the teacher switched a server, published or started over then
    /// (`mark 130 off`).
    Mark {
        seconds: u32,
        kind: MarkKind,
    },
}

impl ServerMsg {
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
            _ => return None,
        };
        Some(msg)
    }

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
            ServerMsg::Nodes { up } => {
                let bits: String = up.iter().map(|&u| if u { '1' } else { '0' }).collect();
                format!("nodes {bits}")
            }
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
        }
    }
}

/// Which classroom screen a page's URL asks for: `?classroom=host` or `?join=CODE`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClassroomMode {
    Host,
    /// A student joining the room with this code (upper-cased; not checked against the
    /// server until they join).
    Student(String),
}

/// The classroom mode in a URL's query string, if any; a `join` value that is not a code
/// still opens the student screen, which then says the room was not found.
pub fn classroom_mode(search: &str) -> Option<ClassroomMode> {
    let search = search.strip_prefix('?').unwrap_or(search);
    search.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "classroom" if value == "host" => Some(ClassroomMode::Host),
            "join" => Some(ClassroomMode::Student(
                value
                    .chars()
                    .take(CODE_LENGTH)
                    .collect::<String>()
                    .to_uppercase(),
            )),
            _ => None,
        }
    })
}

/// What a classroom screen knows, kept up to date from the server's lines alone: the page
/// draws this and nothing else.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClassView {
    pub code: String,
    /// The host secret (teacher's screen only).
    pub secret: String,
    pub link: String,
    /// This student's node and rejoin token, once seated.
    pub node: Option<String>,
    pub token: String,
    pub model: Option<ModelKind>,
    /// Servers at the front of the node order (client-server).
    pub servers: usize,
    /// Every node's state, in node order.
    pub up: Vec<bool>,
    pub students: usize,
    /// Node id → the name its student chose (teacher's screen only).
    pub names: Vec<(String, String)>,
    pub standing: Option<Standing>,
    pub answers: u64,
    pub refused: Option<Refusal>,
    pub closed: bool,
    pub paused: bool,
    pub speed: RoomSpeed,
    /// The version this student's node holds, and the newest one published.
    pub version: u32,
    pub latest: u32,
    /// Students holding the newest version (teacher's screen only).
    pub current: usize,
    /// The lesson's availability (seconds, percent) and marks, oldest first, at most
    /// [`LESSON_SAMPLES`] and [`LESSON_MARKS`] (teacher's screen only).
    pub samples: Vec<(u32, u8)>,
    pub marks: Vec<(u32, MarkKind)>,
}

impl ClassView {
    pub fn apply(&mut self, msg: ServerMsg) {
        match msg {
            ServerMsg::Room { code, secret } => {
                self.code = code;
                self.secret = secret;
                self.refused = None;
            }
            ServerMsg::Link(link) => self.link = link,
            ServerMsg::You { node, token } => {
                self.node = Some(node);
                // A model change renames the node and keeps the token.
                if !token.is_empty() {
                    self.token = token;
                }
                self.refused = None;
            }
            ServerMsg::Shape {
                model,
                nodes,
                servers,
            } => {
                if self.model != Some(model) || self.servers != servers {
                    self.up.clear();
                }
                self.model = Some(model);
                self.servers = servers.min(ROOM_MAX_SERVERS);
                // Nodes the class grew by are off until a `node … up` says otherwise.
                self.up
                    .resize(nodes.min(ROOM_MAX_SERVERS + ROOM_MAX_STUDENTS), false);
            }
            ServerMsg::Nodes { up } => self.up = up,
            ServerMsg::Node { node, up } => {
                if let Some(i) = self.index_of(&node)
                    && i < self.up.len()
                {
                    self.up[i] = up;
                }
            }
            ServerMsg::Students(n) => self.students = n,
            ServerMsg::Name { node, name } => match self.names.iter_mut().find(|(n, _)| *n == node)
            {
                Some(entry) => entry.1 = name,
                None => self.names.push((node, name)),
            },
            ServerMsg::Me {
                standing,
                answers,
                version,
            } => {
                self.standing = Some(standing);
                self.answers = answers;
                self.version = version;
            }
            ServerMsg::Refused(why) => self.refused = Some(why),
            ServerMsg::Closed => self.closed = true,
            ServerMsg::Paused(on) => self.paused = on,
            ServerMsg::Speed(speed) => self.speed = speed,
            ServerMsg::Latest(version) => self.latest = version,
            ServerMsg::Current(n) => self.current = n,
            // A host that reconnects is sent the kept lesson again: what it has is skipped.
            ServerMsg::Sample { seconds, percent } => {
                if self.samples.last().is_none_or(|&(last, _)| seconds > last) {
                    push_bounded(&mut self.samples, (seconds, percent), LESSON_SAMPLES);
                }
            }
            ServerMsg::Mark { seconds, kind } => {
                let known = self.marks.iter().rev().take_while(|&&(s, _)| s >= seconds);
                if !known.clone().any(|&mark| mark == (seconds, kind))
                    && self.marks.last().is_none_or(|&(last, _)| seconds >= last)
                {
                    push_bounded(&mut self.marks, (seconds, kind), LESSON_MARKS);
                }
            }
        }
    }

    /// The id of the node at `index` in the class's network.
    pub fn node_at(&self, index: usize) -> String {
        let servers = self.servers.max(1);
        match self.model {
            Some(ModelKind::PeerToPeer) => {
                crate::model::base::role::node_id(crate::model::base::role::Role::Peer, index + 1)
            }
            _ if index < servers => {
                crate::model::base::role::node_id(crate::model::base::role::Role::Server, index + 1)
            }
            _ => crate::model::base::role::node_id(
                crate::model::base::role::Role::Client,
                index + 1 - servers,
            ),
        }
    }

    fn index_of(&self, node: &str) -> Option<usize> {
        let (role, number) = parse_node_id(node)?;
        Some(match role {
            crate::model::base::role::Role::Server => number - 1,
            crate::model::base::role::Role::Client => {
                (number - 1).checked_add(self.servers.max(1))?
            }
            crate::model::base::role::Role::Peer => number - 1,
        })
    }

    /// Whether this student's copy is the newest version published.
    pub fn holds_newest(&self) -> bool {
        self.version >= self.latest
    }

    /// The name a student chose for `node`, if the teacher's screen has it.
    pub fn name_of(&self, node: &str) -> Option<&str> {
        self.names
            .iter()
            .find(|(n, _)| n == node)
            .map(|(_, name)| name.as_str())
    }
}
