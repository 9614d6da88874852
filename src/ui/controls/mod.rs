//! The page's control bar and the folded Save menu it ends with.

mod control_bar;
mod icons;
mod save_menu;
mod speed;

pub use control_bar::ControlBar;
pub use save_menu::{Offer, STATE_EVENT, answer};
pub(crate) use speed::speed_label;
