//! The teacher's controls, in the page's own vocabulary: each is a [`Command`], carried out
//! on the class's network as the page's Lab carries it out on one of its two (through
//! `lab::network`), within the room's rules ([`RoomRule`]). The network model is the one
//! control the page has no command for, since it shows both models side by side:
//! [`Room::set_model`].

use crate::model::base::kind::ModelKind;
use crate::model::classroom::protocol::{ROOM_MAX_SERVERS, RoomSpeed, ServerMsg, Standing};
use crate::model::classroom::room::network::Keep;
use crate::model::classroom::room::seats::Seat;
use crate::model::classroom::room::{Audience, Outgoing, Room, Tally};
use crate::model::lab::Command;
use crate::model::lab::network;

/// A rule of the live classroom that keeps a teacher's command from doing what it does on
/// the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoomRule {
    /// A student's node is on only while its student is there: the teacher may switch it
    /// off, but not on again while the student is away (their screen is the node).
    AbsentStaysOff,
    /// The class is one network at a time: a command for a node of the other model finds
    /// nothing to act on.
    OneNetwork,
    /// The class's size is its students, who join and leave: the numbers of clients and
    /// peers are not the teacher's to set.
    SizeIsTheClass,
    /// Not a control of the live lesson: the words, the language, the tour, the chart,
    /// trust, stepping and time travel belong to the page (or to each screen).
    NotInTheRoom,
}

impl Room {
    /// Teacher: one of the page's commands, meaning what it means on the page, for the
    /// class's network (a Toggle is the Switch it makes; Publish, Reset and a number of
    /// servers as the Lab carries them out), unless one of the room's rules says otherwise
    /// ([`Room::refuses`]): then nothing changes.
    pub fn teacher(&mut self, command: Command, out: &mut Vec<Outgoing>) {
        let Some(command) = self.resolve(command) else {
            return;
        };
        if self.refuses(&command).is_some() {
            return;
        }
        match command {
            Command::Switch { node, on, .. } => self.switch_node(&node, on, out),
            Command::SetPaused(paused) => self.set_paused(paused, out),
            Command::SetSpeed(factor) => self.set_speed(RoomSpeed::new(factor), out),
            Command::Publish => self.publish(out),
            Command::SetServers(servers) => self.set_servers(servers, out),
            Command::Reset => self.reset(out),
            // Refused above, or resolved into one of the commands above.
            _ => {}
        }
    }

    /// The room's rule, if any, that keeps `command` from doing here what it does on the
    /// page. Every command is named, so that a new one is decided here.
    pub fn refuses(&self, command: &Command) -> Option<RoomRule> {
        match command {
            Command::Toggle { model, .. } | Command::Switch { model, .. }
                if *model != self.model =>
            {
                Some(RoomRule::OneNetwork)
            }
            // A Toggle is refused as the Switch it makes would be.
            Command::Toggle { model, node } => {
                let switch = network::toggled(&self.simulation, *model, node.clone())?;
                self.refuses(&switch)
            }
            Command::Switch { node, on: true, .. } => {
                let index = self.simulation.topology().find(node)?;
                let student = self.student_at(index)?;
                (self.students[student].seat != Seat::Present).then_some(RoomRule::AbsentStaysOff)
            }
            Command::Switch { on: false, .. }
            | Command::SetPaused(_)
            | Command::TogglePaused
            | Command::SetSpeed(_)
            | Command::Publish
            | Command::SetServers(_)
            | Command::Reset => None,
            Command::SetClients(_) | Command::SetPeers(_) => Some(RoomRule::SizeIsTheClass),
            Command::StepOnce
            | Command::SetWords(_)
            | Command::SetLang(_)
            | Command::Tour(_)
            | Command::SetChart { .. }
            | Command::SetHonest { .. }
            | Command::SetVerify(_)
            | Command::PublishFrom { .. }
            | Command::Seek { .. }
            | Command::StepBack
            | Command::Undo => Some(RoomRule::NotInTheRoom),
        }
    }

    /// What `command` amounts to now, as the page resolves it: a Toggle of a node of the
    /// class is the Switch it makes, a pause toggle the pause it makes; `None` when the
    /// class's network has no such node.
    fn resolve(&self, command: Command) -> Option<Command> {
        match command {
            Command::Toggle { model, node } if model == self.model => {
                network::toggled(&self.simulation, model, node)
            }
            Command::TogglePaused => Some(Command::SetPaused(!self.paused)),
            other => Some(other),
        }
    }

    /// Switches `node` on or off as the page's Switch does; a server's state is kept for
    /// the next rebuild of the class.
    fn switch_node(&mut self, node: &str, on: bool, out: &mut Vec<Outgoing>) {
        let Some(index) = network::switch(&mut self.simulation, node, on) else {
            return;
        };
        if self.student_at(index).is_none()
            && let Some(server) = self.servers_up.get_mut(index)
        {
            *server = on;
        }
        out.push(Outgoing {
            to: Audience::Everyone,
            msg: ServerMsg::Node {
                node: node.to_owned(),
                up: on,
            },
        });
        self.record(
            Command::Switch {
                model: self.model,
                node: node.to_owned(),
                on,
            },
            out,
        );
        self.watch_down(out);
        self.tell_current(out);
    }

    /// Stops the lesson's time, or lets it run again.
    fn set_paused(&mut self, paused: bool, out: &mut Vec<Outgoing>) {
        if paused != self.paused {
            self.paused = paused;
            self.record(Command::SetPaused(paused), out);
            out.push(Outgoing {
                to: Audience::Everyone,
                msg: ServerMsg::Paused(paused),
            });
        }
    }

    /// The lesson's time runs `speed` times the server's clock.
    fn set_speed(&mut self, speed: RoomSpeed, out: &mut Vec<Outgoing>) {
        if speed != self.speed {
            self.speed = speed;
            self.record(Command::SetSpeed(speed.factor()), out);
            out.push(Outgoing {
                to: Audience::Everyone,
                msg: ServerMsg::Speed(speed),
            });
        }
    }

    /// A new version of the shared file, at every server that is on, or at the first peer
    /// that is on (none on: nothing is published).
    fn publish(&mut self, out: &mut Vec<Outgoing>) {
        let before = self.simulation.latest_version();
        self.simulation.publish(None);
        self.record(Command::Publish, out);
        let latest = self.simulation.latest_version();
        if latest != before {
            out.push(Outgoing {
                to: Audience::Everyone,
                msg: ServerMsg::Latest(latest),
            });
        }
        self.tell_current(out);
    }

    /// `servers` servers in client-server (clamped to 1–[`ROOM_MAX_SERVERS`], the page's
    /// range), the students spread over their groups as the page spreads clients; each
    /// student keeps their client id, and so their name on the teacher's screen. As on the
    /// page, the network starts afresh at its new size, even the same size (the first
    /// version again, nothing in flight); a class in peer-to-peer keeps the number for
    /// when it is client-server again.
    fn set_servers(&mut self, servers: usize, out: &mut Vec<Outgoing>) {
        self.servers = servers.clamp(1, ROOM_MAX_SERVERS);
        self.spread();
        self.record(Command::SetServers(self.servers), out);
        match self.model {
            ModelKind::ClientServer => self.rebuild(Keep::Nothing, out),
            ModelKind::PeerToPeer => {}
        }
    }

    /// Teacher: the class becomes this network model (same students, same seats).
    pub fn set_model(&mut self, model: ModelKind, out: &mut Vec<Outgoing>) {
        if model != self.model {
            self.model = model;
            self.rebuild(Keep::Lesson, out);
        }
    }

    /// Starts the class over as the page's Reset starts its networks: a fresh network
    /// (the first version again, nothing in flight) with every present student's node and
    /// every server on, and every student's count back to zero.
    fn reset(&mut self, out: &mut Vec<Outgoing>) {
        self.record(Command::Reset, out);
        self.servers_up = [true; ROOM_MAX_SERVERS];
        for s in &mut self.students {
            s.standing = Standing::Idle;
            s.tally = Tally::default();
        }
        self.rebuild(Keep::Nothing, out);
    }
}
