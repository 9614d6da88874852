//! The teacher's say over who is in the class: removing a student, locking the room to
//! newcomers, renaming a seat on the projector; and the names no student may take.

use crate::model::classroom::protocol::{Refusal, ServerMsg, poses_as_teacher};
use crate::model::classroom::room::{Audience, Outgoing, Room};

/// Whether a room takes new students.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Door {
    /// Anyone with the code may join.
    #[default]
    Open,
    /// The teacher locked the room: a join is refused `locked`; a seated student who
    /// drops still comes back to their seat.
    Locked,
}

impl Room {
    /// Whether a new student called `name` (already cleaned) may take a seat: not while
    /// the room is locked, and not with a blank name or one of the teacher's role words.
    pub(super) fn admits(&self, name: &str) -> Result<(), Refusal> {
        if self.door == Door::Locked {
            return Err(Refusal::Locked);
        }
        if name.is_empty() || poses_as_teacher(name) {
            return Err(Refusal::BadName);
        }
        Ok(())
    }

    /// Whether new students may join now.
    pub fn door(&self) -> Door {
        self.door
    }

    /// Teacher: locks the room to new students, or opens it again; the host is told.
    pub fn set_door(&mut self, door: Door, out: &mut Vec<Outgoing>) {
        self.door = door;
        out.push(Outgoing {
            to: Audience::Host,
            msg: ServerMsg::Locked(door == Door::Locked),
        });
    }

    /// The student seated at `node` in the class's network now, if any.
    pub fn student_of(&self, node: &str) -> Option<usize> {
        let index = self.simulation.topology().find(node)?;
        self.student_at(index)
    }

    /// Teacher: the student at `node` leaves the class as if they had pressed Leave, and
    /// more: their screen is told they were removed, their name is forgotten and their
    /// token no longer gives the seat back. Returns their number (`None`: no student sits
    /// there), so that the server lets go of their connection once told.
    pub fn remove(&mut self, node: &str, out: &mut Vec<Outgoing>) -> Option<usize> {
        let student = self.student_of(node)?;
        // Told first, while the screen is still the seat's.
        out.push(Outgoing {
            to: Audience::Student(student),
            msg: ServerMsg::Removed,
        });
        self.leave(student, out);
        let s = &mut self.students[student];
        s.token.clear();
        s.name.clear();
        out.push(Outgoing {
            to: Audience::Host,
            msg: ServerMsg::Gone {
                node: node.to_owned(),
            },
        });
        Some(student)
    }

    /// Teacher: the name the teacher's screen shows for the student at `node` (already
    /// cleaned): refused `bad-name` when blank or a role word, as a student's own would be;
    /// `no-seat` when nobody sits there. Only the host is told: students never see names.
    pub fn rename(
        &mut self,
        node: &str,
        name: String,
        out: &mut Vec<Outgoing>,
    ) -> Result<(), Refusal> {
        if name.is_empty() || poses_as_teacher(&name) {
            return Err(Refusal::BadName);
        }
        let student = self.student_of(node).ok_or(Refusal::NoSeat)?;
        self.students[student].name = name.clone();
        out.push(Outgoing {
            to: Audience::Host,
            msg: ServerMsg::Name {
                node: node.to_owned(),
                name,
            },
        });
        Ok(())
    }
}
