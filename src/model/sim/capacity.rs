//! How many requests an answering node (a server, or a peer) answers per second: its
//! service capacity, the bottleneck the scaling chart is about.
//!
//! A node may answer a short burst at once: it saves up the answers it did not give, up to
//! one second's worth (at least one answer), and spends one per request. A request that
//! finds nothing saved waits in the node's queue, first come first served, for as long as
//! its answer could still reach the requester before the usual time-out
//! ([`TIMEOUT_SECONDS`](crate::model::sim::engine::TIMEOUT_SECONDS)); then the node lets it
//! go and the requester times out. Over any stretch of time a node answers at most its
//! capacity per second, plus that one second's savings.

use crate::model::base::kind::ModelKind;
use crate::model::base::number::within;

/// How many seconds' worth of answers a node may save up for a burst: as long as a
/// requester waits ([`TIMEOUT_SECONDS`](crate::model::sim::engine::TIMEOUT_SECONDS)).
pub const SAVED_SECONDS: f64 = 2.0;

/// Requests per second each answering node of a network answers at most.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Capacity {
    /// At most this many per second, in [`Capacity::MIN`]..=[`Capacity::MAX`].
    PerSecond(f64),
    /// No limit: every request is answered the moment it arrives.
    Unlimited,
}

impl Capacity {
    /// The smallest capacity a link may ask for: one answer every ten seconds.
    pub const MIN: f64 = 0.1;
    /// The largest: more than a hundred clients asking ten times a second each.
    pub const MAX: f64 = 1000.0;
    /// A server's, unless a link says otherwise: well above the default scene's three
    /// clients at 0.5/s (1.5/s), below the client selector's twelve (6/s), so that "more
    /// clients, same server" reaches the limit.
    pub const SERVER: Capacity = Capacity::PerSecond(4.0);
    /// A peer's: four times what one peer is asked at the default rate (0.5/s on average),
    /// and smaller than a server's, as a person's computer is.
    pub const PEER: Capacity = Capacity::PerSecond(2.0);

    /// Clamps to [`Capacity::MIN`]..=[`Capacity::MAX`] per second; not a number is `None`
    /// (the caller keeps its default).
    pub fn new(per_second: f64) -> Option<Capacity> {
        match per_second.is_nan() {
            true => None,
            false => Some(Capacity::PerSecond(within(
                per_second,
                Capacity::MIN,
                Capacity::MAX,
            ))),
        }
    }

    /// The capacity a network's answering nodes have unless a link says otherwise: its
    /// servers' or its peers'.
    pub fn default_for(kind: ModelKind) -> Capacity {
        match kind {
            ModelKind::ClientServer => Capacity::SERVER,
            ModelKind::PeerToPeer => Capacity::PEER,
        }
    }

    /// Answers per second, or `None` when unlimited.
    pub fn per_second(self) -> Option<f64> {
        match self {
            Capacity::PerSecond(c) => Some(c),
            Capacity::Unlimited => None,
        }
    }

    /// How many answers a node saves up at most: [`SAVED_SECONDS`] worth, and at least one.
    pub(in crate::model) fn burst(self) -> f64 {
        match self {
            Capacity::PerSecond(c) => (c * SAVED_SECONDS).max(1.0),
            Capacity::Unlimited => f64::INFINITY,
        }
    }

    /// A load (requests answered per second) as a share of this capacity, 0..=1: how full a
    /// load bar is. Unlimited capacity has no full bar, so nothing fills it.
    pub fn share(self, load: f64) -> f64 {
        match self {
            Capacity::PerSecond(c) => within(load / c, 0.0, 1.0),
            Capacity::Unlimited => 0.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capacities_are_clamped_and_a_bar_is_a_share_of_them() {
        assert_eq!(Capacity::new(0.0), Some(Capacity::PerSecond(0.1)));
        assert_eq!(Capacity::new(1e9), Some(Capacity::PerSecond(1000.0)));
        assert_eq!(Capacity::new(f64::NAN), None);
        assert_eq!(Capacity::PerSecond(4.0).share(1.0), 0.25);
        assert_eq!(Capacity::PerSecond(4.0).share(9.0), 1.0);
        assert_eq!(Capacity::Unlimited.share(9.0), 0.0);
        assert_eq!(Capacity::PerSecond(0.1).burst(), 1.0);
    }
}
