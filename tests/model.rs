//! Behaviour of the simulation as a learner sees it, checked natively without a browser.

use netmodels::model::{
    Command, Event, FailReason, Lab, ModelKind, Msg, Role, Scenario, Simulation, TIMEOUT_SECONDS,
    Topology, Words,
};
use netmodels::text::en;

/// Runs `sim` until simulated time `until`, in frame-sized steps, collecting every event.
fn run_until(sim: &mut Simulation, until: f64, events: &mut Vec<Event>) {
    while sim.now() < until - 1e-9 {
        sim.step((until - sim.now()).min(1.0 / 60.0));
        events.extend(sim.take_events());
    }
}

fn sent_at(events: &[Event], request: u64) -> f64 {
    events
        .iter()
        .find_map(|e| match *e {
            Event::RequestSent {
                request: r,
                at,
                attempt: 1,
                ..
            } if r == request => Some(at),
            _ => None,
        })
        .expect("request was sent")
}

#[test]
fn a_client_request_travels_to_the_server_and_its_response_comes_back() {
    let mut sim = Simulation::new(Topology::client_server(1, 1), 7);
    let mut events = Vec::new();
    run_until(&mut sim, 6.0, &mut events);
    let (request, answered_at) = events
        .iter()
        .find_map(|e| match *e {
            Event::Answered {
                request,
                at,
                requester,
                by,
            } => {
                assert_eq!((requester, by), (1, 0), "client 1 answered by server 1");
                Some((request, at))
            }
            _ => None,
        })
        .expect("an answer within 6 s");
    let served_at = events
        .iter()
        .find_map(|e| match *e {
            Event::RequestServed { request: r, at, by } if r == request => {
                assert_eq!(by, 0);
                Some(at)
            }
            _ => None,
        })
        .expect("served before answered");
    let sent = sent_at(&events, request);
    assert!(sent < served_at && served_at < answered_at);
    // One hop there, one hop back, each well inside the timeout.
    assert!((answered_at - sent) < TIMEOUT_SECONDS);
    assert_eq!(sim.metrics().failed, 0);
    assert_eq!(sim.metrics().availability(), Some(1.0));
}

#[test]
fn with_the_server_off_every_client_request_fails_after_the_timeout() {
    let mut sim = Simulation::new(Topology::client_server(1, 4), 3);
    let mut events = Vec::new();
    run_until(&mut sim, 10.0, &mut events);
    let answered_before = sim.metrics().answered;
    assert!(answered_before > 0);
    sim.set_up(0, false);
    run_until(&mut sim, 40.0, &mut events);

    let mut failures = 0;
    for e in &events {
        match *e {
            Event::Answered { request, .. } => {
                // Only requests already answered by the server before it went off.
                assert!(sent_at(&events, request) < 10.0);
            }
            Event::Failed {
                request,
                at,
                reason,
                ..
            } => {
                assert_eq!(reason, FailReason::TargetOff);
                let sent = sent_at(&events, request);
                assert!(
                    (at - sent - TIMEOUT_SECONDS).abs() < 0.02,
                    "fails at the timeout"
                );
                failures += 1;
            }
            _ => {}
        }
    }
    // Exactly the requests not answered before the server went off and whose timeout
    // came by 40 s failed, each once, and every one of the four clients lost some.
    let mut expected: Vec<u64> = events
        .iter()
        .filter_map(|e| match *e {
            Event::RequestSent {
                request,
                at,
                attempt: 1,
                ..
            } if at + TIMEOUT_SECONDS <= 40.0 + 1e-9 => Some(request),
            _ => None,
        })
        .filter(|&r| {
            !events
                .iter()
                .any(|e| matches!(*e, Event::Answered { request, .. } if request == r))
        })
        .collect();
    let mut failed: Vec<u64> = events
        .iter()
        .filter_map(|e| match *e {
            Event::Failed { request, .. } => Some(request),
            _ => None,
        })
        .collect();
    expected.sort_unstable();
    failed.sort_unstable();
    assert_eq!(failed, expected);
    assert_eq!(failures, failed.len());
    let mut failing_clients: Vec<usize> = events
        .iter()
        .filter_map(|e| match *e {
            Event::Failed { requester, .. } => Some(requester),
            _ => None,
        })
        .collect();
    failing_clients.sort_unstable();
    failing_clients.dedup();
    assert_eq!(failing_clients, [1, 2, 3, 4], "every client is cut off");
    assert!(failures >= 4 * 12, "every client kept trying: {failures}");
    assert_eq!(sim.metrics().availability(), Some(0.0));
    assert!(
        sim.metrics().load(0) == 0.0,
        "a server that is off serves nothing"
    );
}

#[test]
fn any_single_peer_off_leaves_the_others_answered() {
    for peers in 3..=12 {
        for off in 0..peers {
            let mut sim = Simulation::new(Topology::peer_to_peer(peers), 11 + off as u64);
            let mut events = Vec::new();
            run_until(&mut sim, 5.0, &mut events);
            sim.set_up(off, false);
            run_until(&mut sim, 60.0, &mut events);
            let failed: Vec<_> = events
                .iter()
                .filter(|e| matches!(e, Event::Failed { .. }))
                .collect();
            assert!(
                failed.is_empty(),
                "{peers} peers, p{} off: {failed:?}",
                off + 1
            );
            let availability = sim.metrics().availability().unwrap();
            assert!(availability >= 0.95, "{availability}");
            let retries = events
                .iter()
                .filter(|e| matches!(e, Event::Retried { silent, .. } if *silent == off))
                .count();
            assert!(retries > 0, "someone asked the off peer and moved on");
        }
    }
}

#[test]
fn a_lone_peer_cannot_be_served() {
    let mut sim = Simulation::new(Topology::peer_to_peer(2), 5);
    let mut events = Vec::new();
    sim.set_up(1, false);
    run_until(&mut sim, 30.0, &mut events);
    assert_eq!(sim.metrics().answered, 0);
    assert!(sim.metrics().failed > 5);
    assert!(events.iter().any(|e| matches!(
        e,
        Event::Failed {
            reason: FailReason::NoPeerAnswered,
            ..
        }
    )));
    assert_eq!(sim.metrics().availability(), Some(0.0));
}

#[test]
fn peer_to_peer_degrades_gradually_as_more_peers_go_off() {
    let availability = |off: usize| {
        let mut sim = Simulation::new(Topology::peer_to_peer(12), 99);
        for node in 0..off {
            sim.set_up(node, false);
        }
        let mut events = Vec::new();
        run_until(&mut sim, 300.0, &mut events);
        let m = sim.metrics();
        m.answered as f64 / (m.answered + m.failed) as f64
    };
    let measured: Vec<f64> = [0, 3, 6, 9, 11].into_iter().map(availability).collect();
    assert_eq!(measured[0], 1.0);
    assert!(measured[1] > 0.95, "{measured:?}");
    assert!(measured[2] > 0.75 && measured[2] < 0.99, "{measured:?}");
    assert!(
        measured[3] > 0.25 && measured[3] < measured[2],
        "{measured:?}"
    );
    assert_eq!(measured[4], 0.0, "one peer left alone");
}

#[test]
fn service_resumes_within_seconds_when_the_server_is_back_on() {
    let mut sim = Simulation::new(Topology::client_server(1, 3), 21);
    let mut events = Vec::new();
    run_until(&mut sim, 5.0, &mut events);
    sim.set_up(0, false);
    run_until(&mut sim, 20.0, &mut events);
    assert_eq!(sim.metrics().availability(), Some(0.0));
    sim.set_up(0, true);
    events.clear();
    run_until(&mut sim, 25.0, &mut events);
    let first_answer = events
        .iter()
        .find_map(|e| match e {
            Event::Answered { at, .. } => Some(*at),
            _ => None,
        })
        .expect("answered again");
    assert!(first_answer - 20.0 < 4.0, "first answer {first_answer}");
    assert!(events.iter().any(|e| matches!(e, Event::Recovered { .. })));
    run_until(&mut sim, 40.0, &mut events);
    assert_eq!(sim.metrics().availability(), Some(1.0));
}

#[test]
fn several_servers_each_serve_only_their_own_clients() {
    let topology = Topology::client_server(2, 6);
    let mut sim = Simulation::new(topology.clone(), 8);
    sim.set_up(0, false);
    let mut events = Vec::new();
    run_until(&mut sim, 30.0, &mut events);
    for e in &events {
        match *e {
            Event::Failed { requester, .. } => assert_eq!(topology.nodes[requester].home, Some(0)),
            Event::Answered { requester, by, .. } => {
                assert_eq!((topology.nodes[requester].home, by), (Some(1), 1))
            }
            _ => {}
        }
    }
    let a = sim.metrics().availability().unwrap();
    assert!(a > 0.3 && a < 0.7, "half the clients served: {a}");
}

#[test]
fn the_server_carries_the_load_that_peers_share() {
    let mut cs = Simulation::new(Topology::client_server(1, 12), 2);
    let mut p2p = Simulation::new(Topology::peer_to_peer(12), 2);
    let mut events = Vec::new();
    run_until(&mut cs, 60.0, &mut events);
    run_until(&mut p2p, 60.0, &mut events);
    let server = cs.metrics().load(0);
    // Twelve clients, one request every 2 s each, ask about 6 per second; the server
    // answers at most its capacity, 4 per second (plus what it saved up at the start).
    assert!((server - 4.0).abs() < 0.5, "server load {server}");
    let peer_loads: Vec<f64> = (0..12).map(|p| p2p.metrics().load(p)).collect();
    let mean = peer_loads.iter().sum::<f64>() / 12.0;
    // Each peer asks once every 2 s, so each answers about 0.5 requests per second.
    assert!((mean - 0.5).abs() < 0.15, "mean peer load {mean}");
    assert!(
        peer_loads.iter().all(|&l| l < server / 3.0),
        "no peer carries anything like the server's load: {peer_loads:?}"
    );
}

fn scripted_run(seed: u64) -> Vec<Event> {
    let mut sim = Simulation::new(Topology::peer_to_peer(6), seed);
    let mut events = Vec::new();
    run_until(&mut sim, 5.0, &mut events);
    sim.set_up(2, false);
    run_until(&mut sim, 12.0, &mut events);
    sim.set_up(4, false);
    run_until(&mut sim, 20.0, &mut events);
    sim.set_up(2, true);
    run_until(&mut sim, 30.0, &mut events);
    events
}

#[test]
fn same_seed_and_same_commands_give_the_same_events() {
    let a = scripted_run(42);
    let b = scripted_run(42);
    assert!(a.len() > 100);
    assert_eq!(a, b);
    assert_ne!(a, scripted_run(43), "the seed matters");
}

#[test]
fn the_same_time_in_different_step_sizes_gives_the_same_events() {
    use rand::{RngExt, SeedableRng};
    let start = Simulation::new(Topology::client_server(2, 5), 4);
    // Runs 30 s in steps from `sizes` (cycled), switching server 1 off at 10 s and back
    // on at 20 s, and returns every event.
    let run = |sizes: &[f64]| {
        let mut sim = start.clone();
        let mut events = Vec::new();
        for (switch_at, up) in [(10.0, false), (20.0, true), (30.0, true)] {
            let mut i = 0;
            while sim.render_time() < switch_at - 1e-6 {
                let left = switch_at - sim.render_time();
                sim.step(sizes[i % sizes.len()].min(left));
                i += 1;
                events.extend(sim.take_events());
            }
            sim.set_up(0, up);
        }
        events.extend(sim.take_events());
        events
    };
    let ticks = run(&[0.01]);
    assert!(ticks.len() > 100);
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(99);
    let random: Vec<f64> = (0..500).map(|_| rng.random_range(0.0001..0.3)).collect();
    for (name, sizes) in [
        ("half seconds", vec![0.5]),
        ("frames of 1/60 s", vec![1.0 / 60.0]),
        ("7 ms", vec![0.007]),
        ("random sizes", random),
    ] {
        assert_eq!(run(&sizes), ticks, "{name}");
    }
}

#[test]
fn no_request_vanishes_over_long_random_runs() {
    use rand::{RngExt, SeedableRng};
    for seed in 0..20u64 {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
        let topology = match seed % 2 {
            0 => Topology::client_server(1 + (seed as usize % 3), 1 + rng.random_range(0..12)),
            _ => Topology::peer_to_peer(rng.random_range(2..=12)),
        };
        let nodes = topology.nodes.len();
        let mut sim = Simulation::new(topology, seed);
        for _ in 0..2000 {
            if rng.random_bool(0.05) {
                let node = rng.random_range(0..nodes);
                let up = !sim.is_up(node);
                sim.set_up(node, up);
            }
            sim.step(rng.random_range(0.0..0.3));
            let m = sim.metrics();
            assert_eq!(
                m.sent,
                m.answered + m.failed + m.cancelled + sim.open_requests() as u64,
                "seed {seed}"
            );
            assert!(
                sim.packets_in_flight() <= nodes * 20,
                "packets stay bounded"
            );
        }
        assert!(sim.metrics().sent > 20, "seed {seed} exercised traffic");
    }
}

#[test]
fn a_switched_off_requester_cancels_its_own_open_requests() {
    let mut sim = Simulation::new(Topology::client_server(1, 1), 1);
    // Step until the client has a request open, then switch the client off.
    while sim.open_requests() == 0 {
        sim.step(0.01);
    }
    sim.set_up(1, false);
    assert_eq!(sim.open_requests(), 0);
    assert_eq!(sim.metrics().cancelled, 1);
    sim.step(5.0);
    assert_eq!(sim.metrics().sent, 1, "an off client sends nothing");
    assert_eq!(sim.metrics().failed, 0);
}

#[test]
fn odd_step_sizes_neither_panic_nor_run_away() {
    let mut sim = Simulation::new(Topology::peer_to_peer(4), 0);
    for dt in [0.0, -1.0, f64::NAN, f64::INFINITY, 1e300, 1e-12] {
        sim.step(dt);
    }
    // Only 1e300 counts, as the 5 s most one step may take; 1e-12 stays below a tick.
    assert_eq!(sim.now(), 5.0);
    assert!(sim.render_time() < 5.0 + 1e-9);
}

fn lab_time(lab: &Lab) -> f64 {
    lab.snapshot().time
}

#[test]
fn the_lab_pauses_steps_and_speeds_up_on_command() {
    let mut lab = Lab::new(Scenario::default());
    lab.elapse(0.1);
    assert!((lab_time(&lab) - 0.1).abs() < 1e-6);
    lab.apply(Command::SetPaused(true));
    lab.elapse(0.1);
    assert!((lab_time(&lab) - 0.1).abs() < 1e-6, "paused");
    lab.apply(Command::StepOnce);
    assert!(
        (lab_time(&lab) - 0.35).abs() < 1e-6,
        "one step while paused"
    );
    lab.apply(Command::TogglePaused);
    lab.apply(Command::SetSpeed(4.0));
    lab.elapse(0.1);
    assert!((lab_time(&lab) - 0.75).abs() < 1e-6, "4× speed");
    lab.elapse(3600.0);
    assert!(lab_time(&lab) < 2.0, "a long gap is clamped, not replayed");
    lab.apply(Command::SetSpeed(100.0));
    assert_eq!(lab.snapshot().speed, 4.0);
}

#[test]
fn toggling_by_id_switches_the_node_and_announces_the_effect() {
    let mut lab = Lab::new(Scenario::default());
    lab.apply(Command::Toggle {
        model: ModelKind::ClientServer,
        node: "s1".into(),
    });
    let snap = lab.snapshot();
    assert!(!snap.client_server.nodes[0].up);
    assert_eq!(snap.client_server.nodes[0].role, Role::Server);
    let announcement = snap.announcement.as_ref().expect("an announcement");
    assert!(en(announcement, Words::Network).contains("Server 1 switched off"));
    assert!(en(&snap.client_server.insight, Words::Network).contains("single point of failure"));
    // Unknown ids are ignored, not a panic.
    lab.apply(Command::Toggle {
        model: ModelKind::PeerToPeer,
        node: "<script>".into(),
    });
    assert!(lab.snapshot().peer_to_peer.nodes.iter().all(|n| n.up));
    lab.apply(Command::Reset);
    assert!(lab.snapshot().client_server.nodes[0].up);
}

#[test]
fn servers_can_be_added_in_the_page_each_with_its_own_clients() {
    let mut lab = Lab::new(Scenario::default());
    lab.apply(Command::SetClients(6));
    lab.apply(Command::SetServers(3));
    let snap = lab.snapshot().client_server;
    let servers: Vec<_> = snap
        .nodes
        .iter()
        .filter(|n| n.role == Role::Server)
        .collect();
    assert_eq!(servers.len(), 3);
    assert_eq!(
        lab.simulation(ModelKind::ClientServer)
            .topology()
            .clients_of(2)
            .count(),
        2
    );
    lab.apply(Command::SetServers(9));
    assert_eq!(lab.state().sizes.servers, 4, "clamped");
    assert_eq!(
        netmodels::model::to_query(&lab.present_link()),
        "servers=4&clients=6"
    );
}

#[test]
fn a_scenario_can_start_with_nodes_off_and_sizes_clamped() {
    let lab = Lab::new(Scenario {
        clients: 500,
        peers: 7,
        down: vec!["p2".into(), "p3".into(), "zz".into()],
        ..Scenario::default()
    });
    let snap = lab.snapshot();
    assert_eq!(snap.client_server.nodes.len(), 1 + 100);
    let off: Vec<_> = snap
        .peer_to_peer
        .nodes
        .iter()
        .filter(|n| !n.up)
        .map(|n| n.id.as_str())
        .collect();
    assert_eq!(off, ["p2", "p3"]);
}

#[test]
fn packets_are_drawn_on_their_link_and_drops_where_they_were_lost() {
    let mut lab = Lab::new(Scenario::default());
    lab.apply(Command::Toggle {
        model: ModelKind::ClientServer,
        node: "s1".into(),
    });
    let mut saw_drop = false;
    for _ in 0..600 {
        lab.elapse(1.0 / 60.0);
        let snap = lab.snapshot().client_server;
        let server = snap.nodes[0].position;
        for p in &snap.packets {
            assert!(p.position.y >= server.y - 1e-6 && p.position.y <= 260.0);
            if p.shape == netmodels::model::PacketShape::Dropped {
                assert_eq!(p.position, server);
                saw_drop = true;
            }
        }
    }
    assert!(saw_drop);
}

#[test]
fn load_right_after_a_start_is_measured_over_the_time_elapsed() {
    let mut sim = Simulation::new(Topology::peer_to_peer(6), 5);
    let mut events = Vec::new();
    run_until(&mut sim, 4.0, &mut events);
    for peer in 0..6 {
        let served = events
            .iter()
            .filter(|e| matches!(**e, Event::RequestServed { by, .. } if by == peer))
            .count();
        let expected = served as f64 / 4.0;
        assert!(
            (sim.metrics().load(peer) - expected).abs() < 1e-9,
            "peer {peer}: {} per second, served {served} in 4 s",
            sim.metrics().load(peer)
        );
    }
    // A network rebuilt half a minute in reads as busy as it is, not a tenth as busy.
    let mut lab = Lab::new(Scenario {
        peers: 12,
        ..Scenario::default()
    });
    for _ in 0..30 * 4 {
        lab.elapse(0.25);
    }
    lab.apply(Command::SetPeers(10));
    for _ in 0..4 * 4 {
        lab.elapse(0.25);
    }
    let peers = lab.snapshot().peer_to_peer.nodes;
    let mean = peers.iter().map(|n| n.load).sum::<f64>() / peers.len() as f64;
    assert!(
        (0.35..=0.65).contains(&mean),
        "each peer asks 0.5/s and so serves about 0.5/s: {mean}"
    );
}

#[test]
fn a_size_change_keeps_both_networks_on_the_session_clock() {
    let mut lab = Lab::new(Scenario::default());
    for _ in 0..40 {
        lab.elapse(0.1);
    }
    lab.apply(Command::SetClients(7));
    lab.elapse(0.05);
    lab.apply(Command::SetPeers(5));
    lab.elapse(0.05);
    let session = lab.session_time();
    assert!((session - 4.1).abs() < 1e-9, "{session}");
    for kind in [ModelKind::ClientServer, ModelKind::PeerToPeer] {
        assert_eq!(lab.simulation(kind).now(), session, "{kind:?}");
        assert_eq!(
            lab.simulation(kind).render_time(),
            lab.simulation(ModelKind::ClientServer).render_time()
        );
    }
    assert!((lab.snapshot().time - 4.1).abs() < 1e-6, "no Reset yet");
    lab.apply(Command::Reset);
    lab.elapse(0.2);
    // One time base: the page's clock runs on through a Reset, as the session's does, so
    // a moment read off the clock is the moment a script names.
    assert!(
        (lab.snapshot().time - 4.3).abs() < 1e-6,
        "the page's clock runs on: {}",
        lab.snapshot().time
    );
    assert!((lab.session_time() - 4.3).abs() < 1e-9, "the session's too");
    assert!(
        matches!(
            lab.snapshot().announcement,
            Some(Msg::Restarted { at }) if (at - 4.1).abs() < 1e-6
        ),
        "the Reset is announced at its moment on that clock"
    );
}

#[test]
fn with_every_peer_off_the_warning_stays_on() {
    let mut lab = Lab::new(Scenario::default());
    for p in ["p1", "p2", "p3"] {
        lab.apply(Command::Toggle {
            model: ModelKind::PeerToPeer,
            node: p.into(),
        });
    }
    for _ in 0..30 * 4 {
        lab.elapse(0.25);
    }
    let p2p = lab.snapshot().peer_to_peer;
    assert_eq!(p2p.metrics.availability, None, "nothing left to measure");
    assert!(p2p.alarm, "yet the network is entirely down");
}

#[test]
fn every_server_has_clients_of_its_own() {
    let mut lab = Lab::new(Scenario::default());
    lab.apply(Command::SetServers(4));
    assert_eq!(
        lab.state().sizes.clients,
        4,
        "clients grow with the servers"
    );
    let topology = lab.simulation(ModelKind::ClientServer).topology();
    for server in 0..4 {
        assert_eq!(topology.clients_of(server).count(), 1, "server {server}");
    }
    lab.apply(Command::Toggle {
        model: ModelKind::ClientServer,
        node: "s4".into(),
    });
    assert_eq!(
        lab.snapshot().announcement.map(|m| en(&m, Words::Network)),
        Some("Server 4 switched off. Its 1 client can no longer be served.".to_string())
    );
    // Fewer clients than servers: the latest choice wins, and servers go.
    lab.apply(Command::SetClients(2));
    assert_eq!(
        (lab.state().sizes.servers, lab.state().sizes.clients),
        (2, 2)
    );
    let clamped = Scenario {
        servers: 3,
        clients: 1,
        ..Scenario::default()
    }
    .clamped();
    assert_eq!((clamped.servers, clamped.clients), (3, 3));
}

/// Whether the node `id` of `model` is drawn on.
fn is_on(lab: &Lab, model: ModelKind, id: &str) -> bool {
    let snapshot = lab.snapshot();
    let diagram = match model {
        ModelKind::ClientServer => snapshot.client_server,
        ModelKind::PeerToPeer => snapshot.peer_to_peer,
    };
    let node = diagram.nodes.iter().find(|n| n.id == id);
    node.unwrap_or_else(|| panic!("{id} is drawn")).up
}

fn toggle(lab: &mut Lab, model: ModelKind, id: &str) {
    lab.apply(Command::Toggle {
        model,
        node: id.into(),
    });
}

#[test]
fn a_size_change_keeps_what_was_clicked() {
    use ModelKind::{ClientServer, PeerToPeer};
    let mut lab = Lab::new(Scenario::default());
    toggle(&mut lab, ClientServer, "s1");
    lab.apply(Command::SetClients(4));
    assert!(
        !is_on(&lab, ClientServer, "s1"),
        "still off with a client more"
    );
    assert!(is_on(&lab, ClientServer, "c4"), "the new client comes on");
    lab.apply(Command::SetServers(2));
    assert!(
        !is_on(&lab, ClientServer, "s1"),
        "still off with a server more"
    );
    assert!(is_on(&lab, ClientServer, "s2"));
    toggle(&mut lab, PeerToPeer, "p2");
    lab.apply(Command::SetPeers(5));
    assert!(
        !is_on(&lab, PeerToPeer, "p2"),
        "still off with two peers more"
    );
    for on in ["p1", "p3", "p4", "p5"] {
        assert!(is_on(&lab, PeerToPeer, on), "{on}");
    }
    assert!(
        !is_on(&lab, ClientServer, "s1"),
        "a peer-to-peer size change leaves client-server alone"
    );
}

#[test]
fn a_size_change_keeps_a_node_switched_on_that_the_link_started_off() {
    use ModelKind::{ClientServer, PeerToPeer};
    let mut lab = Lab::new(Scenario {
        down: vec!["s1".into(), "p1".into()],
        ..Scenario::default()
    });
    toggle(&mut lab, ClientServer, "s1");
    toggle(&mut lab, PeerToPeer, "p1");
    lab.apply(Command::SetClients(5));
    lab.apply(Command::SetPeers(4));
    assert!(is_on(&lab, ClientServer, "s1"), "switched on, it stays on");
    assert!(is_on(&lab, PeerToPeer, "p1"));
    // Reset starts the link's situation over: its nodes off again.
    lab.apply(Command::Reset);
    assert!(!is_on(&lab, ClientServer, "s1"));
    assert!(!is_on(&lab, PeerToPeer, "p1"));
}

#[test]
fn the_link_a_lab_was_opened_from_never_changes() {
    use netmodels::model::{Distribution, TourCommand, parse_query};
    let (opened, _) = parse_query("clients=5&peers=4&down=s1,p2&speed=2&bad=p3&labels=library");
    let mut lab = Lab::new(opened.clone());
    let cs = |node: &str| Command::Toggle {
        model: ModelKind::ClientServer,
        node: node.into(),
    };
    for command in [
        cs("s1"),
        cs("c2"),
        Command::SetClients(9),
        Command::SetServers(2),
        Command::SetPeers(7),
        Command::SetSpeed(4.0),
        Command::SetWords(Words::Network),
        Command::SetVerify(true),
        Command::SetHonest {
            model: ModelKind::PeerToPeer,
            node: "p3".into(),
            honest: true,
        },
        Command::SetChart {
            distribution: Distribution {
                file: 3.0,
                ..Distribution::textbook()
            },
            receivers: 7,
        },
        Command::Reset,
        Command::Tour(TourCommand::Open(Some(2))),
        Command::Tour(TourCommand::Close),
    ] {
        lab.apply(command);
        lab.elapse(0.25);
    }
    assert_eq!(lab.start(), &opened, "the start as the link wrote it");
    let now = lab.state();
    assert_ne!(
        now.sizes,
        opened.sizes(),
        "the sizes now are the tour scene's"
    );
    assert_eq!(now.speed.factor(), 4.0);
    assert_eq!(lab.snapshot().speed, 4.0);
}

#[test]
fn nobody_is_served_and_nothing_is_counted_before_an_answer_arrives() {
    let mut lab = Lab::new(Scenario::default());
    let start = lab.snapshot();
    for d in [&start.client_server, &start.peer_to_peer] {
        assert_eq!(
            d.metrics.served, 0,
            "{:?}: served before any answer",
            d.kind
        );
        assert!(d.metrics.requesters > 0);
        assert!(!d.metrics.asked() && !d.metrics.decided(), "{:?}", d.kind);
        match &d.summary {
            Msg::Summary { served, .. } => assert_eq!(*served, 0, "{:?}", d.kind),
            other => panic!("{other:?}"),
        }
    }
    for _ in 0..100 {
        lab.elapse(0.1);
    }
    let later = lab.snapshot();
    for d in [&later.client_server, &later.peer_to_peer] {
        let m = &d.metrics;
        assert!(m.asked() && m.decided(), "{:?}: {m:?}", d.kind);
        assert_eq!(
            m.served, m.requesters,
            "{:?}: every requester answered",
            d.kind
        );
    }
}
