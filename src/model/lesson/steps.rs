//! The guided tour's steps: each one's scene, its answer and task, and what the network
//! showed once the learner has watched: the answer its outcomes amount to and the numbers
//! the explanation quotes. The words are in the catalogues.

use crate::model::base::kind::ModelKind;
use crate::model::base::message::Explanation;
use crate::model::base::role::Role;
use crate::model::lesson::experiment::{Action, Experiment};
use crate::model::scaling::bounds::Distribution;
use crate::model::sim::engine::Simulation;
use crate::model::sim::engine::versions::Consistency;
use crate::model::sim::topology::NodeIndex;

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
    /// The network the step's experiment is about: the one acted on, or watched.
    pub network: ModelKind,
    /// Which of the [`CHOICES`] answers the lesson expects the network to show (0-based);
    /// the verdict compares the prediction with what the network did show.
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
        network: ModelKind::ClientServer,
        key: 1,
        scene: Some(CLASSROOM),
        answer: 0,
        task: Task::Watch,
    },
    Step {
        name: "peers",
        network: ModelKind::PeerToPeer,
        key: 2,
        scene: Some(CLASSROOM),
        answer: 1,
        task: Task::Watch,
    },
    Step {
        name: "spof",
        network: ModelKind::ClientServer,
        key: 3,
        scene: Some(CLASSROOM),
        answer: 2,
        task: Task::SwitchOff(ModelKind::ClientServer, "s1"),
    },
    Step {
        name: "resilience",
        network: ModelKind::PeerToPeer,
        key: 4,
        scene: Some(CLASSROOM),
        answer: 1,
        task: Task::SwitchOffAPeer,
    },
    Step {
        name: "consistency",
        network: ModelKind::PeerToPeer,
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
        network: ModelKind::PeerToPeer,
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
        network: ModelKind::PeerToPeer,
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
        network: ModelKind::ClientServer,
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
        network: ModelKind::ClientServer,
        key: 8,
        scene: None,
        answer: 1,
        task: Task::ReadChart,
    },
];

/// Mean load of the nodes of `role` that are on, in requests served per second.
fn mean_load(sim: &Simulation, role: Role) -> f64 {
    let nodes = sim.topology().nodes.iter().enumerate();
    let on: Vec<f64> = nodes
        .filter(|&(i, n)| n.role == role && sim.is_up(i))
        .map(|(i, _)| sim.metrics().load(i))
        .collect();
    on.iter().sum::<f64>() / on.len().max(1) as f64
}

/// The nodes of `sim` that send requests (clients or peers), on or off.
fn requesters(sim: &Simulation) -> impl Iterator<Item = NodeIndex> + '_ {
    let role = match sim.topology().kind {
        ModelKind::ClientServer => Role::Client,
        ModelKind::PeerToPeer => Role::Peer,
    };
    let nodes = sim.topology().nodes.iter().enumerate();
    nodes.filter(move |(_, n)| n.role == role).map(|(i, _)| i)
}

/// What the network showed in step `step` (0-based place), judged from `experiment`
/// over the step's network: the answer (0-based choice) its outcomes amount to, and the
/// explanation with the numbers measured since the action. `cs` and `p2p` are the two
/// networks as they are when the watch ends.
pub(in crate::model) fn outcome(
    step: usize,
    cs: &Simulation,
    p2p: &Simulation,
    experiment: &Experiment,
) -> (usize, Explanation) {
    let step = &STEPS[step];
    let o = experiment.outcomes();
    let sim = match step.network {
        ModelKind::ClientServer => cs,
        ModelKind::PeerToPeer => p2p,
    };
    let total = requesters(sim).count();
    let served = o.served(sim, requesters(sim));
    // Whether every requester or none was served; `None` when none had an outcome.
    let none_served = served.map(|n| n == 0);
    match step.key {
        1 => (
            step.answer,
            Explanation::Server {
                answered: o.answered,
                sent: o.sent,
                load: mean_load(cs, Role::Server),
            },
        ),
        2 => (
            step.answer,
            Explanation::Peers {
                answered: o.answered,
                load: mean_load(p2p, Role::Peer),
            },
        ),
        // Nothing / only one client affected / no client served.
        3 => (
            match served {
                Some(0) => 2,
                Some(n) if n == total => 0,
                Some(_) => 1,
                None => step.answer,
            },
            Explanation::SinglePoint {
                failed: o.failed,
                availability: o.availability(),
                served,
                requesters: total,
            },
        ),
        // The whole network stops / the others keep serving each other.
        4 => (
            match none_served {
                Some(true) => 0,
                Some(false) => 1,
                None => step.answer,
            },
            Explanation::Resilience {
                availability: o.availability(),
                served,
                requesters: total,
            },
        ),
        5 => (
            step.answer,
            Explanation::Consistency {
                stale_client_server: cs.stale(),
                stale_peers: p2p.stale(),
                converged_after: match p2p.consistency() {
                    Consistency::Converged { after_seconds, .. } => Some(after_seconds),
                    _ => None,
                },
            },
        ),
        // Without it the network stops / every peer asks and answers.
        6 => (
            match none_served {
                Some(true) => 0,
                Some(false) => 1,
                None => step.answer,
            },
            Explanation::NoHiddenServer {
                served,
                requesters: total,
                availability: o.availability(),
                load: mean_load(p2p, Role::Peer),
            },
        ),
        // Every client cut off / only Server 1's / Server 2 takes over Server 1's.
        7 => {
            let stopped = match experiment.action {
                Action::SwitchOff(server) => Some(server),
                Action::Watch | Action::Publish(_) | Action::CheckingOn => None,
            };
            let taken_over = stopped.and_then(|s| o.served(cs, cs.topology().clients_of(s)));
            (
                match (served, taken_over) {
                    (Some(0), _) => 0,
                    (_, Some(n)) if n > 0 => 2,
                    (Some(_), _) => 1,
                    (None, _) => step.answer,
                },
                Explanation::SeveralServers {
                    served,
                    requesters: total,
                },
            )
        }
        9 => (
            step.answer,
            Explanation::Trust {
                rejected: p2p.metrics().rejected,
                corrupt_peers: p2p.corrupted(),
                corrupt_clients: cs.corrupted(),
            },
        ),
        _ => {
            let d = Distribution::textbook();
            (
                step.answer,
                Explanation::Scaling {
                    client_server_hours: d.client_server_bound(100),
                    peer_hours: d.peer_to_peer_bound(100),
                },
            )
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
