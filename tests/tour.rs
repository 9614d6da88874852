//! The guided tour, walked through natively the way a learner would: predict, act, watch,
//! read the explanation; and the library words.

use netmodels::model::{
    Action, Command, Experiment, History, Lab, ModelKind, STEP_COUNT, Scenario, Simulation,
    Topology, TourCommand, Words, parse_query, step_name, step_named,
};
use netmodels::text::en;

fn watch(lab: &mut Lab, seconds: f64) {
    for _ in 0..(seconds * 60.0).ceil() as usize {
        lab.elapse(1.0 / 60.0);
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

/// The whole numbers in `text`, in order ("3 of 6 clients", "1.5 per second" gives 1
/// and 5): what a reader would pick out of the sentence.
fn numbers_in(text: &str) -> Vec<u64> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|w| !w.is_empty())
        .map(|w| w.parse().expect("digits"))
        .collect()
}

/// The first number after `before` in `text`, with its decimals ("serves 1.4 requests"
/// after "serves " gives 1.4).
fn number_after(text: &str, before: &str) -> f64 {
    let rest = &text[text
        .find(before)
        .unwrap_or_else(|| panic!("«{before}» in {text}"))
        + before.len()..];
    let digits: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    digits.trim_end_matches('.').parse().expect("a number")
}

/// Checks what each step's explanation quotes against what the step's scene must show,
/// worked out from the scene, not read from the code's numbers: the scene's sizes, the
/// rate (one request every 1.5 to 2.5 s per requester, each answered or failed within
/// 6 s), and who is off. Each check names the mistake in the code it would catch.
fn check_quoted(step: &str, explanation: &str) {
    let has = |quoted: &str| {
        assert!(
            explanation.contains(quoted),
            "{step}: «{quoted}» in {explanation}"
        )
    };
    match step {
        "server" => {
            // Three clients, all on, watched until each had an answer: at least 3 answered,
            // and at most one request per client still waiting (an interval is longer
            // than a round trip). Catches counting since the scene began instead of
            // since the watch, or answers counted without their requests.
            let n = numbers_in(explanation);
            let (answered, sent) = (n[0], n[1]);
            assert!(
                answered >= 3 && sent >= answered && sent <= answered + 3,
                "{explanation}"
            );
            has(&format!("{answered} of {sent} requests were answered"));
            // One server answering three clients at one request every two seconds each:
            // about 1.5 per second. Catches a load taken from the wrong node or window.
            let load = number_after(explanation, "it serves ");
            assert!((0.8..=2.5).contains(&load), "{explanation}");
        }
        "peers" => {
            // Four peers, each answered at least once; each answers about as often as it
            // asks (0.5 per second).
            assert!(numbers_in(explanation)[0] >= 4, "{explanation}");
            let load = number_after(explanation, "serves about ");
            assert!((0.2..=1.0).contains(&load), "{explanation}");
        }
        "spof" => {
            // Every request sent since the server went off fails: each of the 3 clients
            // sent at least one. Catches availability over the 10 s window (answers from
            // before the action), and served read from "not failed yet".
            has("availability is 0 %");
            has("0 of 3 clients are served");
            assert!(
                number_after(explanation, "stopped, ") >= 3.0,
                "{explanation}"
            );
        }
        "resilience" => {
            // One of four peers off and three distinct tries among three partners: every
            // request finds a peer that is on. Catches a reassuring sentence that does not
            // follow the measured availability, and served counted over all four peers.
            has("Availability is still 100 %: 3 of 4 peers are served");
        }
        "consistency" => {
            // The watch ends when every peer that is on has the update: only Peer 4, off
            // since the scene began, is stale; the server has it at once.
            has("Client-server has 0 stale copies");
            has("Peer-to-peer has 1 stale copy now");
        }
        "hidden-server" => {
            // Peer 1 off among five: three distinct tries among four partners always
            // reach one that is on.
            has("4 of 5 peers are still served and availability is 100 %");
        }
        "several-servers" => {
            // Server 1's three clients fail; Server 2's three are answered.
            has("3 of 6 clients are still served");
            has("In this model");
        }
        "trust" => {
            // Checking on for the whole watch among five peers, one of them dishonest:
            // something was caught, and the honest server's clients hold no damage.
            assert!(
                number_after(explanation, "Checking caught ") >= 1.0,
                "{explanation}"
            );
            has("The clients hold 0 damaged copies");
        }
        _ => {
            // The textbook: 100 copies at u_s = 10·u take 10 h; with every peer
            // uploading, 100 / 110 h.
            has("at least 10.0 h");
            has("at least 0.91 h");
        }
    }
}

/// Watches until the step explains (or is undone), at most `limit` simulated seconds.
fn watch_until_explained(lab: &mut Lab, limit: f64) {
    for _ in 0..(limit * 60.0).ceil() as usize {
        if !["act", "observe"].contains(&tour(lab).phase.slug()) {
            return;
        }
        lab.elapse(1.0 / 60.0);
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
            "scaling" => assert_eq!(phase, "explain", "step {step}: nothing to wait for"),
            "server" | "peers" => assert_eq!(phase, "observe", "step {step}"),
            _ => {
                assert_eq!(phase, "act", "step {step}");
                // Waiting without acting does not move on.
                watch(&mut lab, 5.0);
                assert_eq!(tour(&lab).phase, "act", "step {step}");
                act(&mut lab, name);
            }
        }
        watch_until_explained(&mut lab, 15.5);
        let snapshot = lab.snapshot();
        let view = snapshot.tour.clone().expect("the tour is open");
        assert_eq!(view.phase, "explain", "step {step}");
        let explanation = en(&view.explanation.unwrap(), Words::Network);
        let choice = |i: usize| en(&view.choices[i], Words::Network);
        check_quoted(name, &explanation);
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
    watch(&mut lab, 0.5);
    assert_eq!(tour(&lab).phase, "observe");
    lab.apply(Command::SetClients(5));
    lab.apply(Command::Reset);
    lab.apply(Command::SetPeers(6));
    // Nothing was undone in a step that only watches: the watch starts again with the
    // network rebuilt, counting from there.
    let view = tour(&lab);
    assert_eq!(view.phase, "observe");
    assert!(
        view.remaining > 14.9,
        "the watch starts again: {}",
        view.remaining
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
    watch_until_explained(&mut lab, 15.5);
    let view = tour(&lab);
    assert_eq!(view.phase, "explain", "the step finishes");
    // Five clients now, each answered at least once since the rebuild.
    let text = en(&view.explanation.unwrap(), Words::Network);
    assert!(numbers_in(&text)[0] >= 5, "{text}");
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

/// A History (what the page runs: it can seek) opened at `query`, at step `spof` with
/// "No client can be served" locked in and the server switched off after `wait` seconds.
fn server_switched_off(query: &str, wait: f64) -> History {
    let (scenario, notices) = parse_query(query);
    assert!(notices.is_empty(), "{notices:?}");
    let mut h = History::new(scenario);
    h.apply(Command::Tour(TourCommand::Open(
        step_named("spof").map(|p| p + 1),
    )));
    h.apply(Command::Tour(TourCommand::Choose(2)));
    h.apply(Command::Tour(TourCommand::Commit));
    run(&mut h, wait);
    h.apply(s1());
    h
}

fn s1() -> Command {
    Command::Toggle {
        model: ModelKind::ClientServer,
        node: "s1".into(),
    }
}

fn run(h: &mut History, seconds: f64) {
    for _ in 0..(seconds * 60.0).ceil() as usize {
        h.elapse(1.0 / 60.0);
    }
}

fn view_of(h: &History) -> netmodels::model::TourView {
    h.snapshot().tour.expect("the tour is open")
}

/// Runs until the step leaves Observe, at most `limit` simulated seconds; returns the
/// seconds it took.
fn run_until_explained(h: &mut History, limit: f64) -> f64 {
    let start = h.session_time();
    for _ in 0..(limit * 60.0).ceil() as usize {
        // Acting takes effect at once (at the next tick, on older code).
        if !["act", "observe"].contains(&view_of(h).phase.slug()) {
            break;
        }
        h.elapse(1.0 / 60.0);
    }
    h.session_time() - start
}

/// The step ended without a verdict, says why in words and in the live region, and
/// waits there, however long the learner takes to read it.
fn assert_undone(h: &mut History, how: &str) {
    let view = view_of(h);
    assert_eq!(view.phase, "undone", "{how}");
    assert_eq!(view.verdict, None, "{how}: no verdict");
    let said = en(&view.explanation.expect("why"), Words::Network);
    assert!(said.contains("You undid the experiment"), "{how}: {said}");
    assert!(said.contains("Try again"), "{how}: {said}");
    let announced = h.snapshot().announcement.map(|m| en(&m, Words::Network));
    assert_eq!(
        announced.as_deref(),
        Some(said.as_str()),
        "{how}: announced"
    );
    h.apply(Command::SetPaused(false));
    run(h, 20.0);
    assert_eq!(view_of(h).phase, "undone", "{how}: no time limit");
    // Try again: the step starts over, the server on again.
    let place = view_of(h).step;
    h.apply(Command::Tour(TourCommand::Open(Some(place))));
    assert_eq!(view_of(h).phase, "predict", "{how}");
}

#[test]
fn switching_the_server_back_on_during_the_watch_undoes_the_experiment() {
    let mut h = server_switched_off("", 1.0);
    run(&mut h, 1.0);
    assert_eq!(view_of(&h).phase, "observe");
    h.apply(s1());
    assert_undone(&mut h, "switched back on");
}

#[test]
fn reset_during_the_watch_undoes_the_experiment() {
    let mut h = server_switched_off("", 1.0);
    run(&mut h, 1.0);
    h.apply(Command::Reset);
    assert_undone(&mut h, "reset");
}

#[test]
fn seeking_to_before_the_action_undoes_the_experiment() {
    let mut h = server_switched_off("", 3.0);
    let acted = h.session_time();
    run(&mut h, 1.0);
    h.apply(Command::Seek {
        seconds: acted - 1.0,
    });
    assert!(h.is_paused());
    assert_undone(&mut h, "seek back");
}

#[test]
fn at_the_slowest_rate_the_single_point_of_failure_step_waits_for_the_failures() {
    // One request every 10 s (a quarter either way) and a 2 s wait: each client's first
    // request after the switch fails within 14.5 s.
    let mut h = server_switched_off("rate=0.1", 1.0);
    let took = run_until_explained(&mut h, 15.5);
    assert!(
        took > 2.0,
        "no request can fail sooner than its 2 s wait: {took}"
    );
    let view = view_of(&h);
    assert_eq!(view.phase, "explain");
    let text = en(&view.explanation.unwrap(), Words::Network);
    assert!(text.contains("availability is 0 %"), "{text}");
    assert!(text.contains("0 of 3 clients are served"), "{text}");
    assert!(!text.contains("100 %"), "{text}");
    assert!(number_after(&text, "stopped, ") >= 3.0, "{text}");
    assert_eq!(
        view.verdict.map(|v| en(&v, Words::Network)).as_deref(),
        Some("You predicted “No client can be served”, and that is what happened.")
    );
}

#[test]
fn at_the_default_rate_the_single_point_of_failure_step_quotes_only_what_followed() {
    // Ten seconds of answers first: a 10 s window would still hold them (≈ 70 %).
    let mut h = server_switched_off("", 10.0);
    let took = run_until_explained(&mut h, 15.5);
    // Each client asks within 2.5 s and waits 2 s: decided within 4.5 s and a tick.
    assert!((2.0..=4.6).contains(&took), "{took}");
    let view = view_of(&h);
    let text = en(&view.explanation.unwrap(), Words::Network);
    assert!(text.contains("availability is 0 %"), "{text}");
    assert!(text.contains("0 of 3 clients are served"), "{text}");
    assert!(view.verdict.is_some());
}

#[test]
fn the_explanation_keeps_the_numbers_it_opened_with() {
    let mut h = server_switched_off("", 5.0);
    run_until_explained(&mut h, 15.5);
    let opened = view_of(&h);
    assert_eq!(opened.phase, "explain");
    run(&mut h, 10.0);
    assert_eq!(view_of(&h).explanation, opened.explanation, "time passing");
    h.apply(Command::Seek { seconds: 1.0 });
    assert_eq!(view_of(&h).explanation, opened.explanation, "a seek");
    assert_eq!(view_of(&h).verdict, opened.verdict, "a seek");
}

#[test]
fn the_resilience_step_does_not_reassure_when_few_peers_are_left() {
    let (scenario, _) = parse_query("tour=resilience");
    let mut h = History::new(scenario);
    h.apply(Command::Tour(TourCommand::Choose(1)));
    h.apply(Command::Tour(TourCommand::Commit));
    for peer in ["p2", "p3", "p4"] {
        h.apply(Command::Toggle {
            model: ModelKind::PeerToPeer,
            node: peer.into(),
        });
    }
    run_until_explained(&mut h, 15.5);
    let view = view_of(&h);
    let text = en(&view.explanation.unwrap(), Words::Network);
    // Peer 1 alone has nobody to ask: every request it sends fails.
    assert!(!text.contains("still"), "{text}");
    assert!(!text.contains("no single point of failure"), "{text}");
    assert!(
        text.contains("0 %") && text.contains("0 of 4 peers are served"),
        "{text}"
    );
    let verdict = en(&view.verdict.unwrap(), Words::Network);
    assert!(
        verdict.contains("showed otherwise: “The whole network stops”"),
        "{verdict}"
    );
}

#[test]
fn nine_peers_off_is_not_called_fine_while_half_the_requests_fail() {
    // Twelve peers, nine off: a request tries three random partners of eleven, two of
    // them on, so about half fail (1 − 9/11 · 8/10 · 7/9 ≈ 0.49).
    let (scenario, _) = parse_query("peers=12&down=p4,p5,p6,p7,p8,p9,p10,p11,p12");
    let mut lab = Lab::new(scenario);
    watch(&mut lab, 20.0);
    let s = lab.snapshot();
    let availability = s.peer_to_peer.metrics.availability.expect("measured");
    assert!((0.2..0.8).contains(&availability), "{availability}");
    let insight = en(&s.peer_to_peer.insight, Words::Network);
    assert!(!insight.contains("no central point to fail"), "{insight}");
    assert!(insight.starts_with("9 peers are off"), "{insight}");
    assert!(
        insight.contains("only ") && insight.contains("succeed"),
        "{insight}"
    );
    // With one peer off of four the same card still says the network gets by.
    let (scenario, _) = parse_query("down=p2");
    let mut lab = Lab::new(scenario);
    watch(&mut lab, 20.0);
    let insight = en(&lab.snapshot().peer_to_peer.insight, Words::Network);
    assert!(insight.contains("no central point to fail"), "{insight}");
}

#[test]
fn with_nobody_left_to_ask_the_served_count_is_a_dash() {
    // Every client off before the server: nobody asks after the action, so there is no
    // served count to quote.
    let (scenario, _) = parse_query("tour=spof");
    let mut h = History::new(scenario);
    h.apply(Command::Tour(TourCommand::Choose(2)));
    h.apply(Command::Tour(TourCommand::Commit));
    for node in ["c1", "c2", "c3", "s1"] {
        h.apply(Command::Toggle {
            model: ModelKind::ClientServer,
            node: node.into(),
        });
    }
    run_until_explained(&mut h, 15.5);
    let text = en(&view_of(&h).explanation.unwrap(), Words::Network);
    assert!(text.contains("– of 3 clients are served"), "{text}");
    assert!(!text.contains("0 of 3"), "{text}");
}

#[test]
fn an_experiment_counts_only_requests_sent_since_the_action() {
    let mut sim = Simulation::new(Topology::client_server(1, 3), 7);
    sim.step(5.0);
    sim.clear_events();
    let mut e = Experiment::begin(Action::Watch, &sim);
    assert_eq!(
        e.outcomes().served(&sim, 1..4),
        None,
        "nothing to count yet"
    );
    assert_eq!(e.outcomes().availability(), None);
    for _ in 0..600 {
        sim.step(0.01);
        e.observe(&sim);
        sim.clear_events();
        if e.everyone_heard_from(&sim) {
            break;
        }
    }
    let o = e.outcomes();
    assert_eq!(o.served(&sim, 1..4), Some(3));
    assert_eq!(o.failed, 0);
    assert!(o.answered >= 3 && o.sent >= o.answered, "{o:?}");
    assert_eq!(o.availability(), Some(1.0));
}

#[test]
fn seeking_within_the_watch_keeps_the_experiment_and_counts_each_outcome_once() {
    let mut h = server_switched_off("", 5.0);
    let acted = h.session_time();
    run(&mut h, 1.0);
    // Back to just after the action, then forward again to where the watch was.
    h.apply(Command::Seek {
        seconds: acted + 0.5,
    });
    assert_eq!(view_of(&h).phase, "observe");
    h.apply(Command::Seek {
        seconds: acted + 1.0,
    });
    assert_eq!(view_of(&h).phase, "observe");
    h.apply(Command::SetPaused(false));
    run_until_explained(&mut h, 15.5);
    let view = view_of(&h);
    assert_eq!(view.phase, "explain");
    let text = en(&view.explanation.unwrap(), Words::Network);
    assert!(
        text.contains("availability is 0 %: 0 of 3 clients are served"),
        "{text}"
    );
    // Three clients, each with one request failed or (re-counted) at most two within the
    // watch: a count doubled by the replay would exceed six.
    let failed = number_after(&text, "stopped, ");
    assert!((3.0..=6.0).contains(&failed), "{text}");
}
