//! What a classroom screen (or a test client) sends: one line per action, read and
//! written here only.

use crate::model::base::kind::ModelKind;
use crate::model::base::role::{Role, parse_node_id};
use crate::model::classroom::protocol::{
    MAX_MESSAGE_BYTES, ROOM_MAX_SERVERS, RoomSpeed, clean_name, is_code, is_model_word, is_token,
    model_slug, parse_model, parse_yes_no, yes_no,
};

/// A verb version 2 reserves for the class's predictions (rounds and votes), whose lines a
/// server answers with `refused unsupported` until it carries them out; their shapes are
/// in docs/classroom.md.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reserved {
    /// Teacher: `question STEP` or `question custom`, the question of the next round.
    Question,
    /// Teacher: `choice I TEXT`, one answer of a custom question.
    Choice,
    /// Teacher: `round open|close|show|again|answer [I]`.
    Round,
    /// Student: `vote ROUND I`.
    Vote,
}

impl Reserved {
    /// The verb a line starts with.
    pub fn verb(self) -> &'static str {
        match self {
            Reserved::Question => "question",
            Reserved::Choice => "choice",
            Reserved::Round => "round",
            Reserved::Vote => "vote",
        }
    }

    fn parse(verb: &str) -> Option<Reserved> {
        [
            Reserved::Question,
            Reserved::Choice,
            Reserved::Round,
            Reserved::Vote,
        ]
        .into_iter()
        .find(|r| r.verb() == verb)
    }
}
use crate::model::lab::Command;

/// What a page (or a test client) sends, by topic: opening or joining a room, a student's
/// own actions, the teacher's controls.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClientMsg {
    /// Open a new room; the sender becomes its host.
    Create,
    /// Come back as the host of room `code`.
    Host {
        /// The room's join code.
        code: String,
        /// The secret the room was opened with.
        secret: String,
    },
    /// Join room `code` as a student called `name`.
    Join {
        /// The room's join code.
        code: String,
        /// The name chosen, cleaned (see [`clean_name`]); empty when nothing was left of
        /// it, which the server refuses with `bad-name`.
        name: String,
    },
    /// Come back to the node given with `token` (after a dropped connection), or to a new
    /// one if another student took that seat since.
    Back {
        /// The room's join code.
        code: String,
        /// The rejoin token the server gave.
        token: String,
    },

    /// A student's request from their own node.
    Ask,
    /// A student leaves: their node is switched off.
    Leave,

    /// Teacher: switch a node on or off (the page's Toggle).
    Switch {
        /// The node's id (`s1`, `c2`, `p3`).
        node: String,
    },
    /// Teacher: run the class as this network model (students keep their seats).
    Model(ModelKind),
    /// Teacher: start over, as the page's Reset: every node of a present student and every
    /// server on, the first version again, every student's count back to zero.
    Reset,
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

    /// Version 2, teacher: the student at this node leaves the class: their seat is freed,
    /// their screen told, and their rejoin token gives nothing back.
    Remove {
        /// The student's node id (`c12`, `p3`).
        node: String,
    },
    /// Version 2, teacher: no new student may join (`lock yes`), or they may again.
    Lock(bool),
    /// Version 2, teacher: the name the teacher's screen shows for the student at a node.
    Rename {
        /// The student's node id.
        node: String,
        /// The new name, cleaned (see [`clean_name`]); empty when nothing was left of it,
        /// which the server refuses with `bad-name`.
        name: String,
    },
    /// Version 2, teacher: End lesson: the room closes now, every screen is told, and a
    /// restart of the server does not bring it back.
    End,

    /// Version 2: `model WORD` naming a network model the room does not run (a later
    /// model's slug, such as `tracker`): answered `refused no-model`, nothing changes.
    UnknownModel(String),
    /// Version 2: a line of a reserved verb, whatever follows it: answered `refused
    /// unsupported` until the verb is carried out.
    Reserved(Reserved),
}

impl ClientMsg {
    /// Reads one line; `None` for anything that is not a line of protocol version 2 (which
    /// holds every line of version 1), or longer than [`MAX_MESSAGE_BYTES`].
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
                // A name with nothing left once cleaned is read, to be refused in words
                // (`refused bad-name`), not dropped unanswered.
                ClientMsg::Join {
                    code: (*code).to_owned(),
                    name: clean_name(raw).unwrap_or_default(),
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
            ("model", [model]) => match parse_model(model) {
                Some(kind) => ClientMsg::Model(kind),
                None if is_model_word(model) => ClientMsg::UnknownModel((*model).to_owned()),
                None => return None,
            },
            ("reset", []) => ClientMsg::Reset,
            ("pause", [on]) => ClientMsg::Pause(parse_yes_no(on)?),
            ("speed", [factor]) => ClientMsg::Speed(RoomSpeed::parse(factor)?),
            ("publish", []) => ClientMsg::Publish,
            ("remove", [node]) if parse_node_id(node).is_some() => ClientMsg::Remove {
                node: (*node).to_owned(),
            },
            ("lock", [on]) => ClientMsg::Lock(parse_yes_no(on)?),
            ("rename", [node, ..]) if parse_node_id(node).is_some() => {
                let raw = rest.split_once(' ').map_or("", |(_, name)| name);
                ClientMsg::Rename {
                    node: (*node).to_owned(),
                    name: clean_name(raw).unwrap_or_default(),
                }
            }
            ("end", []) => ClientMsg::End,
            ("servers", [n]) => {
                ClientMsg::Servers(n.parse::<usize>().ok()?.clamp(1, ROOM_MAX_SERVERS))
            }
            (verb, _) => ClientMsg::Reserved(Reserved::parse(verb)?),
        };
        Some(msg)
    }

    /// The protocol version that first has this line: a connection of an older version
    /// treats it as unreadable, as that version's server did.
    pub fn since(&self) -> u32 {
        match self {
            ClientMsg::UnknownModel(_)
            | ClientMsg::Reserved(_)
            | ClientMsg::Remove { .. }
            | ClientMsg::Lock(_)
            | ClientMsg::Rename { .. }
            | ClientMsg::End => 2,
            _ => 1,
        }
    }

    /// The page's command a teacher's line stands for: `switch` is a Toggle of the node in
    /// the network its id names, the others their namesakes. `None` for the lines that open,
    /// join and leave a room, a student's ask, and the network model, which the page has no
    /// command for as it shows both models side by side (see
    /// [`Room::set_model`](crate::model::classroom::room::Room::set_model)).
    pub fn command(&self) -> Option<Command> {
        match self {
            ClientMsg::Switch { node } => {
                let model = match parse_node_id(node)?.0 {
                    Role::Server | Role::Client => ModelKind::ClientServer,
                    Role::Peer => ModelKind::PeerToPeer,
                };
                Some(Command::Toggle {
                    model,
                    node: node.clone(),
                })
            }
            ClientMsg::Reset => Some(Command::Reset),
            ClientMsg::Pause(on) => Some(Command::SetPaused(*on)),
            ClientMsg::Speed(speed) => Some(Command::SetSpeed(speed.factor())),
            ClientMsg::Publish => Some(Command::Publish),
            ClientMsg::Servers(n) => Some(Command::SetServers(*n)),
            ClientMsg::Create
            | ClientMsg::Host { .. }
            | ClientMsg::Join { .. }
            | ClientMsg::Back { .. }
            | ClientMsg::Ask
            | ClientMsg::Leave
            | ClientMsg::Model(_)
            | ClientMsg::UnknownModel(_)
            | ClientMsg::Reserved(_)
            | ClientMsg::Remove { .. }
            | ClientMsg::Lock(_)
            | ClientMsg::Rename { .. }
            | ClientMsg::End => None,
        }
    }

    /// The line this message is sent as.
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
            ClientMsg::Remove { node } => format!("remove {node}"),
            ClientMsg::Lock(on) => format!("lock {}", yes_no(*on)),
            ClientMsg::Rename { node, name } => format!("rename {node} {name}"),
            ClientMsg::End => "end".to_owned(),
            ClientMsg::UnknownModel(word) => format!("model {word}"),
            ClientMsg::Reserved(verb) => verb.verb().to_owned(),
        }
    }
}
