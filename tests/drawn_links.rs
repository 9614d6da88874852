//! The links as drawn, compared with a copy of the links the page drew before they were
//! built from the nodes' views: every scene below was drawn once by the engine's own link
//! list (written here as it came out, so a change of order, place or state shows), and the
//! largest scenes are checked against the rule the picture teaches (every client to its
//! own server, every pair of peers directly).

use netmodels::model::{
    Command, DiagramSnapshot, Lab, LabSnapshot, LinkView, ModelKind, Scenario, Simulation,
    Topology, link_views,
};

/// The links of one network as the page draws them.
fn links_of(d: &DiagramSnapshot) -> Vec<LinkView> {
    link_views(&d.nodes)
}

/// Each link as "x1 y1 x2 y2 up|cut", the coordinates exactly as computed.
fn drawn(d: &DiagramSnapshot) -> Vec<String> {
    links_of(d)
        .iter()
        .map(|l| {
            let state = if l.up { "up" } else { "cut" };
            format!(
                "{:?} {:?} {:?} {:?} {state}",
                l.from.x, l.from.y, l.to.x, l.to.y
            )
        })
        .collect()
}

fn toggle(model: ModelKind, node: &str) -> Command {
    Command::Toggle {
        model,
        node: node.into(),
    }
}

/// The page's snapshot after `commands` and half a second.
fn lab(scenario: Scenario, commands: Vec<Command>) -> LabSnapshot {
    let mut lab = Lab::new(scenario);
    for command in commands {
        lab.apply(command);
    }
    lab.elapse(0.5);
    lab.snapshot()
}

#[test]
fn two_servers_with_a_client_and_a_server_off_and_a_peer_off() {
    let snap = lab(
        Scenario {
            servers: 2,
            clients: 5,
            peers: 4,
            down: vec!["c2".into(), "p3".into()],
            ..Scenario::default()
        },
        vec![toggle(ModelKind::ClientServer, "s2")],
    );
    assert_eq!(
        drawn(&snap.client_server),
        [
            "64.0 205.0 115.0 55.0 up",
            "132.0 205.0 115.0 55.0 cut",
            "200.0 205.0 115.0 55.0 up",
            "268.0 205.0 285.0 55.0 cut",
            "336.0 205.0 285.0 55.0 cut",
        ]
    );
    assert_eq!(
        drawn(&snap.peer_to_peer),
        [
            "200.0 40.0 310.0 150.0 up",
            "200.0 40.0 200.0 260.0 cut",
            "200.0 40.0 90.0 150.0 up",
            "310.0 150.0 200.0 260.0 cut",
            "310.0 150.0 90.0 150.0 up",
            "200.0 260.0 90.0 150.0 cut",
        ]
    );
}

#[test]
fn resized_to_three_servers_eight_clients_and_five_peers_with_one_of_each_off() {
    let snap = lab(
        Scenario::default(),
        vec![
            Command::SetServers(3),
            Command::SetClients(8),
            Command::SetPeers(5),
            toggle(ModelKind::ClientServer, "c1"),
            toggle(ModelKind::PeerToPeer, "p1"),
        ],
    );
    assert_eq!(
        drawn(&snap.client_server),
        [
            "51.25 205.0 86.66666666666666 55.0 cut",
            "93.75 255.0 86.66666666666666 55.0 up",
            "136.25 205.0 86.66666666666666 55.0 up",
            "178.75 255.0 200.0 55.0 up",
            "221.25 205.0 200.0 55.0 up",
            "263.75 255.0 200.0 55.0 up",
            "306.25 205.0 313.3333333333333 55.0 up",
            "348.75 255.0 313.3333333333333 55.0 up",
        ]
    );
    assert_eq!(
        drawn(&snap.peer_to_peer),
        [
            "200.0 40.0 304.6162167924669 116.00813061875579 cut",
            "200.0 40.0 264.65637775217203 238.99186938124421 cut",
            "200.0 40.0 135.34362224782797 238.99186938124421 cut",
            "200.0 40.0 95.38378320753311 116.00813061875579 cut",
            "304.6162167924669 116.00813061875579 264.65637775217203 238.99186938124421 up",
            "304.6162167924669 116.00813061875579 135.34362224782797 238.99186938124421 up",
            "304.6162167924669 116.00813061875579 95.38378320753311 116.00813061875579 up",
            "264.65637775217203 238.99186938124421 135.34362224782797 238.99186938124421 up",
            "264.65637775217203 238.99186938124421 95.38378320753311 116.00813061875579 up",
            "135.34362224782797 238.99186938124421 95.38378320753311 116.00813061875579 up",
        ]
    );
}

#[test]
fn the_smallest_networks() {
    let mut pair = Simulation::new(Topology::peer_to_peer(2), 3);
    pair.set_up(1, false);
    assert_eq!(drawn(&pair.snapshot()), ["200.0 40.0 200.0 260.0 cut"]);
    // A classroom before anyone joins: one server, no clients, nothing to link.
    let empty = Simulation::new(Topology::client_server(1, 0), 3);
    assert_eq!(drawn(&empty.snapshot()), Vec::<String>::new());
}

#[test]
fn a_hundred_peers_are_every_pair_once_cut_where_an_end_is_off() {
    let mut sim = Simulation::new(Topology::peer_to_peer(100), 5);
    let off = [0, 49];
    for node in off {
        sim.set_up(node, false);
    }
    let d = sim.snapshot();
    let at: Vec<_> = d
        .nodes
        .iter()
        .map(|n| (n.position.x, n.position.y))
        .collect();
    let index = |x: f64, y: f64| {
        at.iter()
            .position(|&p| p == (x, y))
            .expect("a node's place")
    };
    let mut seen = vec![vec![false; 100]; 100];
    let links = links_of(&d);
    assert_eq!(links.len(), 100 * 99 / 2);
    for l in &links {
        let (a, b) = (index(l.from.x, l.from.y), index(l.to.x, l.to.y));
        assert_ne!(a, b);
        assert!(!seen[a][b] && !seen[b][a], "p{}-p{} twice", a + 1, b + 1);
        seen[a][b] = true;
        assert_eq!(l.up, !off.contains(&a) && !off.contains(&b));
    }
    // 99 links end at each of p1 and p50, one of them the same.
    assert_eq!(links.iter().filter(|l| !l.up).count(), 99 + 99 - 1);
}

#[test]
fn a_hundred_clients_each_to_its_own_server_in_groups_of_twenty_five() {
    let mut sim = Simulation::new(Topology::client_server(4, 100), 5);
    sim.set_up(1, false);
    let d = sim.snapshot();
    let links = links_of(&d);
    assert_eq!(links.len(), 100);
    for (c, l) in links.iter().enumerate() {
        let (client, server) = (&d.nodes[4 + c], &d.nodes[c / 25]);
        assert_eq!(
            (l.from, l.to),
            (client.position, server.position),
            "c{}",
            c + 1
        );
        // s2 is off: its group, c26 to c50, is cut off.
        assert_eq!(l.up, !(25..50).contains(&c), "c{}", c + 1);
    }
}
