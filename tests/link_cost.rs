//! What links cost where nothing is drawn: a 1,000-peer class (the classroom server's
//! largest room) is 499,500 pairs, and neither a copy of its simulation, nor its snapshot,
//! nor a student joining should pay for them. Memory is asserted (it does not depend on
//! the machine); times are printed only, for comparing builds.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use netmodels::model::{ModelKind, ROOM_MAX_STUDENTS, Room, Simulation, Topology, link_views};

/// Counts the bytes this test binary allocates, in total (frees are not subtracted).
struct Counting;

static ALLOCATED: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATED.fetch_add(layout.size(), Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATED.fetch_add(new_size.saturating_sub(layout.size()), Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The allocation count is one for the whole binary: the tests take turns.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Bytes allocated while `work` runs, and what it returned.
fn allocated_by<T>(work: impl FnOnce() -> T) -> (usize, T) {
    let before = ALLOCATED.load(Ordering::Relaxed);
    let value = work();
    (ALLOCATED.load(Ordering::Relaxed) - before, value)
}

/// A pair list of the largest room's peers is n(n−1)/2 entries of at least two indexes (16
/// bytes): 8 MB at 1,000 peers. What a copy of the network needs without one (nodes, their
/// state, a few seconds' packets and metric windows) grows with the peers only: a kilobyte
/// a peer is well under a tenth of it.
const SMALL: usize = ROOM_MAX_STUDENTS * 1024;

#[test]
fn the_largest_rooms_peer_network_is_cheap_to_build_copy_and_snapshot() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let peers = ROOM_MAX_STUDENTS;
    let started = Instant::now();
    let (built, mut sim) = allocated_by(|| Simulation::new(Topology::peer_to_peer(peers), 1));
    let build_time = started.elapsed();
    // A few seconds of traffic, so the copy carries packets and open requests too.
    for _ in 0..300 {
        sim.step(0.01);
    }
    let (copied, copy) = allocated_by(|| sim.clone());
    let (snapshot, view) = allocated_by(|| sim.snapshot());
    let started = Instant::now();
    let (switched, ()) = allocated_by(|| sim.set_up(7, false));
    let switch_time = started.elapsed();
    // What a drawing of it would pay, and only a drawing.
    let started = Instant::now();
    let (drawn, links) = allocated_by(|| link_views(&view.nodes));
    let draw_time = started.elapsed();
    println!(
        "link cost: {peers} peers built in {build_time:.1?} allocating {} KB; a copy {} KB; \
         a snapshot {} KB; a switch {} KB in {switch_time:.1?}; its {} links drawn \
         {} KB in {draw_time:.1?}",
        built / 1024,
        copied / 1024,
        snapshot / 1024,
        switched / 1024,
        links.len(),
        drawn / 1024,
    );
    assert_eq!(links.len(), peers * (peers - 1) / 2);
    assert_eq!(copy.snapshot().nodes.len(), peers);
    assert_eq!(view.nodes.len(), peers);
    assert!(copied < SMALL, "a copy allocates {copied} bytes");
    assert!(snapshot < SMALL, "a snapshot allocates {snapshot} bytes");
    assert!(built < SMALL, "building allocates {built} bytes");
    assert!(switched < SMALL / 10, "a switch allocates {switched} bytes");
}

#[test]
fn a_full_room_joins_a_peer_to_peer_class_quickly() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let mut room = Room::new();
    let mut out = Vec::new();
    room.set_model(ModelKind::PeerToPeer, &mut out);
    let started = Instant::now();
    let (allocated, ()) = allocated_by(|| {
        for i in 0..ROOM_MAX_STUDENTS {
            out.clear();
            room.join(format!("S{i}"), format!("{i:032x}"), &mut out)
                .expect("a seat");
        }
    });
    let joined = started.elapsed();
    println!(
        "link cost: {ROOM_MAX_STUDENTS} students joined one by one in {joined:.1?}, \
         allocating {} MB in all",
        allocated >> 20
    );
    assert_eq!(room.present(), ROOM_MAX_STUDENTS);
    // A join grows the network by one node and may cost what the class's size does (128
    // bytes a student), no more: when each join rebuilt it with a pair list, the joins one
    // by one were 1 + 2 + … + 999 pairs, about 166 million in all, gigabytes.
    assert!(
        allocated < ROOM_MAX_STUDENTS * ROOM_MAX_STUDENTS * 128,
        "joining allocates {allocated} bytes"
    );
    assert_eq!(room.simulation().topology().nodes.len(), ROOM_MAX_STUDENTS);
}
