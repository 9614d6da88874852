//! History: the live [`Lab`] together with its past, so the page can go back to any kept
//! moment and show exactly what it showed then.
//!
//! The past is the command log. Every command that changes a simulation is kept with the
//! tick it was given at; every [`CHECKPOINT_SECONDS`] a copy of the Lab is kept too. Seeking
//! restores the nearest checkpoint at or before the moment, then replays the commands and
//! ticks up to it: the model is deterministic, so the result is the moment as it was.
//! Display choices (pause, speed, words, language, the chart, the tour's panel) are not
//! history: a seek keeps the present ones.
//!
//! Time running while looking back replays the kept future. Acting while looking back
//! cuts that future off (a fork), which one Undo brings back. A script is a future known
//! in advance: its entries wait in the log until their moment comes, and a fork keeps the
//! ones not reached yet.
//!
//! Memory: the kept window is at most [`WINDOW_SECONDS`] and [`BUDGET_BYTES`] of
//! checkpoints; once full, the oldest checkpoint and the commands before the next one are
//! dropped, so memory stays flat. Checkpoints are evenly spaced rather than thinned with
//! age: the gap between two checkpoints is what bounds the slowest seek.
//!
//! Here: the log, time running and the kept window; `travel`: seeking, forks and Undo;
//! `timeline`: what the timeline draws; `share`: the share link, and a script's entries
//! as the log's commands.

mod share;
mod timeline;
mod travel;

mod moment;

pub use moment::{MOMENT_HEADER, MOMENT_VERSION, Moment, ReadError};

use std::collections::VecDeque;
use std::ops::Deref;

use crate::model::base::clock::{Clock, TICK_SECONDS};
use crate::model::base::kind::ModelKind;
use crate::model::base::message::Msg;
pub use crate::model::lab::command::{Entry, MarkKind};
use crate::model::lab::scenario::{MAX_SCRIPT_SECONDS, Scenario, sort_by_tick};
use crate::model::lab::{Command, Lab, MAX_FRAME_SECONDS, STEP_BUTTON_SECONDS};
use crate::model::lesson::tour::{Tour, TourCommand};
use crate::model::sim::explain;
pub use share::LinkFidelity;
pub use timeline::{Sample, TimelineView, sample_down_periods};

/// Simulated seconds between two checkpoints: the most a seek has to replay.
pub const CHECKPOINT_SECONDS: f64 = 5.0;
/// Simulated seconds between two points of the availability series.
pub const SAMPLE_SECONDS: f64 = 0.5;
/// The longest stretch of the past kept, in simulated seconds.
pub const WINDOW_SECONDS: f64 = MAX_SCRIPT_SECONDS;
/// The most heap the checkpoints may take (estimated); a big scene keeps a shorter window.
pub const BUDGET_BYTES: usize = 16 << 20;
/// The most commands kept: a storm of clicks thins the window instead of growing it.
pub const MAX_COMMANDS: usize = 20_000;

const CHECKPOINT_TICKS: u64 = (CHECKPOINT_SECONDS / TICK_SECONDS) as u64;
const SAMPLE_TICKS: u64 = (SAMPLE_SECONDS / TICK_SECONDS) as u64;
const WINDOW_TICKS: u64 = (WINDOW_SECONDS / TICK_SECONDS) as u64;

#[derive(Clone, Debug)]
struct Checkpoint {
    tick: u64,
    /// How many entries of the log this copy has applied.
    applied: usize,
    lab: Lab,
    bytes: usize,
}

/// The future a fork cut off, kept for one Undo.
#[derive(Clone, Debug)]
struct Fork {
    at: Clock,
    /// Entries before the fork point (the log's length up to it).
    kept: usize,
    tail: Vec<Entry>,
    checkpoints: Vec<Checkpoint>,
    samples: Vec<Sample>,
    frontier: u64,
}

/// The live Lab and its kept past. Reads go to the Lab (`Deref`); commands and time go
/// through here, so that nothing that changes a simulation escapes the log.
#[derive(Clone, Debug)]
pub struct History {
    lab: Lab,
    entries: Vec<Entry>,
    /// How many entries the Lab has applied: those before it are its past.
    next: usize,
    checkpoints: VecDeque<Checkpoint>,
    bytes: usize,
    samples: VecDeque<Sample>,
    /// The furthest tick the session has reached; before it is looking back.
    frontier: u64,
    fork: Option<Fork>,
    /// Whether the oldest part of the session has been dropped from the log.
    trimmed: bool,
    /// The link's moment, while the session has not reached it yet.
    catch_up: Option<CatchUp>,
}

/// A link's moment the session is running to, a slice at a time.
#[derive(Clone, Debug)]
struct CatchUp {
    /// Where the run started: the session's start.
    from: Clock,
    /// The link's moment.
    target: Clock,
    /// The tour's panel as the link opens it, shown once the moment is reached.
    panel: (Option<Tour>, usize),
}

/// How far the run to a link's moment is: what the page's notice says.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CatchingUp {
    /// The moment being caught up on, in session seconds.
    pub at: f64,
    /// How much of the way is run, in per cent, a multiple of ten below 100.
    pub done: usize,
}

impl CatchingUp {
    /// What the notice says.
    pub fn message(self) -> Msg {
        Msg::CatchingUp {
            at: self.at,
            done: self.done,
        }
    }
}

/// Whether `command` acts on the session or its time (and so ends a catching up where it
/// is), rather than on how the page shows it.
fn ends_catch_up(command: &Command) -> bool {
    match command {
        Command::SetSpeed(_)
        | Command::SetWords(_)
        | Command::SetLang(_)
        | Command::SetChart { .. } => false,
        command => command.changes_simulation() || !matches!(command, Command::Tour(_)),
    }
}

impl Deref for History {
    type Target = Lab;

    fn deref(&self) -> &Lab {
        &self.lab
    }
}

impl History {
    /// A session of `scenario`: its script waits in the log, and with a moment to open at
    /// (`t`), the session runs there and pauses.
    pub fn new(scenario: Scenario) -> History {
        let mut history = History::opening(scenario);
        history.catch_up(u64::MAX);
        history
    }

    /// The same session, not yet at its link's moment: it waits, paused at the start,
    /// for [`History::catch_up`] to run it there in slices, so that a page can draw
    /// before the whole way is run.
    pub fn opening(scenario: Scenario) -> History {
        let lab = Lab::new(scenario);
        let scenario = lab.start().clone();
        let start = lab.clock();
        let mut history = History {
            entries: scenario
                .script
                .iter()
                .map(|s| Entry {
                    tick: s.tick.max(start.ticks()),
                    command: s.command.clone(),
                })
                .collect(),
            next: 0,
            checkpoints: VecDeque::new(),
            bytes: 0,
            samples: VecDeque::new(),
            frontier: start.ticks(),
            fork: None,
            trimmed: false,
            catch_up: None,
            lab,
        };
        // Stable: entries at the same moment play in the order written.
        sort_by_tick(&mut history.entries, |e| e.tick);
        history.checkpoint();
        history.sample();
        if let Some(seconds) = scenario.at {
            // A link to a moment shows it as the link says, as a seek shows a moment with
            // the present's display: a `tour` entry sets up its scene but opens the tour's
            // panel only if the link's own `tour` does (the panel is the one display
            // choice a script changes).
            history.catch_up = Some(CatchUp {
                from: start,
                target: Clock::at_seconds(seconds.min(MAX_SCRIPT_SECONDS)),
                panel: history.lab.tour_panel(),
            });
            history.lab.set_paused(true);
        }
        history
    }

    /// Runs at most `ticks` more of the way to the link's moment; once there, the session
    /// shows it paused. Nothing to do without a moment still to reach. However the way is
    /// cut into slices, the moment reached is the same.
    pub fn catch_up(&mut self, ticks: u64) {
        let Some(target) = self.catch_up.as_ref().map(|c| c.target) else {
            return;
        };
        let stop = self.lab.clock().ticks().saturating_add(ticks);
        match stop < target.ticks() {
            true => self.run_to(Clock::at_tick(stop)),
            false => {
                self.run_to(target);
                self.end_catch_up();
            }
        }
    }

    /// How far the run to the link's moment is, while it is not reached.
    pub fn catching_up(&self) -> Option<CatchingUp> {
        let c = self.catch_up.as_ref()?;
        let (from, to) = (c.from.ticks(), c.target.ticks().max(c.from.ticks() + 1));
        let run = self.lab.clock().ticks().saturating_sub(from);
        let tenths = (run * 10 / (to - from)).min(9);
        Some(CatchingUp {
            at: c.target.now(),
            done: tenths as usize * 10,
        })
    }

    /// Leaves the catching up where it is, paused, with the link's tour panel.
    fn end_catch_up(&mut self) {
        if let Some(c) = self.catch_up.take() {
            self.lab.set_tour_panel(c.panel);
            self.lab.set_paused(true);
        }
    }

    /// The live Lab.
    pub fn lab(&self) -> &Lab {
        &self.lab
    }

    /// Carries out one command, keeping it in the log if it changes a simulation.
    pub fn apply(&mut self, command: Command) {
        // Acting on the session or its time while it catches up takes over where it is.
        if ends_catch_up(&command) {
            self.end_catch_up();
        }
        // Where the tour was left on an earlier visit outlives the catching up.
        if let (Some(c), Command::Tour(TourCommand::Remember(_))) = (&mut self.catch_up, &command) {
            self.lab.apply(command);
            c.panel.1 = self.lab.tour_panel().1;
            return;
        }
        match command {
            Command::StepOnce => {
                let target = self.lab.clock_after(STEP_BUTTON_SECONDS);
                self.run_to(target);
            }
            Command::Seek { seconds } => self.seek_seconds(seconds),
            Command::StepBack => {
                let back = self.lab.clock().render_time() - STEP_BUTTON_SECONDS;
                self.seek_seconds(back.max(0.0));
            }
            Command::Undo => self.undo(),
            command if command.changes_simulation() => {
                self.apply_due();
                let Some(resolved) = self.lab.resolve(command.clone()) else {
                    self.lab.apply(command);
                    return;
                };
                let now = self.lab.clock();
                let looking_back = now.ticks() < self.frontier;
                if looking_back {
                    self.fork_here();
                }
                let entry = Entry {
                    tick: now.ticks(),
                    command: resolved,
                };
                self.entries.insert(self.next, entry);
                self.next += 1;
                self.lab.apply(command);
                if looking_back {
                    self.lab.announce(Msg::HistoryForked { at: now.now() });
                }
                self.trim();
            }
            command => self.lab.apply(command),
        }
    }

    /// Lets `wall_seconds` of real time pass, as [`Lab::elapse`] does, playing the log's
    /// future entries at their moments.
    pub fn elapse(&mut self, wall_seconds: f64) {
        if self.lab.is_paused() || !wall_seconds.is_finite() {
            return;
        }
        let target = self
            .lab
            .clock_after(wall_seconds.clamp(0.0, MAX_FRAME_SECONDS));
        self.run_to(target);
    }

    /// Applies the entries whose moment is now or past.
    fn apply_due(&mut self) {
        let now = self.lab.clock().ticks();
        while let Some(entry) = self.entries.get(self.next).filter(|e| e.tick <= now) {
            let command = entry.command.clone();
            self.next += 1;
            self.lab.apply(command);
        }
    }

    /// Runs the Lab forward to `target`, playing entries at their ticks and keeping
    /// checkpoints and samples of moments not reached before.
    fn run_to(&mut self, target: Clock) {
        loop {
            self.apply_due();
            let now = self.lab.clock().ticks();
            if now > self.frontier {
                self.frontier = now;
            }
            if now.is_multiple_of(SAMPLE_TICKS) {
                self.sample();
            }
            if now.is_multiple_of(CHECKPOINT_TICKS) {
                self.checkpoint();
            }
            if now >= target.ticks() {
                break;
            }
            let next_sample = (now / SAMPLE_TICKS + 1) * SAMPLE_TICKS;
            let next_entry = self.entries.get(self.next).map_or(u64::MAX, |e| e.tick);
            let stop = target.ticks().min(next_sample).min(next_entry);
            self.lab.run_to(Clock::at_tick(stop));
        }
        self.lab.run_to(target);
        self.trim();
    }

    /// Keeps a point of the availability series for a moment not sampled before.
    fn sample(&mut self) {
        let tick = self.lab.clock().ticks();
        if self.samples.back().is_some_and(|s| s.tick >= tick) {
            return;
        }
        let availability = |kind| self.lab.simulation(kind).metrics().availability();
        let down = |kind| {
            let sim = self.lab.simulation(kind);
            explain::warns(sim.topology(), sim.up())
        };
        self.samples.push_back(Sample {
            tick,
            client_server: availability(ModelKind::ClientServer),
            peer_to_peer: availability(ModelKind::PeerToPeer),
            client_server_down: down(ModelKind::ClientServer),
            peer_to_peer_down: down(ModelKind::PeerToPeer),
        });
    }

    /// Keeps a copy of the Lab at a moment no checkpoint covers yet.
    fn checkpoint(&mut self) {
        let tick = self.lab.clock().ticks();
        if self.checkpoints.back().is_some_and(|c| c.tick >= tick) {
            return;
        }
        self.keep_checkpoint();
    }

    /// Keeps a copy of the Lab as it is now, also at a tick a checkpoint already has, when
    /// commands were applied since: seeking to that tick replays every command given at
    /// it, so the later copy stands for the moment as well. Never while looking back,
    /// where checkpoints after the present exist.
    fn checkpoint_present(&mut self) {
        let tick = self.lab.clock().ticks();
        let covered = self
            .checkpoints
            .back()
            .is_some_and(|c| c.tick > tick || c.applied >= self.next);
        if !covered {
            self.keep_checkpoint();
        }
    }

    /// Keeps a copy of the Lab as it is now, after the checkpoints kept.
    fn keep_checkpoint(&mut self) {
        let tick = self.lab.clock().ticks();
        let bytes = self.lab.heap_bytes() + std::mem::size_of::<Checkpoint>();
        self.bytes += bytes;
        self.checkpoints.push_back(Checkpoint {
            tick,
            applied: self.next,
            lab: self.lab.clone(),
            bytes,
        });
    }

    /// Drops the oldest part of the past while the window is over its time, memory or
    /// command bound; never the checkpoint the Lab's own moment needs.
    pub(super) fn trim(&mut self) {
        let now = self.lab.clock().ticks();
        // Commands given at a paused moment bring no checkpoint with them, and only a
        // checkpoint after them lets the oldest go: one of the present does.
        if self.entries.len() > MAX_COMMANDS {
            self.checkpoint_present();
        }
        let mut dropped = false;
        while self.checkpoints.len() > 1 {
            let second = &self.checkpoints[1];
            // The commands kept if the oldest checkpoint stays.
            let commands = self.entries.len() - self.checkpoints[0].applied;
            let over = self.bytes > BUDGET_BYTES
                || self.frontier.saturating_sub(second.tick) >= WINDOW_TICKS
                || commands > MAX_COMMANDS;
            if !over || second.tick > now || second.applied > self.next {
                break;
            }
            if let Some(old) = self.checkpoints.pop_front() {
                self.bytes -= old.bytes;
            }
            dropped = true;
        }
        if !dropped {
            return;
        }
        self.trimmed = true;
        let oldest = &self.checkpoints[0];
        let (gone, start) = (oldest.applied, oldest.tick);
        self.entries.drain(..gone);
        self.next -= gone;
        for c in &mut self.checkpoints {
            c.applied -= gone;
        }
        while self.samples.front().is_some_and(|s| s.tick < start) {
            self.samples.pop_front();
        }
        // An Undo that would need what was dropped is no longer offered.
        if self.fork.as_ref().is_some_and(|f| f.kept < gone) {
            self.fork = None;
        }
        if let Some(fork) = &mut self.fork {
            fork.kept -= gone;
        }
    }

    /// The log, oldest first: what was done (and what a script will do) at which tick.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Estimated bytes the checkpoints hold.
    pub fn checkpoint_bytes(&self) -> usize {
        self.bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn classroom() -> Scenario {
        Scenario {
            clients: 12,
            peers: 12,
            ..Scenario::default()
        }
    }

    pub(super) fn run(history: &mut History, seconds: f64) {
        for _ in 0..(seconds / 0.25).round() as usize {
            history.elapse(0.25);
        }
    }

    #[test]
    fn a_script_plays_at_its_moment_though_someone_acted_before_it() {
        let scenario = Scenario {
            script: vec![Entry {
                tick: 500,
                command: Command::Switch {
                    model: ModelKind::ClientServer,
                    node: "s1".into(),
                    on: false,
                },
            }],
            ..classroom()
        };
        let mut h = History::new(scenario);
        run(&mut h, 4.0);
        assert!(h.snapshot().client_server.nodes[0].up);
        h.apply(Command::Publish);
        run(&mut h, 2.0);
        assert!(!h.snapshot().client_server.nodes[0].up, "off at 5 s");
    }
}
