//! Golden files: the exact events of a scripted session for three seeds, kept as text in
//! `tests/golden/`. Running the same binary twice cannot notice a change that moves every
//! run alike — a new `rand` or `rand_chacha` drawing numbers differently, a reordered tick —
//! yet such a change makes every shared link replay differently. These files notice it.
//!
//! When a change of behaviour is intended, regenerate them deliberately and review the diff:
//!
//! ```text
//! NETMODELS_BLESS=1 cargo test --test golden
//! ```
//!
//! Without that variable the test only compares; it never writes.

use std::fmt::Write as _;
use std::path::PathBuf;

use netmodels::model::{Rate, Simulation, Topology};

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

fn golden_path(seed: u64) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/golden/seed-{seed}.txt"))
}

#[test]
fn events_match_the_golden_files_exactly() {
    let bless = std::env::var_os("NETMODELS_BLESS").is_some();
    for seed in SEEDS {
        let actual = session(seed);
        assert!(actual.lines().count() > 200, "a session with traffic");
        let path = golden_path(seed);
        if bless {
            std::fs::write(&path, &actual).expect("golden file written");
            println!("wrote {}", path.display());
            continue;
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
                "seed {seed}: line {} differs from {}\n  golden: {want}\n  now:    {got}\n\
                 If the change is intended, regenerate with NETMODELS_BLESS=1 cargo test --test golden",
                line + 1,
                path.display()
            );
        }
        assert_eq!(
            expected.lines().count(),
            actual.lines().count(),
            "seed {seed}: number of events"
        );
    }
}
