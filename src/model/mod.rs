//! The simulation, in pure Rust: no browser, no clock, no UI.
//!
//! A [`Scenario`] describes a situation (sizes, seed, speed, nodes switched off). A [`Lab`]
//! builds one [`Simulation`] per network model from it and advances both by explicit time
//! steps. The UI reads [`LabSnapshot`]s and sends [`Command`]s; nothing else crosses over.
//!
//! Invariants, tested in this module's tests and in `tests/`:
//! - determinism: the same scenario and the same commands at the same steps give the same events;
//! - conservation: every request sent is answered, failed, cancelled or still in flight.

mod chart;
mod clock;
mod distribution;
mod engine;
mod event;
mod explain;
mod history;
mod lab;
mod lang;
mod layout;
mod message;
mod metrics;
mod query;
mod role;
mod room;
mod scaling;
mod scenario;
mod snapshot;
mod topology;
mod tour;
mod tour_text;
mod traffic;
mod trust;
mod versions;
mod wire;
mod words;

pub use chart::{ScalingChart, ScalingPoint};
pub use clock::{Clock, MAX_STEP_SECONDS, TICK_SECONDS};
pub use distribution::{CHUNKS, DistributionRun};
pub use engine::{Integrity, Simulation, TIMEOUT_SECONDS};
pub use event::{Event, FailReason};
pub use history::{
    BUDGET_BYTES, CHECKPOINT_SECONDS, Entry, History, MarkKind, SAMPLE_SECONDS, Sample,
    TimelineView, WINDOW_SECONDS,
};
pub use lab::{Command, Lab, STEP_BUTTON_SECONDS};
pub use lang::{Lang, choose as choose_lang};
pub use layout::{HEIGHT as DRAWING_HEIGHT, WIDTH as DRAWING_WIDTH};
pub use message::{Availability, Explanation, Msg, NodeRef, ServersGot};
pub use metrics::{AVAILABILITY_WINDOW_SECONDS, Metrics};
pub use query::{
    Notice, parse as parse_query, parse_decimal, parse_lang as parse_classroom_lang, to_query,
};
pub use role::Role;
pub use room::{Audience, Outgoing, REJOIN_SECONDS, Room};
pub use scaling::{Distribution, MAX_RECEIVERS};
pub use scenario::{
    CLASSROOM_MAX, CLIENTS, Controls, MAX_SCRIPT_ENTRIES, MAX_SCRIPT_SECONDS, PEERS, Rate, SERVERS,
    Scenario, ScriptAction, ScriptEntry, Speed, Theme, View,
};
pub use snapshot::{
    DiagramSnapshot, FULL_LOAD, LabSnapshot, LinkView, MetricsView, NodeView, PacketShape,
    PacketView, Stage, TourView,
};
pub use topology::{ModelKind, Node, NodeIndex, Topology};
pub use tour::{OBSERVE_SECONDS, Phase, Tour, TourCommand};
pub use tour_text::{CHOICES, STEP_COUNT, Task, step_name, step_named};
pub use trust::PublishOutcome;
pub use versions::Consistency;
pub use wire::{
    CODE_ALPHABET, CODE_LENGTH, ClassView, ClassroomMode, ClientMsg, MAX_MESSAGE_BYTES,
    NAME_MAX_CHARS, PROTOCOL_VERSION, ROOM_MAX_SERVERS, ROOM_MAX_STUDENTS, Refusal, RoomSpeed,
    ServerMsg, Standing, classroom_mode, clean_name, is_code,
};
pub use words::Words;
