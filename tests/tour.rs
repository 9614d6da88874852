//! The guided tour, walked through natively the way a learner would: predict, act, watch,
//! read the explanation; and the library words.

use netmodels::model::{
    Command, Lab, ModelKind, STEP_COUNT, Scenario, TourCommand, Words, parse_query,
};

fn watch(lab: &mut Lab, seconds: f64) {
    for _ in 0..(seconds * 60.0).ceil() as usize {
        lab.elapse(1.0 / 60.0);
    }
}

fn tour(lab: &Lab) -> netmodels::model::TourView {
    lab.snapshot().tour.expect("the tour is open")
}

/// Does what step `step` (1-based) asks.
fn act(lab: &mut Lab, step: usize) {
    let toggle = |model, node: &str| Command::Toggle {
        model,
        node: node.to_string(),
    };
    match step {
        3 | 7 => lab.apply(toggle(ModelKind::ClientServer, "s1")),
        4 => lab.apply(toggle(ModelKind::PeerToPeer, "p2")),
        5 => lab.apply(Command::Publish),
        6 => lab.apply(toggle(ModelKind::PeerToPeer, "p1")),
        _ => {}
    }
}

#[test]
fn the_whole_tour_can_be_walked_through_and_each_step_explains_with_live_numbers() {
    let (scenario, notices) = parse_query("tour=1");
    assert!(notices.is_empty());
    let mut lab = Lab::new(scenario);
    for step in 1..=STEP_COUNT {
        let view = tour(&lab);
        assert_eq!((view.step, view.count), (step, 8));
        assert_eq!(view.phase, "predict");
        assert_eq!(view.choices.len(), 3);
        // Nothing happens before a choice is made.
        lab.apply(Command::Tour(TourCommand::Commit));
        assert_eq!(tour(&lab).phase, "predict");
        lab.apply(Command::Tour(TourCommand::Choose(1)));
        assert_eq!(tour(&lab).chosen, Some(1));
        lab.apply(Command::Tour(TourCommand::Commit));
        let phase = tour(&lab).phase;
        match step {
            1 | 2 | 8 => assert_eq!(phase, "observe", "step {step}"),
            _ => {
                assert_eq!(phase, "act", "step {step}");
                // Waiting without acting does not move on.
                watch(&mut lab, 5.0);
                assert_eq!(tour(&lab).phase, "act", "step {step}");
                act(&mut lab, step);
            }
        }
        watch(&mut lab, 4.1);
        let view = tour(&lab);
        assert_eq!(view.phase, "explain", "step {step}");
        let explanation = view.explanation.unwrap();
        assert!(
            explanation.chars().any(|c| c.is_ascii_digit()),
            "{explanation}"
        );
        assert!(view.verdict.unwrap().contains("You predicted"));
        lab.apply(Command::Tour(TourCommand::Next));
    }
    assert!(lab.snapshot().tour.is_none(), "finished");
}

#[test]
fn the_single_point_of_failure_step_quotes_what_happened() {
    let mut lab = Lab::new(Scenario::default());
    lab.apply(Command::Tour(TourCommand::Open(Some(3))));
    lab.apply(Command::Tour(TourCommand::Choose(2)));
    lab.apply(Command::Tour(TourCommand::Commit));
    watch(&mut lab, 6.0);
    lab.apply(Command::Toggle {
        model: ModelKind::ClientServer,
        node: "s1".into(),
    });
    watch(&mut lab, 4.2);
    let view = tour(&lab);
    assert_eq!(
        view.verdict.as_deref(),
        Some("You predicted “No client can be served”, and that is what happened.")
    );
    let snapshot = lab.snapshot();
    let text = view.explanation.unwrap();
    assert!(text.contains("single point of failure"));
    assert!(text.contains(&format!(
        "{} requests have failed",
        snapshot.client_server.metrics.failed
    )));
    assert!(text.contains("0 of 3 clients are served"), "{text}");
}

#[test]
fn the_tour_can_be_skipped_closed_resumed_and_stepped_back() {
    let mut lab = Lab::new(Scenario::default());
    assert!(lab.snapshot().tour.is_none());
    lab.apply(Command::Tour(TourCommand::Open(None)));
    lab.apply(Command::Tour(TourCommand::Next));
    lab.apply(Command::Tour(TourCommand::Next));
    assert_eq!(tour(&lab).step, 3);
    lab.apply(Command::Tour(TourCommand::Close));
    let snapshot = lab.snapshot();
    assert!(snapshot.tour.is_none());
    assert_eq!(snapshot.tour_resume, 3);
    assert!(snapshot.announcement.contains("resumes at step 3 of 8"));
    lab.apply(Command::Tour(TourCommand::Open(None)));
    assert_eq!(tour(&lab).step, 3);
    lab.apply(Command::Tour(TourCommand::Back));
    assert_eq!(tour(&lab).step, 2);
    // Out-of-range steps are clamped, never a panic.
    lab.apply(Command::Tour(TourCommand::Open(Some(99))));
    assert_eq!(tour(&lab).step, 8);
    lab.apply(Command::Tour(TourCommand::Choose(7)));
    assert_eq!(tour(&lab).chosen, None);
}

#[test]
fn a_step_remembered_from_an_earlier_visit_is_where_the_tour_opens() {
    let mut lab = Lab::new(Scenario::default());
    lab.apply(Command::Tour(TourCommand::Remember(6)));
    assert_eq!(lab.snapshot().tour_resume, 6);
    // Nonsense is clamped.
    lab.apply(Command::Tour(TourCommand::Remember(0)));
    assert_eq!(lab.snapshot().tour_resume, 1);
    lab.apply(Command::Tour(TourCommand::Remember(usize::MAX)));
    assert_eq!(lab.snapshot().tour_resume, 8);
    lab.apply(Command::Tour(TourCommand::Open(None)));
    assert_eq!(tour(&lab).step, 8);
    // While the tour is open, where the learner is now wins.
    lab.apply(Command::Tour(TourCommand::Remember(2)));
    assert_eq!(tour(&lab).step, 8);
}

#[test]
fn a_step_sets_up_its_own_scene() {
    let mut lab = Lab::new(Scenario::default());
    lab.apply(Command::Tour(TourCommand::Open(Some(7))));
    let s = lab.snapshot();
    let servers = s
        .client_server
        .nodes
        .iter()
        .filter(|n| n.id.starts_with('s'))
        .count();
    assert_eq!(servers, 2);
    lab.apply(Command::Tour(TourCommand::Open(Some(5))));
    let p4 = lab.snapshot().peer_to_peer.nodes[3].clone();
    assert_eq!((p4.id.as_str(), p4.up), ("p4", false));
}

#[test]
fn the_library_analogy_renames_everything_but_changes_no_number() {
    let run = |words| {
        let mut lab = Lab::new(Scenario {
            words,
            ..Scenario::default()
        });
        lab.apply(Command::Toggle {
            model: ModelKind::ClientServer,
            node: "s1".into(),
        });
        watch(&mut lab, 8.0);
        lab.snapshot()
    };
    let (network, library) = (run(Words::Network), run(Words::Library));
    assert_eq!(network.client_server.metrics, library.client_server.metrics);
    assert_eq!(network.peer_to_peer.metrics, library.peer_to_peer.metrics);
    assert_eq!(library.client_server.nodes[0].label, "Librarian 1");
    assert_eq!(library.client_server.nodes[1].label, "Visitor 1");
    assert_eq!(library.peer_to_peer.nodes[0].label, "Friend 1");
    assert!(library.announcement.starts_with("Librarian 1 went away"));
    assert!(
        library
            .client_server
            .log
            .iter()
            .any(|l| l.contains("visitor 1 → librarian 1")),
        "{:?}",
        library.client_server.log
    );
    assert!(
        network
            .client_server
            .log
            .iter()
            .all(|l| !l.contains("librarian"))
    );
    let (s, notices) = parse_query("labels=analogy&tour=3");
    assert_eq!((s.words, s.tour), (Words::Library, Some(3)));
    assert!(notices.is_empty());
    let (s, notices) = parse_query("labels=pirate&tour=99");
    assert_eq!((s.words, s.tour), (Words::Network, Some(8)));
    assert_eq!(notices.len(), 2);
}
