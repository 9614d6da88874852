//! Everything a person (or a script, or a teacher) can do to the lab, as one vocabulary,
//! with the log's entry and the timeline's marks.

use crate::model::base::clock::TICK_SECONDS;
use crate::model::base::kind::ModelKind;
use crate::model::base::lang::Lang;
use crate::model::base::words::Words;
use crate::model::lesson::tour::TourCommand;
use crate::model::scaling::bounds::Distribution;

/// Something a person can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Switch a node (by id: `s1`, `c2`, `p3`…) off if it is on, on if it is off.
    Toggle {
        model: ModelKind,
        node: String,
    },
    SetPaused(bool),
    TogglePaused,
    /// Advance a little while paused.
    StepOnce,
    SetSpeed(f64),
    /// 1–4 servers, each with its own group of clients.
    SetServers(usize),
    SetClients(usize),
    SetPeers(usize),
    /// Start the scenario over.
    Reset,
    /// Publish a new version of the shared resource in both networks: at every server that
    /// is on (one that is off catches up when it is back), and at the first peer that is on.
    Publish,
    /// Network words or the library analogy.
    SetWords(Words),
    /// Speak this language; the simulation is untouched, and Share keeps the choice.
    SetLang(Lang),
    /// Something done in the guided tour.
    Tour(TourCommand),
    /// The "Which model scales?" chart's problem and the N it is read at, kept so that
    /// Share can write them (clamped like a link's values).
    SetChart {
        distribution: Distribution,
        receivers: usize,
    },

    // Issue 15: who can you trust?
    /// Make a node dishonest (`honest: false`) or honest again. Part of the scene: Reset
    /// and a size change keep it, and Share writes it (`bad=`).
    SetHonest {
        model: ModelKind,
        node: String,
        honest: bool,
    },
    /// Peers check every copy they receive against the publisher's fingerprints
    /// (`verify=`); clients trust their server, so client-server is unchanged.
    SetVerify(bool),
    /// `node` tries to publish a new version, in its own network only: a client is
    /// refused by its server, a server or any peer publishes.
    PublishFrom {
        model: ModelKind,
        node: String,
    },
    // issue 13: go back in time.
    /// Switch a node on or off, whatever its state (a script's `on`/`off`; history keeps a
    /// Toggle as the Switch it turned out to be, so a link can write it).
    Switch {
        model: ModelKind,
        node: String,
        on: bool,
    },
    /// Show the kept moment this many session seconds in (the timeline; history does it).
    Seek {
        seconds: f64,
    },
    /// A quarter second back (history does it).
    StepBack,
    /// Bring back the future the last act in the past cut off (history does it).
    Undo,
}

impl Command {
    /// Whether this command changes a simulation, and so belongs to its history. Display
    /// choices (pause, speed, words, language, the chart, opening or closing the tour) do
    /// not; a tour step that sets up its scene does. Step is time passing, which history
    /// replays by itself.
    pub fn changes_simulation(&self) -> bool {
        match self {
            Command::Toggle { .. }
            | Command::Switch { .. }
            | Command::SetServers(_)
            | Command::SetClients(_)
            | Command::SetPeers(_)
            | Command::Reset
            | Command::Publish
            | Command::SetHonest { .. }
            | Command::SetVerify(_)
            | Command::PublishFrom { .. } => true,
            Command::Tour(command) => matches!(
                command,
                TourCommand::Open(_) | TourCommand::Next | TourCommand::Back
            ),
            Command::SetPaused(_)
            | Command::TogglePaused
            | Command::StepOnce
            | Command::SetSpeed(_)
            | Command::SetWords(_)
            | Command::SetLang(_)
            | Command::SetChart { .. }
            | Command::Seek { .. }
            | Command::StepBack
            | Command::Undo => false,
        }
    }

    /// The mark this command leaves on a timeline, if any: a switch, a publish or a reset.
    pub fn mark(&self) -> Option<MarkKind> {
        match self {
            Command::Switch { on, .. } => Some(MarkKind::Switch { on: *on }),
            Command::Publish => Some(MarkKind::Publish),
            Command::Reset => Some(MarkKind::Reset),
            _ => None,
        }
    }
}

/// One command of the log, with the tick it was given at.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub tick: u64,
    pub command: Command,
}

impl Entry {
    /// Session seconds of this entry.
    pub fn seconds(&self) -> f64 {
        self.tick as f64 * TICK_SECONDS
    }
}

/// What a mark on the timeline stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    Switch { on: bool },
    Publish,
    Reset,
}
