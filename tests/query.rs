//! URL parameters: every parameter valid, invalid, out of range, duplicated and empty, and
//! the share link round trip.

use netmodels::model::{
    Controls, Rate, Scenario, Speed, Theme, View, Words, parse_query, to_query,
};

fn notices_for(query: &str) -> Vec<String> {
    parse_query(query)
        .1
        .into_iter()
        .map(|n| n.parameter)
        .collect()
}

#[test]
fn no_query_gives_the_defaults_and_no_notice() {
    for q in ["", "?", "?&", "&&"] {
        assert_eq!(parse_query(q), (Scenario::default(), vec![]), "{q:?}");
    }
}

#[test]
fn every_parameter_is_read_when_valid() {
    let (s, notices) = parse_query(
        "?view=client-server&servers=2&clients=5&peers=7&speed=0.5&seed=99&down=s2,p3,c1\
         &paused=1&controls=minimal&theme=dark&log=0",
    );
    assert_eq!(notices, vec![]);
    assert_eq!(s.view, View::ClientServer);
    assert_eq!((s.servers, s.clients, s.peers), (2, 5, 7));
    assert_eq!(s.speed, Speed::new(0.5));
    assert_eq!(s.seed, 99);
    assert_eq!(s.down, ["s2", "p3", "c1"]);
    assert!(s.paused);
    assert_eq!(s.controls, Controls::Minimal);
    assert_eq!(s.theme, Theme::Dark);
    assert!(!s.show_log);
    for (q, view) in [
        ("view=peer-to-peer", View::PeerToPeer),
        ("view=both", View::Both),
        ("view=scaling", View::Scaling),
    ] {
        assert_eq!(parse_query(q).0.view, view);
    }
    assert_eq!(parse_query("speed=4x").0.speed, Speed::new(4.0));
}

#[test]
fn numbers_out_of_range_are_clamped_with_a_notice() {
    let (s, notices) = parse_query("clients=999&peers=1&servers=0&speed=100");
    assert_eq!((s.clients, s.peers, s.servers), (100, 2, 1));
    assert_eq!(s.speed, Speed::new(4.0));
    let names: Vec<_> = notices.iter().map(|n| n.parameter.as_str()).collect();
    assert_eq!(names, ["clients", "peers", "servers", "speed"]);
    assert!(
        notices[0].message.contains("at most 100"),
        "{:?}",
        notices[0]
    );
    let (s, _) = parse_query("clients=0&speed=0.01&peers=18446744073709551616");
    assert_eq!((s.clients, s.speed, s.peers), (1, Speed::new(0.25), 100));
    let (s, notices) = parse_query("rate=50");
    assert_eq!((s.rate, notices.len()), (Rate::new(10.0), 1));
}

#[test]
fn invalid_values_fall_back_to_defaults_with_a_notice() {
    let (s, notices) = parse_query(
        "clients=lots&peers=-3&servers=2.5&speed=fast&seed=-1&view=mesh&paused=maybe\
         &controls=all&theme=pink&log=yes&speed=NaN&rate=often",
    );
    let d = Scenario::default();
    assert_eq!(s, d);
    let names: Vec<_> = notices.iter().map(|n| n.parameter.as_str()).collect();
    assert_eq!(
        names,
        [
            "clients", "peers", "servers", "speed", "seed", "view", "paused", "controls", "theme",
            "log", "speed", "rate"
        ]
    );
    assert!(notices[10].message.contains("more than once"));
    assert_eq!(parse_query("speed=inf").0.speed, Speed::default());
}

#[test]
fn empty_and_duplicated_parameters_are_named() {
    assert_eq!(notices_for("clients=&peers"), ["clients", "peers"]);
    let (s, notices) = parse_query("peers=5&peers=9");
    assert_eq!(s.peers, 5, "the first value wins");
    assert_eq!(notices[0].parameter, "peers");
    assert_eq!(notices_for("zoom=2&__proto__=x"), ["zoom", "__proto__"]);
}

#[test]
fn down_keeps_only_nodes_that_exist() {
    let (s, notices) = parse_query("peers=4&down=p2,%20P4,p5,s2,c01,x1,,p2");
    assert_eq!(s.down, ["p2", "p4"]);
    assert_eq!(notices.len(), 4, "{notices:?}");
    // Sizes given after `down` still count.
    assert_eq!(parse_query("down=c7&clients=8").0.down, ["c7"]);
}

#[test]
fn hostile_text_is_quoted_short_and_never_interpreted() {
    let evil = "<img src=x onerror=alert(1)>".repeat(10);
    let query = format!("view={}", evil.replace('=', "%3D").replace(' ', "+"));
    let (s, notices) = parse_query(&query);
    assert_eq!(s.view, View::Both);
    assert_eq!(notices.len(), 1);
    assert!(
        notices[0].message.chars().count() < 120,
        "{}",
        notices[0].message
    );
    assert!(notices[0].message.contains('…'));
}

#[test]
fn a_shared_link_reproduces_its_scenario() {
    let scenario = Scenario {
        view: View::PeerToPeer,
        servers: 3,
        clients: 9,
        peers: 11,
        seed: 123456789,
        speed: Speed::new(2.0),
        rate: Rate::new(4.0),
        down: vec!["s1".into(), "p10".into()],
        paused: true,
        controls: Controls::None,
        theme: Theme::Light,
        show_log: false,
        words: Words::Library,
        tour: Some(3),
    };
    let query = to_query(&scenario);
    assert_eq!(parse_query(&query), (scenario, vec![]));
    assert_eq!(to_query(&Scenario::default()), "");
}

#[test]
fn the_share_link_carries_the_nodes_that_are_off_now() {
    use netmodels::model::{Command, Lab, ModelKind};
    let (scenario, _) = parse_query("clients=5&speed=2&seed=7&down=c2");
    let mut lab = Lab::new(scenario);
    lab.apply(Command::Toggle {
        model: ModelKind::ClientServer,
        node: "s1".into(),
    });
    lab.apply(Command::Toggle {
        model: ModelKind::PeerToPeer,
        node: "p3".into(),
    });
    lab.apply(Command::SetPeers(6));
    lab.apply(Command::Toggle {
        model: ModelKind::PeerToPeer,
        node: "p5".into(),
    });
    let query = to_query(&lab.shareable());
    assert_eq!(query, "clients=5&peers=6&speed=2&seed=7&down=s1,c2,p5");
    // Opening that link shows the same nodes off.
    let reopened = Lab::new(parse_query(&query).0).snapshot();
    let off: Vec<_> = [&reopened.client_server, &reopened.peer_to_peer]
        .iter()
        .flat_map(|d| d.nodes.iter().filter(|n| !n.up).map(|n| n.id.clone()))
        .collect();
    assert_eq!(off, ["s1", "c2", "p5"]);
}
