//! File distribution time versus N: the textbook bounds, and the chunked simulation that
//! must never beat them and should come close.
// proptest is a native-only dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

use netmodels::model::{CHUNKS, Distribution, MAX_RECEIVERS, ModelKind, Msg, ScalingChart, Words};
use netmodels::text::{Catalogue, Lang, Value, render};
use proptest::prelude::*;
use proptest::test_runner::RngSeed;

fn never_below(d: &Distribution, n: usize) -> Result<(), TestCaseError> {
    let cs = d.simulated(ModelKind::ClientServer, n);
    let p2p = d.simulated(ModelKind::PeerToPeer, n);
    // Only float rounding is forgiven: one part in a billion.
    prop_assert!(
        cs >= d.client_server_bound(n) * (1.0 - 1e-9),
        "{d:?} N={n}: cs {cs}"
    );
    prop_assert!(
        p2p >= d.peer_to_peer_bound(n) * (1.0 - 1e-9),
        "{d:?} N={n}: p2p {p2p}"
    );
    Ok(())
}

/// A problem with each size and rate anywhere in the page's ranges, spread evenly on a
/// log scale, so each of the three limits of peer-to-peer binds in some cases.
fn distribution() -> impl Strategy<Value = Distribution> {
    let log = |(lo, hi): (f64, f64)| (lo.ln()..=hi.ln()).prop_map(f64::exp);
    (
        log(Distribution::FILE_RANGE),
        log(Distribution::SERVER_UPLOAD_RANGE),
        log(Distribution::PEER_UPLOAD_RANGE),
        log(Distribution::MIN_DOWNLOAD_RANGE),
    )
        .prop_map(|(f, us, u, d)| Distribution {
            file: f,
            server_upload: us,
            peer_upload: u,
            min_download: d,
        })
}

/// The most a simulated time may be above its bound: peer-to-peer in any regime.
const P2P_SLACK: f64 = 1.05;
/// The most the client-server simulation may be above max(N·F/u_s, F/d_min).
const CS_SLACK: f64 = 1.03;
/// The most more upload may add to a time: a greedy schedule may show small anomalies.
const MORE_UPLOAD_SLACK: f64 = 1.01;

proptest! {
    // 96 cases of up to 100 receivers, five simulations each: a few seconds. The seed is
    // fixed: where the server's upload equals the slowest download and peers upload as
    // fast, all three limits tie, and there the schedule comes closest to its 5 % (4.3 %,
    // see the chart test below); a corner that narrow must not make CI fail at random.
    #![proptest_config(ProptestConfig {
        cases: 96,
        rng_seed: RngSeed::Fixed(0x5ca1_ab1e),
        ..ProptestConfig::default()
    })]

    #[test]
    fn the_simulation_never_beats_the_bound_and_comes_within_5_percent(
        d in distribution(),
        n in 1..=MAX_RECEIVERS,
        more in 1.0f64..2.0,
    ) {
        let regime = {
            let f = d.file;
            let terms = [
                f / d.server_upload,
                f / d.min_download,
                n as f64 * f / (d.server_upload + n as f64 * d.peer_upload),
            ];
            ["server", "download", "peer upload"][(0..3)
                .max_by(|&a, &b| terms[a].total_cmp(&terms[b]))
                .unwrap()]
        };
        let p2p = d.simulated(ModelKind::PeerToPeer, n);
        let p2p_bound = d.peer_to_peer_bound(n);
        // Only float rounding is forgiven below a bound: one part in a billion.
        prop_assert!(p2p >= p2p_bound * (1.0 - 1e-9), "{d:?} N={n}: p2p {p2p} below");
        prop_assert!(
            p2p <= p2p_bound * P2P_SLACK,
            "{d:?} N={n}, {regime}-limited: p2p {p2p} vs bound {p2p_bound}"
        );
        let cs = d.simulated(ModelKind::ClientServer, n);
        let cs_bound = d.client_server_bound(n);
        prop_assert!(cs >= cs_bound * (1.0 - 1e-9), "{d:?} N={n}: cs {cs} below");
        prop_assert!(cs <= cs_bound * CS_SLACK, "{d:?} N={n}: cs {cs} vs bound {cs_bound}");
        // More upload, at the server or at every peer, never makes it slower.
        let faster_server = Distribution { server_upload: d.server_upload * more, ..d };
        let faster_peers = Distribution { peer_upload: d.peer_upload * more, ..d };
        for (what, e) in [("server", faster_server), ("peers", faster_peers)] {
            let again = e.simulated(ModelKind::PeerToPeer, n);
            prop_assert!(
                again <= p2p * MORE_UPLOAD_SLACK,
                "{d:?} N={n}: {what}' upload x{more}: p2p {p2p} -> {again}"
            );
        }
        let again = faster_server.simulated(ModelKind::ClientServer, n);
        prop_assert!(
            again <= cs * MORE_UPLOAD_SLACK,
            "{d:?} N={n}: server's upload x{more}: cs {cs} -> {again}"
        );
    }
}

/// A homework problem of Kurose & Ross (chapter 2): a file of F = 15 Gbit, a server
/// uploading u_s = 30 Mbps, every peer downloading d_min = 2 Mbps and uploading u = 300
/// kbps, 700 kbps or 2 Mbps, to N = 10, 100 and 1,000 peers. In Mbit and Mbit/s, so the
/// times are in seconds.
#[test]
fn the_homework_problem_stays_within_5_percent_of_its_bound() {
    // (u, N, the bound worked out by hand: the largest of F/u_s = 500 s, F/d_min = 7,500 s
    // and N·F/(u_s + N·u)).
    let cases = [
        (0.3, 10, 7_500.0),
        (0.3, 100, 25_000.0),           // 1.5e6 / 60
        (0.3, 1_000, 45_454.545_454_5), // 1.5e7 / 330
        (0.7, 10, 7_500.0),
        (0.7, 100, 15_000.0),           // 1.5e6 / 100
        (0.7, 1_000, 20_547.945_205_5), // 1.5e7 / 730
        (2.0, 10, 7_500.0),
        (2.0, 100, 7_500.0),   // 1.5e6 / 230 = 6,522 is less
        (2.0, 1_000, 7_500.0), // 1.5e7 / 2,030 = 7,389 is less
    ];
    let mut times = Vec::new();
    for (u, n, bound) in cases {
        let d = Distribution {
            file: 15_000.0,
            server_upload: 30.0,
            peer_upload: u,
            min_download: 2.0,
        };
        assert!(
            (d.peer_to_peer_bound(n) - bound).abs() < 1e-6,
            "u={u} N={n}"
        );
        let sim = d.simulated(ModelKind::PeerToPeer, n);
        println!("u = {u} Mbps, N = {n}: {sim:.0} s, bound {bound:.0} s");
        assert!(
            sim >= bound * (1.0 - 1e-9),
            "u={u} N={n}: {sim} below {bound}"
        );
        assert!(sim <= bound * P2P_SLACK, "u={u} N={n}: {sim} vs {bound}");
        times.push((u, n, sim));
    }
    // More upload per peer never makes it slower, at any N.
    for &(u, n, sim) in &times {
        for &(u2, n2, sim2) in &times {
            if n2 == n && u2 > u {
                assert!(
                    sim2 <= sim * MORE_UPLOAD_SLACK,
                    "N={n}: u {u} -> {u2}: {sim} -> {sim2}"
                );
            }
        }
    }
}

#[test]
fn every_n_from_1_to_100_stays_above_the_bound_and_close_to_it() {
    // The textbook case and three others: slow downloads, a weaker server, strong peers.
    let cases = [
        Distribution::textbook(),
        Distribution {
            min_download: 0.5,
            ..Distribution::textbook()
        },
        Distribution {
            server_upload: 2.0,
            ..Distribution::textbook()
        },
        Distribution {
            peer_upload: 10.0,
            ..Distribution::textbook()
        },
    ];
    // The last case has all three limits about equal (u_s = d_min = u): every download must
    // be busy at every instant, and the schedule is held to the same 5 % there too.
    for d in cases {
        let mut worst: f64 = 1.0;
        let mut chart = ScalingChart::new(d);
        while chart.simulate_next() {}
        assert!(chart.is_complete());
        for p in &chart.points {
            let (cs, p2p) = (
                p.client_server_simulated.unwrap(),
                p.peer_to_peer_simulated.unwrap(),
            );
            let n = p.receivers;
            never_below(&d, n).unwrap();
            // Client-server queues every copy at the server's upload: close to its bound.
            assert!(cs <= p.client_server_bound * CS_SLACK, "{d:?} N={n}: {cs}");
            // Peer-to-peer loses a little at the start (peers hold nothing to pass on yet)
            // and at the end (the last chunks still have to be passed on).
            assert!(
                p2p <= p.peer_to_peer_bound * P2P_SLACK,
                "{d:?} N={n}: {p2p} is {} times its bound",
                p2p / p.peer_to_peer_bound
            );
            worst = worst.max(p2p / p.peer_to_peer_bound);
        }
        println!("{d:?}: peer-to-peer simulated / bound at worst {worst:.3}");
    }
}

#[test]
fn the_chart_starts_with_the_bounds_and_fills_in_the_simulation() {
    let mut chart = ScalingChart::new(Distribution::textbook());
    assert_eq!(chart.points.len(), 100);
    assert_eq!(chart.simulated(), 0);
    assert!((chart.points[99].client_server_bound - 10.0).abs() < 1e-12);
    assert!((chart.points[9].peer_to_peer_bound - 0.5).abs() < 1e-12);
    assert!(chart.points[0].peer_to_peer_simulated.is_none());
    assert!(chart.simulate_next());
    assert_eq!(chart.simulated(), 1);
    assert!(chart.points[0].peer_to_peer_simulated.is_some());
}

#[test]
fn out_of_range_sliders_are_clamped_and_not_a_number_is_the_textbook_value() {
    let d = Distribution {
        file: f64::NAN,
        server_upload: 1e9,
        peer_upload: -3.0,
        min_download: f64::INFINITY,
    }
    .clamped();
    assert_eq!(d.file, 1.0);
    assert_eq!(d.server_upload, 100.0);
    assert_eq!(d.peer_upload, 0.1);
    assert_eq!(d.min_download, 100.0);
    let chart = ScalingChart::new(d);
    assert!(
        chart
            .points
            .iter()
            .all(|p| p.peer_to_peer_bound.is_finite())
    );
}

#[test]
fn the_chart_is_the_same_however_its_work_is_sliced() {
    let d = Distribution {
        file: 2.5,
        server_upload: 17.0,
        peer_upload: 0.7,
        min_download: 3.0,
    };
    let whole = {
        let mut chart = ScalingChart::new(d);
        while chart.simulate_next() {}
        chart
    };
    for slice in [1, 1_000] {
        let mut chart = ScalingChart::new(d);
        let mut calls = 0;
        while chart.work(slice) {
            calls += 1;
        }
        assert!(chart.is_complete());
        assert_eq!(chart.points, whole.points, "slices of {slice} events");
        // Small slices really are small: the chart takes many of them.
        if slice == 1 {
            assert!(calls > 100 * CHUNKS, "{calls} calls");
        }
    }
}

#[test]
fn a_slice_of_work_stops_inside_one_run() {
    let mut chart = ScalingChart::new(Distribution::textbook());
    // N = 1 in client-server alone is CHUNKS transfers; fewer leave it unfinished.
    assert!(chart.work(CHUNKS / 2));
    assert_eq!(chart.simulated(), 0);
    assert!(chart.points[0].client_server_simulated.is_none());
    assert!(chart.work(CHUNKS / 2));
    assert!(chart.points[0].client_server_simulated.is_some());
    assert!(chart.points[0].peer_to_peer_simulated.is_none());
}

#[test]
fn the_simulation_is_deterministic() {
    let d = Distribution {
        file: 2.5,
        server_upload: 17.0,
        peer_upload: 0.7,
        min_download: 3.0,
    };
    for n in [1, 7, 64] {
        let a = d.simulated(ModelKind::PeerToPeer, n);
        assert_eq!(a.to_bits(), d.simulated(ModelKind::PeerToPeer, n).to_bits());
    }
}

/// Tour step 8 asks about the chart: its question names each model's own receivers
/// (clients who only download, peers who pass pieces on), in every language and both
/// vocabularies, rather than calling the receivers of both models peers.
#[test]
fn the_tour_question_about_the_chart_names_each_models_receivers() {
    for lang in Lang::ALL {
        let path = format!(
            "{}/static/lang/{}.ftl",
            env!("CARGO_MANIFEST_DIR"),
            lang.code()
        );
        let source = std::fs::read_to_string(&path).expect(&path);
        let (catalogue, errors) = Catalogue::parse(lang, &source);
        assert!(errors.is_empty(), "{path}: {errors:?}");
        for (words, slug) in [(Words::Network, "network"), (Words::Library, "library")] {
            let question = render(&Msg::TourQuestion { step: 8 }, &catalogue, words);
            let term = |key: &str| {
                catalogue
                    .format(key, &[("words", Value::Text(slug.into()))])
                    .unwrap()
            };
            for receivers in [term("clients"), term("peers")] {
                assert!(
                    question.contains(&format!("100 {receivers}")),
                    "{lang:?} {slug}: {question:?} lacks 100 {receivers}"
                );
            }
        }
    }
}
