//! Properties of the simulation over thousands of random scenarios and random sequences of
//! commands, including absurd ones: no panic, conservation, determinism, metrics within
//! their ranges, and a bounded number of packets.
#![cfg(not(target_arch = "wasm32"))]

use netmodels::model::{Command, Lab, LabSnapshot, ModelKind, Scenario, Speed};
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Action {
    /// Toggle the node at this position (modulo the node count) of one diagram.
    Toggle(ModelKind, usize),
    Pause(bool),
    StepOnce,
    Speed(f64),
    Servers(usize),
    Clients(usize),
    Peers(usize),
    Reset,
    Elapse(f64),
}

fn odd_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.0),
        Just(-1.0),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(1e12),
        Just(1e-12),
        0.0..0.3f64,
        0.0..10.0f64,
    ]
}

fn action() -> impl Strategy<Value = Action> {
    let model = prop_oneof![Just(ModelKind::ClientServer), Just(ModelKind::PeerToPeer)];
    prop_oneof![
        4 => (model, 0..64usize).prop_map(|(m, i)| Action::Toggle(m, i)),
        1 => any::<bool>().prop_map(Action::Pause),
        1 => Just(Action::StepOnce),
        1 => odd_number().prop_map(Action::Speed),
        1 => (0..8usize).prop_map(Action::Servers),
        1 => (0..40usize).prop_map(Action::Clients),
        1 => (0..40usize).prop_map(Action::Peers),
        1 => Just(Action::Reset),
        8 => odd_number().prop_map(Action::Elapse),
    ]
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (
        0..8usize,
        0..30usize,
        0..30usize,
        any::<u64>(),
        odd_number(),
    )
        .prop_map(|(servers, clients, peers, seed, speed)| Scenario {
            servers,
            clients,
            peers,
            seed,
            speed: Speed::new(speed),
            ..Scenario::default()
        })
}

fn apply(lab: &mut Lab, action: &Action) {
    match *action {
        Action::Toggle(model, i) => {
            let snap = lab.snapshot();
            let nodes = match model {
                ModelKind::ClientServer => &snap.client_server.nodes,
                ModelKind::PeerToPeer => &snap.peer_to_peer.nodes,
            };
            let node = nodes[i % nodes.len()].id.clone();
            lab.apply(Command::Toggle { model, node });
        }
        Action::Pause(p) => lab.apply(Command::SetPaused(p)),
        Action::StepOnce => lab.apply(Command::StepOnce),
        Action::Speed(f) => lab.apply(Command::SetSpeed(f)),
        Action::Servers(n) => lab.apply(Command::SetServers(n)),
        Action::Clients(n) => lab.apply(Command::SetClients(n)),
        Action::Peers(n) => lab.apply(Command::SetPeers(n)),
        Action::Reset => lab.apply(Command::Reset),
        Action::Elapse(dt) => lab.elapse(dt),
    }
}

fn check_invariants(lab: &Lab, snap: &LabSnapshot) -> Result<(), TestCaseError> {
    for kind in [ModelKind::ClientServer, ModelKind::PeerToPeer] {
        let sim = lab.simulation(kind);
        let m = sim.metrics();
        prop_assert_eq!(
            m.sent,
            m.answered + m.failed + m.cancelled + sim.open_requests() as u64,
            "conservation in {:?}",
            kind
        );
        let nodes = sim.topology().nodes.len();
        prop_assert!(sim.packets_in_flight() <= nodes * 16, "bounded packets");
        prop_assert!(sim.open_requests() <= nodes * 4, "bounded open requests");
    }
    let session = lab.session_time();
    for kind in [ModelKind::ClientServer, ModelKind::PeerToPeer] {
        prop_assert_eq!(lab.simulation(kind).now(), session, "one clock, {:?}", kind);
    }
    let servers = lab.simulation(ModelKind::ClientServer).topology();
    for server in 0..lab.state().sizes.servers {
        prop_assert!(
            servers.clients_of(server).count() > 0,
            "server {} has clients",
            server
        );
    }
    prop_assert!((0.25..=4.0).contains(&snap.speed));
    prop_assert!(snap.time.is_finite() && snap.time >= 0.0);
    for d in [&snap.client_server, &snap.peer_to_peer] {
        // "Waiting" is the engine's own count of open requests: the sum is a real check.
        let m = &d.metrics;
        prop_assert_eq!(m.sent, m.answered + m.failed + m.cancelled + m.in_flight);
        if let Some(a) = d.metrics.availability {
            prop_assert!((0.0..=1.0).contains(&a));
        }
        for n in &d.nodes {
            prop_assert!(n.load.is_finite() && n.load >= 0.0);
            prop_assert!((0.0..=1.0).contains(&n.load_fraction));
        }
        for p in &d.packets {
            let (x, y) = (p.position.x, p.position.y);
            prop_assert!((0.0..=400.0).contains(&x) && (0.0..=300.0).contains(&y));
        }
        prop_assert!(d.log.len() <= 30);
    }
    Ok(())
}

fn run(scenario: &Scenario, actions: &[Action]) -> Result<LabSnapshot, TestCaseError> {
    let mut lab = Lab::new(scenario.clone());
    for action in actions {
        apply(&mut lab, action);
        let snap = lab.snapshot();
        check_invariants(&lab, &snap)?;
    }
    Ok(lab.snapshot())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn random_sessions_keep_every_invariant_and_replay_identically(
        scenario in scenario(),
        actions in prop::collection::vec(action(), 0..60),
    ) {
        let first = run(&scenario, &actions)?;
        let second = run(&scenario, &actions)?;
        prop_assert_eq!(first, second, "same scenario and commands, same result");
    }
}
