//! "Which model scales?": the textbook bounds for giving N receivers a file, the chunked
//! distribution simulated against them, and the chart's points.

pub(in crate::model) mod bounds;
pub(in crate::model) mod chart;
pub(in crate::model) mod swarm;
