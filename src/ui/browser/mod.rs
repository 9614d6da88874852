//! The page's edges with the browser that are not drawing: wall-clock time, the host page
//! (theme, an iframe's height), and panics shown on the page.

pub mod frames;
pub mod host;
pub mod panic;
