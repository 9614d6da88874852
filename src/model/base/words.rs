//! The two vocabularies the page can speak: network words (server, client, peer) and the
//! library analogy (librarian, visitor, friend). The simulation is the same; only the
//! words (each catalogue has both), and a few icons in the view, change.

/// Which words name the nodes and the traffic.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Words {
    /// Server, client, peer, request, answer.
    #[default]
    Network,
    /// Librarian, visitor, friend sharing books, asking for a book, the book.
    Library,
}

impl Words {
    /// The stable name used in the `labels` URL parameter.
    pub fn slug(self) -> &'static str {
        match self {
            Words::Network => "network",
            Words::Library => "analogy",
        }
    }
}
