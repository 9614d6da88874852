//! The page's edges with the browser that are not drawing: wall-clock time, local
//! storage, files fetched from the page's origin, the host page (theme, an iframe's
//! height), panics shown on the page, and work that waits until an element comes into view.

pub mod fetch;
pub mod frames;
pub mod host;
pub mod panic;
pub mod storage;
pub mod visible;
