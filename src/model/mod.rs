//! The simulation, in pure Rust: no browser, no clock, no UI.
//!
//! A [`Scenario`] describes a situation (sizes, seed, speed, nodes switched off). A [`Lab`]
//! builds one [`Simulation`] per network model from it and advances both by explicit time
//! steps. The UI reads [`LabSnapshot`]s and sends [`Command`]s; nothing else crosses over.
//!
//! Invariants, tested in this module's tests and in `tests/`:
//! - determinism: the same scenario and the same commands at the same steps give the same events;
//! - conservation: every request sent is answered, failed, cancelled or still in flight.

mod distribution;
mod engine;
mod event;
mod explain;
mod lab;
mod layout;
mod metrics;
mod query;
mod scaling;
mod scenario;
mod snapshot;
mod topology;
mod tour;
mod tour_text;
mod traffic;
mod versions;
mod words;

pub use distribution::{CHUNKS, DistributionRun};
pub use engine::{Simulation, TICK_SECONDS, TIMEOUT_SECONDS};
pub use event::{Event, FailReason};
pub use lab::{Command, Lab, STEP_BUTTON_SECONDS};
pub use metrics::{AVAILABILITY_WINDOW_SECONDS, Metrics};
pub use query::{Notice, parse as parse_query, to_query};
pub use scaling::{Distribution, MAX_RECEIVERS, ScalingChart, ScalingPoint};
pub use scenario::{
    CLASSROOM_MAX, CLIENTS, Controls, PEERS, Rate, SERVERS, Scenario, Speed, Theme, View,
};
pub use snapshot::{
    DiagramSnapshot, LabSnapshot, LinkView, MetricsView, NodeView, PacketShape, PacketView,
};
pub use topology::{ModelKind, Node, NodeIndex, Role, Topology};
pub use tour::{OBSERVE_SECONDS, Phase, STEP_COUNT, Stage, Task, Tour, TourCommand, TourView};
pub use versions::Consistency;
pub use words::Words;
