//! History (issue 13): any kept moment, sought after the fact, is exactly the moment as it
//! was shown live; a fork cuts the future off and one Undo brings it back; the kept past
//! stays within its memory bound and stops growing once its window is full.
#![cfg(not(target_arch = "wasm32"))]

use netmodels::model::{
    Clock, Command, History, LabSnapshot, ModelKind, Msg, Scenario, TourCommand, WINDOW_SECONDS,
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

fn classroom() -> Scenario {
    Scenario {
        clients: 12,
        peers: 12,
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
