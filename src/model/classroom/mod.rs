//! The live classroom's pure part: one room's shared network and seats, and protocol v1
//! (a public format: the classroom server and every screen speak it).

pub(in crate::model) mod protocol;
pub(in crate::model) mod room;
