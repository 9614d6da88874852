//! A whole simulated day at the largest scene a link allows (4 servers, 100 clients, 100
//! peers) with random failures: it must finish quickly, keep every invariant, recover fully
//! at the end, and not grow its memory.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use netmodels::model::{CLIENTS, Command, Lab, ModelKind, PEERS, SERVERS, Scenario};
use rand::{RngExt, SeedableRng};

/// Counts the bytes currently allocated by this test binary.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const HOUR: usize = 3600;

#[test]
fn a_day_with_random_failures_stays_consistent_and_bounded() {
    let started = Instant::now();
    // The largest scene a link can ask for.
    let (servers, clients, peers) = (*SERVERS.end(), *CLIENTS.end(), *PEERS.end());
    let mut lab = Lab::new(Scenario {
        servers,
        clients,
        peers,
        ..Scenario::default()
    });
    lab.apply(Command::SetSpeed(4.0));
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(2026);
    let mut live_after_first_hour = 0;
    // One frame of 0.25 s at 4× is one simulated second.
    for second in 0..24 * HOUR {
        if rng.random_bool(1.0 / 60.0) {
            let (model, count) = match rng.random_bool(0.5) {
                true => (ModelKind::ClientServer, servers + clients),
                false => (ModelKind::PeerToPeer, peers),
            };
            let snap = lab.snapshot();
            let nodes = match model {
                ModelKind::ClientServer => &snap.client_server.nodes,
                ModelKind::PeerToPeer => &snap.peer_to_peer.nodes,
            };
            let node = nodes[rng.random_range(0..count)].id.clone();
            lab.apply(Command::Toggle { model, node });
        }
        lab.elapse(0.25);
        if second == HOUR {
            live_after_first_hour = LIVE.load(Ordering::Relaxed);
        }
    }
    let live_after_a_day = LIVE.load(Ordering::Relaxed);
    let snap = lab.snapshot();
    // 86,400 frames of one simulated second each: exactly a day, not roughly.
    assert_eq!(snap.time, 24.0 * 3600.0);
    assert_eq!(lab.session_time(), 24.0 * 3600.0);
    assert_eq!(snap.client_server.nodes.len(), servers + clients);
    assert_eq!(snap.peer_to_peer.nodes.len(), peers);

    for kind in [ModelKind::ClientServer, ModelKind::PeerToPeer] {
        let sim = lab.simulation(kind);
        let m = sim.metrics();
        assert_eq!(
            m.sent,
            m.answered + m.failed + m.cancelled + sim.open_requests() as u64
        );
        assert!(m.sent > 1_000_000, "{kind:?} sent {}", m.sent);
        assert!(
            sim.packets_in_flight() < 1000,
            "{}",
            sim.packets_in_flight()
        );
    }
    // Everything back on: after a minute, everyone is served again.
    for d in [&snap.client_server, &snap.peer_to_peer] {
        for n in d.nodes.iter().filter(|n| !n.up) {
            lab.apply(Command::Toggle {
                model: d.kind,
                node: n.id.clone(),
            });
        }
    }
    for _ in 0..60 {
        lab.elapse(0.25);
    }
    let snap = lab.snapshot();
    assert_eq!(snap.client_server.metrics.availability, Some(1.0));
    assert_eq!(snap.peer_to_peer.metrics.availability, Some(1.0));

    let elapsed = started.elapsed();
    println!(
        "soak: 24 simulated hours in {elapsed:.1?}; live heap after 1 h {} KiB, after 24 h {} KiB",
        live_after_first_hour / 1024,
        live_after_a_day / 1024
    );
    assert!(
        live_after_a_day < live_after_first_hour * 2 + 64 * 1024,
        "memory grew: {live_after_first_hour} → {live_after_a_day} bytes"
    );
}
