//! The page's panels around the networks: the timeline, Share and Embed, and the notice
//! for unusable link values.

mod notices;
mod share;
mod timeline;

pub use notices::Notices;
pub use share::{SharePanel, Shared, SharedKind, embed_snippet, share_link};
pub use timeline::{POINTS, Timeline};
