//! Properties of a session as the page runs it (a `History`: the live Lab and its kept
//! past) over random scenarios at any request rate a link allows and random sequences of
//! commands, including absurd ones: sizes, Reset, Publish from anyone, dishonest nodes,
//! checking, the tour, time running for minutes, seeks back and Undo. After every command:
//! no panic; conservation; one clock; metrics within their ranges; packets and open
//! requests within what the rate allows; a damaged copy only where someone lied; a kept
//! moment that replays to what was live; and the whole session replays identically.
#![cfg(not(target_arch = "wasm32"))]

use std::time::Instant;

use netmodels::model::{
    Command, History, LabSnapshot, ModelKind, Rate, Role, Scenario, Speed, TIMEOUT_SECONDS,
    TourCommand, WINDOW_SECONDS,
};
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
    Publish,
    /// The node at this position publishes in its own network.
    PublishFrom(ModelKind, usize),
    /// The node at this position becomes dishonest (`false`) or honest again.
    Honest(ModelKind, usize, bool),
    Verify(bool),
    /// Open the tour at this step (1-based, out of range included), go on, or close it.
    TourOpen(usize),
    TourNext,
    TourClose,
    /// One frame of this many wall seconds (odd numbers included).
    Elapse(f64),
    /// Time running for this many simulated seconds, in frames of 0.25 s at 4×.
    Run(usize),
    /// Go back to this fraction of the kept range.
    Seek(f64),
    StepBack,
    Undo,
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

fn model() -> impl Strategy<Value = ModelKind> {
    prop_oneof![Just(ModelKind::ClientServer), Just(ModelKind::PeerToPeer)]
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        4 => (model(), 0..64usize).prop_map(|(m, i)| Action::Toggle(m, i)),
        1 => any::<bool>().prop_map(Action::Pause),
        1 => Just(Action::StepOnce),
        1 => odd_number().prop_map(Action::Speed),
        1 => (0..8usize).prop_map(Action::Servers),
        1 => (0..30usize).prop_map(Action::Clients),
        1 => (0..30usize).prop_map(Action::Peers),
        1 => Just(Action::Reset),
        2 => Just(Action::Publish),
        2 => (model(), 0..64usize).prop_map(|(m, i)| Action::PublishFrom(m, i)),
        3 => (model(), 0..64usize, any::<bool>()).prop_map(|(m, i, h)| Action::Honest(m, i, h)),
        1 => any::<bool>().prop_map(Action::Verify),
        1 => (0..14usize).prop_map(Action::TourOpen),
        1 => Just(Action::TourNext),
        1 => Just(Action::TourClose),
        6 => odd_number().prop_map(Action::Elapse),
        2 => (10..90usize).prop_map(Action::Run),
        2 => (0.0..=1.0f64).prop_map(Action::Seek),
        1 => Just(Action::StepBack),
        1 => Just(Action::Undo),
    ]
}

fn rate() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(Rate::MIN),
        Just(0.5),
        Just(Rate::MAX),
        Rate::MIN..=Rate::MAX,
        odd_number(),
    ]
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (
        0..8usize,
        0..24usize,
        0..24usize,
        any::<u64>(),
        odd_number(),
        rate(),
        any::<bool>(),
    )
        .prop_map(
            |(servers, clients, peers, seed, speed, rate, verify)| Scenario {
                servers,
                clients,
                peers,
                seed,
                speed: Speed::new(speed),
                rate: Rate::new(rate),
                verify,
                ..Scenario::default()
            },
        )
}

/// Who has ever been dishonest in the session, as the test's own commands say: damage
/// needs a liar.
#[derive(Default)]
struct Liars {
    /// Some server was made dishonest at some point.
    server: bool,
    /// Some peer was made dishonest at some point.
    peer: bool,
}

/// The id of the node at position `i` (modulo the count) of one diagram.
fn node_at(history: &History, model: ModelKind, i: usize) -> String {
    let nodes = &history.simulation(model).topology().nodes;
    nodes[i % nodes.len()].id.clone()
}

fn apply(history: &mut History, action: &Action, liars: &mut Liars) {
    match *action {
        Action::Toggle(model, i) => {
            let node = node_at(history, model, i);
            history.apply(Command::Toggle { model, node });
        }
        Action::Pause(p) => history.apply(Command::SetPaused(p)),
        Action::StepOnce => history.apply(Command::StepOnce),
        Action::Speed(f) => history.apply(Command::SetSpeed(f)),
        Action::Servers(n) => history.apply(Command::SetServers(n)),
        Action::Clients(n) => history.apply(Command::SetClients(n)),
        Action::Peers(n) => history.apply(Command::SetPeers(n)),
        Action::Reset => history.apply(Command::Reset),
        Action::Publish => history.apply(Command::Publish),
        Action::PublishFrom(model, i) => {
            let node = node_at(history, model, i);
            history.apply(Command::PublishFrom { model, node });
        }
        Action::Honest(model, i, honest) => {
            let node = node_at(history, model, i);
            let nodes = &history.simulation(model).topology().nodes;
            match (honest, nodes[i % nodes.len()].role) {
                (false, Role::Server) => liars.server = true,
                (false, Role::Peer) => liars.peer = true,
                _ => {}
            }
            history.apply(Command::SetHonest {
                model,
                node,
                honest,
            });
        }
        Action::Verify(on) => history.apply(Command::SetVerify(on)),
        Action::TourOpen(step) => history.apply(Command::Tour(TourCommand::Open(Some(step)))),
        Action::TourNext => history.apply(Command::Tour(TourCommand::Next)),
        Action::TourClose => history.apply(Command::Tour(TourCommand::Close)),
        Action::Elapse(dt) => history.elapse(dt),
        Action::Run(seconds) => {
            history.apply(Command::SetSpeed(4.0));
            history.apply(Command::SetPaused(false));
            for _ in 0..seconds {
                history.elapse(0.25);
            }
        }
        Action::Seek(fraction) => {
            let (first, last) = history.kept_range();
            history.apply(Command::Seek {
                seconds: first + fraction * (last - first),
            });
        }
        Action::StepBack => history.apply(Command::StepBack),
        Action::Undo => history.apply(Command::Undo),
    }
}

/// The most attempts one requester can have started in the last `seconds`: a new request
/// at most every 0.75 intervals (the jitter is a quarter either way), and each request
/// retried every timeout for at most three attempts, so attempts of the last `seconds`
/// belong to requests of the last `seconds` plus two timeouts.
fn attempts_within(seconds: f64, rate: f64) -> usize {
    let interval = 1.0 / rate;
    ((seconds + 2.0 * TIMEOUT_SECONDS) / (0.75 * interval)).floor() as usize + 1
}

fn check_invariants(
    history: &History,
    snap: &LabSnapshot,
    rate: f64,
    liars: &Liars,
) -> Result<(), TestCaseError> {
    for kind in [ModelKind::ClientServer, ModelKind::PeerToPeer] {
        let sim = history.simulation(kind);
        let m = sim.metrics();
        prop_assert_eq!(
            m.sent,
            m.answered + m.failed + m.cancelled + sim.open_requests() as u64,
            "conservation in {:?}",
            kind
        );
        let requesters = sim
            .topology()
            .nodes
            .iter()
            .filter(|n| n.role != Role::Server)
            .count();
        // A packet lives one hop (0.6 s) and, lost, 0.8 s more on show; an attempt sends
        // its question and, at most, one answer, which leaves 0.6 s after it: every packet
        // alive belongs to an attempt of the last 2 s. An open request lives at most three
        // timeouts: each partner tried may keep it in a full queue until it times out.
        let packets = 2 * requesters * attempts_within(2.0, rate);
        prop_assert!(
            sim.packets_in_flight() <= packets,
            "bounded packets in {:?}: {} > {}",
            kind,
            sim.packets_in_flight(),
            packets
        );
        let open = requesters * attempts_within(TIMEOUT_SECONDS, rate);
        prop_assert!(
            sim.open_requests() <= open,
            "bounded open requests in {:?}: {} > {}",
            kind,
            sim.open_requests(),
            open
        );
    }
    let session = history.session_time();
    for kind in [ModelKind::ClientServer, ModelKind::PeerToPeer] {
        prop_assert_eq!(
            history.simulation(kind).now(),
            session,
            "one clock, {:?}",
            kind
        );
    }
    let servers = history.simulation(ModelKind::ClientServer).topology();
    for server in 0..history.state().sizes.servers {
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
        prop_assert!(m.served <= m.requesters);
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
    // Damage needs a liar: clients pass nothing on, so a client's copy is damaged only
    // where a server lied; a peer's only where a peer lied.
    if !liars.server {
        let damaged = snap
            .client_server
            .nodes
            .iter()
            .filter(|n| n.damaged)
            .count();
        prop_assert_eq!(damaged, 0, "damaged copies with no dishonest server");
    }
    if !liars.peer {
        let damaged = snap.peer_to_peer.nodes.iter().filter(|n| n.damaged).count();
        prop_assert_eq!(damaged, 0, "damaged copies with no dishonest peer");
    }
    // The kept past: within its window, the present inside it, every sample a fraction.
    let (first, last) = history.kept_range();
    prop_assert!(
        first <= session && session <= last,
        "{first} ≤ {session} ≤ {last}"
    );
    prop_assert!(last - first <= WINDOW_SECONDS + 1e-9);
    for s in history.samples() {
        for a in [s.client_server, s.peer_to_peer].into_iter().flatten() {
            prop_assert!((0.0..=1.0).contains(&a));
        }
    }
    Ok(())
}

/// The moment shown, seen again by seeking to it: what was live replays exactly.
fn check_replay(history: &History, snap: &LabSnapshot) -> Result<(), TestCaseError> {
    let mut again = history.clone();
    again.seek(history.clock());
    let replayed = again.snapshot();
    prop_assert_eq!(&replayed.client_server, &snap.client_server, "replayed");
    prop_assert_eq!(&replayed.peer_to_peer, &snap.peer_to_peer, "replayed");
    Ok(())
}

fn run(scenario: &Scenario, actions: &[Action]) -> Result<(History, f64), TestCaseError> {
    let mut history = History::new(scenario.clone());
    let rate = history.start().rate.per_second();
    let mut liars = Liars::default();
    for (i, action) in actions.iter().enumerate() {
        apply(&mut history, action, &mut liars);
        let snap = history.snapshot();
        // A tour step's scene may bring dishonest nodes of its own.
        liars.server |= snap
            .client_server
            .nodes
            .iter()
            .any(|n| n.role == Role::Server && !n.honest);
        liars.peer |= snap.peer_to_peer.nodes.iter().any(|n| !n.honest);
        check_invariants(&history, &snap, rate, &liars)?;
        // Replaying costs a seek: every few commands, and after every long run.
        if i % 4 == 3 || matches!(action, Action::Run(_)) {
            check_replay(&history, &snap)?;
        }
    }
    Ok((history, rate))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(192))]

    #[test]
    fn random_sessions_keep_every_invariant_and_replay_identically(
        scenario in scenario(),
        actions in prop::collection::vec(action(), 1..40),
    ) {
        let started = Instant::now();
        let (first, _) = run(&scenario, &actions)?;
        let (second, _) = run(&scenario, &actions)?;
        prop_assert_eq!(first.snapshot(), second.snapshot(), "same scenario and commands, same result");
        prop_assert_eq!(first.entries(), second.entries());
        prop_assert_eq!(first.kept_range(), second.kept_range());
        prop_assert!(started.elapsed().as_secs() < 60, "one case took {:?}", started.elapsed());
    }
}

/// The generator reaches what the name claims: minutes-long sessions at the highest rate,
/// with dishonest nodes whose damage shows, and seeks that land in the past.
#[test]
fn the_generator_reaches_long_sessions_at_the_highest_rate_with_damage_and_seeks() {
    let scenario = Scenario {
        clients: 20,
        peers: 20,
        rate: Rate::new(Rate::MAX),
        ..Scenario::default()
    };
    let actions = [
        Action::Honest(ModelKind::PeerToPeer, 1, false),
        Action::Honest(ModelKind::ClientServer, 0, false),
        Action::Run(60),
        Action::Publish,
        Action::Run(80),
        Action::Verify(true),
        Action::Run(80),
        Action::Seek(0.3),
    ];
    let (history, rate) = run(&scenario, &actions).expect("invariants hold");
    assert_eq!(rate, 10.0);
    let snap = history.snapshot();
    assert!(history.looking_back(), "the seek landed in the past");
    assert!(history.kept_range().1 >= 220.0, "several minutes");
    assert!(snap.client_server.nodes.iter().any(|n| n.damaged));
    assert!(snap.peer_to_peer.nodes.iter().any(|n| n.damaged));
}
