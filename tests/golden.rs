//! Golden files: the exact events of a scripted session for three seeds, the exact events
//! of a scripted session of dishonest nodes and checking, and the exact moment a scripted
//! session run through `History` shows after a seek back, kept as text in `tests/golden/`.
//! Running the same binary twice cannot notice a change that moves every run alike — a
//! new `rand` or `rand_chacha` drawing numbers differently, a reordered tick — yet such a
//! change makes every shared link replay differently. These files notice it.
//!
//! When a change of behaviour is intended, regenerate them deliberately and review the diff:
//!
//! ```text
//! NETMODELS_BLESS=1 cargo test --test golden
//! ```
//!
//! (one command for every golden file here). Without that variable the tests only compare;
//! they never write.

use std::fmt::Write as _;
use std::path::PathBuf;

use netmodels::model::{History, Moment, Rate, Simulation, Topology, parse_query};

/// Seeds covered: the default, a small one and a large one.
const SEEDS: [u64; 3] = [1, 42, 0x9e37_79b9_7f4a_7c15];

/// What the script does at a moment.
#[derive(Clone, Copy)]
enum Action {
    /// Switch the node at this index on or off.
    Switch(usize, bool),
    Publish,
    /// The end of the session.
    Stop,
}

/// (simulated second, action), in order.
const SCRIPT: [(f64, Action); 5] = [
    (4.0, Action::Switch(0, false)),
    (8.0, Action::Publish),
    (12.0, Action::Switch(0, true)),
    (16.0, Action::Switch(3, false)),
    (20.0, Action::Stop),
];

/// Runs both networks through a scripted 20 s (frames of 1/60 s, nodes switched off and on,
/// an update published) and writes every event, one per line.
fn session(seed: u64) -> String {
    let mut text = String::new();
    for (name, topology) in [
        ("client-server", Topology::client_server(2, 6)),
        ("peer-to-peer", Topology::peer_to_peer(6)),
    ] {
        writeln!(text, "# {name}, seed {seed}").unwrap();
        let mut sim = Simulation::with_rate(topology, seed, Rate::default());
        for (at, action) in SCRIPT {
            while sim.now() < at - 1e-9 {
                sim.step(1.0 / 60.0);
            }
            match action {
                Action::Switch(node, up) => sim.set_up(node, up),
                Action::Publish => {
                    sim.publish(None);
                }
                Action::Stop => {}
            }
            for event in sim.take_events() {
                writeln!(text, "{event:?}").unwrap();
            }
        }
    }
    text
}

fn golden_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/golden/{name}.txt"))
}

/// Compares `actual` with the golden file `name` (or, blessing, writes it), naming the
/// first line that differs.
fn compare(name: &str, actual: &str) {
    let path = golden_path(name);
    if std::env::var_os("NETMODELS_BLESS").is_some() {
        std::fs::write(&path, actual).expect("golden file written");
        println!("wrote {}", path.display());
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}. Create it with NETMODELS_BLESS=1 cargo test --test golden",
            path.display()
        )
    });
    if let Some((line, (want, got))) = expected
        .lines()
        .zip(actual.lines())
        .enumerate()
        .find(|(_, (want, got))| want != got)
    {
        panic!(
            "{name}: line {} differs from {}\n  golden: {want}\n  now:    {got}\n\
             If the change is intended, regenerate with NETMODELS_BLESS=1 cargo test --test golden",
            line + 1,
            path.display()
        );
    }
    assert_eq!(
        expected.lines().count(),
        actual.lines().count(),
        "{name}: number of lines"
    );
}

#[test]
fn events_match_the_golden_files_exactly() {
    for seed in SEEDS {
        let actual = session(seed);
        assert!(actual.lines().count() > 200, "a session with traffic");
        compare(&format!("seed-{seed}"), &actual);
    }
}

/// What the trust script does at a moment, given the network and its first liar.
type TrustStep = fn(&mut Simulation, usize);

/// Runs both networks through a scripted 40 s of trust: a dishonest server and a dishonest
/// peer from the start, a release, checking switched on once damage has spread, the liar
/// honest again, a release by a dishonest publisher, and writes every event.
fn trust_session() -> String {
    let mut text = String::new();
    for (name, topology, liar) in [
        ("client-server", Topology::client_server(2, 6), 0),
        ("peer-to-peer", Topology::peer_to_peer(6), 1),
    ] {
        writeln!(text, "# {name}, trust").unwrap();
        let mut sim = Simulation::with_rate(topology, 7, Rate::new(2.0));
        sim.set_honest(liar, false);
        let script: [(f64, TrustStep); 6] = [
            (3.0, |sim, _| {
                sim.publish(None);
            }),
            (12.0, |sim, _| sim.set_verify(true)),
            (20.0, |sim, liar| sim.set_honest(liar, true)),
            (24.0, |sim, _| sim.set_honest(2, false)),
            (26.0, |sim, _| {
                sim.publish_from(2);
            }),
            (40.0, |_, _| {}),
        ];
        for (at, action) in script {
            while sim.now() < at - 1e-9 {
                sim.step(1.0 / 60.0);
            }
            action(&mut sim, liar);
            for event in sim.take_events() {
                writeln!(text, "{event:?}").unwrap();
            }
            let damaged: Vec<usize> = (0..sim.topology().nodes.len())
                .filter(|&n| sim.holds_damaged(n))
                .collect();
            writeln!(text, "# at {at} s damaged copies at {damaged:?}").unwrap();
        }
    }
    text
}

#[test]
fn trust_events_match_their_golden_file_exactly() {
    let actual = trust_session();
    assert!(actual.contains("Rejected"), "checking rejected something");
    assert!(actual.lines().count() > 200, "a session with traffic");
    compare("trust", &actual);
}

/// A session as the page runs it: a link with a script (switches, a release, dishonest
/// nodes, checking, a release from a dishonest peer) opened at a moment, time running on,
/// then a seek back past a command (its checkpoint is before it, so the seek replays it);
/// the moment on screen as the Save module's text.
fn history_session() -> String {
    let (scenario, notices) = parse_query(
        "?clients=5&peers=6&rate=1&seed=99&bad=s1&script=4:off:s1,8:publish,12:on:s1,14:dishonest:p2,\
         18:verify,24:off:p4,30:publish:p2,36:on:p4,40:honest:p2&t=30",
    );
    assert!(notices.is_empty(), "{notices:?}");
    let mut history = History::new(scenario);
    let mut text = Moment::write(&history);
    history.apply(netmodels::model::Command::SetPaused(false));
    for _ in 0..60 {
        history.elapse(0.25);
    }
    text.push_str(&Moment::write(&history));
    history.apply(netmodels::model::Command::Seek { seconds: 24.5 });
    text.push_str(&Moment::write(&history));
    text
}

#[test]
fn a_history_replay_matches_its_golden_file_exactly() {
    let actual = history_session();
    compare("history-replay", &actual);
}
