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

mod moment;

pub use moment::{MOMENT_HEADER, MOMENT_VERSION, Moment, ReadError};

use std::collections::VecDeque;
use std::ops::Deref;

use crate::model::base::clock::{Clock, TICK_SECONDS};
use crate::model::base::kind::ModelKind;
use crate::model::base::message::Msg;
use crate::model::base::role::{Role, parse_node_id};
pub use crate::model::lab::command::{Entry, MarkKind};
use crate::model::lab::scenario::{
    MAX_SCRIPT_ENTRIES, MAX_SCRIPT_SECONDS, Scenario, ScriptAction, ScriptEntry, sort_by_tick,
};
use crate::model::lab::{Command, Lab, MAX_FRAME_SECONDS, STEP_BUTTON_SECONDS};
use crate::model::lesson::tour::TourCommand;

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

/// Availability (over its window) of both networks at one moment of session time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sample {
    pub tick: u64,
    pub client_server: Option<f64>,
    pub peer_to_peer: Option<f64>,
}

impl Sample {
    pub fn seconds(&self) -> f64 {
        self.tick as f64 * TICK_SECONDS
    }
}

/// The timeline as the page draws it; times in session seconds.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineView {
    pub first: f64,
    pub last: f64,
    pub now: f64,
    pub samples: Vec<Sample>,
    pub marks: Vec<(f64, MarkKind)>,
    pub can_undo: bool,
    pub looking_back: bool,
    /// What the handle says to a screen reader.
    pub value: Msg,
}

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
}

impl Deref for History {
    type Target = Lab;

    fn deref(&self) -> &Lab {
        &self.lab
    }
}

/// The command a script entry plays.
fn command(action: &ScriptAction) -> Command {
    let model = |node: &String| match parse_node_id(node) {
        Some((Role::Peer, _)) => ModelKind::PeerToPeer,
        _ => ModelKind::ClientServer,
    };
    let switch = |node: &String, on: bool| Command::Switch {
        model: model(node),
        node: node.clone(),
        on,
    };
    let honesty = |node: &String, honest: bool| Command::SetHonest {
        model: model(node),
        node: node.clone(),
        honest,
    };
    match action {
        ScriptAction::Off(node) => switch(node, false),
        ScriptAction::On(node) => switch(node, true),
        ScriptAction::Publish => Command::Publish,
        ScriptAction::Reset => Command::Reset,
        ScriptAction::PublishFrom(node) => Command::PublishFrom {
            model: model(node),
            node: node.clone(),
        },
        ScriptAction::Dishonest(node) => honesty(node, false),
        ScriptAction::Honest(node) => honesty(node, true),
        ScriptAction::Verify(on) => Command::SetVerify(*on),
        ScriptAction::Resize(Role::Server, n) => Command::SetServers(*n),
        ScriptAction::Resize(Role::Client, n) => Command::SetClients(*n),
        ScriptAction::Resize(Role::Peer, n) => Command::SetPeers(*n),
        ScriptAction::Tour(place) => Command::Tour(TourCommand::Open(Some(*place))),
    }
}

/// `clock` as a link's `t` (written to a ten-thousandth of a second) reopens it: within
/// the same tick, however near its end the moment is.
fn link_moment(clock: Clock) -> f64 {
    let within = clock.render_time() - clock.now();
    clock.now() + (within * 1e4).floor() / 1e4
}

/// The script entry that plays `entry`, if a script can say it.
fn script_entry(entry: &Entry) -> Option<ScriptEntry> {
    let action = match &entry.command {
        Command::Switch {
            node, on: false, ..
        } => ScriptAction::Off(node.clone()),
        Command::Switch { node, on: true, .. } => ScriptAction::On(node.clone()),
        Command::Publish => ScriptAction::Publish,
        Command::Reset => ScriptAction::Reset,
        Command::PublishFrom { node, .. } => ScriptAction::PublishFrom(node.clone()),
        Command::SetHonest {
            node,
            honest: false,
            ..
        } => ScriptAction::Dishonest(node.clone()),
        Command::SetHonest {
            node, honest: true, ..
        } => ScriptAction::Honest(node.clone()),
        Command::SetVerify(on) => ScriptAction::Verify(*on),
        Command::SetServers(n) => ScriptAction::Resize(Role::Server, *n),
        Command::SetClients(n) => ScriptAction::Resize(Role::Client, *n),
        Command::SetPeers(n) => ScriptAction::Resize(Role::Peer, *n),
        // History keeps every tour move as the step it opened (`Lab::resolve`).
        Command::Tour(TourCommand::Open(Some(place))) => ScriptAction::Tour(*place),
        _ => return None,
    };
    Some(ScriptEntry {
        tick: entry.tick,
        action,
    })
}

impl History {
    /// A session of `scenario`: its script waits in the log, and with a moment to open at
    /// (`t`), the session runs there and pauses.
    pub fn new(scenario: Scenario) -> History {
        let lab = Lab::new(scenario);
        let scenario = lab.scenario().clone();
        let start = lab.clock();
        let mut history = History {
            entries: scenario
                .script
                .iter()
                .map(|s| Entry {
                    tick: s.tick.max(start.ticks()),
                    command: command(&s.action),
                })
                .collect(),
            next: 0,
            checkpoints: VecDeque::new(),
            bytes: 0,
            samples: VecDeque::new(),
            frontier: start.ticks(),
            fork: None,
            trimmed: false,
            lab,
        };
        // Stable: entries at the same moment play in the order written.
        sort_by_tick(&mut history.entries, |e| e.tick);
        history.checkpoint();
        history.sample();
        if let Some(seconds) = scenario.at {
            let target = Clock::at_seconds(seconds.min(MAX_SCRIPT_SECONDS));
            // A link to a moment shows it as the link says, as a seek shows a moment with
            // the present's display: a `tour` entry sets up its scene but opens the tour's
            // panel only if the link's own `tour` does (the panel is the one display
            // choice a script changes).
            let panel = history.lab.tour_panel();
            history.run_to(target);
            history.lab.set_tour_panel(panel);
            history.lab.set_paused(true);
        }
        history
    }

    /// The live Lab.
    pub fn lab(&self) -> &Lab {
        &self.lab
    }

    /// Carries out one command, keeping it in the log if it changes a simulation.
    pub fn apply(&mut self, command: Command) {
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
        self.samples.push_back(Sample {
            tick,
            client_server: availability(ModelKind::ClientServer),
            peer_to_peer: availability(ModelKind::PeerToPeer),
        });
    }

    /// Keeps a copy of the Lab at a moment no checkpoint covers yet.
    fn checkpoint(&mut self) {
        let tick = self.lab.clock().ticks();
        if self.checkpoints.back().is_some_and(|c| c.tick >= tick) {
            return;
        }
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
    fn trim(&mut self) {
        let now = self.lab.clock().ticks();
        let mut dropped = false;
        while self.checkpoints.len() > 1 {
            let second = &self.checkpoints[1];
            let over = self.bytes > BUDGET_BYTES
                || self.frontier.saturating_sub(second.tick) >= WINDOW_TICKS
                || self.entries.len() > MAX_COMMANDS;
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

    /// Cuts off the future after the present moment, keeping it for one Undo. Script
    /// entries past the furthest moment reached were never seen: they stay.
    fn fork_here(&mut self) {
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

    /// The log, oldest first: what was done (and what a script will do) at which tick.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Availability of both networks every [`SAMPLE_SECONDS`] over the kept window.
    pub fn samples(&self) -> &VecDeque<Sample> {
        &self.samples
    }

    /// Estimated bytes the checkpoints hold.
    pub fn checkpoint_bytes(&self) -> usize {
        self.bytes
    }

    /// What the timeline draws: the kept range, the present, the availability series cut
    /// to at most `points` points per network, and a mark per switch, publish or reset.
    pub fn timeline(&self, points: usize) -> TimelineView {
        let (first, last) = self.kept_range();
        let every = self.samples.len().div_ceil(points.max(1)).max(1);
        let mut samples: Vec<Sample> = self.samples.iter().step_by(every).copied().collect();
        // The latest point always ends the line.
        if let Some(&end) = self
            .samples
            .back()
            .filter(|&&end| samples.last() != Some(&end))
        {
            samples.push(end);
        }
        let marks = self
            .entries
            .iter()
            .filter(|e| e.tick <= self.frontier)
            .filter_map(|e| Some((e.seconds(), e.command.mark()?)))
            .collect();
        let availability = |kind| self.lab.simulation(kind).metrics().availability();
        TimelineView {
            first,
            last,
            now: self.lab.clock().render_time(),
            samples,
            marks,
            can_undo: self.can_undo(),
            looking_back: self.looking_back(),
            value: Msg::TimelineValue {
                at: self.lab.clock().render_time(),
                client_server: availability(ModelKind::ClientServer),
                peer_to_peer: availability(ModelKind::PeerToPeer),
            },
        }
    }

    /// The scenario a link to this moment needs: the session's start, what was done as a
    /// script, and the moment on screen as `t`. Once the start is no longer kept (a
    /// session longer than the kept window) the link falls back to the present state, as
    /// before: writing the dropped start would need a checkpoint written out, which a
    /// link cannot hold.
    pub fn shareable(&self) -> Scenario {
        let script: Option<Vec<ScriptEntry>> = self
            .entries
            .iter()
            .enumerate()
            .filter(|&(i, e)| i < self.next || e.tick > self.frontier)
            .map(|(_, e)| script_entry(e))
            .collect();
        let present = self.lab.shareable();
        let (Some(mut script), Some(start), false) =
            (script, self.checkpoints.front(), self.trimmed)
        else {
            return present;
        };
        // A session opened in a tour scene: the link sets the same scene up at the start,
        // so that a later Reset starts from what the scene's Reset starts from.
        if let Some(place) = start.lab.scenario().tour {
            let action = ScriptAction::Tour(place);
            let tick = start.tick;
            script.insert(0, ScriptEntry { tick, action });
        }
        if script.len() > MAX_SCRIPT_ENTRIES {
            return present;
        }
        // The simulation as it started (sizes, who was off or dishonest, checking), the
        // display as chosen now.
        let begun = start.lab.shareable();
        Scenario {
            servers: begun.servers,
            clients: begun.clients,
            peers: begun.peers,
            down: begun.down,
            bad: begun.bad,
            verify: begun.verify,
            script,
            at: Some(link_moment(self.lab.clock())),
            ..present
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classroom() -> Scenario {
        Scenario {
            clients: 12,
            peers: 12,
            ..Scenario::default()
        }
    }

    fn run(history: &mut History, seconds: f64) {
        for _ in 0..(seconds / 0.25).round() as usize {
            history.elapse(0.25);
        }
    }

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

    #[test]
    fn a_script_plays_at_its_moment_though_someone_acted_before_it() {
        let scenario = Scenario {
            script: vec![ScriptEntry {
                tick: 500,
                action: ScriptAction::Off("s1".into()),
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

    #[test]
    fn a_link_to_a_moment_reopens_the_same_frame() {
        let mut h = History::new(classroom());
        run(&mut h, 3.0);
        h.apply(Command::Toggle {
            model: ModelKind::ClientServer,
            node: "s1".into(),
        });
        run(&mut h, 2.0);
        h.apply(Command::Toggle {
            model: ModelKind::ClientServer,
            node: "s1".into(),
        });
        h.apply(Command::Publish);
        h.elapse(0.123);
        h.apply(Command::SetPaused(true));
        let shown = h.snapshot();
        let link = crate::model::link::to_query(&h.shareable());
        assert!(link.contains("script=3:off:s1,5:on:s1,5:publish"), "{link}");
        let (scenario, notices) = crate::model::link::parse(&link);
        assert_eq!(notices, vec![]);
        let reopened = History::new(scenario);
        let again = reopened.snapshot();
        assert!(again.paused);
        assert_eq!(again.client_server.nodes, shown.client_server.nodes);
        assert_eq!(again.client_server.metrics, shown.client_server.metrics);
        for (a, b) in again
            .client_server
            .packets
            .iter()
            .chain(&again.peer_to_peer.packets)
            .zip(
                shown
                    .client_server
                    .packets
                    .iter()
                    .chain(&shown.peer_to_peer.packets),
            )
        {
            assert_eq!(a.id, b.id);
            assert!((a.position.x - b.position.x).abs() < 0.01);
            assert!((a.position.y - b.position.y).abs() < 0.01);
        }
    }
}
