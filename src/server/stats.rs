//! The server's counters, read by `/stats` and by the tests: how many connections, rooms
//! and students, what was dropped and why, what was sent; never a name or an address.

use std::sync::atomic::{AtomicU64, Ordering};

use axum::extract::State;

use super::AppState;

/// Counters read by `/stats` and by the tests; never a name or an address.
#[derive(Default)]
pub(super) struct Stats {
    pub(super) connections: AtomicU64,
    pub(super) rooms: AtomicU64,
    pub(super) students: AtomicU64,
    pub(super) malformed: AtomicU64,
    pub(super) oversized: AtomicU64,
    pub(super) too_frequent: AtomicU64,
    pub(super) refused: AtomicU64,
    pub(super) slow_screens: AtomicU64,
    pub(super) lines_out: AtomicU64,
    pub(super) bytes_out: AtomicU64,
}

impl Stats {
    pub(super) fn add(counter: &AtomicU64) {
        counter.fetch_add(1, Ordering::Relaxed);
    }

    fn text(&self) -> String {
        let get = |c: &AtomicU64| c.load(Ordering::Relaxed);
        let (rss, cpu) = process_usage();
        format!(
            "connections {}\nrooms {}\nstudents {}\nmalformed {}\noversized {}\ntoo_frequent {}\nrefused {}\nslow_screens {}\nlines_out {}\nbytes_out {}\nrss_bytes {rss}\ncpu_seconds {cpu:.3}\n",
            get(&self.connections),
            get(&self.rooms),
            get(&self.students),
            get(&self.malformed),
            get(&self.oversized),
            get(&self.too_frequent),
            get(&self.refused),
            get(&self.slow_screens),
            get(&self.lines_out),
            get(&self.bytes_out),
        )
    }
}

/// Resident memory in bytes and CPU seconds used so far, where the system tells
/// (Linux's /proc); zeros elsewhere.
fn process_usage() -> (u64, f64) {
    let rss = std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<u64>().ok())
        .map_or(0, |pages| pages * 4096);
    let cpu = std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            // Fields after the command name (which is in parentheses): utime is 14th, stime 15th.
            let rest = s.rsplit_once(')')?.1;
            let fields: Vec<&str> = rest.split_whitespace().collect();
            let utime: f64 = fields.get(11)?.parse().ok()?;
            let stime: f64 = fields.get(12)?.parse().ok()?;
            Some((utime + stime) / 100.0)
        })
        .unwrap_or(0.0);
    (rss, cpu)
}

/// `/stats`: one counter a line, `name value`.
pub(super) async fn stats_text(State(state): State<AppState>) -> String {
    state.stats.text()
}
