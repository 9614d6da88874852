//! URL parameters: every parameter valid, invalid, out of range, duplicated and empty, and
//! the share link round trip.

use netmodels::model::{
    Capacity, Command, Controls, Distribution, Entry, History, Lab, Lang, MAX_SCRIPT_ENTRIES,
    ModelKind, Rate, Scenario, Speed, Theme, TourCommand, View, Words, parse_query, to_query,
};
use netmodels::text::en;

/// A script's switch of `node`, in the network its id names.
fn switch(node: &str, on: bool) -> Command {
    let model = match node.starts_with('p') {
        true => ModelKind::PeerToPeer,
        false => ModelKind::ClientServer,
    };
    Command::Switch {
        model,
        node: node.into(),
        on,
    }
}

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
        en(&notices[0].message, Words::Network).contains("at most 100"),
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
            "log", "more"
        ]
    );
    assert_eq!(
        en(&notices[10].message, Words::Network),
        "…and 2 more, not listed."
    );
    assert!(
        en(&parse_query("speed=1&speed=2").1[0].message, Words::Network).contains("more than once")
    );
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
fn a_classroom_address_gives_its_language_and_names_an_unknown_one() {
    use netmodels::model::parse_classroom_lang;
    let (none, quiet) = parse_classroom_lang("?join=ABCDEF");
    assert_eq!(
        (none, quiet.len()),
        (None, 0),
        "no lang: the learner's own choice decides"
    );
    let (fr, quiet) = parse_classroom_lang("?join=ABCDEF&lang=fr-CA");
    assert_eq!((fr, quiet.len()), (Some(Lang::Fr), 0));
    let (english, notices) = parse_classroom_lang("?classroom=host&lang=%3Cb%3Exx");
    assert_eq!(english, Some(Lang::En));
    assert_eq!(
        notices.len(),
        1,
        "only lang is read: join and classroom are not named"
    );
    assert_eq!(notices[0].parameter, "lang");
    assert!(
        en_text(&notices[0]).contains("“<b>xx”"),
        "{}",
        en_text(&notices[0])
    );
}

fn en_text(notice: &netmodels::model::Notice) -> String {
    en(&notice.message, Words::Network)
}

#[test]
fn hostile_text_is_quoted_short_and_never_interpreted() {
    let evil = "<img src=x onerror=alert(1)>".repeat(10);
    let query = format!("view={}", evil.replace('=', "%3D").replace(' ', "+"));
    let (s, notices) = parse_query(&query);
    assert_eq!(s.view, View::Both);
    assert_eq!(notices.len(), 1);
    assert!(
        en(&notices[0].message, Words::Network).chars().count() < 120,
        "{}",
        en(&notices[0].message, Words::Network)
    );
    assert!(en(&notices[0].message, Words::Network).contains('…'));
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
        capacity: Capacity::PerSecond(7.5),
        peer_capacity: Capacity::PerSecond(1.5),
        down: vec!["s1".into(), "p10".into()],
        paused: true,
        controls: Controls::None,
        theme: Theme::Light,
        show_log: false,
        words: Words::Library,
        lang: Some(Lang::Fr),
        // The chart step (9th place, `tour=scaling`): it has no scene of its own.
        tour: Some(9),
        chart: Distribution {
            file: 2.5,
            server_upload: 13.5,
            peer_upload: 0.315,
            min_download: 0.9,
        },
        chart_receivers: 40,
        bad: vec!["s2".into(), "p3".into()],
        verify: true,
        script: vec![
            Entry {
                tick: 500,
                command: switch("s1", false),
            },
            Entry {
                tick: 1250,
                command: Command::Publish,
            },
            Entry {
                tick: 2001,
                command: switch("p10", true),
            },
            Entry {
                tick: 2100,
                command: Command::SetHonest {
                    model: ModelKind::PeerToPeer,
                    node: "p2".into(),
                    honest: false,
                },
            },
            Entry {
                tick: 2200,
                command: Command::SetVerify(true),
            },
            Entry {
                tick: 2300,
                command: Command::PublishFrom {
                    model: ModelKind::ClientServer,
                    node: "c1".into(),
                },
            },
        ],
        at: Some(12.3456),
    };
    let query = to_query(&scenario);
    assert!(
        query.contains("script=500ds1,750p,751up10,99bp2,100v,100pc1&t=12.3456"),
        "{query}"
    );
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
    let query = to_query(&lab.present_link());
    // p3, switched off before the peers were resized, is still off.
    assert_eq!(query, "clients=5&peers=6&speed=2&seed=7&down=s1,c2,p3,p5");
    // Opening that link shows the same nodes off.
    let reopened = Lab::new(parse_query(&query).0).snapshot();
    let off: Vec<_> = [&reopened.client_server, &reopened.peer_to_peer]
        .iter()
        .flat_map(|d| d.nodes.iter().filter(|n| !n.up).map(|n| n.id.clone()))
        .collect();
    assert_eq!(off, ["s1", "c2", "p3", "p5"]);
}

#[test]
fn a_long_crafted_link_gets_ten_notices_and_a_count_of_the_rest() {
    let ids: Vec<String> = (0..30).map(|i| format!("zz{i}")).collect();
    let long_key = "k".repeat(500);
    let query = format!("down={}&{long_key}=1&speed=9", ids.join(","));
    let (_, notices) = parse_query(&query);
    assert_eq!(notices.len(), 11, "{notices:?}");
    let long_key_short = format!("{}…", "k".repeat(24));
    assert_eq!(notices[0].parameter, long_key_short, "the key is cut short");
    assert_eq!(notices[1].parameter, "speed");
    assert!(notices[2..10].iter().all(|n| n.parameter == "down"));
    assert_eq!(notices[10].parameter, "more");
    // 30 bad ids + the unknown key + the speed = 32, of which 10 are listed.
    assert_eq!(
        en(&notices[10].message, Words::Network),
        "…and 22 more, not listed."
    );
}

#[test]
fn a_number_too_large_for_a_float_is_too_large_not_unreadable() {
    let (s, notices) = parse_query("speed=1e400&rate=-1e400");
    assert_eq!((s.speed, s.rate), (Speed::new(4.0), Rate::new(0.1)));
    assert_eq!(
        en(&notices[0].message, Words::Network),
        "speed must be from 0.25 to 4; using 4."
    );
    assert_eq!(
        en(&notices[1].message, Words::Network),
        "rate must be from 0.1 to 10; using 0.1."
    );
    let (_, notices) = parse_query("speed=inf");
    assert!(
        en(&notices[0].message, Words::Network).contains("is not a number"),
        "a word stays a word"
    );
}

#[test]
fn a_tour_step_with_its_own_scene_says_it_replaces_sizes_and_down() {
    let (s, notices) = parse_query("tour=3&down=p1&clients=5");
    assert!(s.down.is_empty());
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert_eq!(notices[0].parameter, "tour");
    assert!(
        en(&notices[0].message, Words::Network)
            .contains("clients, down from the link are not used"),
        "{}",
        en(&notices[0].message, Words::Network)
    );
    // The chart step keeps the network as it is, so `down` counts there.
    let (s, notices) = parse_query("tour=8&down=p1");
    assert_eq!((s.down, notices), (vec!["p1".to_string()], vec![]));
}

#[test]
fn more_servers_than_clients_brings_a_client_for_each_server() {
    let (s, notices) = parse_query("servers=4&clients=3");
    assert_eq!((s.servers, s.clients), (4, 4));
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].parameter, "clients");
}

#[test]
fn a_speed_between_the_menu_choices_is_kept_and_offered() {
    let (s, notices) = parse_query("speed=3");
    assert!(notices.is_empty());
    assert!(s.speed.offered().contains(&3.0), "the menu can show 3×");
}

#[test]
fn a_textbook_problem_can_be_linked_in_its_own_units() {
    // F = 15 Gbit, u_s = 30 Mbit/s, d_min = 2 Mbit/s, u = 700 kbit/s.
    let (s, notices) =
        parse_query("file=15Gbit&server_up=30Mbit/s&dmin=2%20Mbit/s&peer_up=700kbit/s&n=10");
    assert_eq!(notices, vec![]);
    let d = s.chart;
    let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
    assert!(
        close(d.file, 1.875) && close(d.server_upload, 13.5),
        "{d:?}"
    );
    assert!(
        close(d.min_download, 0.9) && close(d.peer_upload, 0.315),
        "{d:?}"
    );
    assert_eq!(s.chart_receivers, 10);
    // The textbook's answer for N = 10: the slowest download, 15 Gbit / 2 Mbit/s = 7500 s.
    assert!(close(d.client_server_bound(10), 7500.0 / 3600.0));
    // The page's own units, and bad values.
    assert_eq!(parse_query("file=2.5&n=40").0.chart.file, 2.5);
    let (s, notices) = parse_query("file=lots&server_up=1e400&n=0&dmin=3furlongs");
    assert_eq!(s.chart.file, Distribution::textbook().file);
    assert_eq!(s.chart.server_upload, 100.0);
    assert_eq!(s.chart_receivers, 1);
    let messages: Vec<_> = notices
        .iter()
        .map(|n| en(&n.message, Words::Network))
        .collect();
    assert_eq!(
        messages,
        [
            "file=“lots” is not a number; using 1.",
            "server_up must be from 1 to 100 GB/h; using 100 GB/h.",
            "n must be at least 1; using 1.",
            "dmin=“3furlongs” is not a number; using 10.",
        ]
    );
}

#[test]
fn share_keeps_the_chart_settings() {
    let mut lab = Lab::new(Scenario::default());
    lab.apply(Command::SetChart {
        distribution: Distribution {
            file: 1.875,
            server_upload: 13.5,
            peer_upload: 0.315,
            min_download: 0.9,
        },
        receivers: 40,
    });
    let query = to_query(&lab.present_link());
    assert_eq!(
        query,
        "file=1.875&server_up=13.5&peer_up=0.315&dmin=0.9&n=40"
    );
    assert_eq!(parse_query(&query).0.chart, lab.state().chart);
    lab.apply(Command::SetChart {
        distribution: Distribution {
            file: -5.0,
            ..Distribution::textbook()
        },
        receivers: 5000,
    });
    assert_eq!(
        to_query(&lab.present_link()),
        "file=0.1",
        "clamped like a link"
    );
}

#[test]
fn lang_chooses_the_language_and_an_unknown_one_gets_english_and_a_notice() {
    assert_eq!(parse_query("lang=fr").0.lang, Some(Lang::Fr));
    assert_eq!(parse_query("lang=DE-at").0.lang, Some(Lang::De));
    assert_eq!(
        parse_query("").0.lang,
        None,
        "no parameter: the page chooses"
    );
    let (s, notices) = parse_query("lang=<b>pt</b>");
    assert_eq!(s.lang, Some(Lang::En));
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].parameter, "lang");
    assert!(
        en(&notices[0].message, Words::Network).contains("“<b>pt</b>”"),
        "{notices:?}"
    );
    assert!(en(&notices[0].message, Words::Network).contains("English"));
}

#[test]
fn switching_language_keeps_the_simulation_and_share_keeps_the_language() {
    let (scenario, _) = parse_query("lang=es&clients=4");
    let run = |switch: bool| {
        let mut lab = Lab::new(scenario.clone());
        lab.apply(Command::Toggle {
            model: ModelKind::ClientServer,
            node: "c2".into(),
        });
        for frame in 0..240 {
            if switch && frame == 120 {
                lab.apply(Command::SetLang(Lang::De));
            }
            lab.elapse(1.0 / 60.0);
        }
        lab
    };
    let (kept, switched) = (run(false), run(true));
    let (a, b) = (kept.snapshot(), switched.snapshot());
    assert_eq!(a.client_server, b.client_server);
    assert_eq!(a.peer_to_peer, b.peer_to_peer);
    assert!(a.client_server.metrics.sent > 0);
    assert_eq!(to_query(&kept.present_link()), "clients=4&down=c2&lang=es");
    let link = to_query(&switched.present_link());
    assert_eq!(link, "clients=4&down=c2&lang=de");
    assert_eq!(parse_query(&link).0.lang, Some(Lang::De));
}

// Scripts and links to a moment.

#[test]
fn a_script_keeps_its_good_entries_and_names_each_bad_one() {
    let (scenario, notices) = parse_query(
        "script=5:off:s1, 12:on:s1 ,20:publish,-3:off:c1,NaN:off:c1,inf:publish,\
         7:off:s9,7:explode:s1,8:verify:s1,9:off,30:reset,x",
    );
    assert_eq!(
        scenario.script,
        vec![
            Entry {
                tick: 500,
                command: switch("s1", false)
            },
            Entry {
                tick: 1200,
                command: switch("s1", true)
            },
            Entry {
                tick: 2000,
                command: Command::Publish
            },
            Entry {
                tick: 3000,
                command: Command::Reset
            },
        ]
    );
    let text: Vec<String> = notices
        .iter()
        .map(|n| en(&n.message, Words::Network))
        .collect();
    assert_eq!(text.len(), 8, "{text:#?}");
    // Unknown nodes are named last: a node is checked against the sizes at its moment,
    // once the whole script is read.
    for (i, entry) in [
        "-3:off:c1",
        "NaN:off:c1",
        "inf:publish",
        "7:explode:s1",
        "8:verify:s1",
        "9:off",
        "x",
        "7:off:s9",
    ]
    .iter()
    .enumerate()
    {
        assert!(
            text[i].contains(entry),
            "notice {i} names {entry}: {text:?}"
        );
    }
    assert!(text[7].contains("no"), "unknown node said so: {}", text[7]);
}

#[test]
fn hostile_scripts_are_cut_short_not_choked_on() {
    let started = std::time::Instant::now();
    let many: Vec<String> = (0..10_000)
        .map(|i| format!("{}.{:02}:publish", i % 1800, i / 1800))
        .collect();
    let (scenario, notices) = parse_query(&format!("script={}", many.join(",")));
    assert_eq!(scenario.script.len(), MAX_SCRIPT_ENTRIES);
    assert!(
        notices
            .iter()
            .any(|n| en(&n.message, Words::Network).contains("2,000")
                || en(&n.message, Words::Network).contains("2000")),
        "{notices:?}"
    );
    // A 1 MB value: one huge entry, and a megabyte of commas.
    let huge = "9".repeat(1 << 20);
    let (scenario, notices) = parse_query(&format!("script={huge}:off:s1"));
    assert!(scenario.script.is_empty());
    let quoted = en(&notices[0].message, Words::Network);
    assert!(quoted.chars().count() < 160, "{quoted}");
    let (scenario, _) = parse_query(&format!("script={}", ",".repeat(1 << 20)));
    assert!(scenario.script.is_empty());
    let (scenario, _) = parse_query(&format!("script=1:off:{}", "s".repeat(1 << 20)));
    assert!(scenario.script.is_empty());
    // All of it, and playing the longest script allowed, stays well under a second.
    let (scenario, _) = parse_query(&format!("script={}&t=1800", many.join(",")));
    let history = History::new(scenario);
    assert_eq!(history.session_time(), 1800.0);
    assert!(history.is_paused());
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
}

#[test]
fn a_moment_outside_the_kept_past_is_clamped_with_a_notice() {
    for (value, used) in [("-5", 0.0), ("1e9", 1800.0), ("12.345", 12.345)] {
        let (scenario, notices) = parse_query(&format!("t={value}"));
        assert_eq!(scenario.at, Some(used));
        assert_eq!(notices.is_empty(), used == 12.345, "{value}: {notices:?}");
    }
    let (scenario, notices) = parse_query("t=soon");
    assert_eq!(scenario.at, Some(0.0));
    assert_eq!(notices.len(), 1);
}

// Scripts that resize the networks or open a tour scene.

#[test]
fn a_script_resizes_and_opens_tour_scenes_and_writes_them_back() {
    let link = "script=12.5:servers:2,30:clients:8,41:peers:20,50:tour:spof,60:tour:3";
    let (scenario, notices) = parse_query(link);
    assert_eq!(notices, vec![]);
    let commands: Vec<&Command> = scenario.script.iter().map(|e| &e.command).collect();
    assert_eq!(
        commands,
        [
            &Command::SetServers(2),
            &Command::SetClients(8),
            &Command::SetPeers(20),
            &Command::Tour(TourCommand::Open(Some(3))),
            &Command::Tour(TourCommand::Open(Some(3))),
        ]
    );
    // A tour step is written by its key, whichever way it was given.
    assert_eq!(
        to_query(&scenario),
        "script=1250s2,1750c8,1100m20,900t3,1000t3"
    );
    let mut history = History::new(Scenario {
        at: Some(45.0),
        ..scenario
    });
    let shown = history.snapshot();
    assert_eq!(shown.client_server.nodes.len(), 2 + 8);
    assert_eq!(shown.peer_to_peer.nodes.len(), 20);
    history.apply(Command::SetPaused(false));
    for _ in 0..40 {
        history.elapse(0.25);
    }
    // The single-point-of-failure step's scene: one server, three clients, four peers.
    let scene = history.snapshot();
    assert_eq!(scene.client_server.nodes.len(), 1 + 3);
    assert_eq!(scene.peer_to_peer.nodes.len(), 4);
}

#[test]
fn a_size_out_of_range_is_clamped_and_a_bad_one_skipped_with_a_notice() {
    let (scenario, notices) = parse_query(
        "script=1:clients:999,2:peers:1,3:servers:99999999999999999999999,\
         4:clients:many,5:peers:-3,6:peers:2.5,7:servers,8:tour:nowhere,9:clients:4:5",
    );
    let sizes: Vec<&Command> = scenario.script.iter().map(|e| &e.command).collect();
    assert_eq!(
        sizes,
        [
            &Command::SetClients(100),
            &Command::SetPeers(2),
            &Command::SetServers(4),
        ]
    );
    let text: Vec<String> = notices
        .iter()
        .map(|n| en(&n.message, Words::Network))
        .collect();
    assert_eq!(text.len(), 9, "{text:#?}");
    assert!(text[0].contains("1:clients:999") && text[0].contains("at most 100"));
    assert!(text[1].contains("2:peers:1") && text[1].contains("at least 2"));
    assert!(text[2].contains("at most 4"), "{}", text[2]);
    for (notice, entry) in text[3..].iter().zip([
        "4:clients:many",
        "5:peers:-3",
        "6:peers:2.5",
        "7:servers",
        "8:tour:nowhere",
        "9:clients:4:5",
    ]) {
        assert!(notice.contains(entry), "{notice} names {entry}");
        assert!(notice.contains("skipped"), "{notice}");
    }
    assert!(notices.iter().all(|n| n.parameter == "script"));
}

#[test]
fn an_entry_written_twice_plays_twice() {
    let (scenario, notices) =
        parse_query("paused=1&script=1:off:s1,1:on:s1,1:off:s1,2:publish,2:publish&t=3");
    assert_eq!(notices, vec![]);
    let h = History::new(scenario);
    let snap = h.snapshot();
    assert!(!snap.client_server.nodes[0].up, "off, on, off again");
    assert_eq!(
        snap.peer_to_peer.nodes[0].version, 3,
        "two publishes, two new versions"
    );
}

// proptest is a native-only dev-dependency.
#[cfg(not(target_arch = "wasm32"))]
mod any_entry {
    use super::*;
    use netmodels::model::{CLIENTS, PEERS, Role, SERVERS};

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

        /// Whatever a script's size or tour part says, reading it gives a script of known
        /// actions and a notice for each entry left out, never a panic.
        #[test]
        fn any_size_or_tour_entry_is_read_or_noticed(
            word in proptest::prop_oneof!["servers", "clients", "peers", "tour", "off"],
            value in "\\PC{0,30}",
            at in "-?[0-9]{0,5}(\\.[0-9]{0,3})?",
        ) {
            let entry = format!("{at}:{word}:{value}");
            let query = to_query_value(&entry);
            let (scenario, notices) = parse_query(&format!("script={query}&t=5"));
            let played = scenario.script.len();
            proptest::prop_assert!(played <= 1);
            proptest::prop_assert!(played == 1 || !notices.is_empty(), "{entry}: silently dropped");
            for e in &scenario.script {
                let size = match e.command {
                    Command::SetServers(n) => Some((Role::Server, n)),
                    Command::SetClients(n) => Some((Role::Client, n)),
                    Command::SetPeers(n) => Some((Role::Peer, n)),
                    _ => None,
                };
                if let Some((role, n)) = size {
                    let range = match role {
                        Role::Server => SERVERS,
                        Role::Client => CLIENTS,
                        Role::Peer => PEERS,
                    };
                    proptest::prop_assert!(range.contains(&n), "{entry}: {n}");
                }
            }
            // And it plays to its moment.
            let h = History::new(scenario);
            proptest::prop_assert_eq!(h.session_time(), 5.0);
        }
    }

    /// `value` percent-encoded, as a link carries it.
    fn to_query_value(value: &str) -> String {
        value
            .bytes()
            .map(|b| match b {
                b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'-' | b':' => {
                    (b as char).to_string()
                }
                b => format!("%{b:02X}"),
            })
            .collect()
    }
}

// The page's own decimal reader, checked against the standard library's (the oracle, on
// the native side only: the page's wasm carries just the small one).
#[cfg(not(target_arch = "wasm32"))]
mod decimals {
    use netmodels::model::parse_decimal;

    #[test]
    fn the_page_reads_numbers_as_the_standard_library_does() {
        for text in [
            "0",
            "12.5",
            "-3",
            "+7",
            ".5",
            "5.",
            "0.315",
            "13.5",
            "1800",
            "0.0001",
            "1e400",
            "-1e400",
            "1e-400",
            "2.5e3",
            "1E2",
            "0.30000000000000004",
            "99999999999999999999",
        ] {
            assert_eq!(parse_decimal(text), text.parse::<f64>().ok(), "{text}");
        }
        for text in [
            "", ".", "-", "e5", "5e", "1.2.3", " 5", "inf", "NaN", "1_000", "0x10",
        ] {
            assert_eq!(parse_decimal(text), None, "{text}");
        }
    }

    /// How many floats lie between `a` and `b` (both finite, same sign).
    fn ulps_apart(a: f64, b: f64) -> u64 {
        a.to_bits().abs_diff(b.to_bits())
    }

    /// Long digits with exponents across the whole range, against the standard library's
    /// correctly rounded parser: a chain of roundings (10^k built by repeated products)
    /// drifts to seven or eight units in the last place near 1e±300; the page's parser
    /// stays within two.
    #[test]
    fn long_digits_at_any_exponent_read_within_two_units_in_the_last_place() {
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut cases = vec![
            "52050440011009827850e288".to_owned(),
            "1357569907922503259e-271".to_owned(),
        ];
        for _ in 0..200_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let digits = state % 10_000_000_000_000_000_000;
            let exponent = (state >> 40) % 680;
            cases.push(format!("{digits}e{}", exponent as i64 - 340));
        }
        for text in &cases {
            let (ours, std) = (parse_decimal(text).unwrap(), text.parse::<f64>().unwrap());
            if std.is_finite() && std.abs() >= f64::MIN_POSITIVE {
                assert!(ulps_apart(ours, std) <= 2, "{text}: {ours} against {std}");
            } else if std.is_infinite() {
                assert_eq!(ours, std, "{text}");
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        #[test]
        fn any_decimal_reads_within_two_ulps_and_exactly_when_short(
            text in "[+-]?[0-9]{0,22}(\\.[0-9]{0,22})?([eE][+-]?[0-9]{1,3})?",
        ) {
            let (ours, std) = (parse_decimal(&text), text.parse::<f64>().ok());
            proptest::prop_assert_eq!(ours.is_some(), std.is_some(), "{}", text);
            let (Some(a), Some(b)) = (ours, std) else { return Ok(()) };
            // Exact when the digits fit in 53 bits and the point moves at most 22 places.
            let (number, exponent) = text.split_once(['e', 'E']).unwrap_or((&text, "0"));
            let digits = number.bytes().filter(u8::is_ascii_digit).count() as i64;
            let decimals = number.split_once('.').map_or(0, |(_, f)| f.len() as i64);
            let scale = exponent.parse::<i64>().unwrap_or(0) - decimals;
            if digits <= 15 && scale.abs() <= 22 {
                proptest::prop_assert_eq!(a, b, "exact: {}", text);
            } else if b.is_finite() && b.abs() >= f64::MIN_POSITIVE {
                proptest::prop_assert!(ulps_apart(a, b) <= 2, "{} {} {}", text, a, b);
            } else {
                proptest::prop_assert_eq!(a.is_infinite(), b.is_infinite(), "{}", text);
            }
        }
    }
}

// The page's own number writer, checked against the standard library's formatting (the
// oracle, native only): every number the page writes goes through it.
#[cfg(not(target_arch = "wasm32"))]
mod fixed_decimals {
    use netmodels::model::{fixed, shortest};

    #[test]
    fn the_page_writes_numbers_as_the_standard_library_does() {
        let cases = [
            0.0,
            -0.0,
            0.25,
            0.35,
            0.5,
            1.5,
            2.5,
            0.125,
            0.375,
            -0.04,
            -0.25,
            0.05,
            1.0 / 3.0,
            12.345,
            99.95,
            1800.0,
            1e21,
            1e300,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            4503599627370497.5,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        for value in cases {
            for decimals in 0..=8 {
                assert_eq!(
                    fixed(value, decimals),
                    format!("{value:.decimals$}"),
                    "{value:?} to {decimals}"
                );
            }
        }
    }

    #[test]
    fn the_shortest_form_is_the_standard_library_s() {
        for value in [
            0.0,
            -0.0,
            2.0,
            0.25,
            1.0 / 3.0,
            0.1 + 0.2,
            1e21,
            1e-7,
            640.0,
            8.5,
            f64::NAN,
            f64::INFINITY,
        ] {
            assert_eq!(shortest(value), value.to_string(), "{value:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(20_000))]

        #[test]
        fn a_number_of_up_to_15_digits_is_written_shortest_as_the_standard_library_does(
            digits in 0u64..1_000_000_000_000_000,
            point in 0i32..=15,
        ) {
            let value = digits as f64 / 10f64.powi(point);
            proptest::prop_assert_eq!(shortest(value), value.to_string(), "{:?}", value);
        }

        #[test]
        fn any_float_is_written_as_the_standard_library_writes_it(
            bits in proptest::prelude::any::<u64>(),
            small in -1.0e7f64..1.0e7,
            halves in -4_000_000i64..4_000_000,
            decimals in 0usize..=8,
        ) {
            // Any bit pattern; an everyday magnitude; and exact ties (k/2^n) at the digit
            // that is rounded, where half-to-even matters.
            let tie = halves as f64 / 2f64.powi(decimals as i32 + 1) / 10f64.powi(decimals as i32);
            for value in [f64::from_bits(bits), small, tie, halves as f64 / 8.0] {
                proptest::prop_assert_eq!(fixed(value, decimals), format!("{value:.decimals$}"), "{:?}", value);
            }
        }
    }
}

// Names later work adds (the link module's "Reserved"): until then the reader gives them
// no meaning of their own. When one is added, its case moves from here to its own test.

#[test]
fn reserved_parameters_are_unknown_today() {
    for name in ["screen", "pex", "voice", "sound"] {
        let (scenario, notices) = parse_query(&format!("{name}=1"));
        assert_eq!(scenario, Scenario::default(), "{name}");
        assert_eq!(notices.len(), 1, "{name}: {notices:?}");
        assert_eq!(notices[0].parameter, name);
        assert!(
            format!("{:?}", notices[0].message).starts_with("NoticeUnknown"),
            "{name}: {notices:?}"
        );
    }
}

#[test]
fn the_projector_theme_is_not_a_theme_today() {
    let (scenario, notices) = parse_query("theme=projector");
    assert_eq!(scenario.theme, Theme::Auto);
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(format!("{:?}", notices[0].message).starts_with("NoticeNotOneOf"));
}

#[test]
fn tracker_node_ids_name_no_node_today_in_any_place_a_node_goes() {
    for ids in ["tk.t1", "tk.p3"] {
        for query in [
            format!("down={ids}"),
            format!("bad={ids}"),
            format!("script=0:off:{ids}"),
            format!("script=d{ids}"),
            format!("script=3:publish:{ids}"),
            format!("script=b{ids}"),
        ] {
            let (scenario, notices) = parse_query(&query);
            assert_eq!(scenario, Scenario::default(), "{query}");
            assert_eq!(notices.len(), 1, "{query}: {notices:?}");
            let said = format!("{:?}", notices[0].message);
            assert!(
                said.contains(ids),
                "the whole id, not a part of it: {query}: {said}"
            );
        }
    }
}
