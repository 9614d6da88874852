//! The guided tour's steps: each one's scene, its answer and task, and the explanation's
//! live numbers once the learner has watched. The words are in the catalogues.

use super::message::Explanation;
use super::role::Role;
use super::scaling::Distribution;
use super::snapshot::{DiagramSnapshot, LabSnapshot};
use super::topology::ModelKind;
use super::versions::Consistency;

/// How many steps the tour has.
pub const STEP_COUNT: usize = 8;

/// What the learner is asked to do in a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Task {
    /// Just watch the traffic.
    Watch,
    /// Switch off this node.
    SwitchOff(ModelKind, &'static str),
    /// Switch off any peer.
    SwitchOffAPeer,
    /// Press Publish update.
    Publish,
    /// Read the scaling chart.
    ReadChart,
}

/// The scene a step starts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scene {
    pub servers: usize,
    pub clients: usize,
    pub peers: usize,
    /// Nodes that start off.
    pub down: &'static [&'static str],
}

/// One step. Its words (title, question, choices, task, explanation) are in the
/// catalogues, under `tour-N-…` keys.
#[derive(Clone, Copy, Debug)]
pub struct Step {
    /// None: keep the scene the learner has.
    pub scene: Option<Scene>,
    /// Which of the [`CHOICES`] answers is what the network shows (0-based).
    pub answer: usize,
    pub task: Task,
}

/// How many answers each question offers.
pub const CHOICES: usize = 3;

const CLASSROOM: Scene = Scene {
    servers: 1,
    clients: 3,
    peers: 4,
    down: &[],
};

pub(super) const STEPS: [Step; STEP_COUNT] = [
    Step {
        scene: Some(CLASSROOM),
        answer: 0,
        task: Task::Watch,
    },
    Step {
        scene: Some(CLASSROOM),
        answer: 1,
        task: Task::Watch,
    },
    Step {
        scene: Some(CLASSROOM),
        answer: 2,
        task: Task::SwitchOff(ModelKind::ClientServer, "s1"),
    },
    Step {
        scene: Some(CLASSROOM),
        answer: 1,
        task: Task::SwitchOffAPeer,
    },
    Step {
        scene: Some(Scene {
            servers: 1,
            clients: 3,
            peers: 6,
            down: &["p4"],
        }),
        answer: 1,
        task: Task::Publish,
    },
    Step {
        scene: Some(Scene {
            servers: 1,
            clients: 3,
            peers: 5,
            down: &[],
        }),
        answer: 1,
        task: Task::SwitchOff(ModelKind::PeerToPeer, "p1"),
    },
    Step {
        scene: Some(Scene {
            servers: 2,
            clients: 6,
            peers: 4,
            down: &[],
        }),
        answer: 1,
        task: Task::SwitchOff(ModelKind::ClientServer, "s1"),
    },
    Step {
        scene: None,
        answer: 1,
        task: Task::ReadChart,
    },
];

/// Mean load of the nodes of `role` that are on, in requests served per second.
fn mean_load(d: &DiagramSnapshot, role: Role) -> f64 {
    let on: Vec<f64> = d
        .nodes
        .iter()
        .filter(|n| n.role == role && n.up)
        .map(|n| n.load)
        .collect();
    on.iter().sum::<f64>() / on.len().max(1) as f64
}

/// What the learner has just seen, with the numbers on screen now.
pub(super) fn explain(step: usize, lab: &LabSnapshot) -> Explanation {
    let (cs, p2p) = (&lab.client_server, &lab.peer_to_peer);
    match step {
        0 => Explanation::Server {
            answered: cs.metrics.answered,
            sent: cs.metrics.sent,
            load: mean_load(cs, Role::Server),
        },
        1 => Explanation::Peers {
            answered: p2p.metrics.answered,
            load: mean_load(p2p, Role::Peer),
        },
        2 => Explanation::SinglePoint {
            failed: cs.metrics.failed,
            availability: cs.metrics.availability,
            served: cs.metrics.served,
            requesters: cs.metrics.requesters,
        },
        3 => Explanation::Resilience {
            availability: p2p.metrics.availability,
            served: p2p.metrics.served,
            requesters: p2p.metrics.requesters,
        },
        4 => Explanation::Consistency {
            stale_client_server: cs.metrics.stale,
            stale_peers: p2p.metrics.stale,
            converged_after: match p2p.consistency {
                Consistency::Converged { after_seconds, .. } => Some(after_seconds),
                _ => None,
            },
        },
        5 => Explanation::NoHiddenServer {
            served: p2p.metrics.served,
            requesters: p2p.metrics.requesters,
            availability: p2p.metrics.availability,
            load: mean_load(p2p, Role::Peer),
        },
        6 => Explanation::SeveralServers {
            served: cs.metrics.served,
            requesters: cs.metrics.requesters,
        },
        _ => {
            let d = Distribution::textbook();
            Explanation::Scaling {
                client_server_hours: d.client_server_bound(100),
                peer_hours: d.peer_to_peer_bound(100),
            }
        }
    }
}
