//! The vocabulary every layer shares, depending on nothing: roles and node ids, the
//! simulated clock, languages, the two vocabularies of words, and the typed messages the
//! catalogues turn into sentences.

pub(in crate::model) mod clock;
pub(in crate::model) mod kind;
pub(in crate::model) mod lang;
pub(in crate::model) mod message;
pub(in crate::model) mod number;
pub(in crate::model) mod role;
pub(in crate::model) mod words;
