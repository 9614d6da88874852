//! File distribution time versus N: the textbook bounds, and the chunked simulation that
//! must never beat them and should come close.
// proptest is a native-only dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

use netmodels::model::{CHUNKS, Distribution, MAX_RECEIVERS, ModelKind, ScalingChart};
use proptest::prelude::*;

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

fn distribution() -> impl Strategy<Value = Distribution> {
    (0.1f64..10.0, 1.0f64..100.0, 0.1f64..10.0, 0.5f64..100.0).prop_map(|(f, us, u, d)| {
        Distribution {
            file: f,
            server_upload: us,
            peer_upload: u,
            min_download: d,
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn the_simulation_never_beats_the_bound_for_random_rates(
        d in distribution(),
        n in 1..=MAX_RECEIVERS,
    ) {
        never_below(&d, n)?;
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
    for (case, d) in cases.into_iter().enumerate() {
        // The textbook case comes within 5 %, the others within 20 %. (When two limits
        // are equal, e.g. a server no faster than one peer with N large, any idle moment
        // shows: the greedy schedule is then further off.)
        let slack = if case == 0 { 1.05 } else { 1.2 };
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
            // Client-server is one server serving everyone at once: it meets its bound.
            assert!(
                (cs - p.client_server_bound).abs() <= 1e-9 * cs,
                "{d:?} N={n}"
            );
            // Peer-to-peer loses a little at the start (peers hold nothing to pass on yet)
            // and at the end (the last chunks move at one peer's rate).
            assert!(p2p <= p.peer_to_peer_bound * slack, "{d:?} N={n}: {p2p}");
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
