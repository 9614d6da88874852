//! Everything the page shows at one instant: both networks' views, the shared controls'
//! state and the tour's panel.

use crate::model::base::kind::ModelKind;
use crate::model::base::message::Msg;
use crate::model::base::words::Words;
use crate::model::lesson::view::TourView;
use crate::model::sim::view::DiagramSnapshot;

/// Everything the page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct LabSnapshot {
    /// Whether time is paused: the Play/Pause button's state.
    pub paused: bool,
    /// The speed factor: simulated seconds per second of real time (0.25 to 4).
    pub speed: f64,
    /// Session seconds as drawn (the last tick and the part of a tick received): what the
    /// page's clock shows. Reset does not restart it.
    pub time: f64,
    /// Session seconds at the last whole tick; never restarts. The tour times its
    /// watching on this.
    pub session_time: f64,
    /// The latest thing worth telling a screen-reader user (none yet at the start).
    pub announcement: Option<Msg>,
    /// Network words or the library analogy, for every message shown.
    pub words: Words,
    /// Whether peers check every copy against the publisher's fingerprints.
    pub verify: bool,
    /// The guided tour, while it is open.
    pub tour: Option<TourView>,
    /// The step (1-based) the tour opens at: where it was left.
    pub tour_resume: usize,
    /// The client-server network as drawn now.
    pub client_server: DiagramSnapshot,
    /// The peer-to-peer network as drawn now.
    pub peer_to_peer: DiagramSnapshot,
}

impl LabSnapshot {
    /// The drawing of one network model.
    pub fn diagram(&self, kind: ModelKind) -> &DiagramSnapshot {
        match kind {
            ModelKind::ClientServer => &self.client_server,
            ModelKind::PeerToPeer => &self.peer_to_peer,
        }
    }
}
