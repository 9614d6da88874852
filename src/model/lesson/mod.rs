//! The guided tour: its steps (what each asks and which numbers it quotes), the state
//! machine that walks a learner through predict, act, observe and explain, and the
//! experiment it judges a prediction by (one action on one network and what followed).

pub mod experiment;
pub(in crate::model) mod steps;
pub(in crate::model) mod tour;
pub(in crate::model) mod view;
