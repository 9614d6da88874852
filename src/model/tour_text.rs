//! The words of the guided tour: each step's scene, question, answers and task, and the
//! explanation that quotes the live numbers once the learner has watched.

use super::role::Role;
use super::scaling::Distribution;
use super::snapshot::{DiagramSnapshot, LabSnapshot};
use super::topology::ModelKind;
use super::versions::Consistency;
use super::words::{Words, fill};

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

/// One step: its words are templates in which `{server}`, `{clients}`, `{Peer}`… stand
/// for the page's current [`Words`].
#[derive(Clone, Copy, Debug)]
pub struct Step {
    pub title: &'static str,
    /// None: keep the scene the learner has.
    pub scene: Option<Scene>,
    pub question: &'static str,
    pub choices: [&'static str; 3],
    pub answer: usize,
    pub task: Task,
    pub prompt: &'static str,
}

const CLASSROOM: Scene = Scene {
    servers: 1,
    clients: 3,
    peers: 4,
    down: &[],
};

pub(super) const STEPS: [Step; STEP_COUNT] = [
    Step {
        title: "What a {server} does",
        scene: Some(CLASSROOM),
        question: "In the client-server network, where does each {client} send its requests?",
        choices: [
            "To the {server}",
            "To the other {clients}",
            "To whichever computer is nearest",
        ],
        answer: 0,
        task: Task::Watch,
        prompt: "Watch the client-server diagram: circles are requests, squares are answers.",
    },
    Step {
        title: "What a {peer} does",
        scene: Some(CLASSROOM),
        question: "In the peer-to-peer network, who answers a {peer}'s request?",
        choices: [
            "A central {server}",
            "Another {peer}",
            "Nobody: {peers} only ask",
        ],
        answer: 1,
        task: Task::Watch,
        prompt: "Watch the peer-to-peer diagram and its load bars.",
    },
    Step {
        title: "A single point of failure",
        scene: Some(CLASSROOM),
        question: "What will happen to the {clients} if the {server} stops?",
        choices: [
            "Nothing: they keep being served",
            "Only one {client} is affected",
            "No {client} can be served",
        ],
        answer: 2,
        task: Task::SwitchOff(ModelKind::ClientServer, "s1"),
        prompt: "Now switch the {server} off: click {Server} 1 in the client-server diagram.",
    },
    Step {
        title: "Resilience without a centre",
        scene: Some(CLASSROOM),
        question: "What will happen to the other {peers} if one {peer} stops?",
        choices: [
            "The whole network stops",
            "The others keep serving each other",
            "Only its neighbours stop",
        ],
        answer: 1,
        task: Task::SwitchOffAPeer,
        prompt: "Now switch any {peer} off: click it in the peer-to-peer diagram.",
    },
    Step {
        title: "Easy to manage, or decentralised",
        scene: Some(Scene {
            servers: 1,
            clients: 3,
            peers: 6,
            down: &["p4"],
        }),
        question: "You publish a new version of a shared file. Which network keeps old \
                   copies around for a while?",
        choices: ["Client-server", "Peer-to-peer", "Neither"],
        answer: 1,
        task: Task::Publish,
        prompt: "Now press “Publish update”. ({Peer} 4 is off.)",
    },
    Step {
        title: "Confusion 1: is there a hidden {server}?",
        scene: Some(Scene {
            servers: 1,
            clients: 3,
            peers: 5,
            down: &[],
        }),
        question: "Is {Peer} 1 secretly in charge of the peer-to-peer network?",
        choices: [
            "Yes: without it the network stops",
            "No: every {peer} asks and answers",
            "Only while the network is small",
        ],
        answer: 1,
        task: Task::SwitchOff(ModelKind::PeerToPeer, "p1"),
        prompt: "Now switch {Peer} 1 off in the peer-to-peer diagram.",
    },
    Step {
        title: "Confusion 2: several {servers}",
        scene: Some(Scene {
            servers: 2,
            clients: 6,
            peers: 4,
            down: &[],
        }),
        question: "With two {servers}, what happens when {Server} 1 stops?",
        choices: [
            "Every {client} is cut off",
            "Only {Server} 1's own {clients} are cut off",
            "{Server} 2 takes over its {clients}",
        ],
        answer: 1,
        task: Task::SwitchOff(ModelKind::ClientServer, "s1"),
        prompt: "Now switch {Server} 1 off in the client-server diagram.",
    },
    Step {
        title: "Which model scales?",
        scene: None,
        question: "A {server} must send a large file to 100 {peers}. Which finishes sooner \
                   when the receivers may pass pieces on to each other?",
        choices: [
            "Client-server: one strong {server} is fastest",
            "Peer-to-peer: every receiver also uploads",
            "They take the same time",
        ],
        answer: 1,
        task: Task::ReadChart,
        prompt: "Look at the chart under “Which model scales?”.",
    },
];

fn percent(d: &DiagramSnapshot) -> String {
    match d.metrics.availability {
        Some(a) => format!("{:.0} %", a * 100.0),
        None => "not measured yet".to_string(),
    }
}

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
pub(super) fn explain(step: usize, lab: &LabSnapshot, w: Words) -> String {
    let (cs, p2p) = (&lab.client_server, &lab.peer_to_peer);
    let text = match step {
        0 => format!(
            "{} of {} requests were answered, every one by the {{server}}: it serves {:.1} \
             requests per second while each {{client}} only asks. All the work and all the \
             control sit in one place.",
            cs.metrics.answered,
            cs.metrics.sent,
            mean_load(cs, Role::Server)
        ),
        1 => format!(
            "{} requests were answered, each by another {{peer}}. Each {{peer}} serves about \
             {:.1} per second and asks about as often: the work is shared, with no \
             {{server}} anywhere.",
            p2p.metrics.answered,
            mean_load(p2p, Role::Peer)
        ),
        2 => format!(
            "{} requests have failed so far and availability is {}: {} of {} {{clients}} \
             are served. One machine stopped and the whole service stopped with it: a \
             single point of failure.",
            cs.metrics.failed,
            percent(cs),
            cs.metrics.served,
            cs.metrics.requesters
        ),
        3 => format!(
            "Availability is still {}: {} of {} {{peers}} are served. A request sent to the \
             {{peer}} that is off times out, and the asker simply tries another {{peer}}. \
             With no centre, there is no single point of failure.",
            percent(p2p),
            p2p.metrics.served,
            p2p.metrics.requesters
        ),
        4 => {
            let spread = match p2p.consistency {
                Consistency::Converged { after_seconds, .. } => {
                    format!("every copy caught up after {after_seconds:.1} s")
                }
                _ => "it is still spreading".to_string(),
            };
            format!(
                "Client-server has {} stale copies: the update was made in one place, and \
                 every answer since carries it. Peer-to-peer has {} stale copies now, and \
                 {spread}; a {{peer}} that is off cannot catch up until it is back. Central \
                 control is easier to manage; no centre is harder to keep consistent.",
                cs.metrics.stale, p2p.metrics.stale
            )
        }
        5 => format!(
            "{} of {} {{peers}} are still served and availability is {}. Every {{peer}} \
             that is on serves about {:.1} requests per second: no {{peer}} is special, so \
             peer-to-peer really has no central {{server}}.",
            p2p.metrics.served,
            p2p.metrics.requesters,
            percent(p2p),
            mean_load(p2p, Role::Peer)
        ),
        6 => format!(
            "{} of {} {{clients}} are still served: {{Server}} 2's. {{Server}} 1's \
             {{clients}} may only ask their own {{server}}, so they wait in vain. More \
             {{servers}} is still client-server: each {{server}} controls its own \
             {{clients}}.",
            cs.metrics.served, cs.metrics.requesters
        ),
        _ => {
            let d = Distribution::textbook();
            format!(
                "In the textbook case (the file takes a {{peer}} one hour to upload, the \
                 {{server}} is ten times faster), client-server needs at least {:.1} h for 100 \
                 receivers, since the {{server}} uploads all 100 copies alone; peer-to-peer \
                 needs at least {:.2} h, since every receiver also uploads the pieces it has. \
                 Add receivers and client-server grows in step; peer-to-peer stays under an \
                 hour.",
                d.client_server_bound(100),
                d.peer_to_peer_bound(100)
            )
        }
    };
    fill(&text, w)
}
