//! The live classroom's two screens (docs/classroom.md): the teacher's room
//! (`?classroom=host`) and a student's node (`?join=CODE`). Both talk to the classroom
//! server over its same-origin WebSocket and draw a
//! [`ClassView`](crate::model::ClassView), which only the server's lines change; nothing
//! from the server (names, links) ever becomes markup.

mod connection;
mod host_screen;
mod lesson_controls;
mod lesson_plot;
mod lesson_status;
mod network;
mod page;
mod seat_controls;
mod student_screen;
mod wake_lock;
mod words;

pub use page::{Classroom, ClassroomProps};
