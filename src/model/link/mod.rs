//! URL parameters ⇄ [`Scenario`](crate::model::lab::scenario::Scenario): reading a link
//! leniently (every bad value becomes a default or a clamp, plus a notice saying so) and
//! writing the link that reproduces a scenario. Text from the URL only ever comes back as
//! plain text inside a notice.
//!
//! A link is a public format: links sit in course pages, slides and bookmarks, so every
//! link ever written keeps its meaning (`tests/link_corpus.rs` replays them all). The
//! parameters are listed in `docs/embedding.md`; the script grammars in
//! `script.rs`.
//!
//! # Reserved
//!
//! These names are kept for what later work adds, and the reader gives them no other
//! meaning meanwhile (today each is an unknown parameter or value, with a notice):
//!
//! - parameters `screen`, `pex`, `voice`, `sound`;
//! - the value `theme=projector`;
//! - node ids with a dot, as a tracker's `tk.t1` and its peers' `tk.p3`: neither grammar
//!   of a script splits an entry's argument at a dot (`0:off:tk.t1`, `dtk.t1`), and
//!   `down=` and `bad=` read ids whole.

mod notice;
mod read;
mod script;
mod write;

use crate::model::base::words::Words;
use crate::model::lab::scenario::{Controls, Theme, View};

pub use notice::{MAX_NOTICES, Notice};
pub use read::{parse, parse_decimal, parse_lang};
pub use write::to_query;

/// The words of a link's choices, shared by reading and writing: each value has one.
const VIEWS: [(&str, View); 4] = [
    ("both", View::Both),
    ("client-server", View::ClientServer),
    ("peer-to-peer", View::PeerToPeer),
    ("scaling", View::Scaling),
];
const CONTROLS: [(&str, Controls); 3] = [
    ("full", Controls::Full),
    ("minimal", Controls::Minimal),
    ("none", Controls::None),
];
const THEMES: [(&str, Theme); 3] = [
    ("auto", Theme::Auto),
    ("light", Theme::Light),
    ("dark", Theme::Dark),
];
const WORDS: [(&str, Words); 2] = [("network", Words::Network), ("analogy", Words::Library)];
const FLAGS: [(&str, bool); 4] = [("1", true), ("0", false), ("true", true), ("false", false)];
