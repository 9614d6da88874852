//! netmodels: a teaching simulator of client-server and peer-to-peer networks.
//!
//! `model` is the whole simulation in pure Rust; `ui` only draws its snapshots and
//! turns clicks and keys into model commands; `export` writes the files a person takes
//! away (an SVG picture, CSV data); `server` is the live classroom's server (native only).
#[warn(missing_docs)]
pub mod export;
#[warn(missing_docs)]
pub mod model;
#[cfg(all(feature = "server", not(target_arch = "wasm32")))]
pub mod server;
#[warn(missing_docs)]
pub mod text;
#[cfg(feature = "web")]
pub mod ui;
