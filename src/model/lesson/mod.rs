//! The guided tour: its steps (what each asks and which numbers it quotes) and the state
//! machine that walks a learner through predict, act, observe and explain.

pub(in crate::model) mod steps;
pub(in crate::model) mod tour;
pub(in crate::model) mod view;
