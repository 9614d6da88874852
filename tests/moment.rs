//! The moment on screen as text (what the page hands the Save module): written and read
//! back, it gives the very views the page shows, the event logs and the timeline's past,
//! however long the session, with no replay; a cut, altered or hostile text is an error
//! that names its line, never a panic, and never a huge network.
#![cfg(not(target_arch = "wasm32"))]

use netmodels::export::csv;
use netmodels::export::english;
use netmodels::model::{
    Capacity, Command, History, LabSnapshot, MOMENT_HEADER, MarkKind, ModelKind, Moment, ReadError,
    Scenario, TourCommand, WINDOW_SECONDS, parse_query, to_query,
};
use proptest::prelude::*;

fn run(history: &mut History, seconds: f64) {
    for _ in 0..(seconds / 0.25).round() as usize {
        history.elapse(0.25);
    }
}

fn toggle(model: ModelKind, node: &str) -> Command {
    Command::Toggle {
        model,
        node: node.into(),
    }
}

/// A busy classroom session: servers and peers switched, publishing, a dishonest peer
/// with checking, a Reset, and a third server added; it ends between two ticks.
fn busy_session() -> History {
    let (scenario, _) = parse_query("servers=2&clients=12&peers=12&speed=2");
    let mut h = History::new(scenario);
    run(&mut h, 3.0);
    h.apply(toggle(ModelKind::ClientServer, "s1"));
    h.apply(toggle(ModelKind::PeerToPeer, "p3"));
    run(&mut h, 4.0);
    h.apply(Command::Publish);
    h.apply(Command::SetHonest {
        model: ModelKind::PeerToPeer,
        node: "p5".into(),
        honest: false,
    });
    h.apply(Command::SetVerify(true));
    run(&mut h, 6.0);
    h.apply(Command::Reset);
    run(&mut h, 2.0);
    h.apply(Command::SetServers(3));
    h.apply(toggle(ModelKind::ClientServer, "s2"));
    h.apply(Command::Publish);
    run(&mut h, 5.0);
    h.elapse(0.013);
    h
}

/// What the page shows, as the moment keeps it: no announcement, no tour panel.
fn shown(history: &History) -> LabSnapshot {
    LabSnapshot {
        announcement: None,
        tour: None,
        ..history.snapshot()
    }
}

fn round_trip(history: &History) -> Moment {
    let text = Moment::write(history);
    Moment::read(&text).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

/// Every part of the moment equals what the page has.
fn assert_same(history: &History, moment: &Moment) {
    assert_eq!(moment.snapshot, shown(history));
    let log = |kind| history.simulation(kind).log_entries();
    assert_eq!(moment.client_server_log, log(ModelKind::ClientServer));
    assert_eq!(moment.peer_to_peer_log, log(ModelKind::PeerToPeer));
    assert_eq!(moment.samples, Vec::from(history.samples().clone()));
    assert_eq!(moment.marks, history.timeline(usize::MAX).marks);
}

#[test]
fn a_busy_moment_reads_back_as_the_same_views_logs_and_timeline() {
    let h = busy_session();
    let m = round_trip(&h);
    assert_same(&h, &m);
    // Not trivially equal: the session has everything a file shows.
    let s = &m.snapshot;
    assert!(!s.client_server.nodes[1].up, "s2 is off");
    assert!(!s.peer_to_peer.nodes[4].honest, "p5 is dishonest");
    assert!(!s.client_server.packets.is_empty() && !s.peer_to_peer.packets.is_empty());
    assert!(s.peer_to_peer.metrics.availability.is_some());
    assert!(m.client_server_log.len() > 3 && !m.peer_to_peer_log.is_empty());
    // At speed 2, three seconds of frames are six of the session.
    assert!(m.marks.contains(&(6.0, MarkKind::Switch { on: false })));
    assert!(m.marks.iter().any(|&(_, k)| k == MarkKind::Reset));
    assert!(
        (s.time - s.session_time).abs() < 0.01,
        "the page's clock runs on through the Reset"
    );
    assert!(m.samples.len() > 30);
}

#[test]
fn a_moment_in_a_tour_scene_and_in_the_library_words_reads_back_the_same() {
    let (scenario, _) = parse_query("tour=3&labels=analogy&theme=dark");
    let mut h = History::new(scenario);
    run(&mut h, 2.0);
    h.apply(Command::Tour(TourCommand::Next));
    run(&mut h, 3.0);
    h.apply(Command::SetPaused(true));
    let m = round_trip(&h);
    assert_same(&h, &m);
    assert!(m.snapshot.paused);
}

#[test]
fn after_thirty_five_minutes_the_moment_is_the_one_on_screen_where_a_link_is_not() {
    let (scenario, _) = parse_query("clients=4&peers=5");
    let mut h = History::new(scenario);
    run(&mut h, 60.0);
    h.apply(toggle(ModelKind::ClientServer, "s1"));
    run(&mut h, 35.0 * 60.0 - 60.0);
    assert!(h.session_time() > WINDOW_SECONDS, "past the kept window");
    let m = round_trip(&h);
    assert_same(&h, &m);
    let metrics = |s: &LabSnapshot| csv::write(&csv::metrics(s, english()), Default::default());
    assert_eq!(metrics(&m.snapshot), metrics(&h.snapshot()));
    // The files are the moment's: the last sample is now, the first is the window's start.
    let last = m.samples.last().expect("samples").seconds();
    assert!((last - 2100.0).abs() < 0.5, "{last}");
    assert!(m.samples[0].seconds() >= 2100.0 - WINDOW_SECONDS - 5.0);
    // A Share link of that moment no longer reproduces it (its start was dropped): the
    // replay the module used to do describes another moment.
    let replayed = History::new(parse_query(&to_query(&h.share_link())).0);
    assert_ne!(replayed.snapshot().time, m.snapshot.time);
}

#[test]
fn the_text_starts_with_its_version_and_a_later_version_is_refused_by_name() {
    let text = Moment::write(&busy_session());
    assert!(
        text.starts_with("netmodels-moment 3\nlab "),
        "{}",
        &text[..40]
    );
    assert!(text.ends_with("\nend\n"));
    for other in ["4", "0", "03", "3 "] {
        let text = text.replacen(
            "netmodels-moment 3",
            &format!("netmodels-moment {other}"),
            1,
        );
        let error = Moment::read(&text).unwrap_err();
        assert_eq!(error, ReadError::UnknownVersion(other.into()));
        assert!(
            error.to_string().contains(&format!("version {other:?}")),
            "{error}"
        );
    }
    // A version 3 text under an older header is read as that version, and its network
    // line then has a field too many.
    let older = text.replacen("netmodels-moment 3", "netmodels-moment 2", 1);
    let network = line_number(&text, "network ");
    assert_eq!(
        Moment::read(&older),
        Err(ReadError::Malformed { line: network })
    );
    for not_one in ["", "netmodels", "hello world\n", "lab 1 2 3\nend\n"] {
        assert_eq!(
            Moment::read(not_one),
            Err(ReadError::NotAMoment),
            "{not_one:?}"
        );
    }
}

/// Each node's load bar, by id, as a moment shows it: (id, share of the bar filled).
fn bars(moment: &Moment) -> Vec<(String, f64)> {
    let s = &moment.snapshot;
    (s.client_server.nodes.iter().chain(&s.peer_to_peer.nodes))
        .map(|n| (n.id.clone(), n.load_fraction))
        .collect()
}

/// `(id, fraction)` pairs from a literal list.
fn named(bars: &[(&str, f64)]) -> Vec<(String, f64)> {
    bars.iter().map(|&(id, f)| (id.to_string(), f)).collect()
}

/// A version 2 text, written by the released page (`tests/fixtures/moment-version-2`,
/// recorded on the code before capacities: the default scene, the server and peer 2
/// switched off at 3 s, the server back on and Publish at 6 s, saved at 8.013 s), with the
/// three files that code's Save module made of it.
const VERSION_2: &str = include_str!("fixtures/moment-version-2");

#[test]
fn a_version_2_text_from_the_released_page_makes_the_files_it_made_then() {
    let m = Moment::read(VERSION_2).expect("version 2 reads");
    let (cat, lang) = (english(), Default::default());
    let events = csv::events(
        &m.client_server_log,
        &m.peer_to_peer_log,
        cat,
        m.snapshot.words,
    );
    assert_eq!(
        csv::write(&events, lang),
        include_str!("fixtures/moment-version-2-events.csv")
    );
    assert_eq!(
        csv::write(&csv::metrics(&m.snapshot, cat), lang),
        include_str!("fixtures/moment-version-2-metrics.csv")
    );
    let timeline = csv::timeline(m.samples.iter(), cat, m.snapshot.words);
    assert_eq!(
        csv::write(&timeline, lang),
        include_str!("fixtures/moment-version-2-timeline.csv")
    );
    // Its networks answered every request at once: no capacity, nothing queued, and the
    // bars as that page drew them (full at 6 per second), recorded on that code.
    for d in [&m.snapshot.client_server, &m.snapshot.peer_to_peer] {
        assert_eq!(d.capacity, Capacity::Unlimited);
        assert!(d.nodes.iter().all(|n| n.queue == 0));
    }
    assert_eq!(
        bars(&m),
        named(&[
            ("s1", 0.14565126924677488),
            ("c1", 0.0),
            ("c2", 0.0),
            ("c3", 0.0),
            ("p1", 0.08322929671244278),
            ("p2", 0.0),
            ("p3", 0.12484394506866418),
        ])
    );
    // A version 2 node line has no queue: one more field is refused.
    let node = line_number(VERSION_2, "node ");
    let line = VERSION_2.lines().nth(node - 1).unwrap().to_string() + " 0";
    assert_eq!(
        Moment::read(&with_line(VERSION_2, node, &line)),
        Err(ReadError::Malformed { line: node })
    );
}

/// A version 1 text (`tests/fixtures/moment-version-1`, recorded on the code of that
/// version: the default scene, Reset at 2 s, the server and peer 2 switched off at 3 s,
/// the server back on and Publish at 6 s, saved at 8.013 s of the session, its clock then
/// showing 6.013 since the Reset).
const VERSION_1: &str = include_str!("fixtures/moment-version-1");

#[test]
fn a_version_1_text_reads_as_its_page_showed_it_on_the_session_clock() {
    let m = Moment::read(VERSION_1).expect("version 1 reads");
    let s = &m.snapshot;
    // The clock reads session time now: 6.013 s after the Reset at 2 s.
    assert!((s.time - 8.013).abs() < 1e-9, "{}", s.time);
    assert!((s.session_time - 8.01).abs() < 1e-9, "{}", s.session_time);
    // Served and asking as that page counted them (every requester whose last request
    // had not failed), and its availability, recorded on that code.
    let counts = |d: &netmodels::model::DiagramSnapshot| {
        (
            d.metrics.served,
            d.metrics.requesters,
            d.metrics.availability,
        )
    };
    assert_eq!(counts(&s.client_server), (3, 3, Some(0.5)));
    assert_eq!(counts(&s.peer_to_peer), (2, 3, Some(1.0)));
    assert_eq!(
        bars(&m),
        named(&[
            ("s1", 0.11092623405435387),
            ("c1", 0.0),
            ("c2", 0.0),
            ("c3", 0.0),
            ("p1", 0.055463117027176934),
            ("p2", 0.0),
            ("p3", 0.08319467554076539),
        ])
    );
    // Its samples did not say which network was down: no outage is drawn.
    assert_eq!(m.samples.len(), 17);
    assert!(
        m.samples
            .iter()
            .all(|x| !x.client_server_down && !x.peer_to_peer_down)
    );
    assert_eq!(s.client_server.capacity, Capacity::Unlimited);
    // Its failing flag was 0 or 1: a 2 (version 2's "no outcome yet") is refused.
    let node = line_number(VERSION_1, "node ");
    let line = VERSION_1
        .lines()
        .nth(node - 1)
        .unwrap()
        .replacen("node 1 1 0", "node 1 1 2", 1);
    assert_eq!(
        Moment::read(&with_line(VERSION_1, node, &line)),
        Err(ReadError::Malformed { line: node })
    );
}

#[test]
fn a_text_cut_anywhere_is_an_error_not_a_shorter_moment() {
    let text = Moment::write(&busy_session());
    let lines: Vec<&str> = text.lines().collect();
    for keep in 1..lines.len() {
        let cut = lines[..keep].join("\n");
        assert!(Moment::read(&cut).is_err(), "cut after line {keep}");
    }
    // Cut inside a line: a number shortened is still a number, so only the end tells.
    for at in (MOMENT_HEADER.len()..text.len() - 1).step_by(97) {
        assert!(Moment::read(&text[..at]).is_err(), "cut at byte {at}");
    }
}

/// `text` with line `n` (1-based) replaced by `line`.
fn with_line(text: &str, n: usize, line: &str) -> String {
    let mut lines: Vec<&str> = text.lines().collect();
    lines[n - 1] = line;
    lines.join("\n") + "\n"
}

fn line_number(text: &str, starts: &str) -> usize {
    text.lines()
        .position(|l| l.starts_with(starts))
        .expect(starts)
        + 1
}

#[test]
fn a_hostile_line_is_refused_with_its_number() {
    let text = Moment::write(&busy_session());
    let event = line_number(&text, "event 0 ");
    let node = line_number(&text, "node ");
    let network = line_number(&text, "network ");
    let infinity = f64::INFINITY.to_bits();
    let nan = f64::NAN.to_bits();
    for (n, line) in [
        // A switch of node 999 in a network of 14.
        (event, "event 0 4611686018427387904 999 0 0".to_string()),
        // An event kind that does not exist.
        (event, "event 13 0 0 0 0".into()),
        // A load that is not a number, an infinite one, a flag of 2, a field too many or
        // too few, a queue that is not a count.
        (node, format!("node 1 1 0 0 1 {nan} 0")),
        (node, format!("node 1 1 0 0 1 {infinity} 0")),
        (node, "node 2 1 0 0 1 0 0".into()),
        (node, "node 1 1 0 0 1 0 0 0".into()),
        (node, "node 1 1 0 0 1 0".into()),
        (node, "node 1 1 0 0 -1 0 0".into()),
        (node, "node 1 1 0 0 99999999999999999999999 0 0".into()),
        (node, "node 1 1 0 0 1 0 x".into()),
        // A flag of 2, a word for a number, a version past 32 bits, a capacity that is
        // not a number or is missing.
        (network, "network 2 0 0 1 - - -".into()),
        (network, "network 0 0 0 1 x - -".into()),
        (network, "network 0 0 0 4294967296 - - -".into()),
        (network, format!("network 0 0 0 1 - - {nan}")),
        (network, "network 0 0 0 1 - -".into()),
    ] {
        let error = Moment::read(&with_line(&text, n, &line)).err();
        assert_eq!(error, Some(ReadError::Malformed { line: n }), "{line}");
    }
}

#[test]
fn a_hostile_size_is_clamped_and_builds_no_huge_network() {
    let text = Moment::write(&busy_session());
    let lab = line_number(&text, "lab ");
    let mut fields: Vec<String> = text
        .lines()
        .nth(lab - 1)
        .unwrap()
        .split(' ')
        .map(String::from)
        .collect();
    *fields.last_mut().unwrap() = "4000000000".into();
    let huge = with_line(&text, lab, &fields.join(" "));
    let started = std::time::Instant::now();
    assert_eq!(Moment::read(&huge), Err(ReadError::Incomplete));
    assert!(started.elapsed().as_secs_f64() < 1.0);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Any text at all is a moment or an error, never a panic.
    #[test]
    fn any_text_reads_without_panicking(text in "\\PC{0,400}") {
        let _ = Moment::read(&text);
        let _ = Moment::read(&format!("{MOMENT_HEADER} 1\n{text}"));
    }

    /// A real moment with one word changed, dropped or doubled is read or refused, and
    /// never panics (a changed number may still be a moment).
    #[test]
    fn a_moment_with_a_word_changed_reads_without_panicking(
        pick in any::<prop::sample::Index>(),
        change in 0..4u8,
        number in any::<u64>(),
    ) {
        let text = Moment::write(&small_session());
        let mut words: Vec<String> = text.split(' ').map(String::from).collect();
        let i = pick.index(words.len());
        match change {
            0 => words[i] = number.to_string(),
            1 => words[i] = (number % 1000).to_string(),
            2 => { words.remove(i); }
            _ => { let w = words[i].clone(); words.insert(i, w); }
        }
        let _ = Moment::read(&words.join(" "));
    }
}

fn small_session() -> History {
    let mut h = History::new(Scenario {
        clients: 3,
        peers: 4,
        ..Scenario::default()
    });
    run(&mut h, 2.0);
    h.apply(toggle(ModelKind::PeerToPeer, "p2"));
    h.apply(Command::Publish);
    run(&mut h, 3.0);
    h
}
