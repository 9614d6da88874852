//! What a situation means, as messages: the announcement when a node is switched, the
//! lesson a diagram shows now, and a short summary for screen readers. The catalogues
//! word them, in either vocabulary.

use crate::model::base::kind::ModelKind;
use crate::model::base::message::{Availability, Msg, healthy};
use crate::model::base::role::Role;
use crate::model::sim::topology::{NodeIndex, Topology};

fn count_up(topology: &Topology, up: &[bool], role: Role) -> usize {
    topology
        .nodes
        .iter()
        .zip(up)
        .filter(|(n, u)| n.role == role && **u)
        .count()
}

/// What switching `node` on or off means, said once for the live region.
pub fn announce(topology: &Topology, up: &[bool], node: NodeIndex) -> Msg {
    let n = &topology.nodes[node];
    let node_ref = n.reference();
    match (n.role, up[node]) {
        (Role::Server, false) => match topology.clients_of(node).count() {
            0 => Msg::ServerOffAlone { node: node_ref },
            clients => Msg::ServerOff {
                node: node_ref,
                clients,
            },
        },
        (Role::Server, true) => Msg::ServerOn { node: node_ref },
        (Role::Client, false) => Msg::ClientOff { node: node_ref },
        (Role::Client, true) => Msg::ClientOn { node: node_ref },
        (Role::Peer, false) => match count_up(topology, up, Role::Peer) {
            0 | 1 => Msg::PeerOffLast { node: node_ref },
            others => Msg::PeerOff {
                node: node_ref,
                others,
            },
        },
        (Role::Peer, true) => Msg::PeerOn { node: node_ref },
    }
}

/// The lesson the diagram shows in its present state, with `availability` the share of
/// requests answered over the recent window: a network with peers off is said to get by
/// only while the requests measured say so.
pub fn insight(topology: &Topology, up: &[bool], availability: Availability) -> Msg {
    match topology.kind {
        ModelKind::ClientServer => {
            let servers = topology.count(Role::Server);
            match (count_up(topology, up, Role::Server), servers) {
                (0, 1) => Msg::OnlyServerOff,
                (0, _) => Msg::AllServersOff,
                (on, s) if on < s => Msg::SomeServersOff { off: s - on, on },
                (_, 1) => Msg::OneServerLoad,
                _ => Msg::ServersLoad,
            }
        }
        ModelKind::PeerToPeer => {
            let peers = topology.count(Role::Peer);
            match count_up(topology, up, Role::Peer) {
                0 => Msg::AllPeersOff,
                1 => Msg::LonePeer,
                on if on < peers => match (healthy(availability), availability) {
                    (false, Some(availability)) => Msg::PeersStrained {
                        off: peers - on,
                        on,
                        availability,
                    },
                    // Nothing measured yet, or enough answered.
                    (true, _) | (false, None) => Msg::SomePeersOff {
                        off: peers - on,
                        on,
                    },
                },
                _ => Msg::PeersShare,
            }
        }
    }
}

/// The lesson about trust, when a node is dishonest or a publisher was: `bad_release`
/// says the latest version was published damaged, fingerprints and all.
pub fn trust_insight(
    topology: &Topology,
    up: &[bool],
    honest: &[bool],
    verify: bool,
    bad_release: bool,
) -> Option<Msg> {
    let lying = |i: NodeIndex| up[i] && !honest[i];
    match topology.kind {
        ModelKind::ClientServer => {
            let clients = (0..topology.nodes.len())
                .filter(|&i| lying(i) && topology.nodes[i].role == Role::Server)
                .map(|i| topology.clients_of(i).count())
                .sum::<usize>();
            (clients > 0).then_some(Msg::InsightDishonestServer { clients })
        }
        ModelKind::PeerToPeer => {
            let any_lying = (0..topology.nodes.len()).any(lying);
            match (bad_release, any_lying, verify) {
                (true, _, _) => Some(Msg::InsightBadPublisher),
                (false, false, _) => None,
                (false, true, false) => Some(Msg::InsightUnchecked),
                (false, true, true) => Some(Msg::InsightChecked),
            }
        }
    }
}

/// The lesson a network's card shows: something off comes first, then who can be
/// trusted (see [`trust_insight`] for `bad_release`), then the load; `availability` as
/// for [`insight`].
pub fn card_insight(
    topology: &Topology,
    up: &[bool],
    honest: &[bool],
    verify: bool,
    bad_release: bool,
    availability: Availability,
) -> Msg {
    match warns(topology, up) {
        true => None,
        false => trust_insight(topology, up, honest, verify, bad_release),
    }
    .unwrap_or_else(|| insight(topology, up, availability))
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

/// The periods a network was down, from its samples in time order, each given as (its
/// moment in seconds, whether `warns` held then): (from, to) in seconds, from the first
/// sample down to the first one up again after it, or to the last sample while it is still
/// down (an outage seen at the last sample only is (t, t)). The timeline, its files and
/// the classroom's plot all draw these.
pub fn down_periods(samples: impl IntoIterator<Item = (f64, bool)>) -> Vec<(f64, f64)> {
    let mut periods = Vec::new();
    let mut open: Option<f64> = None;
    let mut last = 0.0;
    for (at, down) in samples {
        match (open, down) {
            (None, true) => open = Some(at),
            (Some(from), false) => {
                periods.push((from, at));
                open = None;
            }
            (None, false) | (Some(_), true) => {}
        }
        last = at;
    }
    periods.extend(open.map(|from| (from, last)));
    periods
}

/// What a requester's last finished request came to, which says whether it is served.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LastOutcome {
    /// None of its requests has had an outcome since its network started: it is not
    /// counted as served before an answer arrived.
    #[default]
    Nothing,
    /// Its last finished request was answered.
    Answered,
    /// Its last finished request failed.
    Failed,
}

/// A one-line description for screen readers, e.g. "1 server, 4 clients; off: server 1;
/// 0 of 4 clients served". A requester counts as served while it is on and its last
/// finished request was answered.
pub fn summary(topology: &Topology, up: &[bool], last: &[LastOutcome]) -> Msg {
    let off = topology
        .nodes
        .iter()
        .zip(up)
        .filter(|(_, u)| !**u)
        .map(|(n, _)| n.reference())
        .collect();
    let (served, requesters) = served(topology, up, last);
    Msg::Summary {
        servers: topology.count(Role::Server),
        clients: topology.count(Role::Client),
        peers: topology.count(Role::Peer),
        off,
        served,
        requesters,
        requester: requester(topology.kind),
    }
}

/// The role that sends requests in this kind of network.
fn requester(kind: ModelKind) -> Role {
    match kind {
        ModelKind::ClientServer => Role::Client,
        ModelKind::PeerToPeer => Role::Peer,
    }
}

/// How many requesters are served (on, and their last finished request was answered), of
/// how many.
pub fn served(topology: &Topology, up: &[bool], last: &[LastOutcome]) -> (usize, usize) {
    let role = requester(topology.kind);
    let served = topology
        .nodes
        .iter()
        .enumerate()
        .filter(|&(i, n)| n.role == role && up[i] && last[i] == LastOutcome::Answered)
        .count();
    (served, topology.count(role))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NodeRef;

    const S1: NodeRef = NodeRef {
        role: Role::Server,
        number: 1,
    };

    #[test]
    fn down_periods_run_from_the_first_sample_down_to_the_first_up_again() {
        let samples = [
            (0.0, false),
            (0.5, true),
            (1.0, true),
            (1.5, false),
            (2.0, false),
            (2.5, true),
        ];
        assert_eq!(down_periods(samples), [(0.5, 1.5), (2.5, 2.5)]);
        assert_eq!(down_periods([(3.0, true), (3.5, true)]), [(3.0, 3.5)]);
        assert_eq!(down_periods([(3.0, false)]), []);
    }

    #[test]
    fn server_off_is_a_single_point_of_failure_for_its_clients() {
        let t = Topology::client_server(1, 4);
        let up = [false, true, true, true, true];
        assert_eq!(insight(&t, &up, None), Msg::OnlyServerOff);
        assert_eq!(
            announce(&t, &up, 0),
            Msg::ServerOff {
                node: S1,
                clients: 4
            }
        );
        // Client 2 has had no answer yet: not served, though none of its requests failed.
        let (no, yes, failed) = (
            LastOutcome::Nothing,
            LastOutcome::Answered,
            LastOutcome::Failed,
        );
        let last = [no, failed, no, yes, failed];
        assert_eq!(
            summary(&t, &up, &last),
            Msg::Summary {
                servers: 1,
                clients: 4,
                peers: 0,
                off: vec![S1],
                served: 1,
                requesters: 4,
                requester: Role::Client,
            }
        );
    }

    #[test]
    fn peers_explain_resilience_and_the_lone_peer() {
        let t = Topology::peer_to_peer(3);
        let one_off = [true, false, true];
        assert_eq!(
            insight(&t, &one_off, None),
            Msg::SomePeersOff { off: 1, on: 2 }
        );
        let p2 = NodeRef {
            role: Role::Peer,
            number: 2,
        };
        assert_eq!(
            announce(&t, &one_off, 1),
            Msg::PeerOff {
                node: p2,
                others: 2
            }
        );
        assert_eq!(insight(&t, &[true, false, false], None), Msg::LonePeer);
        assert_eq!(
            announce(&t, &[true, false, false], 1),
            Msg::PeerOffLast { node: p2 }
        );
    }

    #[test]
    fn several_servers_are_counted_on_and_off() {
        let t = Topology::client_server(3, 6);
        let all_on = [true; 9];
        assert_eq!(insight(&t, &all_on, None), Msg::ServersLoad);
        let mut two_off = all_on;
        two_off[0] = false;
        two_off[1] = false;
        assert_eq!(
            insight(&t, &two_off, None),
            Msg::SomeServersOff { off: 2, on: 1 }
        );
        // A server built without clients (only possible outside a clamped scenario).
        let bare = Topology::client_server(4, 3);
        let mut up = [true; 7];
        up[3] = false;
        assert_eq!(
            announce(&bare, &up, 3),
            Msg::ServerOffAlone {
                node: NodeRef {
                    role: Role::Server,
                    number: 4
                }
            }
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
