//! The guided tour on the page: its panel, and the step it resumes at on a later visit.

pub mod tour_memory;
mod tour_panel;

pub use tour_panel::TourPanel;
