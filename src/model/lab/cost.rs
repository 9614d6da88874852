//! What catching up on a link's moment costs: the page opens a link with `t=` by running
//! every tick up to it, and each tick visits every node, every packet on the wire and
//! every open request of both networks. The estimate is that count, from the scene's
//! largest sizes and its rate; a moment that would cost more than [`MAX_CATCH_UP_COST`] is
//! brought earlier to the latest one that does not.

use crate::model::base::clock::TICK_SECONDS;
use crate::model::base::role::Role;
use crate::model::lab::command::Command;
use crate::model::lab::scenario::{Scenario, Sizes};
use crate::model::sim::capacity::Capacity;
use crate::model::sim::engine::{HOP_SECONDS, MAX_ATTEMPTS, TIMEOUT_SECONDS};

/// The most work a link's moment may cost, in node-, packet- and request-visits (see
/// [`catch_up_cost`]): a few seconds of catching up on a laptop slowed four times. A
/// 30-minute lesson with 12 clients and 12 peers costs 10.3 million at the default rate and
/// 26 million at 2 requests a second, so such a session's link opens where it was shared;
/// at 10 a second its server and peers are far past their capacity, every request they
/// cannot answer stays open until it times out, and the link opens at 980 s. The largest
/// scene at the highest rate opens at most 117 s in.
pub const MAX_CATCH_UP_COST: u64 = 120_000_000;

/// Visits one tick makes in networks of `sizes` when each requester asks `rate` times a
/// second and each server or peer answers at most its `capacity` (see [`tick_cost_of`]).
pub fn tick_cost(sizes: Sizes, rate: f64, capacity: Capacity, peer_capacity: Capacity) -> f64 {
    let nodes = (sizes.servers + sizes.clients + sizes.peers) as f64;
    nodes
        + tick_cost_of(sizes.clients, sizes.servers, rate, capacity, 1)
        + tick_cost_of(sizes.peers, sizes.peers, rate, peer_capacity, MAX_ATTEMPTS)
}

/// The packets and open requests one network's traffic keeps in a tick: `requesters`
/// asking `rate` times a second, of `answerers` answering at most `capacity` each.
///
/// An answered request has two packets on the wire (a hop each) and its open entry for
/// the round trip, or, past the capacity, for as long as the full queue makes it wait (up
/// to the time-out). An attempt turned away crosses one hop and stays open until it times
/// out; a requester then tries another partner, up to `attempts` in all, so the attempts a
/// second are those asked again while the share past the capacity is turned away: found by
/// iterating that to its fixed point from the first attempts (it rises to it).
fn tick_cost_of(
    requesters: usize,
    answerers: usize,
    rate: f64,
    capacity: Capacity,
    attempts: u8,
) -> f64 {
    let asked = requesters as f64 * rate;
    let round_trip = 2.0 * HOP_SECONDS;
    let Some(each) = capacity.per_second() else {
        return asked * (round_trip + round_trip);
    };
    let can_answer = each * answerers as f64;
    let mut tried = asked;
    for _ in 0..64 {
        let turned_away = match tried > can_answer {
            true => 1.0 - can_answer / tried,
            false => 0.0,
        };
        let (mut again, mut share) = (0.0, 1.0);
        for _ in 0..attempts {
            again += share;
            share *= turned_away;
        }
        tried = asked * again;
    }
    let answered = tried.min(can_answer);
    let open = match tried > can_answer {
        true => TIMEOUT_SECONDS,
        false => round_trip,
    };
    answered * (round_trip + open) + (tried - answered) * (HOP_SECONDS + TIMEOUT_SECONDS)
}

/// The largest sizes `scenario` reaches: its own, or any its script resizes to.
fn largest_sizes(scenario: &Scenario) -> Sizes {
    let mut now = scenario.sizes().clamped();
    let mut largest = now;
    for entry in &scenario.script {
        let (role, n) = match entry.command {
            Command::SetServers(n) => (Role::Server, n),
            Command::SetClients(n) => (Role::Client, n),
            Command::SetPeers(n) => (Role::Peer, n),
            _ => continue,
        };
        now = now.resized(role, n);
        largest = Sizes {
            servers: largest.servers.max(now.servers),
            clients: largest.clients.max(now.clients),
            peers: largest.peers.max(now.peers),
        };
    }
    largest
}

/// The estimated cost of opening `scenario` at `seconds`: ticks to run times the visits of
/// one tick at the scene's largest sizes.
pub fn catch_up_cost(scenario: &Scenario, seconds: f64) -> u64 {
    let ticks = (seconds.max(0.0) / TICK_SECONDS).round();
    let per_tick = tick_cost(
        largest_sizes(scenario),
        scenario.rate.per_second(),
        scenario.capacity,
        scenario.peer_capacity,
    );
    // Saturating: a float beyond u64 becomes u64::MAX.
    (ticks * per_tick) as u64
}

/// The latest moment, in whole seconds, at or before `seconds` that `scenario` may be
/// opened at within [`MAX_CATCH_UP_COST`]: `seconds` itself when it is affordable.
pub fn affordable_moment(scenario: &Scenario, seconds: f64) -> f64 {
    if catch_up_cost(scenario, seconds) <= MAX_CATCH_UP_COST {
        return seconds;
    }
    let per_tick = tick_cost(
        largest_sizes(scenario),
        scenario.rate.per_second(),
        scenario.capacity,
        scenario.peer_capacity,
    );
    let ticks = (MAX_CATCH_UP_COST as f64 / per_tick).floor();
    (ticks * TICK_SECONDS).floor().min(seconds)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::lab::scenario::Rate;

    #[test]
    fn a_classroom_lesson_opens_where_it_was_shared() {
        let classroom = Scenario {
            clients: 12,
            peers: 12,
            ..Scenario::default()
        };
        assert_eq!(affordable_moment(&classroom, 1800.0), 1800.0);
    }

    #[test]
    fn the_largest_scene_at_the_highest_rate_is_brought_earlier() {
        let costly = Scenario {
            clients: 100,
            peers: 100,
            rate: Rate::new(10.0),
            ..Scenario::default()
        };
        let at = affordable_moment(&costly, 1800.0);
        assert!(at < 1800.0 && at > 60.0, "{at}");
        assert!(catch_up_cost(&costly, at) <= MAX_CATCH_UP_COST);
        assert!(catch_up_cost(&costly, at + 1.0) > MAX_CATCH_UP_COST);
    }
}
