//! The live classroom's pure part: one room's shared network and seats, protocol v2
//! (a public format: the classroom server and every screen speak it), and a screen's
//! state read from the server's lines.

pub(in crate::model) mod protocol;
pub(in crate::model) mod room;
pub(in crate::model) mod screen;
