//! Who can you trust, natively: over 10,000 random sessions, in which any node may lie,
//! servers included, a client's copy is exactly what its server last sent it (damaged when
//! the server lied, intact when it did not, and never checked), a dishonest peer's damage
//! reaches the others when nobody checks and is never accepted when everyone does, and
//! every session is the same twice for the same seed; then the cases told one by one:
//! checking switched on after damage spread (who is rejected, and the copies already held
//! checked and fetched again), a dishonest publisher, a dishonest server, a client trying to
//! publish, what checking costs, and what Publish announces.
#![cfg(not(target_arch = "wasm32"))]

use netmodels::model::{
    Command, Event, Explanation, Lab, ModelKind, Msg, NodeIndex, PublishOutcome, Rate, Role,
    Simulation, Topology, Words, parse_query, to_query,
};
use netmodels::text::en;
use proptest::prelude::*;
use std::collections::HashMap;

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

/// What a client's copy must be after the last answer it got, judged from who answered
/// and since when that server has been dishonest or honest: `None` when the answer left
/// while the server's honesty was changing (within one hop of the change).
fn expected_damage(
    by: NodeIndex,
    at: f64,
    lying_since: &HashMap<NodeIndex, f64>,
    honest_since: &HashMap<NodeIndex, f64>,
) -> Option<bool> {
    // The answer left the server one hop before it arrived.
    let sent = at - HOP - 1e-6;
    match (lying_since.get(&by), honest_since.get(&by)) {
        (Some(&since), _) if since < sent => Some(true),
        (Some(_), _) => None,
        (None, Some(&since)) if since >= sent => None,
        (None, _) => Some(false),
    }
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
        // Any node may lie, servers included. Peers: only honest ones publish (a lying
        // publisher is the one case checking cannot catch, told on its own below).
        let may_lie = |_: &Simulation, _| true;
        let may_publish = |sim: &Simulation, i| sim.is_honest(i);
        let mut answers_from_liars = 0;
        let mut lying_since = HashMap::new();
        let mut honest_since = HashMap::new();
        let (events, sim) = run(&topology, seed, verify, &actions, may_lie, may_publish,
            |sim, events| {
                // The last answer each client got in this batch, and who sent it when.
                let mut last_answer = HashMap::new();
                for e in events {
                    match *e {
                        Event::HonestySet { at, node, honest: false } => {
                            lying_since.insert(node, at);
                            honest_since.remove(&node);
                        }
                        Event::HonestySet { at, node, honest: true } => {
                            lying_since.remove(&node);
                            honest_since.insert(node, at);
                        }
                        // An answer sent after its sender turned dishonest (one hop ago).
                        Event::Answered { at, by, .. }
                            if lying_since.get(&by).is_some_and(|&since| at > since + HOP + 1e-6) =>
                        {
                            answers_from_liars += 1;
                        }
                        _ => {}
                    }
                    if let Event::Answered { at, by, requester, .. } = *e {
                        last_answer.insert(requester, (by, at));
                    }
                    // In client-server only a server that lies, or lied a hop ago, damages.
                    if let Event::Corrupted { at, from, .. } = *e
                        && client_server
                    {
                        assert!(is_server(sim, from), "{e:?}");
                        let lied = lying_since.contains_key(&from)
                            || honest_since.get(&from).is_some_and(|&h| h > at - HOP - 1e-6);
                        assert!(lied, "{e:?} from an honest server");
                    }
                }
                let snapshot = sim.snapshot();
                if client_server {
                    // A client's copy is what its server last sent it: damaged when the
                    // server lied, intact when it did not; checking changes nothing.
                    for (&client, &(by, at)) in &last_answer {
                        if !sim.is_honest(client) {
                            continue;
                        }
                        if let Some(damaged) = expected_damage(by, at, &lying_since, &honest_since) {
                            assert_eq!(sim.holds_damaged(client), damaged,
                                "client {client}, last answered by {by} at {at}");
                        }
                    }
                    assert_eq!(snapshot.metrics.rejected, 0, "clients trust their server");
                    if lying_since.is_empty() && honest_since.is_empty() {
                        assert_eq!(sim.corrupted(), 0, "{:?}", snapshot.metrics);
                        assert!(snapshot.packets.iter().all(|p| p.shape.slug() != "corrupt"));
                    }
                }
                if !client_server && verify {
                    // Nothing damaged is held, nor on its way to be accepted.
                    assert_eq!(sim.corrupted(), 0, "{:?}", snapshot.metrics);
                    assert!(events.iter().all(|e| !matches!(e, Event::Corrupted { .. })),
                        "{events:?}");
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

/// The honest peers of `sim` that hold a damaged copy now.
fn damaged_holders(sim: &Simulation) -> Vec<NodeIndex> {
    (0..sim.topology().nodes.len())
        .filter(|&i| sim.holds_damaged(i))
        .collect()
}

#[test]
fn checking_switched_on_after_damage_spread_rejects_only_damage_and_mends_what_is_held() {
    // One request every ten seconds: ordinary traffic alone would take long to mend.
    let mut sim = Simulation::with_rate(Topology::peer_to_peer(6), 4, Rate::new(0.1));
    let liar = 1;
    sim.set_honest(liar, false);
    // Until the damage reached two honest peers (at most a minute).
    for _ in 0..600 {
        sim.step(0.1);
        if damaged_holders(&sim).len() >= 2 {
            break;
        }
    }
    let held = damaged_holders(&sim);
    assert!(held.len() >= 2, "damage spread to honest peers: {held:?}");
    assert!(
        held.len() < 5,
        "an honest peer still holds a sound copy: {held:?}"
    );
    sim.take_events();
    sim.set_verify(true);
    // Each peer checks the copy it holds at once and asks a partner for a sound one.
    let now = sim.take_events();
    for &peer in &held {
        assert!(
            now.iter()
                .any(|e| matches!(*e, Event::OwnCopyFailed { node, .. } if node == peer)),
            "peer {peer} found its copy damaged: {now:?}"
        );
        assert!(
            now.iter()
                .any(|e| matches!(*e, Event::RequestSent { from, attempt: 1, .. } if from == peer)),
            "peer {peer} asks again at once: {now:?}"
        );
    }
    assert!(now.iter().all(|e| match *e {
        Event::OwnCopyFailed { node, .. } => held.contains(&node),
        _ => true,
    }));
    // Who was rejected: the liar, or an honest peer answering with the damaged copy it
    // had taken before checking was on, until it fetched a sound one.
    let (mut from_liar, mut handed_on) = (0, 0);
    for tenth in 0..600 {
        sim.step(0.1);
        for e in sim.take_events() {
            if let Event::Rejected { at, by, .. } = e {
                match by {
                    b if b == liar => from_liar += 1,
                    b if held.contains(&b) => {
                        handed_on += 1;
                        assert!(tenth < 100, "peer {b} rejected at {at}: still damaged");
                    }
                    b => panic!("peer {b} held a sound copy, yet its answer was rejected at {at}"),
                }
            }
            assert!(!matches!(e, Event::Corrupted { .. }), "{e:?}");
        }
        if tenth == 100 {
            assert_eq!(
                damaged_holders(&sim),
                Vec::<NodeIndex>::new(),
                "mended in 10 s"
            );
        }
    }
    assert!(from_liar > 0);
    eprintln!("rejected: {from_liar} from the liar, {handed_on} handed on by honest peers");
    assert_eq!(sim.metrics().rejected, (from_liar + handed_on) as u64);
}

#[test]
fn a_peer_switched_on_with_checking_on_checks_what_it_holds() {
    let mut sim = Simulation::with_rate(Topology::peer_to_peer(5), 7, Rate::new(0.1));
    sim.set_honest(1, false);
    for _ in 0..900 {
        sim.step(0.1);
    }
    let held = damaged_holders(&sim);
    let Some(&peer) = held.first() else {
        panic!("damage spread");
    };
    sim.set_up(peer, false);
    sim.set_verify(true);
    for _ in 0..30 {
        sim.step(0.1);
    }
    assert!(sim.holds_damaged(peer), "off: it heard nothing");
    sim.take_events();
    sim.set_up(peer, true);
    let now = sim.take_events();
    assert!(
        now.iter()
            .any(|e| matches!(*e, Event::OwnCopyFailed { node, .. } if node == peer)),
        "{now:?}"
    );
}

#[test]
fn the_trust_step_says_what_checking_caught_without_naming_a_sender() {
    // Checking caught answers of honest peers too (they handed on a damaged copy), so the
    // explanation counts them all and names nobody as their sender.
    let said = |words| {
        en(
            &Msg::TourExplanation(Explanation::Trust {
                rejected: 7,
                corrupt_peers: 0,
                corrupt_clients: 0,
            }),
            words,
        )
    };
    let network = said(Words::Network);
    assert!(
        network.contains("Checking caught 7 damaged answers"),
        "{network}"
    );
    assert!(!network.contains("from Peer 2"), "{network}");
    assert!(network.contains("fetched it again"), "{network}");
    assert!(!network.contains("cannot mend"), "{network}");
    let library = said(Words::Library);
    assert!(!library.contains("librarian checks"), "{library}");
    assert!(!library.contains("cannot mend"), "{library}");
}

#[test]
fn the_library_words_give_the_librarian_no_check() {
    let said = en(&Msg::VerifySet { on: true }, Words::Library);
    assert!(!said.contains("checks every book"), "{said}");
    assert!(said.contains("Visitors trust their librarian"), "{said}");
}

#[test]
fn publish_names_each_networks_version_when_they_differ() {
    let mut lab = lab("peers=5");
    lab.apply(Command::PublishFrom {
        model: ModelKind::PeerToPeer,
        node: "p3".into(),
    });
    lab.apply(Command::Publish);
    let said = en(
        lab.snapshot().announcement.as_ref().unwrap(),
        Words::Network,
    );
    let (cs, p2p) = (
        lab.simulation(ModelKind::ClientServer).latest_version(),
        lab.simulation(ModelKind::PeerToPeer).latest_version(),
    );
    assert_eq!((cs, p2p), (2, 3));
    assert!(
        said.contains("version 2 in client-server, version 3 in peer-to-peer"),
        "{said}"
    );
    // The same version in both: said once.
    let mut lab = lab_plain();
    lab.apply(Command::Publish);
    let said = en(
        lab.snapshot().announcement.as_ref().unwrap(),
        Words::Network,
    );
    assert!(
        said.starts_with("Version 2 of the shared file published."),
        "{said}"
    );
}

fn lab_plain() -> Lab {
    lab("")
}

#[test]
fn plain_publish_from_a_dishonest_first_peer_says_the_release_is_damaged() {
    let mut lab = lab("bad=p1");
    lab.apply(Command::Publish);
    let said = en(
        lab.snapshot().announcement.as_ref().unwrap(),
        Words::Network,
    );
    assert!(said.contains("it starts at peer 1"), "{said}");
    assert!(said.contains("checking cannot catch it"), "{said}");
    assert!(!said.contains("spreads from peer to peer"), "{said}");
    // An honest first peer: an ordinary release.
    let mut lab = lab_plain();
    lab.apply(Command::Publish);
    let said = en(
        lab.snapshot().announcement.as_ref().unwrap(),
        Words::Network,
    );
    assert!(said.contains("spreads from peer to peer"), "{said}");
    assert!(!said.contains("checking cannot"), "{said}");
}

#[test]
fn a_dishonest_release_stops_being_the_lesson_once_no_copy_that_is_on_holds_it() {
    let mut lab = lab("peers=4&bad=p1");
    lab.apply(Command::Publish);
    watch(&mut lab, 30.0);
    let s = lab.snapshot();
    assert!(s.peer_to_peer.nodes.iter().all(|n| n.version == 2));
    assert_eq!(s.peer_to_peer.insight, Msg::InsightBadPublisher);
    // Peer 3 goes off holding the damaged release; an honest version 3 replaces it on
    // every peer that is on.
    lab.apply(Command::Toggle {
        model: ModelKind::PeerToPeer,
        node: "p3".into(),
    });
    lab.apply(Command::SetHonest {
        model: ModelKind::PeerToPeer,
        node: "p1".into(),
        honest: true,
    });
    lab.apply(Command::PublishFrom {
        model: ModelKind::PeerToPeer,
        node: "p1".into(),
    });
    watch(&mut lab, 30.0);
    let s = lab.snapshot();
    let on: Vec<_> = s.peer_to_peer.nodes.iter().filter(|n| n.up).collect();
    assert!(on.iter().all(|n| n.version == 3 && !n.damaged), "{on:?}");
    assert_ne!(s.peer_to_peer.insight, Msg::InsightBadPublisher);
}
