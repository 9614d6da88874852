//! "Which model scales?": sliders for the file size and the rates, and a chart of the time
//! to give N receivers a copy, N = 1…100: both lower bounds as lines, and the times of the
//! model's chunked simulation as marks. The marks are made, and the simulation started,
//! only once the panel comes into view; it then runs a few milliseconds per frame
//! (measured, so a slow device does less per frame rather than dropping frames), resuming
//! where it stopped, even inside one N. Every plotted point carries `data-n`, `data-series`
//! and `data-hours`.

mod chart;
mod panel;
mod readout;
mod sliders;

pub use panel::{ScalingPanel, SharedChart};
