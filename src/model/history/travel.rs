//! Going back in time: a seek restores the nearest checkpoint and replays the log; acting
//! while looking back forks, and one Undo brings the cut-off future back.

use super::{Fork, History};
use crate::model::base::clock::{Clock, TICK_SECONDS};
use crate::model::base::message::Msg;
use crate::model::lab::command::Entry;

impl History {
    /// Cuts off the future after the present moment, keeping it for one Undo. Script
    /// entries past the furthest moment reached were never seen: they stay.
    pub(super) fn fork_here(&mut self) {
        let at = self.lab.clock();
        let tail: Vec<Entry> = self.entries.drain(self.next..).collect();
        let scheduled = tail.iter().filter(|e| e.tick > self.frontier).cloned();
        self.entries.extend(scheduled);
        let mut checkpoints = Vec::new();
        while self.checkpoints.back().is_some_and(|c| c.tick > at.ticks()) {
            if let Some(c) = self.checkpoints.pop_back() {
                self.bytes -= c.bytes;
                checkpoints.push(c);
            }
        }
        checkpoints.reverse();
        let mut samples = Vec::new();
        while self.samples.back().is_some_and(|s| s.tick > at.ticks()) {
            samples.extend(self.samples.pop_back());
        }
        samples.reverse();
        self.fork = Some(Fork {
            at,
            kept: self.next,
            tail,
            checkpoints,
            samples,
            frontier: self.frontier,
        });
        self.frontier = at.ticks();
    }

    /// Whether an Undo of a fork is possible.
    pub fn can_undo(&self) -> bool {
        self.fork.is_some()
    }

    /// Brings back the future the last fork cut off, and shows the moment of the fork.
    pub fn undo(&mut self) {
        let Some(fork) = self.fork.take() else {
            return;
        };
        self.entries.truncate(fork.kept);
        self.entries.extend(fork.tail);
        while self
            .checkpoints
            .back()
            .is_some_and(|c| c.tick > fork.at.ticks())
        {
            if let Some(c) = self.checkpoints.pop_back() {
                self.bytes -= c.bytes;
            }
        }
        // A checkpoint at the fork's own tick may have seen the new branch's commands.
        while self
            .checkpoints
            .back()
            .is_some_and(|c| c.applied > fork.kept)
            && self.checkpoints.len() > 1
        {
            if let Some(c) = self.checkpoints.pop_back() {
                self.bytes -= c.bytes;
            }
        }
        for c in fork.checkpoints {
            self.bytes += c.bytes;
            self.checkpoints.push_back(c);
        }
        while self
            .samples
            .back()
            .is_some_and(|s| s.tick > fork.at.ticks())
        {
            self.samples.pop_back();
        }
        self.samples.extend(fork.samples);
        self.frontier = fork.frontier;
        self.next = fork.kept.min(self.next);
        self.seek(fork.at);
        self.lab.announce(Msg::HistoryUndone {
            at: fork.at.render_time(),
        });
        self.trim();
    }

    /// Shows the kept moment `target` (clamped to the kept window), paused: exactly what
    /// the page showed then, with the present display choices.
    pub fn seek(&mut self, target: Clock) {
        let (first, last) = self.kept_ticks();
        let target = match target.ticks() {
            t if t < first => Clock::at_tick(first),
            t if t > last => Clock::at_tick(last),
            _ => target,
        };
        let at = self
            .checkpoints
            .partition_point(|c| c.tick <= target.ticks())
            .saturating_sub(1);
        let Some(checkpoint) = self.checkpoints.get(at) else {
            return;
        };
        let mut lab = checkpoint.lab.clone();
        let mut next = checkpoint.applied;
        while let Some(entry) = self.entries.get(next).filter(|e| e.tick <= target.ticks()) {
            lab.run_to(Clock::at_tick(entry.tick));
            lab.apply(entry.command.clone());
            next += 1;
        }
        lab.run_to(target);
        lab.keep_display_of(&self.lab);
        lab.set_paused(true);
        self.lab = lab;
        self.next = next;
    }

    /// Seeks to `seconds` of session time.
    pub fn seek_seconds(&mut self, seconds: f64) {
        self.seek(Clock::at_seconds(seconds));
    }

    /// The first and last kept ticks: a seek lands between them.
    fn kept_ticks(&self) -> (u64, u64) {
        let first = self.checkpoints.front().map_or(0, |c| c.tick);
        (first, self.frontier.max(first))
    }

    /// The kept stretch of session time, in seconds: where the timeline reaches.
    pub fn kept_range(&self) -> (f64, f64) {
        let (first, last) = self.kept_ticks();
        (first as f64 * TICK_SECONDS, last as f64 * TICK_SECONDS)
    }

    /// Whether the page shows a moment before the furthest one reached.
    pub fn looking_back(&self) -> bool {
        self.lab.clock().ticks() < self.frontier
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::base::kind::ModelKind;
    use crate::model::history::tests::{classroom, run};
    use crate::model::lab::Command;

    #[test]
    fn seeking_back_shows_the_server_on_again() {
        let mut h = History::new(classroom());
        run(&mut h, 10.0);
        h.apply(Command::Toggle {
            model: ModelKind::ClientServer,
            node: "s1".into(),
        });
        run(&mut h, 10.0);
        assert!(!h.snapshot().client_server.nodes[0].up);
        h.seek_seconds(5.0);
        let snap = h.snapshot();
        assert!(snap.client_server.nodes[0].up, "s1 was on at 5 s");
        assert!(h.looking_back() && h.is_paused());
        assert_eq!(h.session_time(), 5.0);
    }

    #[test]
    fn acting_in_the_past_forks_and_undo_brings_the_future_back() {
        let mut h = History::new(classroom());
        run(&mut h, 8.0);
        h.apply(Command::Publish);
        run(&mut h, 12.0);
        let live = h.snapshot();
        h.seek_seconds(4.0);
        h.apply(Command::Toggle {
            model: ModelKind::PeerToPeer,
            node: "p2".into(),
        });
        assert!(matches!(
            h.snapshot().announcement,
            Some(Msg::HistoryForked { .. })
        ));
        assert!(!h.looking_back(), "the fork is the new present");
        assert_eq!(h.kept_range().1, 4.0, "the future after 4 s is gone");
        assert!(!h.entries().iter().any(|e| e.command == Command::Publish));
        assert!(h.can_undo());
        h.undo();
        assert!(!h.can_undo(), "undo once");
        assert_eq!(h.kept_range().1, 20.0);
        assert!(h.entries().iter().any(|e| e.command == Command::Publish));
        h.seek_seconds(20.0);
        let back = h.snapshot();
        assert_eq!(back.client_server, live.client_server);
        assert_eq!(back.peer_to_peer, live.peer_to_peer);
    }
}
