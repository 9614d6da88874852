//! The page's edges with the browser that are not drawing: wall-clock time, the host page
//! (theme, an iframe's height), panics shown on the page, and work that waits until an
//! element comes into view.

pub mod frames;
pub mod host;
pub mod panic;
pub mod visible;
