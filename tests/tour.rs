//! The guided tour, walked through natively the way a learner would: predict, act, watch,
//! read the explanation; and the library words.

use netmodels::model::{
    Command, Lab, LabSnapshot, ModelKind, STEP_COUNT, Scenario, TourCommand, Words, parse_query,
    step_name, step_named,
};
use netmodels::text::en;

fn watch(lab: &mut Lab, seconds: f64) {
    for _ in 0..(seconds * 60.0).ceil() as usize {
        lab.elapse(1.0 / 60.0);
    }
}

/// "1 stale copy", "2 stale copies".
fn copies(n: usize) -> String {
    match n {
        1 => "1 stale copy".to_string(),
        n => format!("{n} stale copies"),
    }
}

fn tour(lab: &Lab) -> netmodels::model::TourView {
    lab.snapshot().tour.expect("the tour is open")
}

/// Does what the step named `step` asks.
fn act(lab: &mut Lab, step: &str) {
    let toggle = |model, node: &str| Command::Toggle {
        model,
        node: node.to_string(),
    };
    match step {
        "spof" | "several-servers" => lab.apply(toggle(ModelKind::ClientServer, "s1")),
        "resilience" => lab.apply(toggle(ModelKind::PeerToPeer, "p2")),
        "consistency" => lab.apply(Command::Publish),
        "hidden-server" => lab.apply(toggle(ModelKind::PeerToPeer, "p1")),
        "trust" => lab.apply(Command::SetVerify(true)),
        _ => {}
    }
}

/// The steps in the order a learner meets them, by name: the trust step comes after the
/// consistency one.
const ORDER: [&str; STEP_COUNT] = [
    "server",
    "peers",
    "spof",
    "resilience",
    "consistency",
    "trust",
    "hidden-server",
    "several-servers",
    "scaling",
];

/// The right answer of each step (0-based choice), as the lesson teaches it.
const CORRECT: [usize; STEP_COUNT] = [0, 1, 2, 1, 1, 1, 1, 1, 1];

/// What each step's explanation must quote, read from the same snapshot's own numbers
/// (and, for the chart step, from the textbook: 100 copies at u_s = 10·u take 10 h; with
/// every peer uploading, 100 / 110 h).
fn numbers_quoted(step: &str, s: &LabSnapshot) -> Vec<String> {
    let (cs, p2p) = (&s.client_server.metrics, &s.peer_to_peer.metrics);
    let percent = |a: Option<f64>| format!("{:.0} %", a.expect("measured") * 100.0);
    match step {
        "server" => {
            assert!(cs.answered > 0);
            vec![format!(
                "{} of {} requests were answered",
                cs.answered, cs.sent
            )]
        }
        "peers" => {
            assert!(p2p.answered > 0);
            vec![format!("{} requests were answered", p2p.answered)]
        }
        "spof" => {
            assert!(cs.failed > 0);
            vec![
                format!("{} requests have failed", cs.failed),
                format!("availability is {}", percent(cs.availability)),
                "0 of 3 clients are served".to_string(),
            ]
        }
        "resilience" => vec![format!(
            "Availability is still {}: {} of 4 peers are served",
            percent(p2p.availability),
            p2p.served
        )],
        "consistency" => vec![
            format!("Client-server has {}", copies(cs.stale)),
            format!("Peer-to-peer has {}", copies(p2p.stale)),
        ],
        "hidden-server" => vec![format!("{} of 5 peers are still served", p2p.served)],
        "several-servers" => vec!["3 of 6 clients are still served".to_string()],
        "trust" => {
            // Checking was on for the whole watch: damaged answers were caught, and the
            // honest server's clients hold no damaged copy.
            assert!(p2p.rejected > 0, "something was caught");
            assert_eq!(cs.corrupt, 0);
            vec![
                format!("Checking caught {} damaged answer", p2p.rejected),
                format!("{} damaged cop", p2p.corrupt),
                "The clients hold 0 damaged copies".to_string(),
            ]
        }
        _ => vec!["at least 10.0 h".to_string(), "at least 0.91 h".to_string()],
    }
}

#[test]
fn the_whole_tour_can_be_walked_through_and_each_step_explains_with_live_numbers() {
    let (scenario, notices) = parse_query("tour=1");
    assert!(notices.is_empty());
    let mut lab = Lab::new(scenario);
    for step in 1..=STEP_COUNT {
        let view = tour(&lab);
        assert_eq!((view.step, view.count), (step, 9));
        let name = ORDER[step - 1];
        assert_eq!(view.name, name);
        assert_eq!(view.phase, "predict");
        assert_eq!(view.choices.len(), 3);
        // Nothing happens before a choice is made.
        lab.apply(Command::Tour(TourCommand::Commit));
        assert_eq!(tour(&lab).phase, "predict");
        lab.apply(Command::Tour(TourCommand::Choose(1)));
        assert_eq!(tour(&lab).chosen, Some(1));
        lab.apply(Command::Tour(TourCommand::Commit));
        let phase = tour(&lab).phase;
        match name {
            "server" | "peers" | "scaling" => assert_eq!(phase, "observe", "step {step}"),
            _ => {
                assert_eq!(phase, "act", "step {step}");
                // Waiting without acting does not move on.
                watch(&mut lab, 5.0);
                assert_eq!(tour(&lab).phase, "act", "step {step}");
                act(&mut lab, name);
            }
        }
        watch(&mut lab, 4.1);
        let snapshot = lab.snapshot();
        let view = snapshot.tour.clone().expect("the tour is open");
        assert_eq!(view.phase, "explain", "step {step}");
        let explanation = en(&view.explanation.unwrap(), Words::Network);
        let choice = |i: usize| en(&view.choices[i], Words::Network);
        for quoted in numbers_quoted(name, &snapshot) {
            assert!(
                explanation.contains(&quoted),
                "step {step}: «{quoted}» in {explanation}"
            );
        }
        // Choice 1 was predicted everywhere: right in some steps, wrong in others.
        let answer = CORRECT[step - 1];
        let expected = match answer {
            1 => format!("You predicted “{}”, and that is what happened.", choice(1)),
            _ => format!(
                "You predicted “{}”; the network showed otherwise: “{}”.",
                choice(1),
                choice(answer)
            ),
        };
        assert_eq!(
            view.verdict.map(|v| en(&v, Words::Network)),
            Some(expected),
            "step {step}"
        );
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
        view.verdict.map(|v| en(&v, Words::Network)).as_deref(),
        Some("You predicted “No client can be served”, and that is what happened.")
    );
    let snapshot = lab.snapshot();
    let text = en(&view.explanation.unwrap(), Words::Network);
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
    let announcement = en(&snapshot.announcement.unwrap(), Words::Network);
    assert!(announcement.contains("resumes at step 3 of 9"));
    lab.apply(Command::Tour(TourCommand::Open(None)));
    assert_eq!(tour(&lab).step, 3);
    lab.apply(Command::Tour(TourCommand::Back));
    assert_eq!(tour(&lab).step, 2);
    // Out-of-range steps are clamped, never a panic.
    lab.apply(Command::Tour(TourCommand::Open(Some(99))));
    assert_eq!(tour(&lab).step, 9);
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
    assert_eq!(lab.snapshot().tour_resume, 9);
    lab.apply(Command::Tour(TourCommand::Open(None)));
    assert_eq!(tour(&lab).step, 9);
    // While the tour is open, where the learner is now wins.
    lab.apply(Command::Tour(TourCommand::Remember(2)));
    assert_eq!(tour(&lab).step, 9);
}

#[test]
fn a_step_sets_up_its_own_scene() {
    let mut lab = Lab::new(Scenario::default());
    lab.apply(Command::Tour(TourCommand::Open(
        step_named("several-servers").map(|p| p + 1),
    )));
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
    let lib = |m: &netmodels::model::Msg| en(m, Words::Library);
    assert_eq!(lib(&library.client_server.nodes[0].label), "Librarian 1");
    assert_eq!(lib(&library.client_server.nodes[1].label), "Visitor 1");
    assert_eq!(lib(&library.peer_to_peer.nodes[0].label), "Friend 1");
    assert!(lib(library.announcement.as_ref().unwrap()).starts_with("Librarian 1 went away"));
    assert!(
        library
            .client_server
            .log
            .iter()
            .any(|l| lib(l).contains("visitor 1 → librarian 1")),
        "{:?}",
        library.client_server.log
    );
    assert!(
        network
            .client_server
            .log
            .iter()
            .all(|l| !en(l, Words::Network).contains("librarian"))
    );
    let (s, notices) = parse_query("labels=analogy&tour=3");
    assert_eq!((s.words, s.tour), (Words::Library, Some(3)));
    assert!(notices.is_empty());
    // Past the last numbered step: the chart step, ninth in place since the trust step.
    let (s, notices) = parse_query("labels=pirate&tour=99");
    assert_eq!((s.words, s.tour), (Words::Network, Some(9)));
    assert_eq!(notices.len(), 2);
}

#[test]
fn watching_goes_on_through_reset_and_size_changes() {
    let mut lab = Lab::new(Scenario::default());
    lab.apply(Command::Tour(TourCommand::Open(Some(1))));
    lab.apply(Command::Tour(TourCommand::Choose(0)));
    lab.apply(Command::Tour(TourCommand::Commit));
    watch(&mut lab, 2.0);
    assert_eq!(tour(&lab).phase, "observe");
    lab.apply(Command::SetClients(5));
    lab.apply(Command::Reset);
    lab.apply(Command::SetPeers(6));
    let left = tour(&lab).remaining;
    assert!(
        (1.9..=2.1).contains(&left),
        "still about 2 s to watch: {left}"
    );
    // Both networks and the tour read one session clock.
    let session = lab.session_time();
    for kind in [ModelKind::ClientServer, ModelKind::PeerToPeer] {
        assert_eq!(lab.simulation(kind).now(), session, "{kind:?}");
    }
    assert!(
        (lab.snapshot().time - session).abs() < 0.01,
        "the page's clock is the session's, through the Reset"
    );
    watch(&mut lab, 2.1);
    assert_eq!(tour(&lab).phase, "explain", "the step finishes on time");
}

#[test]
fn old_links_and_remembered_numbers_keep_their_steps_and_names_reach_every_step() {
    // Links written before the trust step was added numbered the steps 1 to 8: each
    // number still opens the step it opened then, whatever its place now.
    let before = [
        "server",
        "peers",
        "spof",
        "resilience",
        "consistency",
        "hidden-server",
        "several-servers",
        "scaling",
    ];
    for (i, name) in before.iter().enumerate() {
        let (s, notices) = parse_query(&format!("tour={}", i + 1));
        assert!(notices.is_empty(), "{notices:?}");
        let lab = Lab::new(s);
        assert_eq!(tour(&lab).name, *name, "tour={}", i + 1);
        let title = en(&tour(&lab).title, Words::Network);
        let (by_name, _) = parse_query(&format!("tour={name}"));
        assert_eq!(
            en(&tour(&Lab::new(by_name)).title, Words::Network),
            title,
            "{name}"
        );
    }
    // The new step has a name only, and the names go round: a step's link is its name.
    let (s, notices) = parse_query("tour=trust");
    assert!(notices.is_empty());
    let lab = Lab::new(s);
    assert_eq!((tour(&lab).step, tour(&lab).name), (6, "trust"));
    assert_eq!(en(&tour(&lab).title, Words::Network), "Who can you trust?");
    for place in 0..STEP_COUNT {
        assert_eq!(step_named(step_name(place)), Some(place));
    }
    // A name nobody knows: a notice listing the names, and no tour.
    let (s, notices) = parse_query("tour=%3Cb%3Ehack");
    assert_eq!(s.tour, None);
    let notice = en(&notices[0].message, Words::Network);
    assert!(
        notice.contains("“<b>hack”") && notice.contains("spof"),
        "{notice}"
    );
    // Progress remembered as a number on an earlier visit means the old step too.
    assert_eq!(step_named("6").map(step_name), Some("hidden-server"));
    assert_eq!(step_named("9"), None, "the new step was never numbered");
}

#[test]
fn the_trust_step_starts_with_a_dishonest_peer_and_checking_off() {
    let mut lab = Lab::new(Scenario {
        verify: true,
        ..Scenario::default()
    });
    lab.apply(Command::Tour(TourCommand::Open(
        step_named("trust").map(|p| p + 1),
    )));
    let s = lab.snapshot();
    let p2 = &s.peer_to_peer.nodes[1];
    assert_eq!((p2.id.as_str(), p2.honest), ("p2", false));
    assert!(!lab.state().verify, "checking starts off");
    // Predicting, then acting with the panel's switch.
    lab.apply(Command::Tour(TourCommand::Choose(1)));
    lab.apply(Command::Tour(TourCommand::Commit));
    assert!(tour(&lab).offers_verify);
    // Another step's scene makes everyone honest again.
    lab.apply(Command::Tour(TourCommand::Next));
    assert!(lab.snapshot().peer_to_peer.nodes.iter().all(|n| n.honest));
}
