//! Sentences that say what a situation means: the announcement when a node is switched,
//! the lesson a diagram shows now, and a short text summary for screen readers.

use super::topology::{ModelKind, NodeIndex, Role, Topology};

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn count_up(topology: &Topology, up: &[bool], role: Role) -> usize {
    topology
        .nodes
        .iter()
        .zip(up)
        .filter(|(n, u)| n.role == role && **u)
        .count()
}

/// What switching `node` on or off means, said once for the live region.
pub fn announce(topology: &Topology, up: &[bool], node: NodeIndex) -> String {
    let n = &topology.nodes[node];
    let state = if up[node] { "on" } else { "off" };
    let effect = match (n.role, up[node]) {
        (Role::Server, false) => {
            let clients = topology.clients_of(node).count();
            format!(
                "Its {} can no longer be served.",
                plural(clients, "client", "clients")
            )
        }
        (Role::Server, true) => "Its clients will be answered again.".to_string(),
        (Role::Client, false) => "It stops sending requests.".to_string(),
        (Role::Client, true) => "It starts sending requests again.".to_string(),
        (Role::Peer, false) => {
            let others = count_up(topology, up, Role::Peer);
            match others {
                0 | 1 => "No peer is left with a partner to ask.".to_string(),
                n => format!("The other {n} peers keep serving each other."),
            }
        }
        (Role::Peer, true) => "It asks and answers again.".to_string(),
    };
    format!("{} switched {state}. {effect}", n.label())
}

/// The lesson the diagram shows in its present state.
pub fn insight(topology: &Topology, up: &[bool]) -> String {
    match topology.kind {
        ModelKind::ClientServer => {
            let servers = topology.count(Role::Server);
            let servers_up = count_up(topology, up, Role::Server);
            match (servers_up, servers) {
                (0, 1) => "The server is off, so no client can be served: the server is a \
                           single point of failure."
                    .to_string(),
                (0, _) => "Every server is off, so no client can be served.".to_string(),
                (u, s) if u < s => "A server is off: only its own clients are cut off; the \
                                    other servers keep serving theirs."
                    .to_string(),
                _ => "Every request goes to the server, so its load grows with each client."
                    .to_string(),
            }
        }
        ModelKind::PeerToPeer => {
            let peers = topology.count(Role::Peer);
            let peers_up = count_up(topology, up, Role::Peer);
            match peers_up {
                0 => "Every peer is off.".to_string(),
                1 => {
                    "Only one peer is on: with no partner to ask, it cannot be served.".to_string()
                }
                n if n < peers => format!(
                    "{} off, yet the other {n} still answer each other: there is no \
                     central point to fail.",
                    plural(peers - n, "peer is", "peers are")
                ),
                _ => "Each peer both asks and answers, so the work is shared.".to_string(),
            }
        }
    }
}

/// A one-line description for screen readers, e.g. "1 server, 4 clients; off: server 1;
/// 0 of 4 clients served". A requester counts as served while it is on and its last
/// request did not fail.
pub fn summary(topology: &Topology, up: &[bool], failing: &[bool]) -> String {
    let mut parts = Vec::new();
    for role in [Role::Server, Role::Client, Role::Peer] {
        let n = topology.count(role);
        if n > 0 {
            parts.push(plural(n, role.slug(), &format!("{}s", role.slug())));
        }
    }
    let off: Vec<String> = topology
        .nodes
        .iter()
        .zip(up)
        .filter(|(_, u)| !**u)
        .map(|(n, _)| n.spoken())
        .collect();
    let state = match off.len() {
        0 => "all on".to_string(),
        _ => format!("off: {}", off.join(", ")),
    };
    let requester = match topology.kind {
        ModelKind::ClientServer => Role::Client,
        ModelKind::PeerToPeer => Role::Peer,
    };
    let total = topology.count(requester);
    let served = topology
        .nodes
        .iter()
        .enumerate()
        .filter(|&(i, n)| n.role == requester && up[i] && !failing[i])
        .count();
    format!(
        "{}; {state}; {served} of {} served",
        parts.join(", "),
        plural(total, requester.slug(), &format!("{}s", requester.slug()))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_off_is_called_a_single_point_of_failure() {
        let t = Topology::client_server(1, 4);
        let up = [false, true, true, true, true];
        assert!(insight(&t, &up).contains("single point of failure"));
        assert_eq!(
            announce(&t, &up, 0),
            "Server 1 switched off. Its 4 clients can no longer be served."
        );
        let failing = [false, true, true, false, true];
        assert_eq!(
            summary(&t, &up, &failing),
            "1 server, 4 clients; off: server 1; 1 of 4 clients served"
        );
    }

    #[test]
    fn peers_explain_resilience_and_the_lone_peer() {
        let t = Topology::peer_to_peer(3);
        let one_off = [true, false, true];
        assert!(insight(&t, &one_off).contains("1 peer is off"));
        assert!(announce(&t, &one_off, 1).contains("other 2 peers keep serving"));
        let lone = [true, false, false];
        assert!(insight(&t, &lone).contains("no partner"));
    }
}
