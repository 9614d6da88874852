//! The teacher's say over the room itself, on the hub: removing a student (whose
//! connection is then no longer the seat's), locking the room, renaming a seat, and End
//! lesson, which closes the room at once and drops it from the state file.

use super::hub::Hub;
use super::screens::Part;
use crate::model::{ClientMsg, Door, Refusal, ServerMsg};

impl Hub {
    /// One of the teacher's room controls (`remove`, `lock`, `rename`, `end`) from the host
    /// of room `code`; any other line changes nothing here.
    pub(super) fn room_control(&mut self, conn: u64, code: &str, msg: ClientMsg) {
        let mut out = Vec::new();
        match msg {
            ClientMsg::Remove { node } => {
                let Some(entry) = self.rooms.get_mut(code) else {
                    return;
                };
                let Some(student) = entry.room.remove(&node, &mut out) else {
                    return self.refuse(conn, Refusal::NoSeat);
                };
                // The removed screen is told before it stops being the seat's.
                self.route(code, out);
                let Some(entry) = self.rooms.get_mut(code) else {
                    return;
                };
                if let Some(old) = entry.students.remove(&student)
                    && let Some(screen) = self.screens.get_mut(&old)
                {
                    screen.part = Part::Nobody;
                }
                // Its token's digest leaves the state file.
                self.dirty = true;
                return;
            }
            ClientMsg::Lock(on) => {
                if let Some(entry) = self.rooms.get_mut(code) {
                    let door = if on { Door::Locked } else { Door::Open };
                    entry.room.set_door(door, &mut out);
                }
            }
            ClientMsg::Rename { node, name } => {
                let Some(entry) = self.rooms.get_mut(code) else {
                    return;
                };
                if let Err(why) = entry.room.rename(&node, name, &mut out) {
                    return self.refuse(conn, why);
                }
            }
            ClientMsg::End => return self.close_room_telling(code, &ServerMsg::Ended),
            _ => {}
        }
        self.route(code, out);
    }
}
