//! The page's control bar and the folded Save menu it ends with.

mod control_bar;
mod save_menu;

pub use control_bar::Controls;
pub(crate) use control_bar::speed_label;
pub use save_menu::{Offer, STATE_EVENT};
