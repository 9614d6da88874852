//! The script a Share link carries: short enough for a 30-minute lesson (a QR code, SCORM's
//! 4,096-character `suspend_data`, a web server's request line), exact both ways, and the
//! first grammar still read.
//!
//! The compact grammar is `[delta ticks]letter[argument]`, comma-separated: ticks (10 ms)
//! since the entry before (none: the same moment), one letter for the verb, and its node,
//! number or tour step key. The fixture `tests/fixtures/lesson-30min` is a whole lesson in
//! the first grammar (`seconds:verb[:argument]`).
#![cfg(not(target_arch = "wasm32"))]

use netmodels::model::{
    Command, DiagramSnapshot, Entry, History, ModelKind, Scenario, TourCommand, parse_query,
    to_query,
};
use proptest::prelude::*;

/// The longest Share link a lesson may need (a QR code at a readable size, and well inside
/// SCORM's 4,096 characters and a web server's request line).
const LINK_LIMIT: usize = 2_000;

/// The fixture's entries, as one `script=` value in the first grammar.
fn fixture_script() -> String {
    let text = include_str!("fixtures/lesson-30min");
    let entries: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect();
    entries.join(",")
}

/// The fixture opened as a link and played to its end (30 minutes), paused there.
fn lesson() -> History {
    let (scenario, notices) = parse_query(&format!("script={}", fixture_script()));
    assert_eq!(notices, vec![], "every entry of the fixture is read");
    let mut history = History::new(scenario);
    while history.session_time() < 1_799.0 {
        history.elapse(0.25);
    }
    history.apply(Command::SetPaused(true));
    history
}

/// The same drawing: nodes, numbers, the log and the packets in flight.
fn assert_same_drawing(a: &DiagramSnapshot, b: &DiagramSnapshot) {
    assert_eq!(a.nodes, b.nodes);
    assert_eq!(a.metrics, b.metrics);
    assert_eq!((&a.log, &a.log_at), (&b.log, &b.log_at));
    let ids = |d: &DiagramSnapshot| d.packets.iter().map(|p| p.id).collect::<Vec<_>>();
    assert_eq!(ids(a), ids(b));
}

#[test]
fn the_fixture_is_the_lesson_it_says() {
    let (scenario, _) = parse_query(&format!("script={}", fixture_script()));
    let count = |f: fn(&Command) -> bool| scenario.script.iter().filter(|e| f(&e.command)).count();
    assert_eq!(count(|c| matches!(c, Command::Switch { .. })), 60);
    assert_eq!(count(|c| matches!(c, Command::Publish)), 8);
    assert_eq!(
        count(|c| matches!(
            c,
            Command::SetServers(_) | Command::SetClients(_) | Command::SetPeers(_)
        )),
        6
    );
    assert_eq!(
        count(|c| matches!(c, Command::SetHonest { honest: false, .. })),
        2
    );
    assert_eq!(count(|c| matches!(c, Command::SetVerify(_))), 2);
    let steps: Vec<usize> = scenario
        .script
        .iter()
        .filter_map(|e| match e.command {
            Command::Tour(TourCommand::Open(Some(place))) => Some(place),
            _ => None,
        })
        .collect();
    assert_eq!(
        steps,
        (1..=9).collect::<Vec<_>>(),
        "the whole tour, in order"
    );
    let last = scenario.script.last().map_or(0, |e| e.tick);
    assert!(
        (170_000..=180_000).contains(&last),
        "over 30 minutes: {last}"
    );
}

#[test]
fn a_lesson_s_share_link_is_short_and_reopens_the_same_moment() {
    let history = lesson();
    let shown = history.snapshot();
    let shared = history.share_link();
    let link = to_query(&shared);
    let first = format!("script={}&t=1799", fixture_script());
    println!(
        "Share link of a 30-minute lesson: {} characters (the first grammar: {})",
        link.len(),
        first.len()
    );
    assert!(link.len() < LINK_LIMIT, "{} characters: {link}", link.len());
    assert!(
        link.len() * 2 < first.len(),
        "well under half the first grammar"
    );
    // Write → read: the same script, and the same moment.
    let (scenario, notices) = parse_query(&link);
    assert_eq!(notices, vec![], "{link}");
    assert_eq!(scenario.script, shared.script);
    let again = History::new(scenario).snapshot();
    assert_eq!(again.session_time, shown.session_time);
    assert_same_drawing(&again.client_server, &shown.client_server);
    assert_same_drawing(&again.peer_to_peer, &shown.peer_to_peer);
}

/// A switch of `node` in its network, by hand.
fn switch(model: ModelKind, node: &str, on: bool) -> Command {
    Command::Switch {
        model,
        node: node.into(),
        on,
    }
}

/// One entry of each verb, with the compact spelling each must have.
fn every_verb() -> (Vec<Entry>, &'static str) {
    let entry = |tick, command| Entry { tick, command };
    let script = vec![
        entry(500, switch(ModelKind::ClientServer, "s1", false)),
        entry(500, switch(ModelKind::ClientServer, "s1", true)),
        entry(1250, Command::Publish),
        entry(1250, Command::Publish),
        entry(
            1300,
            Command::PublishFrom {
                model: ModelKind::ClientServer,
                node: "c2".into(),
            },
        ),
        entry(
            2001,
            Command::SetHonest {
                model: ModelKind::PeerToPeer,
                node: "p2".into(),
                honest: false,
            },
        ),
        entry(
            2002,
            Command::SetHonest {
                model: ModelKind::PeerToPeer,
                node: "p2".into(),
                honest: true,
            },
        ),
        entry(2100, Command::SetVerify(true)),
        entry(2200, Command::SetVerify(false)),
        entry(3000, Command::SetServers(2)),
        entry(3000, Command::SetClients(8)),
        entry(3000, Command::SetPeers(20)),
        entry(4000, switch(ModelKind::PeerToPeer, "p20", false)),
        entry(5000, Command::Reset),
        // The trust step: its key (9) is past the numbers old links had for steps.
        entry(6000, Command::Tour(TourCommand::Open(Some(6)))),
        entry(6000, Command::Tour(TourCommand::Open(Some(1)))),
    ];
    let compact =
        "500ds1,us1,750p,p,50pc2,701bp2,1hp2,98v,100n,800s2,c8,m20,1000dp20,1000r,1000t9,t1";
    (script, compact)
}

#[test]
fn share_writes_tick_deltas_and_one_letter_verbs() {
    let (script, compact) = every_verb();
    let scenario = Scenario {
        script,
        ..Scenario::default()
    };
    assert_eq!(to_query(&scenario), format!("script={compact}"));
}

#[test]
fn both_grammars_read_to_the_same_script() {
    let (script, compact) = every_verb();
    let first = "5:off:s1,5:on:s1,12.5:publish,12.5:publish,13:publish:c2,20.01:dishonest:p2,\
                 20.02:honest:p2,21:verify,22:noverify,30:servers:2,30:clients:8,30:peers:20,\
                 40:off:p20,50:reset,60:tour:trust,60:tour:server";
    for value in [compact, first] {
        let (scenario, notices) = parse_query(&format!("script={value}"));
        assert_eq!(notices, vec![], "{value}");
        assert_eq!(scenario.script, script, "{value}");
    }
}

#[test]
fn a_bad_compact_entry_is_skipped_with_a_notice_and_its_delta_still_counts() {
    let (scenario, notices) =
        parse_query("script=500ds9,50x,50p,99999999999999999999p,t99,s,200000r");
    assert_eq!(
        scenario.script,
        vec![Entry {
            tick: 600,
            command: Command::Publish
        }],
        "50 ticks after the unknown verb, itself 50 after the first entry"
    );
    let said: Vec<String> = notices.iter().map(|n| format!("{:?}", n.message)).collect();
    assert_eq!(said.len(), 6, "{said:#?}");
    for (notice, (kind, entry)) in said.iter().zip([
        ("NoticeScriptEntry", "50x"),
        ("NoticeScriptTime", "99999999999999999999p"),
        ("NoticeScriptEntry", "t99"),
        // The entry as the link gave it (the catalogue quotes it), not just any "s".
        ("NoticeScriptEntry", "entry: \"s\""),
        ("NoticeScriptTime", "200000r"),
        // A node is named with its moment in seconds, as a person reads it.
        ("NoticeScriptNode", "5:off:s9"),
    ]) {
        assert!(
            notice.starts_with(kind) && notice.contains(entry),
            "{notice}"
        );
    }
}

/// A scriptable command on nodes the default page and every scene have (`s1`, `c1`–`c3`,
/// `p1`–`p3`).
fn command() -> impl Strategy<Value = Command> {
    let node = prop_oneof![Just("s1"), Just("c1"), Just("c3"), Just("p1"), Just("p3")];
    let model = |node: &str| match node.starts_with('p') {
        true => ModelKind::PeerToPeer,
        false => ModelKind::ClientServer,
    };
    prop_oneof![
        (node.clone(), any::<bool>()).prop_map(move |(n, on)| switch(model(n), n, on)),
        (node.clone(), any::<bool>()).prop_map(move |(n, honest)| Command::SetHonest {
            model: model(n),
            node: n.into(),
            honest,
        }),
        node.prop_map(move |n| Command::PublishFrom {
            model: model(n),
            node: n.into(),
        }),
        Just(Command::Publish),
        Just(Command::Reset),
        any::<bool>().prop_map(Command::SetVerify),
        (1..=3usize).prop_map(Command::SetServers),
        (3..=100usize).prop_map(Command::SetClients),
        (4..=100usize).prop_map(Command::SetPeers),
        (1..=9usize).prop_map(|place| Command::Tour(TourCommand::Open(Some(place)))),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Whatever a script holds, Share's spelling reads back to exactly it.
    #[test]
    fn any_script_reads_back_as_written(
        entries in proptest::collection::vec((0..3_000u64, command()), 0..40),
    ) {
        let mut tick = 0;
        let script: Vec<Entry> = entries
            .into_iter()
            .map(|(delta, command)| {
                tick += delta;
                Entry { tick, command }
            })
            .collect();
        let scenario = Scenario { script, ..Scenario::default() };
        let link = to_query(&scenario);
        let (read, notices) = parse_query(&link);
        prop_assert_eq!(notices, vec![], "{}", link);
        prop_assert_eq!(read.script, scenario.script, "{}", link);
    }

    /// Any compact entry is read or named in a notice, never dropped silently, never a
    /// panic.
    #[test]
    fn any_compact_entry_is_read_or_noticed(entry in "[0-9]{0,22}[a-z]{0,2}[0-9a-z]{0,6}") {
        let (scenario, notices) = parse_query(&format!("script={entry}"));
        let played = scenario.script.len();
        prop_assert!(played <= 1);
        prop_assert!(played == 1 || entry.is_empty() || !notices.is_empty(), "{}", entry);
    }
}

#[test]
fn the_docs_compact_example_means_what_they_say() {
    // docs/embedding.md: the server off at 5 s, on at 15 s, and a publish at 15 s too.
    let (scenario, notices) = parse_query("script=500ds1,1000us1,p");
    assert_eq!(notices, vec![]);
    let entry = |tick, command| Entry { tick, command };
    assert_eq!(
        scenario.script,
        [
            entry(500, switch(ModelKind::ClientServer, "s1", false)),
            entry(1500, switch(ModelKind::ClientServer, "s1", true)),
            entry(1500, Command::Publish),
        ]
    );
}
