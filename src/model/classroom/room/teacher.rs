//! The teacher's controls: switching a node, pause and speed, publishing, the number of
//! servers, the network model, and starting over.

use crate::model::base::kind::ModelKind;
use crate::model::classroom::protocol::{ROOM_MAX_SERVERS, RoomSpeed, ServerMsg, Standing};
use crate::model::classroom::room::seats::Seat;
use crate::model::classroom::room::{Audience, Outgoing, Room};
use crate::model::lab::Command;

impl Room {
    /// Teacher: switch `node` on or off. A student's node can be switched off by the
    /// teacher, and on again only while the student is there.
    pub fn teacher_switch(&mut self, node: &str, out: &mut Vec<Outgoing>) {
        let Some(index) = self.simulation.topology().find(node) else {
            return;
        };
        let up = !self.simulation.is_up(index);
        let student = self.student_at(index);
        if up && student.is_some_and(|s| self.students[s].seat != Seat::Present) {
            return;
        }
        if student.is_none()
            && let Some(server) = self.servers_up.get_mut(index)
        {
            *server = up;
        }
        self.switch(index, up, out);
        self.record(
            Command::Switch {
                model: self.model,
                node: node.to_owned(),
                on: up,
            },
            out,
        );
        self.tell_current(out);
    }

    /// Teacher: stop the lesson's time, or let it run again.
    pub fn set_paused(&mut self, paused: bool, out: &mut Vec<Outgoing>) {
        if paused != self.paused {
            self.paused = paused;
            self.record(Command::SetPaused(paused), out);
            out.push(Outgoing {
                to: Audience::Everyone,
                msg: ServerMsg::Paused(paused),
            });
        }
    }

    /// Teacher: the lesson's time runs `speed` times the server's clock.
    pub fn set_speed(&mut self, speed: RoomSpeed, out: &mut Vec<Outgoing>) {
        if speed != self.speed {
            self.speed = speed;
            self.record(Command::SetSpeed(speed.factor()), out);
            out.push(Outgoing {
                to: Audience::Everyone,
                msg: ServerMsg::Speed(speed),
            });
        }
    }

    /// Teacher: a new version of the shared file, at every server that is on, or at the
    /// first peer that is on (none on: nothing is published).
    pub fn publish(&mut self, out: &mut Vec<Outgoing>) {
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

    /// Teacher: `servers` servers in client-server (clamped to 1–[`ROOM_MAX_SERVERS`]),
    /// the students spread over their groups as the page spreads clients.
    pub fn set_servers(&mut self, servers: usize, out: &mut Vec<Outgoing>) {
        let servers = servers.clamp(1, ROOM_MAX_SERVERS);
        if servers != self.servers {
            self.servers = servers;
            self.record(Command::SetServers(servers), out);
            if self.model == ModelKind::ClientServer {
                self.rebuild(out);
            }
        }
    }

    /// Teacher: the class becomes this network model (same students, same seats).
    pub fn set_model(&mut self, model: ModelKind, out: &mut Vec<Outgoing>) {
        if model != self.model {
            self.model = model;
            self.rebuild(out);
        }
    }

    /// Teacher: every present student's node and the server on, counts back to zero.
    pub fn reset(&mut self, out: &mut Vec<Outgoing>) {
        self.record(Command::Reset, out);
        self.servers_up = [true; ROOM_MAX_SERVERS];
        for s in &mut self.students {
            s.standing = Standing::Idle;
            s.answers = 0;
        }
        self.rebuild(out);
        for student in 0..self.students.len() {
            self.tell_standing(student, out);
        }
    }
}
