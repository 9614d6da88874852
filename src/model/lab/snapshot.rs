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
    pub paused: bool,
    pub speed: f64,
    /// Simulated seconds since the last Reset (or tour scene): what the page's clock shows.
    pub time: f64,
    /// Simulated seconds since the session began; never restarts. The tour times its
    /// watching on this.
    pub session_time: f64,
    /// The latest thing worth telling a screen-reader user (none yet at the start).
    pub announcement: Option<Msg>,
    pub words: Words,
    /// Whether peers check every copy against the publisher's fingerprints.
    pub verify: bool,
    /// The guided tour, while it is open.
    pub tour: Option<TourView>,
    /// The step (1-based) the tour opens at: where it was left.
    pub tour_resume: usize,
    pub client_server: DiagramSnapshot,
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
