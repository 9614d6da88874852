//! History: any kept moment, sought after the fact, is exactly the moment as it
//! was shown live; a fork cuts the future off and one Undo brings it back; the kept past
//! stays within its memory bound and stops growing once its window is full.
#![cfg(not(target_arch = "wasm32"))]

use netmodels::model::{
    Capacity, Clock, Command, DiagramSnapshot, History, LabSnapshot, LinkFidelity, MAX_COMMANDS,
    MAX_SCRIPT_ENTRIES, ModelKind, Msg, Scenario, TourCommand, WINDOW_SECONDS, parse_query,
    to_query,
};
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Action {
    Toggle(ModelKind, usize),
    Pause(bool),
    StepOnce,
    Speed(f64),
    Servers(usize),
    Clients(usize),
    Peers(usize),
    Reset,
    Publish,
    Tour(u8),
    Frame(f64),
    /// Look at what is on screen now, to seek back to later.
    Remember,
    /// Go back to one of the moments looked at (by position, modulo their count).
    Seek(usize),
}

fn action() -> impl Strategy<Value = Action> {
    let model = prop_oneof![Just(ModelKind::ClientServer), Just(ModelKind::PeerToPeer)];
    prop_oneof![
        4 => (model, 0..16usize).prop_map(|(m, i)| Action::Toggle(m, i)),
        1 => any::<bool>().prop_map(Action::Pause),
        1 => Just(Action::StepOnce),
        1 => prop_oneof![Just(0.25), Just(1.0), Just(4.0)].prop_map(Action::Speed),
        1 => (1..4usize).prop_map(Action::Servers),
        1 => (1..13usize).prop_map(Action::Clients),
        1 => (2..13usize).prop_map(Action::Peers),
        1 => Just(Action::Reset),
        1 => Just(Action::Publish),
        1 => (0..4u8).prop_map(Action::Tour),
        12 => prop_oneof![0.0..0.25f64, Just(1.0 / 60.0), Just(0.25)].prop_map(Action::Frame),
        3 => Just(Action::Remember),
        1 => (0..64usize).prop_map(Action::Seek),
    ]
}

fn node(history: &History, model: ModelKind, i: usize) -> String {
    let nodes = &history.simulation(model).topology().nodes;
    nodes[i % nodes.len()].id.clone()
}

fn command(history: &History, action: &Action) -> Option<Command> {
    Some(match *action {
        Action::Toggle(model, i) => Command::Toggle {
            model,
            node: node(history, model, i),
        },
        Action::Pause(p) => Command::SetPaused(p),
        Action::StepOnce => Command::StepOnce,
        Action::Speed(f) => Command::SetSpeed(f),
        Action::Servers(n) => Command::SetServers(n),
        Action::Clients(n) => Command::SetClients(n),
        Action::Peers(n) => Command::SetPeers(n),
        Action::Reset => Command::Reset,
        Action::Publish => Command::Publish,
        Action::Tour(0) => Command::Tour(TourCommand::Open(None)),
        Action::Tour(1) => Command::Tour(TourCommand::Next),
        Action::Tour(2) => Command::Tour(TourCommand::Choose(0)),
        Action::Tour(_) => Command::Tour(TourCommand::Close),
        Action::Frame(_) | Action::Remember | Action::Seek(_) => return None,
    })
}

/// What history restores: the simulation as drawn and the clocks. Not the display
/// choices, which a seek keeps as they are now, nor the live region, which says what
/// was last done (a display choice such as closing the tour speaks there too).
fn simulated(s: &LabSnapshot) -> impl PartialEq + std::fmt::Debug + '_ {
    (&s.client_server, &s.peer_to_peer, s.time, s.session_time)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn every_moment_sought_back_is_the_moment_as_shown(
        actions in prop::collection::vec(action(), 1..160),
        clients in 1..13usize,
        peers in 2..13usize,
        seed in any::<u64>(),
    ) {
        let mut history = History::new(Scenario { clients, peers, seed, ..Scenario::default() });
        let mut seen: Vec<(Clock, LabSnapshot)> = Vec::new();
        for action in &actions {
            match action {
                Action::Frame(dt) => history.elapse(*dt),
                Action::Remember => seen.push((history.clock(), history.snapshot())),
                Action::Seek(i) if !seen.is_empty() => history.seek(seen[i % seen.len()].0),
                _ => {
                    if let Some(c) = command(&history, action) {
                        // A moment is a tick: what it shows is the state after everything
                        // done at that tick, so a look taken before another command at
                        // the same tick was not that moment's last word.
                        let now = history.clock().ticks();
                        if c.changes_simulation() {
                            seen.retain(|(at, _)| at.ticks() != now);
                        }
                        let furthest = history.kept_range().1;
                        history.apply(c);
                        // Acting while looking back forked: what came after is gone.
                        if history.kept_range().1 < furthest {
                            seen.retain(|(at, _)| at.ticks() <= now);
                        }
                    }
                }
            }
        }
        seen.push((history.clock(), history.snapshot()));
        // Latest first and then in a shuffled order: each seek starts from wherever the
        // previous one left the page.
        let order: Vec<usize> = (0..seen.len()).rev().chain((0..seen.len()).step_by(3)).collect();
        for i in order {
            let (at, shown) = &seen[i];
            history.seek(*at);
            let again = history.snapshot();
            prop_assert_eq!(simulated(&again), simulated(shown), "moment {} at {:?}", i, at);
        }
    }
}

/// Where two snapshots of the same moment may differ: a link writes `t` to a ten-thousandth
/// of a second, so what moves (packets, the clock since Reset) may be that far apart.
fn assert_same_moment(reopened: &LabSnapshot, shown: &LabSnapshot) -> Result<(), TestCaseError> {
    prop_assert_eq!(reopened.session_time, shown.session_time);
    prop_assert!(
        (reopened.time - shown.time).abs() < 1e-3,
        "{} {}",
        reopened.time,
        shown.time
    );
    let pairs = [
        (&reopened.client_server, &shown.client_server),
        (&reopened.peer_to_peer, &shown.peer_to_peer),
    ];
    for (a, b) in pairs {
        prop_assert_eq!(&a.nodes, &b.nodes);
        prop_assert_eq!(&a.metrics, &b.metrics);
        prop_assert_eq!(
            (&a.log, &a.log_at),
            (&b.log, &b.log_at),
            "the same event log"
        );
        let packets = |d: &DiagramSnapshot| -> Vec<(u64, String)> {
            d.packets
                .iter()
                .map(|p| (p.id, format!("{:?}", p.shape)))
                .collect()
        };
        prop_assert_eq!(packets(a), packets(b), "the same packets in flight");
        for (p, q) in a.packets.iter().zip(&b.packets) {
            let apart = (p.position.x - q.position.x).hypot(p.position.y - q.position.y);
            prop_assert!(apart < 0.5, "packet {} is {} apart", p.id, apart);
        }
    }
    Ok(())
}

/// What a Share link of `history` reopens: the link read back as the page reads it.
fn reopened(history: &History) -> (String, LabSnapshot) {
    let link = to_query(&history.share_link());
    let (scenario, notices) = parse_query(&link);
    assert_eq!(notices, vec![], "{link}");
    (link, History::new(scenario).snapshot())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Share, after any session (sizes changed, tour scenes, seeks and forks), reopens the
    /// moment on screen as it was shown.
    #[test]
    fn a_shared_link_reopens_the_moment_shown(
        actions in prop::collection::vec(action(), 1..120),
        clients in 1..13usize,
        peers in 2..13usize,
        seed in any::<u64>(),
    ) {
        let mut history = History::new(Scenario { clients, peers, seed, ..Scenario::default() });
        let mut seen: Vec<Clock> = Vec::new();
        for action in &actions {
            match action {
                Action::Frame(dt) => history.elapse(*dt),
                Action::Remember => seen.push(history.clock()),
                Action::Seek(i) if !seen.is_empty() => history.seek(seen[i % seen.len()]),
                _ => {
                    if let Some(c) = command(&history, action) {
                        history.apply(c);
                    }
                }
            }
        }
        let shown = history.snapshot();
        let (link, again) = reopened(&history);
        prop_assert_eq!(history.link_fidelity(), LinkFidelity::Exact);
        prop_assert!(link.contains("t="), "a link to a moment: {}", link);
        prop_assert!(again.paused);
        assert_same_moment(&again, &shown).map_err(|e| TestCaseError::fail(format!("{link}: {e}")))?;
    }
}

/// The selectors' largest scene, with a server that can answer all twelve clients: these
/// tests are about time travel, and a queue at the server would blur what they compare.
fn classroom() -> Scenario {
    Scenario {
        clients: 12,
        peers: 12,
        capacity: Capacity::PerSecond(Capacity::MAX),
        ..Scenario::default()
    }
}

fn seconds(history: &mut History, s: f64) {
    for _ in 0..(s * 4.0).round() as usize {
        history.elapse(0.25);
    }
}

#[test]
fn a_fork_drops_the_future_and_undo_restores_it_exactly() {
    let mut h = History::new(classroom());
    seconds(&mut h, 6.0);
    h.apply(Command::Toggle {
        model: ModelKind::ClientServer,
        node: "s1".into(),
    });
    seconds(&mut h, 6.0);
    h.apply(Command::Publish);
    seconds(&mut h, 6.0);
    let end = (h.clock(), h.snapshot());
    h.seek_seconds(3.0);
    let before = h.snapshot();
    assert!(before.client_server.nodes[0].up);
    // Acting at 3 s: the server never goes off in this new future.
    h.apply(Command::Toggle {
        model: ModelKind::PeerToPeer,
        node: "p1".into(),
    });
    h.apply(Command::SetPaused(false));
    seconds(&mut h, 12.0);
    assert!(
        h.snapshot().client_server.nodes[0].up,
        "the old future is gone"
    );
    assert_eq!(h.snapshot().client_server.metrics.availability, Some(1.0));
    assert!(h.can_undo());
    h.undo();
    assert!(!h.can_undo());
    assert_eq!(h.session_time(), 3.0, "Undo shows the moment of the fork");
    assert_eq!(simulated(&h.snapshot()), simulated(&before));
    assert!(matches!(
        h.snapshot().announcement,
        Some(Msg::HistoryUndone { .. })
    ));
    h.seek(end.0);
    assert_eq!(simulated(&h.snapshot()), simulated(&end.1));
}

#[test]
fn time_running_while_looking_back_replays_what_happened() {
    let mut h = History::new(classroom());
    seconds(&mut h, 4.0);
    h.apply(Command::Toggle {
        model: ModelKind::ClientServer,
        node: "s1".into(),
    });
    seconds(&mut h, 4.0);
    let live = h.snapshot();
    h.seek_seconds(1.0);
    h.apply(Command::SetPaused(false));
    seconds(&mut h, 7.0);
    assert!(!h.looking_back(), "back at the furthest moment");
    assert!(!h.can_undo(), "watching is not acting");
    assert_eq!(simulated(&h.snapshot()), simulated(&live));
}

#[test]
fn the_kept_window_holds_thirty_minutes_then_slides() {
    let mut h = History::new(classroom());
    seconds(&mut h, WINDOW_SECONDS + 120.0);
    let (first, last) = h.kept_range();
    assert_eq!(last, WINDOW_SECONDS + 120.0);
    assert!(
        last - first >= WINDOW_SECONDS - 5.0 && last - first <= WINDOW_SECONDS,
        "{first}..{last}"
    );
    h.seek_seconds(0.0);
    assert_eq!(
        h.session_time(),
        first,
        "a seek before the window lands at its start"
    );
}

// A link stays exact after a size change or a tour scene.

#[test]
fn a_link_after_resizing_both_networks_reopens_the_same_moment() {
    let mut h = History::new(classroom());
    seconds(&mut h, 4.0);
    let switch = |model, node: &str| Command::Toggle {
        model,
        node: node.into(),
    };
    h.apply(switch(ModelKind::ClientServer, "c3"));
    seconds(&mut h, 3.5);
    h.apply(Command::SetClients(5));
    h.apply(Command::SetPeers(6));
    seconds(&mut h, 2.25);
    h.apply(switch(ModelKind::PeerToPeer, "p6"));
    h.apply(Command::SetServers(2));
    seconds(&mut h, 3.0);
    h.apply(switch(ModelKind::ClientServer, "s2"));
    h.apply(Command::Publish);
    h.elapse(0.1234);
    seconds(&mut h, 1.5);
    h.elapse(0.05);
    h.apply(Command::SetPaused(true));
    let shown = h.snapshot();
    assert!(
        shown.client_server.packets.len() + shown.peer_to_peer.packets.len() > 0,
        "packets in flight to compare"
    );
    let (link, again) = reopened(&h);
    assert!(
        link.contains("clients=12&peers=12&capacity=1000&script=400dc3,350c5,m6,"),
        "the start's sizes, then the changes: {link}"
    );
    assert!(
        link.contains(",225dp6,s2,") && link.contains("ds2"),
        "{link}"
    );
    assert_same_moment(&again, &shown).unwrap();
    // The same moment, and what the reopened page does next is what the first one did.
    assert_eq!(
        again.client_server.nodes.len(),
        2 + 5,
        "two servers, five clients"
    );
    assert!(
        !again
            .client_server
            .nodes
            .iter()
            .any(|n| n.id == "s2" && n.up)
    );
    assert!(
        !again
            .peer_to_peer
            .nodes
            .iter()
            .any(|n| n.id == "p6" && n.up)
    );
}

#[test]
fn a_link_after_tour_scenes_reopens_the_scene_without_the_panel() {
    // Opened at the tour's resilience step: its scene has p4 off from the start.
    let (scenario, _) = parse_query("tour=resilience");
    let mut h = History::new(scenario);
    seconds(&mut h, 3.0);
    h.apply(Command::Tour(TourCommand::Next));
    seconds(&mut h, 2.0);
    h.apply(Command::Reset);
    seconds(&mut h, 2.0);
    h.apply(Command::Tour(TourCommand::Close));
    h.apply(Command::SetPeers(4));
    seconds(&mut h, 1.75);
    let shown = h.snapshot();
    let (link, again) = reopened(&h);
    assert!(link.contains("script=t4,300t5,200r,200m4"), "{link}");
    assert_same_moment(&again, &shown).unwrap();
    assert!(again.tour.is_none(), "a link opens no tour panel: {link}");
}

#[test]
fn a_scripted_size_change_names_nodes_that_exist_from_then_on() {
    let (scenario, notices) =
        parse_query("clients=3&script=2:off:c5,4:clients:6,5:off:c5,6:peers:2,7:on:p3");
    let text: Vec<String> = notices.iter().map(|n| format!("{:?}", n.message)).collect();
    assert_eq!(
        text.len(),
        2,
        "c5 before it exists, p3 after it is gone: {text:?}"
    );
    assert!(text[0].contains("2:off:c5") && text[1].contains("7:on:p3"));
    let mut h = History::new(Scenario {
        at: Some(5.5),
        ..scenario
    });
    assert_eq!(h.snapshot().client_server.nodes.len(), 7);
    assert!(!h.snapshot().client_server.nodes[5].up, "c5 off at 5 s");
    h.apply(Command::SetPaused(false));
    seconds(&mut h, 1.0);
    assert_eq!(h.snapshot().peer_to_peer.nodes.len(), 2);
}

/// What a person reads off the diagrams: each node, whether it is on and honest.
fn nodes_drawn(s: &LabSnapshot) -> Vec<(String, bool, bool)> {
    let nodes = s.client_server.nodes.iter().chain(&s.peer_to_peer.nodes);
    nodes.map(|n| (n.id.clone(), n.up, n.honest)).collect()
}

/// Share's link, opened as the page opens it: the moment on screen when it names one,
/// else at least the networks as they are on screen (sizes, who is off or dishonest).
/// Returns how much of the moment the link said it keeps.
fn assert_link_shows_the_screen(history: &History) -> LinkFidelity {
    let link = to_query(&history.share_link());
    let (scenario, notices) = parse_query(&link);
    assert_eq!(notices, vec![], "{link}");
    let shown = history.snapshot();
    let again = History::new(scenario.clone()).snapshot();
    let fidelity = history.link_fidelity();
    match fidelity {
        LinkFidelity::Exact => assert_same_moment(&again, &shown).unwrap(),
        LinkFidelity::PresentOnly => {
            assert_eq!(scenario.at, None, "no moment claimed: {link}");
            assert_eq!(nodes_drawn(&again), nodes_drawn(&shown), "{link}");
        }
    }
    fidelity
}

/// A session opened from a link with a script and a moment, in which someone then
/// switched s1 back on and p3 off, run on past the kept window.
fn longer_than_the_window() -> History {
    let (scenario, notices) = parse_query("clients=12&peers=12&script=2:off:s1,3:publish&t=4");
    assert_eq!(notices, vec![]);
    let mut h = History::new(scenario);
    h.apply(Command::SetSpeed(4.0));
    h.apply(Command::SetPaused(false));
    seconds(&mut h, 20.0);
    for (model, node) in [
        (ModelKind::ClientServer, "s1"),
        (ModelKind::PeerToPeer, "p3"),
    ] {
        h.apply(Command::Toggle {
            model,
            node: node.into(),
        });
    }
    seconds(&mut h, (WINDOW_SECONDS + 60.0) / 4.0);
    assert!(h.kept_range().0 > 80.0, "the start is out of the window");
    h
}

#[test]
fn share_after_the_kept_window_carries_no_old_script_or_moment() {
    let h = longer_than_the_window();
    let link = to_query(&h.share_link());
    let (scenario, _) = parse_query(&link);
    assert_eq!(scenario.script, vec![], "the opening link's script: {link}");
    assert_eq!(scenario.at, None, "the opening link's moment: {link}");
    assert!(link.contains("down=p3"), "{link}");
}

#[test]
fn a_shared_link_opened_shows_what_was_on_screen() {
    let mut h = longer_than_the_window();
    assert_eq!(assert_link_shows_the_screen(&h), LinkFidelity::PresentOnly);
    h.apply(Command::SetPaused(true));
    assert_eq!(assert_link_shows_the_screen(&h), LinkFidelity::PresentOnly);
    // Shorter sessions get the moment itself.
    let mut short = History::new(classroom());
    seconds(&mut short, 3.0);
    short.apply(Command::Toggle {
        model: ModelKind::PeerToPeer,
        node: "p2".into(),
    });
    seconds(&mut short, 1.0);
    assert_eq!(assert_link_shows_the_screen(&short), LinkFidelity::Exact);
}

#[test]
fn a_shared_link_at_the_end_of_the_window_shows_what_was_on_screen() {
    // Past the latest moment a link can name, though nothing has left the window yet.
    let mut h = History::new(classroom());
    h.apply(Command::SetSpeed(4.0));
    seconds(&mut h, (WINDOW_SECONDS + 2.0) / 4.0);
    h.apply(Command::Toggle {
        model: ModelKind::ClientServer,
        node: "c2".into(),
    });
    h.apply(Command::SetPaused(true));
    assert_eq!(h.kept_range().0, 0.0, "the start is still kept");
    assert_eq!(assert_link_shows_the_screen(&h), LinkFidelity::PresentOnly);
}

#[test]
fn a_link_with_more_entries_than_a_script_plays_keeps_only_the_present() {
    let mut h = History::new(classroom());
    let switch = Command::Toggle {
        model: ModelKind::PeerToPeer,
        node: "p4".into(),
    };
    for _ in 0..=MAX_SCRIPT_ENTRIES {
        h.apply(switch.clone());
        h.elapse(0.01);
    }
    assert_eq!(assert_link_shows_the_screen(&h), LinkFidelity::PresentOnly);
    assert_eq!(parse_query(&to_query(&h.share_link())).0.script, vec![]);
}

#[test]
fn commands_while_paused_keep_the_log_bounded_and_replay_exact() {
    let mut h = History::new(classroom());
    seconds(&mut h, 7.0);
    h.apply(Command::SetPaused(true));
    let switch = Command::Toggle {
        model: ModelKind::PeerToPeer,
        node: "p4".into(),
    };
    // Three times the log's bound, all at one paused moment: an odd count leaves p4 off.
    for _ in 0..3 * MAX_COMMANDS + 1 {
        h.apply(switch.clone());
    }
    assert!(
        h.entries().len() <= MAX_COMMANDS,
        "{} commands kept while paused",
        h.entries().len()
    );
    let stormed = (h.clock(), h.snapshot());
    assert!(!stormed.1.peer_to_peer.nodes[3].up, "p4 ends off");
    h.apply(Command::SetPaused(false));
    seconds(&mut h, 6.0);
    let later = (h.clock(), h.snapshot());
    h.seek(stormed.0);
    assert_eq!(simulated(&h.snapshot()), simulated(&stormed.1));
    h.seek(later.0);
    assert_eq!(simulated(&h.snapshot()), simulated(&later.1));
}

#[test]
fn every_peer_off_measures_nothing_yet_the_timeline_shows_it_down() {
    let mut h = History::new(classroom());
    seconds(&mut h, 5.0);
    for i in 1..=12 {
        h.apply(Command::Switch {
            model: ModelKind::PeerToPeer,
            node: format!("p{i}"),
            on: false,
        });
    }
    seconds(&mut h, 20.0);
    h.apply(Command::Switch {
        model: ModelKind::PeerToPeer,
        node: "p1".into(),
        on: true,
    });
    h.apply(Command::Switch {
        model: ModelKind::PeerToPeer,
        node: "p2".into(),
        on: true,
    });
    seconds(&mut h, 10.0);
    // Nobody asks, so nothing is measured: the line alone would simply stop.
    let samples: Vec<_> = h.samples().iter().copied().collect();
    let unmeasured = samples
        .iter()
        .filter(|s| s.seconds() > 5.0 && s.peer_to_peer.is_none())
        .count();
    assert!(unmeasured > 10, "{unmeasured} samples without a measure");
    // Every sample from the switch-off (after 5 s's own sample) to the two peers back at
    // 25 s is down; none before or after; the client-server network never is.
    for s in &samples {
        let off = s.seconds() > 5.0 && s.seconds() <= 25.0;
        assert_eq!(s.peer_to_peer_down, off, "at {} s", s.seconds());
        assert!(!s.client_server_down, "at {} s", s.seconds());
    }
    // One period, from the first sample down to the first one up again, read from every
    // sample even when the line is thinned to a few points.
    for points in [120, 8] {
        let view = h.timeline(points);
        assert_eq!(
            view.down,
            [(ModelKind::PeerToPeer, 5.5, 25.5)],
            "{points} points"
        );
        // The thinned line keeps the samples where it stops and starts again.
        let p2p: Vec<bool> = view
            .samples
            .iter()
            .map(|s| s.peer_to_peer.is_some())
            .collect();
        assert!(
            p2p.windows(2).any(|w| w == [true, false]),
            "{points}: {p2p:?}"
        );
        assert!(
            p2p.windows(2).any(|w| w == [false, true]),
            "{points}: {p2p:?}"
        );
    }
}
