//! Who can you trust, natively: over 10,000 random sessions an honest server
//! never hands out a damaged copy, a dishonest peer's damage reaches the others when nobody
//! checks and is never accepted when everyone does, and every session is the same twice
//! for the same seed; then the cases told one by one (a dishonest publisher, a dishonest
//! server, a client trying to publish, what checking costs).
#![cfg(not(target_arch = "wasm32"))]

use netmodels::model::{
    Command, Event, Lab, ModelKind, Msg, NodeIndex, PublishOutcome, Role, Simulation, Topology,
    Words, parse_query, to_query,
};
use netmodels::text::en;
use proptest::prelude::*;

/// Something that happens in a random session of one network.
#[derive(Clone, Debug)]
enum Action {
    /// Let this many tenths of a second pass.
    Wait(u8),
    /// Switch the node at this position (modulo the node count) off or on.
    Toggle(usize),
    /// Make the node at this position dishonest, or honest again.
    Honesty(usize, bool),
    /// The node at this position tries to publish.
    Publish(usize),
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        6 => (1..30u8).prop_map(Action::Wait),
        1 => (0..32usize).prop_map(Action::Toggle),
        1 => (0..32usize, any::<bool>()).prop_map(|(i, h)| Action::Honesty(i, h)),
        1 => (0..32usize).prop_map(Action::Publish),
    ]
}

/// A random network of either kind: its topology and which nodes may turn dishonest.
fn network() -> impl Strategy<Value = (Topology, u64)> {
    prop_oneof![
        (1..=3usize, 1..=8usize).prop_map(|(s, c)| Topology::client_server(s, c.max(s))),
        (2..=8usize).prop_map(Topology::peer_to_peer),
    ]
    .prop_flat_map(|t| (Just(t), any::<u64>()))
}

/// Runs `actions` on a fresh simulation; `may_lie` says which nodes an `Honesty` action may
/// make dishonest, `may_publish` which may publish. Calls `check` after every action with
/// the events since the last one.
fn run(
    topology: &Topology,
    seed: u64,
    verify: bool,
    actions: &[Action],
    may_lie: impl Fn(&Simulation, NodeIndex) -> bool,
    may_publish: impl Fn(&Simulation, NodeIndex) -> bool,
    mut check: impl FnMut(&Simulation, &[Event]),
) -> (Vec<Event>, Simulation) {
    let mut sim = Simulation::new(topology.clone(), seed);
    sim.set_verify(verify);
    let n = topology.nodes.len();
    let mut all = Vec::new();
    for action in actions {
        match *action {
            Action::Wait(tenths) => sim.step(f64::from(tenths) / 10.0),
            Action::Toggle(i) => {
                let up = !sim.is_up(i % n);
                sim.set_up(i % n, up);
            }
            Action::Honesty(i, honest) => {
                if honest || may_lie(&sim, i % n) {
                    sim.set_honest(i % n, honest);
                }
            }
            Action::Publish(i) => {
                if may_publish(&sim, i % n) {
                    sim.publish_from(i % n);
                }
            }
        }
        let events = sim.take_events();
        check(&sim, &events);
        all.extend(events);
    }
    (all, sim)
}

/// Time a packet takes to cross one link (the engine's `HOP_SECONDS`).
const HOP: f64 = 0.6;

fn is_server(sim: &Simulation, i: NodeIndex) -> bool {
    sim.topology().nodes[i].role == Role::Server
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    /// Four properties on each random session, so that 10,000 sessions are run once.
    #[test]
    fn trust_holds_over_random_sessions(
        (topology, seed) in network(),
        actions in prop::collection::vec(action(), 1..24),
        verify in any::<bool>(),
    ) {
        let client_server = topology.kind == ModelKind::ClientServer;
        // An honest server: clients may lie (they have nobody to mislead), servers never.
        // Peers: any may lie, but only honest ones publish (a lying publisher is the one
        // case checking cannot catch, told on its own below).
        let may_lie = |sim: &Simulation, i| !is_server(sim, i);
        let may_publish = |sim: &Simulation, i| sim.is_honest(i);
        let mut answers_from_liars = 0;
        let mut lying_since = std::collections::HashMap::new();
        let (events, sim) = run(&topology, seed, verify, &actions, may_lie, may_publish,
            |sim, events| {
                for e in events {
                    match *e {
                        Event::HonestySet { at, node, honest: false } => {
                            lying_since.insert(node, at);
                        }
                        Event::HonestySet { node, honest: true, .. } => {
                            lying_since.remove(&node);
                        }
                        // An answer sent after its sender turned dishonest (one hop ago).
                        Event::Answered { at, by, .. }
                            if lying_since.get(&by).is_some_and(|&since| at > since + HOP + 1e-6) =>
                        {
                            answers_from_liars += 1;
                        }
                        _ => {}
                    }
                }
                let snapshot = sim.snapshot();
                if client_server || verify {
                    // Nothing damaged is held, nor on its way to be accepted.
                    assert_eq!(sim.corrupted(), 0, "{:?}", snapshot.metrics);
                    assert!(events.iter().all(|e| !matches!(e, Event::Corrupted { .. })),
                        "{events:?}");
                }
                if client_server {
                    assert!(snapshot.packets.iter().all(|p| p.shape.slug() != "corrupt"));
                    assert_eq!(snapshot.metrics.rejected, 0, "clients trust their server");
                }
            });
        let corrupted = events.iter().filter(|e| matches!(e, Event::Corrupted { .. })).count();
        let published = events.iter().any(|e| matches!(e, Event::Published { .. }));
        if !client_server && !verify && !published && answers_from_liars > 0 {
            // Every answer has the same version, so the first damaged one is taken.
            prop_assert!(corrupted > 0, "{answers_from_liars} damaged answers, none taken");
        }
        if !client_server && verify {
            let rejected = events.iter().filter(|e| matches!(e, Event::Rejected { .. })).count();
            prop_assert_eq!(sim.metrics().rejected, rejected as u64);
        }
        // The same seed and the same actions: the same session, event for event.
        let (again, twin) = run(&topology, seed, verify, &actions, may_lie, may_publish, |_, _| {});
        prop_assert_eq!(&events, &again);
        prop_assert_eq!(sim.snapshot(), twin.snapshot());
    }
}

fn lab(query: &str) -> Lab {
    let (scenario, notices) = parse_query(query);
    assert!(notices.is_empty(), "{notices:?}");
    Lab::new(scenario)
}

fn watch(lab: &mut Lab, seconds: f64) {
    for _ in 0..(seconds * 20.0) as usize {
        lab.elapse(0.05);
    }
}

fn log(lab: &Lab, kind: ModelKind) -> Vec<String> {
    let s = lab.snapshot();
    s.diagram(kind)
        .log
        .iter()
        .map(|m| en(m, Words::Network))
        .collect()
}

#[test]
fn unchecked_damage_is_passed_on_by_honest_peers_and_checking_stops_it() {
    let mut lab = lab("peers=6&bad=p2&seed=4");
    watch(&mut lab, 30.0);
    let sim = lab.simulation(ModelKind::PeerToPeer);
    assert!(sim.corrupted() > 0, "damaged copies are held");
    let lines = log(&lab, ModelKind::PeerToPeer);
    // Second hand: an honest peer handed on what it had been given.
    assert!(
        lines
            .iter()
            .any(|l| l.contains("took a damaged copy from") && !l.ends_with("peer 2")),
        "{lines:?}"
    );
    let insight = en(&lab.snapshot().peer_to_peer.insight, Words::Network);
    assert!(insight.contains("nobody checks"), "{insight}");
    // Checking on: nothing damaged is taken any more, so the damage can only shrink
    // (an intact answer mends a copy, if any intact copy is left to give one).
    lab.apply(Command::SetVerify(true));
    let mut held = lab.snapshot().peer_to_peer.metrics.corrupt;
    for _ in 0..30 {
        watch(&mut lab, 1.0);
        let now = lab.snapshot().peer_to_peer.metrics.corrupt;
        assert!(now <= held, "{now} damaged copies, {held} a second ago");
        held = now;
    }
    assert!(lab.snapshot().peer_to_peer.metrics.rejected > 0);
    let lines = log(&lab, ModelKind::PeerToPeer);
    assert!(
        lines.iter().all(|l| !l.contains("took a damaged copy")),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("→ peer 2: damaged copy rejected")),
        "{lines:?}"
    );
    // A new version from an honest peer, checked everywhere, mends every copy.
    lab.apply(Command::PublishFrom {
        model: ModelKind::PeerToPeer,
        node: "p1".into(),
    });
    watch(&mut lab, 40.0);
    assert_eq!(lab.snapshot().peer_to_peer.metrics.corrupt, 0);
}

#[test]
fn checking_costs_time_the_numbers_show() {
    // The same network with and without checks: each rejected answer means one more
    // partner asked, one more hop there and back before the answer that counts.
    let session = |verify: bool| {
        let mut sim = Simulation::new(Topology::peer_to_peer(5), 9);
        sim.set_honest(1, false);
        sim.set_verify(verify);
        let (mut retries, mut sent_at, mut waits) = (0, std::collections::HashMap::new(), vec![]);
        for _ in 0..2400 {
            sim.step(0.25);
            for e in sim.take_events() {
                match e {
                    Event::RequestSent {
                        attempt: 1,
                        at,
                        request,
                        ..
                    } => {
                        sent_at.insert(request, at);
                    }
                    Event::RequestSent { .. } => retries += 1,
                    Event::Answered { at, request, .. } => waits.push(at - sent_at[&request]),
                    _ => {}
                }
            }
        }
        let mean = waits.iter().sum::<f64>() / waits.len() as f64;
        (retries, sim.metrics().rejected, sim.corrupted(), mean)
    };
    let (unchecked_retries, unchecked_rejected, unchecked_corrupt, unchecked_wait) = session(false);
    let (checked_retries, checked_rejected, checked_corrupt, checked_wait) = session(true);
    eprintln!(
        "10 min, 5 peers, peer 2 dishonest: without checks {unchecked_corrupt} damaged copies \
         held, mean answer {unchecked_wait:.3} s; with checks {checked_rejected} rejected, \
         {checked_corrupt} held, mean answer {checked_wait:.3} s"
    );
    assert_eq!(unchecked_rejected, 0);
    assert!(unchecked_corrupt > 0);
    assert!(checked_rejected > 100, "{checked_rejected}");
    assert_eq!(checked_corrupt, 0);
    assert!(
        checked_retries >= unchecked_retries + checked_rejected as usize / 2,
        "{checked_retries} retries with checks, {unchecked_retries} without"
    );
    // About a quarter of first answers are rejected, each costing a round trip (1.2 s).
    assert!(
        checked_wait > unchecked_wait + 0.15,
        "{checked_wait} s with checks, {unchecked_wait} s without"
    );
}

#[test]
fn a_dishonest_publisher_cannot_be_caught_by_checking() {
    let mut lab = lab("peers=5&verify=1&bad=p3");
    lab.apply(Command::PublishFrom {
        model: ModelKind::PeerToPeer,
        node: "p3".into(),
    });
    let said = en(
        lab.snapshot().announcement.as_ref().unwrap(),
        Words::Network,
    );
    assert!(said.contains("checking cannot catch it"), "{said}");
    watch(&mut lab, 20.0);
    let s = lab.snapshot();
    // Its fingerprints match its damaged copy: honest peers take it, checks and all.
    assert!(
        s.peer_to_peer.metrics.corrupt >= 2,
        "{:?}",
        s.peer_to_peer.metrics
    );
    let insight = en(&s.peer_to_peer.insight, Words::Network);
    assert!(
        insight.contains("trust has to start somewhere")
            || insight.contains("Trust has to start somewhere"),
        "{insight}"
    );
    // An honest publisher's new version mends every copy, checks and all.
    lab.apply(Command::PublishFrom {
        model: ModelKind::PeerToPeer,
        node: "p1".into(),
    });
    watch(&mut lab, 30.0);
    assert_eq!(lab.snapshot().peer_to_peer.metrics.corrupt, 0);
}

#[test]
fn a_dishonest_server_damages_every_client_and_checks_change_nothing_there() {
    let run = |verify: bool| {
        let mut lab = lab(&format!("clients=4&bad=s1&verify={}", u8::from(verify)));
        watch(&mut lab, 20.0);
        let s = lab.snapshot();
        (s.client_server.clone(), lab)
    };
    let (unchecked, lab) = run(false);
    assert_eq!(unchecked.metrics.corrupt, 4, "every client of the server");
    assert_eq!(unchecked.metrics.rejected, 0);
    let server = &unchecked.nodes[0];
    assert!(
        !server.honest && !server.damaged,
        "its own copy is not counted"
    );
    let insight = en(&unchecked.insight, Words::Network);
    assert!(
        insight.contains("each of its 4 clients gets a damaged copy"),
        "{insight}"
    );
    let (checked, _) = run(true);
    assert_eq!(checked.metrics, unchecked.metrics);
    assert_eq!(checked.log, unchecked.log);
    // The link says who lies, and Share keeps it.
    assert!(to_query(&lab.present_link()).contains("bad=s1"));
}

#[test]
fn a_client_may_not_publish_its_server_refuses_visibly() {
    let mut lab = lab("clients=3");
    lab.apply(Command::PublishFrom {
        model: ModelKind::ClientServer,
        node: "c2".into(),
    });
    let s = lab.snapshot();
    assert_eq!(s.client_server.nodes[0].version, 1, "nothing changed");
    assert_eq!(
        en(s.announcement.as_ref().unwrap(), Words::Network),
        "Client 2 tried to publish a new version, and server 1 refused: only the server may change the shared file."
    );
    assert_eq!(
        log(&lab, ModelKind::ClientServer)[0],
        "client 2 tried to publish; server 1 refused"
    );
    // The server side may, and any peer may, honest or not.
    lab.apply(Command::PublishFrom {
        model: ModelKind::ClientServer,
        node: "s1".into(),
    });
    assert_eq!(lab.simulation(ModelKind::ClientServer).latest_version(), 2);
    lab.apply(Command::SetHonest {
        model: ModelKind::PeerToPeer,
        node: "p3".into(),
        honest: false,
    });
    lab.apply(Command::PublishFrom {
        model: ModelKind::PeerToPeer,
        node: "p3".into(),
    });
    let p2p = lab.simulation(ModelKind::PeerToPeer);
    assert_eq!((p2p.latest_version(), p2p.version(2)), (2, 2));
    // Someone off cannot publish at all.
    let mut sim = Simulation::new(Topology::peer_to_peer(3), 1);
    sim.set_up(0, false);
    assert_eq!(sim.publish_from(0), PublishOutcome::NotOn);
}

#[test]
fn dishonesty_is_part_of_the_scene_reset_and_links_keep_it() {
    let mut lab = lab("");
    lab.apply(Command::SetHonest {
        model: ModelKind::PeerToPeer,
        node: "p2".into(),
        honest: false,
    });
    assert_eq!(
        en(
            lab.snapshot().announcement.as_ref().unwrap(),
            Words::Library
        ),
        "Friend 2 is now dishonest: it lends books with pages torn out to any friend who asks."
    );
    lab.apply(Command::SetVerify(true));
    lab.apply(Command::Reset);
    let s = lab.snapshot();
    assert!(!s.peer_to_peer.nodes[1].honest, "Reset keeps who lies");
    assert_eq!(to_query(&lab.present_link()), "bad=p2&verify=1");
    // Bad ids from a link: a notice names each, as text; the good ones are kept.
    let (scenario, notices) = parse_query("bad=p2,x9,<i>s7</i>,P3&peers=4");
    assert_eq!(scenario.bad, ["p2", "p3"]);
    let said: Vec<String> = notices
        .iter()
        .map(|n| en(&n.message, Words::Network))
        .collect();
    assert_eq!(said.len(), 2, "{said:?}");
    assert_eq!(said[0], "bad: there is no node “x9” here; ignored.");
    assert!(said[1].contains("“<i>s7</i>”"), "{said:?}");
    let (scenario, notices) = parse_query("verify=maybe");
    assert!(!scenario.verify);
    assert_eq!(notices.len(), 1);
    // Nonsense in a command is ignored, not a panic.
    lab.apply(Command::SetHonest {
        model: ModelKind::ClientServer,
        node: "zz".into(),
        honest: false,
    });
    lab.apply(Command::PublishFrom {
        model: ModelKind::ClientServer,
        node: "".into(),
    });
    assert!(matches!(
        lab.snapshot().announcement,
        Some(Msg::VerifySet { .. }) | Some(Msg::Restarted { .. })
    ));
}
