//! Sentences that say what a situation means: the announcement when a node is switched,
//! the lesson a diagram shows now, and a short text summary for screen readers. Every
//! sentence takes its nouns from [`Words`], so the library analogy reads naturally too.

use super::role::Role;
use super::topology::{ModelKind, NodeIndex, Topology};
use super::words::Words;

fn count_up(topology: &Topology, up: &[bool], role: Role) -> usize {
    topology
        .nodes
        .iter()
        .zip(up)
        .filter(|(n, u)| n.role == role && **u)
        .count()
}

/// What switching `node` on or off means, said once for the live region.
pub fn announce(topology: &Topology, up: &[bool], node: NodeIndex, w: Words) -> String {
    let n = &topology.nodes[node];
    let effect = match (n.role, up[node]) {
        (Role::Server, false) => match topology.clients_of(node).count() {
            0 => format!("It had no {} of its own.", w.roles(Role::Client)),
            clients => format!(
                "Its {} can no longer be served.",
                w.count(clients, Role::Client)
            ),
        },
        (Role::Server, true) => format!("Its {} will be answered again.", w.roles(Role::Client)),
        (Role::Client, false) => format!("It stops sending {}s.", w.request()),
        (Role::Client, true) => format!("It starts sending {}s again.", w.request()),
        (Role::Peer, false) => {
            let others = count_up(topology, up, Role::Peer);
            match others {
                0 | 1 => format!("No {} is left with a partner to ask.", w.role(Role::Peer)),
                n => format!(
                    "The other {n} {} keep serving each other.",
                    w.roles(Role::Peer)
                ),
            }
        }
        (Role::Peer, true) => "It asks and answers again.".to_string(),
    };
    format!("{} {}. {effect}", n.label(w), w.switched(up[node]))
}

/// The lesson the diagram shows in its present state.
pub fn insight(topology: &Topology, up: &[bool], w: Words) -> String {
    let (server, client, off) = (w.role(Role::Server), w.role(Role::Client), w.off());
    match topology.kind {
        ModelKind::ClientServer => {
            let servers = topology.count(Role::Server);
            let servers_up = count_up(topology, up, Role::Server);
            match (servers_up, servers) {
                (0, 1) => format!(
                    "The {server} is {off}, so no {client} can be served: the {server} is a \
                     single point of failure."
                ),
                (0, _) => format!("Every {server} is {off}, so no {client} can be served."),
                (u, s) if u < s => {
                    let (clients, servers) = (w.roles(Role::Client), w.roles(Role::Server));
                    let (who, whose) = match s - u {
                        1 => (format!("1 {server} is"), "its"),
                        k => (format!("{k} {servers} are"), "their"),
                    };
                    let others = match u {
                        1 => format!("the other {server} keeps serving its own"),
                        _ => format!("the other {u} {servers} keep serving theirs"),
                    };
                    format!("{who} {off}: only {whose} own {clients} are cut off; {others}.")
                }
                (_, 1) => format!(
                    "Every {} goes to the {server}, so its load grows with each {client}.",
                    w.request()
                ),
                _ => format!(
                    "Each {} goes to its {client}'s own {server}, so each {server}'s load \
                     grows with its own {}.",
                    w.request(),
                    w.roles(Role::Client)
                ),
            }
        }
        ModelKind::PeerToPeer => {
            let peers = topology.count(Role::Peer);
            let peers_up = count_up(topology, up, Role::Peer);
            let peer = w.role(Role::Peer);
            match peers_up {
                0 => format!("Every {peer} is {off}."),
                1 => format!("Only one {peer} is on: with no partner to ask, it cannot be served."),
                n if n < peers => format!(
                    "{} {off}, yet the other {n} still answer each other: there is no \
                     central point to fail.",
                    match peers - n {
                        1 => format!("1 {peer} is"),
                        k => format!("{k} {} are", w.roles(Role::Peer)),
                    }
                ),
                _ => format!("Each {peer} both asks and answers, so the work is shared."),
            }
        }
    }
}

/// Whether the present state is a warning whatever the recent numbers say: a server is
/// off, or fewer than two peers are on (no partner left to ask). With every peer off no
/// request has an outcome to measure, yet the network is entirely down.
pub fn warns(topology: &Topology, up: &[bool]) -> bool {
    match topology.kind {
        ModelKind::ClientServer => {
            count_up(topology, up, Role::Server) < topology.count(Role::Server)
        }
        ModelKind::PeerToPeer => count_up(topology, up, Role::Peer) < 2,
    }
}

/// A one-line description for screen readers, e.g. "1 server, 4 clients; off: server 1;
/// 0 of 4 clients served". A requester counts as served while it is on and its last
/// request did not fail.
pub fn summary(topology: &Topology, up: &[bool], failing: &[bool], w: Words) -> String {
    let mut parts = Vec::new();
    for role in [Role::Server, Role::Client, Role::Peer] {
        let n = topology.count(role);
        if n > 0 {
            parts.push(w.count(n, role));
        }
    }
    let off: Vec<String> = topology
        .nodes
        .iter()
        .zip(up)
        .filter(|(_, u)| !**u)
        .map(|(n, _)| n.spoken(w))
        .collect();
    let state = match off.len() {
        0 => "all on".to_string(),
        _ => format!("{}: {}", w.off(), off.join(", ")),
    };
    let (served, total) = served(topology, up, failing);
    format!(
        "{}; {state}; {served} of {} served",
        parts.join(", "),
        w.count(total, requester(topology.kind))
    )
}

/// The role that sends requests in this kind of network.
fn requester(kind: ModelKind) -> Role {
    match kind {
        ModelKind::ClientServer => Role::Client,
        ModelKind::PeerToPeer => Role::Peer,
    }
}

/// How many requesters are served (on, and their last request did not fail), of how many.
pub fn served(topology: &Topology, up: &[bool], failing: &[bool]) -> (usize, usize) {
    let role = requester(topology.kind);
    let served = topology
        .nodes
        .iter()
        .enumerate()
        .filter(|&(i, n)| n.role == role && up[i] && !failing[i])
        .count();
    (served, topology.count(role))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_off_is_called_a_single_point_of_failure() {
        let t = Topology::client_server(1, 4);
        let up = [false, true, true, true, true];
        let w = Words::Network;
        assert!(insight(&t, &up, w).contains("single point of failure"));
        assert_eq!(
            announce(&t, &up, 0, w),
            "Server 1 switched off. Its 4 clients can no longer be served."
        );
        let failing = [false, true, true, false, true];
        assert_eq!(
            summary(&t, &up, &failing, w),
            "1 server, 4 clients; off: server 1; 1 of 4 clients served"
        );
    }

    #[test]
    fn the_library_analogy_tells_the_same_story_in_its_own_words() {
        let t = Topology::client_server(1, 4);
        let up = [false, true, true, true, true];
        let w = Words::Library;
        assert_eq!(
            insight(&t, &up, w),
            "The librarian is away, so no visitor can be served: the librarian is a single \
             point of failure."
        );
        assert_eq!(
            announce(&t, &up, 0, w),
            "Librarian 1 went away. Its 4 visitors can no longer be served."
        );
        let p = Topology::peer_to_peer(3);
        assert!(insight(&p, &[true, false, true], w).starts_with("1 friend is away"));
    }

    #[test]
    fn peers_explain_resilience_and_the_lone_peer() {
        let t = Topology::peer_to_peer(3);
        let w = Words::Network;
        let one_off = [true, false, true];
        assert!(insight(&t, &one_off, w).contains("1 peer is off"));
        assert!(announce(&t, &one_off, 1, w).contains("other 2 peers keep serving"));
        let lone = [true, false, false];
        assert!(insight(&t, &lone, w).contains("no partner"));
    }

    #[test]
    fn several_servers_are_spoken_of_in_the_plural() {
        let t = Topology::client_server(3, 6);
        let w = Words::Network;
        let all_on = [true; 9];
        assert_eq!(
            insight(&t, &all_on, w),
            "Each request goes to its client's own server, so each server's load grows with \
             its own clients."
        );
        let mut two_off = all_on;
        two_off[0] = false;
        two_off[1] = false;
        assert_eq!(
            insight(&t, &two_off, w),
            "2 servers are off: only their own clients are cut off; the other server keeps \
             serving its own."
        );
        let mut one_off = all_on;
        one_off[2] = false;
        assert_eq!(
            insight(&t, &one_off, w),
            "1 server is off: only its own clients are cut off; the other 2 servers keep \
             serving theirs."
        );
        // A server built without clients (only possible outside a clamped scenario).
        let bare = Topology::client_server(4, 3);
        let mut up = [true; 7];
        up[3] = false;
        assert_eq!(
            announce(&bare, &up, 3, w),
            "Server 4 switched off. It had no clients of its own."
        );
    }

    #[test]
    fn a_network_with_nobody_left_to_serve_is_a_warning() {
        let p = Topology::peer_to_peer(3);
        assert!(warns(&p, &[false, false, false]));
        assert!(warns(&p, &[true, false, false]));
        assert!(!warns(&p, &[true, false, true]));
        let cs = Topology::client_server(2, 4);
        assert!(warns(&cs, &[true, false, true, true, true, true]));
        assert!(!warns(&cs, &[true, true, false, false, false, false]));
    }
}
