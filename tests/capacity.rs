//! A server (or peer) answers at most its capacity per second: past it, requests wait in
//! its queue and time out; its load bar is a share of that capacity; the defaults leave
//! the page's everyday scenes as they were; links carry it; the classroom's room has none.
#![cfg(not(target_arch = "wasm32"))]

use netmodels::model::{
    Capacity, Command, Event, FailReason, History, ModelKind, Moment, Notice, Room, Scenario,
    Simulation, TIMEOUT_SECONDS, Topology, parse_query, to_query,
};

/// Time a packet takes to cross a link, as the engine's documentation gives it.
const HOP: f64 = 0.6;

/// Plays `history` on for `seconds` of session time in quarter-second frames, calling
/// `each` after every frame.
fn play(history: &mut History, seconds: f64, mut each: impl FnMut(&History)) {
    history.apply(Command::SetPaused(false));
    for _ in 0..(seconds * 4.0).round() as usize {
        history.elapse(0.25);
        each(history);
    }
}

fn opened(link: &str) -> (History, Vec<Notice>) {
    let (scenario, notices) = parse_query(link);
    (History::new(scenario), notices)
}

/// Every event of one network over `seconds`, with the largest queue seen at the server.
fn overloaded(link: &str, seconds: f64) -> (Vec<Event>, usize, History) {
    let (mut h, notices) = opened(link);
    assert!(notices.is_empty(), "{link}: {notices:?}");
    let (mut events, mut most) = (Vec::new(), 0);
    h.apply(Command::SetPaused(false));
    for _ in 0..(seconds * 4.0).round() as usize {
        h.elapse(0.25);
        let sim = h.lab().simulation(ModelKind::ClientServer);
        most = most.max(sim.waiting(0));
        events.extend(sim.logged_events().cloned());
    }
    let mut sim = h.lab().simulation(ModelKind::ClientServer).clone();
    events.extend(sim.take_events());
    (events, most, h)
}

#[test]
fn past_its_capacity_a_server_queues_answers_late_and_lets_requests_time_out() {
    // Twelve clients asking twice a second: 24 requests per second for a server of 4.
    let (_, most, h) = overloaded("clients=12&rate=2&capacity=4", 20.0);
    let sim = h.lab().simulation(ModelKind::ClientServer);
    let m = sim.metrics();
    assert!(most >= 10, "requests queued at the server: at most {most}");
    // The server answers its 4 per second (plus two seconds' savings over the window).
    let load = m.load(0);
    assert!(
        (3.8..=4.0 * 1.2 + 1e-9).contains(&load),
        "server load {load}"
    );
    // About 4 of 24 per second are answered; the rest time out.
    assert!(
        m.failed > 5 * m.answered / 2,
        "{} failed, {} answered",
        m.failed,
        m.answered
    );
    assert!(m.answered > 60, "{} answered", m.answered);
    let shown = h.snapshot();
    let server = &shown.client_server.nodes[0];
    assert_eq!(server.load_fraction, 1.0, "the bar is full");
    assert!(server.queue > 0 && server.queue == sim.waiting(0));
}

#[test]
fn a_waiting_request_is_answered_only_while_its_answer_can_arrive_in_time() {
    let mut sim = Simulation::new(Topology::client_server(1, 12), 3);
    let mut sent = std::collections::HashMap::new();
    let (mut late, mut delayed, mut failed) = (0, 0, 0);
    while sim.now() < 30.0 {
        sim.step(1.0 / 60.0);
        for event in sim.take_events() {
            match event {
                Event::RequestSent { request, at, .. } => {
                    sent.insert(request, at);
                }
                Event::RequestServed { request, at, .. } => {
                    let waited = at - sent[&request] - HOP;
                    // Served after waiting, yet its answer arrives by the time-out.
                    if waited > 0.05 {
                        delayed += 1;
                    }
                    if at + HOP > sent[&request] + TIMEOUT_SECONDS + 1e-9 {
                        late += 1;
                    }
                }
                Event::Failed { reason, .. } => {
                    assert_eq!(reason, FailReason::NoAnswer, "the server is on");
                    failed += 1;
                }
                _ => {}
            }
        }
    }
    // Twelve clients at the default rate (6 per second) for the default server (4).
    assert!(delayed > 10, "answers delayed by the queue: {delayed}");
    assert!(failed > 10, "requests that timed out: {failed}");
    assert_eq!(late, 0, "a request answered too late to count");
}

#[test]
fn a_load_bar_is_full_at_the_capacity() {
    for (link, server, peer) in [
        ("", 4.0, 2.0),
        ("capacity=8&peer_capacity=1", 8.0, 1.0),
        ("clients=6&rate=1&capacity=2.5", 2.5, 2.0),
    ] {
        let (mut h, _) = opened(link);
        play(&mut h, 12.0, |_| {});
        let s = h.snapshot();
        for (nodes, full) in [
            (&s.client_server.nodes, server),
            (&s.peer_to_peer.nodes, peer),
        ] {
            for n in nodes
                .iter()
                .filter(|n| n.role != netmodels::model::Role::Client)
            {
                assert!(n.load > 0.0, "{link}: {} answered", n.id);
                let expected = (n.load / full).min(1.0);
                assert!(
                    (n.load_fraction - expected).abs() < 1e-12,
                    "{link}: {} load {} of {full}: bar {}",
                    n.id,
                    n.load,
                    n.load_fraction
                );
            }
        }
    }
}

#[test]
fn the_default_page_and_the_selectors_peers_never_wait_and_its_bars_are_not_full() {
    // The default scene, every peer count the selector offers and up to six clients, at
    // the default rate: nobody waits, so every answer leaves when its request arrives, as
    // before servers and peers had a capacity.
    let links = (2..=12)
        .map(|p| format!("clients={}&peers={p}", (p + 1) / 2))
        .chain([String::new()]);
    for link in links {
        let (mut h, _) = opened(&link);
        let mut most = [0.0f64; 2];
        play(&mut h, 120.0, |h| {
            let s = h.snapshot();
            for (i, d) in [&s.client_server, &s.peer_to_peer].into_iter().enumerate() {
                for n in &d.nodes {
                    assert_eq!(n.queue, 0, "{link}: {} waited", n.id);
                    if h.session_time() > 10.0 {
                        most[i] = most[i].max(n.load_fraction);
                    }
                }
            }
        });
        if link.is_empty() {
            // 1.5 of 4 per second, and about 0.5 of 2: well short of full.
            assert!(most[0] < 0.6 && most[1] < 0.6, "fullest bars {most:?}");
        }
    }
}

#[test]
fn more_clients_for_the_same_server_reach_its_capacity_within_the_selectors_range() {
    let (events, most, h) = overloaded("clients=12", 60.0);
    assert!(most > 0, "a queue forms at the server");
    let timed_out = events
        .iter()
        .filter(|e| matches!(e, Event::Failed { .. }))
        .count();
    assert!(timed_out > 0, "some of twelve clients' requests time out");
    let a = h.snapshot().client_server.metrics.availability.unwrap();
    assert!(a < 0.95, "availability {a}");
}

#[test]
fn a_link_carries_both_capacities_clamped_with_a_notice() {
    let (s, notices) = parse_query("capacity=6&peer_capacity=1.5");
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(
        (s.capacity, s.peer_capacity),
        (Capacity::PerSecond(6.0), Capacity::PerSecond(1.5))
    );
    assert_eq!(to_query(&s), "capacity=6&peer_capacity=1.5");
    assert_eq!(
        to_query(&Scenario::default()),
        "",
        "defaults are not written"
    );
    for (link, name, used) in [
        ("capacity=0", "capacity", 0.1),
        ("capacity=1e9", "capacity", 1000.0),
        ("peer_capacity=-3", "peer_capacity", 0.1),
        ("capacity=lots", "capacity", 4.0),
        ("peer_capacity=NaN", "peer_capacity", 2.0),
    ] {
        let (s, notices) = parse_query(link);
        let got = match name {
            "capacity" => s.capacity,
            _ => s.peer_capacity,
        };
        assert_eq!(got, Capacity::PerSecond(used), "{link}");
        assert_eq!(notices.len(), 1, "{link}: {notices:?}");
        assert_eq!(notices[0].parameter, name);
    }
}

#[test]
fn share_keeps_the_capacity_and_a_moment_reads_back_its_queue() {
    let (mut h, _) = opened("clients=12&rate=2&capacity=3&peer_capacity=5");
    play(&mut h, 8.0, |_| {});
    // The exact link (the start and what was done) and the present alone both keep it.
    for link in [to_query(&h.share_link()), to_query(&h.lab().present_link())] {
        assert!(link.contains("capacity=3&peer_capacity=5"), "{link}");
    }
    let moment = Moment::read(&Moment::write(&h)).expect("a moment");
    let shown = h.snapshot();
    let (read, live) = (&moment.snapshot.client_server, &shown.client_server);
    assert!(live.nodes[0].queue > 0, "something waits");
    assert_eq!(read.nodes[0].queue, live.nodes[0].queue);
    assert_eq!(read.capacity, Capacity::PerSecond(3.0));
    assert_eq!(
        moment.snapshot.peer_to_peer.capacity,
        Capacity::PerSecond(5.0)
    );
    assert_eq!(read.nodes[0].load_fraction, live.nodes[0].load_fraction);
}

#[test]
fn the_classrooms_server_answers_a_whole_class_asking_at_once() {
    let mut room = Room::new();
    assert_eq!(room.simulation().capacity(), Capacity::Unlimited);
    let mut out = Vec::new();
    for i in 0..60 {
        room.join(format!("S{i}"), format!("t{i}"), &mut out)
            .expect("a seat");
    }
    for i in 0..60 {
        room.ask(i);
    }
    for _ in 0..40 {
        room.elapse(0.1, &mut out);
    }
    let m = room.simulation().metrics();
    assert_eq!(m.failed, 0, "nobody's request timed out");
    assert!(m.answered >= 60, "{} answered", m.answered);
}
