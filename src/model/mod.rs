//! The simulation, in pure Rust: no browser, no clock, no UI.
//!
//! A [`Scenario`] describes a situation (sizes, seed, speed, nodes switched off). A [`Lab`]
//! builds one [`Simulation`] per network model from it and advances both by explicit time
//! steps. The UI reads [`LabSnapshot`]s and sends [`Command`]s; nothing else crosses over.
//!
//! Invariants, tested in this module's tests and in `tests/`:
//! - determinism: the same scenario and the same commands at the same steps give the same events;
//! - conservation: every request sent is answered, failed, cancelled or still in flight.

pub mod base;
pub mod classroom;
pub mod history;
pub mod lab;
pub mod lesson;
pub mod link;
pub mod scaling;
pub mod sim;

pub use base::clock::{Clock, MAX_STEP_SECONDS, TICK_SECONDS};
pub use base::kind::ModelKind;
pub use base::lang::{Lang, choose as choose_lang};
pub use base::message::{
    Availability, Explanation, HEALTHY_AVAILABILITY, Msg, NodeRef, PeerRelease, ServersGot, Unit,
    healthy,
};
pub use base::number::{fixed, parse_decimal, percent_points, shortest, within};
pub use base::role::Role;
pub use base::words::Words;
pub use classroom::protocol::{
    CODE_ALPHABET, CODE_LENGTH, ClientMsg, LESSON_MARKS, LESSON_SAMPLES, MAX_MESSAGE_BYTES,
    NAME_MAX_CHARS, OLDEST_PROTOCOL, PROTOCOL_VERSION, ROOM_MAX_SERVERS, ROOM_MAX_STUDENTS,
    Refusal, Reserved, RoomSpeed, ServerMsg, Standing, clean_name, is_code,
};
pub use classroom::protocol::{ROLE_WORDS, poses_as_teacher};
pub use classroom::room::{Audience, Door, Outgoing, REJOIN_SECONDS, Room, RoomRule, Tally};
pub use classroom::screen::{ClassView, ClassroomMode, LARGE_CLASS, NEIGHBOURHOOD, classroom_mode};
pub use history::{
    BUDGET_BYTES, CHECKPOINT_SECONDS, CatchingUp, Entry, History, LinkFidelity, MAX_COMMANDS,
    MOMENT_HEADER, MOMENT_VERSION, MarkKind, Moment, ReadError, SAMPLE_SECONDS, Sample,
    TimelineView, WINDOW_SECONDS, sample_down_periods,
};
pub use lab::command::{SCRIPT_VERBS, ScriptArg, Takes, Verb};
pub use lab::cost::{MAX_CATCH_UP_COST, affordable_moment, catch_up_cost};
pub use lab::scenario::{
    CLASSROOM_MAX, CLIENTS, Controls, MAX_SCRIPT_ENTRIES, MAX_SCRIPT_SECONDS, PEERS, SERVERS,
    Scenario, Sizes, Speed, Theme, View,
};
pub use lab::snapshot::LabSnapshot;
pub use lab::{Command, Lab, LiveState, STEP_BUTTON_SECONDS};
pub use lesson::experiment::{Action, Experiment, Outcomes, Standing as ExperimentStanding};
pub use lesson::steps::{CHOICES, STEP_COUNT, Task, step_name, step_named};
pub use lesson::tour::{OBSERVE_SECONDS, Phase, Tour, TourCommand};
pub use lesson::view::{Stage, TourView};
pub use link::{Notice, parse as parse_query, parse_lang as parse_classroom_lang, to_query};
pub use scaling::bounds::{Distribution, MAX_RECEIVERS};
pub use scaling::chart::{ScalingChart, ScalingPoint};
pub use scaling::swarm::{CHUNKS, DistributionRun};
pub use sim::capacity::Capacity;
pub use sim::engine::trust::PublishOutcome;
pub use sim::engine::versions::Consistency;
pub use sim::engine::{Integrity, Simulation, TIMEOUT_SECONDS};
pub use sim::event::{Event, FailReason};
pub use sim::explain::down_periods;
pub use sim::layout::{HEIGHT as DRAWING_HEIGHT, WIDTH as DRAWING_WIDTH};
pub use sim::log_view::{LogEntry, Outcome, log_entries};
pub use sim::metrics::{AVAILABILITY_WINDOW_SECONDS, Metrics};
pub use sim::rate::Rate;
pub use sim::topology::{Node, NodeIndex, Topology};
pub use sim::view::{
    DiagramSnapshot, LinkView, MetricsView, NodeView, PacketShape, PacketView, link_views,
};
