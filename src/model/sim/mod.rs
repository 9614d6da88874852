//! One network's simulation: its topology and layout, the engine with its workloads
//! (requests, versions, trust), the events it emits, the numbers and explanations read
//! from them, and the view of one instant ([`DiagramSnapshot`](view::DiagramSnapshot)).

pub(in crate::model) mod capacity;
pub(in crate::model) mod engine;
pub(in crate::model) mod event;
pub(in crate::model) mod explain;
pub(in crate::model) mod layout;
pub(in crate::model) mod log_view;
pub(in crate::model) mod metrics;
pub(in crate::model) mod rate;
pub(in crate::model) mod topology;
pub(in crate::model) mod view;
