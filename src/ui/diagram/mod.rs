//! The networks as drawn: each network's card (its drawing, numbers, loads, log and trust
//! row) and the legend that explains the shapes.

mod card;
mod legend;
mod load_bar;
mod loads;
mod log;
mod metrics;
mod network;
mod packet_canvas;
mod size_selector;
mod trust_row;

pub use card::Diagram;
pub use legend::Legend;
