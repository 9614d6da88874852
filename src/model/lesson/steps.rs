//! The guided tour's steps: each one's scene, its answer and task, and the explanation's
//! live numbers once the learner has watched. The words are in the catalogues.

use crate::model::base::kind::ModelKind;
use crate::model::base::message::Explanation;
use crate::model::base::role::Role;
use crate::model::scaling::bounds::Distribution;
use crate::model::sim::engine::versions::Consistency;
use crate::model::sim::view::DiagramSnapshot;

/// How many steps the tour has.
pub const STEP_COUNT: usize = 9;
/// Links made before steps had names number them 1 to 8; those numbers keep their meaning.
/// Later steps are named only.
pub const NUMBERED_STEPS: usize = 8;

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
    /// Switch checking on.
    Verify,
}

/// The scene a step starts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scene {
    pub servers: usize,
    pub clients: usize,
    pub peers: usize,
    /// Nodes that start off.
    pub down: &'static [&'static str],
    /// Nodes that start dishonest.
    pub bad: &'static [&'static str],
}

/// One step. Its words (title, question, choices, task, explanation) are in the
/// catalogues, under `tour-N-…` keys.
#[derive(Clone, Copy, Debug)]
pub struct Step {
    /// The step's stable name in links (`tour=spof`) and in remembered progress.
    pub name: &'static str,
    /// The step's number in links made before steps had names (`tour=3`), which is also
    /// its catalogue keys' number (`tour-3-title`): fixed, whatever the step's place.
    pub key: usize,
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
    bad: &[],
};

pub(in crate::model) const STEPS: [Step; STEP_COUNT] = [
    Step {
        name: "server",
        key: 1,
        scene: Some(CLASSROOM),
        answer: 0,
        task: Task::Watch,
    },
    Step {
        name: "peers",
        key: 2,
        scene: Some(CLASSROOM),
        answer: 1,
        task: Task::Watch,
    },
    Step {
        name: "spof",
        key: 3,
        scene: Some(CLASSROOM),
        answer: 2,
        task: Task::SwitchOff(ModelKind::ClientServer, "s1"),
    },
    Step {
        name: "resilience",
        key: 4,
        scene: Some(CLASSROOM),
        answer: 1,
        task: Task::SwitchOffAPeer,
    },
    Step {
        name: "consistency",
        key: 5,
        scene: Some(Scene {
            servers: 1,
            clients: 3,
            peers: 6,
            down: &["p4"],
            bad: &[],
        }),
        answer: 1,
        task: Task::Publish,
    },
    Step {
        name: "trust",
        key: 9,
        scene: Some(Scene {
            servers: 1,
            clients: 3,
            peers: 5,
            down: &[],
            bad: &["p2"],
        }),
        answer: 1,
        task: Task::Verify,
    },
    Step {
        name: "hidden-server",
        key: 6,
        scene: Some(Scene {
            servers: 1,
            clients: 3,
            peers: 5,
            down: &[],
            bad: &[],
        }),
        answer: 1,
        task: Task::SwitchOff(ModelKind::PeerToPeer, "p1"),
    },
    Step {
        name: "several-servers",
        key: 7,
        scene: Some(Scene {
            servers: 2,
            clients: 6,
            peers: 4,
            down: &[],
            bad: &[],
        }),
        answer: 1,
        task: Task::SwitchOff(ModelKind::ClientServer, "s1"),
    },
    Step {
        name: "scaling",
        key: 8,
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
pub(in crate::model) fn explanation(
    step: usize,
    cs: &DiagramSnapshot,
    p2p: &DiagramSnapshot,
) -> Explanation {
    match STEPS[step].key {
        1 => Explanation::Server {
            answered: cs.metrics.answered,
            sent: cs.metrics.sent,
            load: mean_load(cs, Role::Server),
        },
        2 => Explanation::Peers {
            answered: p2p.metrics.answered,
            load: mean_load(p2p, Role::Peer),
        },
        3 => Explanation::SinglePoint {
            failed: cs.metrics.failed,
            availability: cs.metrics.availability,
            served: cs.metrics.served,
            requesters: cs.metrics.requesters,
        },
        4 => Explanation::Resilience {
            availability: p2p.metrics.availability,
            served: p2p.metrics.served,
            requesters: p2p.metrics.requesters,
        },
        5 => Explanation::Consistency {
            stale_client_server: cs.metrics.stale,
            stale_peers: p2p.metrics.stale,
            converged_after: match p2p.consistency {
                Consistency::Converged { after_seconds, .. } => Some(after_seconds),
                _ => None,
            },
        },
        6 => Explanation::NoHiddenServer {
            served: p2p.metrics.served,
            requesters: p2p.metrics.requesters,
            availability: p2p.metrics.availability,
            load: mean_load(p2p, Role::Peer),
        },
        7 => Explanation::SeveralServers {
            served: cs.metrics.served,
            requesters: cs.metrics.requesters,
        },
        9 => Explanation::Trust {
            rejected: p2p.metrics.rejected,
            corrupt_peers: p2p.metrics.corrupt,
            corrupt_clients: cs.metrics.corrupt,
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

/// The step (0-based place in the tour) a link or a remembered value names: a stable name
/// (`spof`), or a number from before steps had names (`3`), which keeps its meaning.
pub fn step_named(value: &str) -> Option<usize> {
    let value = value.trim();
    match value.parse::<usize>() {
        Ok(key @ 1..=NUMBERED_STEPS) => STEPS.iter().position(|s| s.key == key),
        Ok(_) => None,
        Err(_) => STEPS
            .iter()
            .position(|s| s.name.eq_ignore_ascii_case(value)),
    }
}

/// The stable name of the step at `place` (0-based; clamped to the last step).
pub fn step_name(place: usize) -> &'static str {
    STEPS[place.min(STEP_COUNT - 1)].name
}
