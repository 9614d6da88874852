//! What a live classroom costs as it grows, counted rather than timed (a count is the same
//! on every machine): the bytes a join allocates, the lines it sends, and the candidates a
//! peer's pick of a partner looks at, each at ten times the class. An ignored test prints
//! join times for the closing note (`cargo test --release --test room_cost -- --ignored
//! --nocapture`).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::time::Instant;

use netmodels::model::{Audience, ModelKind, Outgoing, ROOM_MAX_STUDENTS, Room, ServerMsg};

/// The system's allocator, counting the bytes each thread asks of it.
struct Counting;

thread_local! {
    /// Bytes this thread has allocated so far.
    static ALLOCATED: Cell<u64> = const { Cell::new(0) };
}

// SAFETY: every call is handed straight to the system allocator; the count is a
// thread-local cell with a constant initialiser, which allocates nothing itself.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATED.with(|a| a.set(a.get() + layout.size() as u64));
        // SAFETY: the caller's layout, as given.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `alloc` above with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

/// Bytes this thread has allocated so far.
fn allocated() -> u64 {
    ALLOCATED.with(Cell::get)
}

/// A class of `n` students seated one after another in `model`; returns the room and the
/// bytes the joins allocated.
fn seat(n: usize, model: ModelKind) -> (Room, u64) {
    let mut room = Room::new();
    room.set_model(model, &mut Vec::new());
    let mut out = Vec::new();
    let before = allocated();
    for i in 0..n {
        out.clear();
        room.join(format!("S{i}"), format!("{i:032x}"), &mut out)
            .expect("a seat");
    }
    (room, allocated() - before)
}

/// The smaller and the larger class: ten times apart, the larger at the room's limit.
const SMALL: usize = ROOM_MAX_STUDENTS / 10;
const LARGE: usize = SMALL * 10;

/// Catches: a join that builds the class's network again (every node, every list: the
/// bytes of seating a class then grow with its square, a hundred times at ten times the
/// class), or that allocates anything else in proportion to the class.
#[test]
fn seating_a_class_costs_in_proportion_to_the_class() {
    for model in [ModelKind::ClientServer, ModelKind::PeerToPeer] {
        let (_, small) = seat(SMALL, model);
        let (_, large) = seat(LARGE, model);
        let ratio = large as f64 / small as f64;
        eprintln!("{model:?}: {SMALL} joins {small} B, {LARGE} joins {large} B, ×{ratio:.1}");
        assert!(
            ratio < 30.0,
            "{model:?}: {LARGE} joins allocate {ratio:.1}× what {SMALL} do"
        );
    }
}

/// Catches: a join that sends the whole class (the list of nodes, or a line per seat) to
/// every screen, which is the class's square in lines delivered: a join sends the same few
/// lines, each of a size that does not grow with the class, however large the class.
#[test]
fn a_join_sends_the_same_few_lines_at_any_size() {
    let lines = |n: usize| {
        let (mut room, _) = seat(n, ModelKind::PeerToPeer);
        let mut out: Vec<Outgoing> = Vec::new();
        room.join("Late".into(), "f".repeat(32), &mut out)
            .expect("a seat");
        let whole = out
            .iter()
            .filter(|o| matches!(o.msg, ServerMsg::Nodes { .. }))
            .count();
        assert_eq!(whole, 0, "no list of every node on a join: {out:?}");
        let everyone = (out.iter()).filter(|o| o.to == Audience::Everyone).count();
        (out.len(), everyone)
    };
    let small = lines(SMALL - 1);
    assert_eq!(lines(LARGE - 1), small);
    assert!(small.1 <= 3, "{small:?}");
}

/// Candidates looked at per request of a class of `seats` peers of which the last tenth
/// are on (a pass from the first seat meets nine tenths away first), over 30 s of the
/// room's own traffic and everyone's asks.
fn looks_per_request(seats: usize) -> f64 {
    let (mut room, _) = seat(seats, ModelKind::PeerToPeer);
    let mut out = Vec::new();
    let on = seats - seats / 10;
    for s in 0..on {
        room.dropped(s, &mut out);
    }
    for _ in 0..600 {
        for s in on..seats {
            room.ask(s);
        }
        room.elapse(0.05, &mut out);
        out.clear();
    }
    let sent = room.simulation().metrics().sent;
    assert!(sent > 50, "{sent} requests");
    room.simulation().partner_looks() as f64 / sent as f64
}

/// Catches: a pick of a partner that goes through the seats (every one, or until it
/// finds one on), whose cost then grows with the class, ten times at ten times the class.
#[test]
fn a_peers_pick_of_a_partner_costs_the_same_at_any_size() {
    let (small, large) = (looks_per_request(SMALL), looks_per_request(LARGE));
    eprintln!("looked at per request: {small:.2} among {SMALL}, {large:.2} among {LARGE}");
    assert!(small < 3.0 && large < 3.0, "{small} {large}");
}

/// Join times at the room's limit, for the closing note: the last tenth of the joins
/// of a full class, and one more after a minute of the class's traffic.
#[test]
#[ignore = "prints timings for the closing note; run in release"]
fn join_times_at_the_limit() {
    for model in [ModelKind::ClientServer, ModelKind::PeerToPeer] {
        let mut room = Room::new();
        room.set_model(model, &mut Vec::new());
        let mut out = Vec::new();
        let mut last_tenth = 0.0;
        for i in 0..ROOM_MAX_STUDENTS {
            let start = Instant::now();
            room.join(format!("S{i}"), format!("{i:032x}"), &mut out)
                .expect("a seat");
            if i >= ROOM_MAX_STUDENTS * 9 / 10 {
                last_tenth += start.elapsed().as_secs_f64();
            }
            room.elapse(0.05, &mut out);
            out.clear();
        }
        let per_join = last_tenth / (ROOM_MAX_STUDENTS / 10) as f64;
        eprintln!(
            "{model:?}: {ROOM_MAX_STUDENTS} seats, a join of the last tenth {:.1} µs",
            per_join * 1e6
        );
    }
}
