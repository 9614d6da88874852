//! The network models the page can simulate.

/// Which of the two network models a topology follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ModelKind {
    /// Servers answer the requests of their own clients.
    ClientServer,
    /// Peers ask and answer each other, with no server.
    PeerToPeer,
}

impl ModelKind {
    /// The stable name used in test hooks and URLs.
    pub fn slug(self) -> &'static str {
        match self {
            ModelKind::ClientServer => "client-server",
            ModelKind::PeerToPeer => "peer-to-peer",
        }
    }
}
