//! Everything a person (or a script, or a teacher) can do to the lab, as one vocabulary:
//! each command with whether it changes a simulation, its timeline mark and its script
//! verb, and the log's entry.

use crate::model::base::clock::TICK_SECONDS;
use crate::model::base::kind::ModelKind;
use crate::model::base::lang::Lang;
use crate::model::base::role::{Role, parse_node_id};
use crate::model::base::words::Words;
use crate::model::lesson::tour::TourCommand;
use crate::model::scaling::bounds::Distribution;

/// Something a person can do: a click, a key, a script entry or a teacher's verb. Each
/// one is carried out by [`Lab::apply`](super::Lab::apply) (or, for time travel, by
/// history); what it means for the log is said once, here: whether it changes a
/// simulation, the mark it leaves on a timeline, and its script verb in [`SCRIPT_VERBS`].
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    // The networks: their nodes, sizes and the shared resource.
    /// Switch a node (by id: `s1`, `c2`, `p3`…) off if it is on, on if it is off.
    Toggle {
        /// Which network the node is in.
        model: ModelKind,
        /// The node's id (`s1`, `c2`, `p3`…); an id the network lacks does nothing.
        node: String,
    },
    /// Switch a node on or off, whatever its state (a script's `on`/`off`; history keeps a
    /// Toggle as the Switch it turned out to be, so a link can write it).
    Switch {
        /// Which network the node is in.
        model: ModelKind,
        /// The node's id (`s1`, `c2`, `p3`…); an id the network lacks does nothing.
        node: String,
        /// The state wanted: `true` on, `false` off.
        on: bool,
    },
    /// 1–4 servers, each with its own group of clients.
    SetServers(usize),
    /// This many clients, shared among the servers (at least one each).
    SetClients(usize),
    /// This many peers, 2–100.
    SetPeers(usize),
    /// Start the scenario over.
    Reset,
    /// Publish a new version of the shared resource in both networks: at every server that
    /// is on (one that is off catches up when it is back), and at the first peer that is on.
    Publish,
    /// `node` tries to publish a new version, in its own network only: a client is
    /// refused by its server, a server or any peer publishes.
    PublishFrom {
        /// Which network the node is in.
        model: ModelKind,
        /// The id of the node that publishes (`s1`, `c2`, `p3`…).
        node: String,
    },

    // Trust: who hands out damaged copies, and whether peers check them.
    /// Make a node dishonest (`honest: false`) or honest again. Part of the scene: Reset
    /// and a size change keep it, and Share writes it (`bad=`).
    SetHonest {
        /// Which network the node is in.
        model: ModelKind,
        /// The node's id (`s1`, `c2`, `p3`…); an id the network lacks does nothing.
        node: String,
        /// `false` makes it hand out damaged copies; `true` makes it honest again.
        honest: bool,
    },
    /// Peers check every copy they receive against the publisher's fingerprints
    /// (`verify=`); clients trust their server, so client-server is unchanged.
    SetVerify(bool),

    // The lesson.
    /// Something done in the guided tour.
    Tour(TourCommand),

    // Time: running, and going back.
    /// Pause (`true`) or play.
    SetPaused(bool),
    /// Pause if playing, play if paused.
    TogglePaused,
    /// Advance a little while paused.
    StepOnce,
    /// Run this many times faster than real time (clamped to 0.25–4).
    SetSpeed(f64),
    /// Show the kept moment this many session seconds in (the timeline; history does it).
    Seek {
        /// The moment to show, in session seconds (clamped to the kept window).
        seconds: f64,
    },
    /// A quarter second back (history does it).
    StepBack,
    /// Bring back the future the last act in the past cut off (history does it).
    Undo,

    // How the page shows it.
    /// Network words or the library analogy.
    SetWords(Words),
    /// Speak this language; the simulation is untouched, and Share keeps the choice.
    SetLang(Lang),
    /// The "Which model scales?" chart's problem and the N it is read at, kept so that
    /// Share can write them (clamped like a link's values).
    SetChart {
        /// The problem: file size in GB, upload and download rates in GB per hour.
        distribution: Distribution,
        /// The receiver count N the chart is read at.
        receivers: usize,
    },
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

    /// The node this command names, with its network, if it names one.
    pub fn node(&self) -> Option<(ModelKind, &str)> {
        match self {
            Command::Toggle { model, node }
            | Command::Switch { model, node, .. }
            | Command::PublishFrom { model, node }
            | Command::SetHonest { model, node, .. } => Some((*model, node)),
            _ => None,
        }
    }

    /// The role this command sets the number of, and that number, if it is a size change.
    pub fn size(&self) -> Option<(Role, usize)> {
        match *self {
            Command::SetServers(n) => Some((Role::Server, n)),
            Command::SetClients(n) => Some((Role::Client, n)),
            Command::SetPeers(n) => Some((Role::Peer, n)),
            _ => None,
        }
    }

    /// The tour step (1-based place) this command opens, if it opens a given one.
    pub fn tour_step(&self) -> Option<usize> {
        match *self {
            Command::Tour(TourCommand::Open(Some(place))) => Some(place),
            _ => None,
        }
    }

    /// How a script says this command: its verb and argument, or `None` when a script
    /// cannot say it (a display choice, time travel, a Toggle not yet resolved).
    pub fn script_form(&self) -> Option<(&'static Verb, ScriptArg<'_>)> {
        let model = self.node().map(|(model, _)| model);
        SCRIPT_VERBS.iter().find_map(|verb| {
            let arg = match verb.takes {
                Takes::Nothing(_) => ScriptArg::None,
                Takes::Node(_) => ScriptArg::Node(self.node()?.1),
                Takes::Count(_) => ScriptArg::Count(self.size()?.1),
                Takes::Step(_) => ScriptArg::Step(self.tour_step()?),
            };
            (verb.build(arg, model)? == *self).then_some((verb, arg))
        })
    }
}

/// What a script entry names after its verb, and the command each verb makes of it.
#[derive(Debug)]
pub enum Takes {
    /// Nothing: the verb alone is the command.
    Nothing(Command),
    /// A node id (`s1`, `c2`, `p3`…), in the network its role belongs to.
    Node(fn(ModelKind, String) -> Command),
    /// A whole number (a size, clamped by the link's reader as its own sizes are).
    Count(fn(usize) -> Command),
    /// A tour step (1-based place; a link writes the step's name).
    Step(fn(usize) -> Command),
}

/// One verb of the script grammar: its word, and what it takes and makes.
#[derive(Debug)]
pub struct Verb {
    /// The verb as the first grammar writes it (`off`, `publish`, `servers`…).
    pub word: &'static str,
    /// The verb as the compact grammar writes it: one letter (`d` for off, as in
    /// `down=`; `p` for publish…). With what the verb takes, it is unique.
    pub letter: char,
    /// What follows the verb, and the command they make together.
    pub takes: Takes,
}

/// A script entry's argument, read or to be written.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ScriptArg<'a> {
    /// The verb alone.
    None,
    /// A node id, in lower case.
    Node(&'a str),
    /// A whole number.
    Count(usize),
    /// A tour step's 1-based place.
    Step(usize),
}

impl Verb {
    /// The command an entry of this verb plays with `arg`; `None` when `arg` is not what
    /// this verb takes. A node's network is the one its role belongs to.
    pub fn command(&self, arg: ScriptArg) -> Option<Command> {
        self.build(arg, None)
    }

    /// [`Verb::command`] with a node in `model` rather than in its role's network.
    fn build(&self, arg: ScriptArg, model: Option<ModelKind>) -> Option<Command> {
        match (&self.takes, arg) {
            (Takes::Nothing(command), ScriptArg::None) => Some(command.clone()),
            (Takes::Node(make), ScriptArg::Node(node)) => {
                let model = model.unwrap_or_else(|| network_of(node));
                Some(make(model, node.to_owned()))
            }
            (Takes::Count(make), ScriptArg::Count(n)) => Some(make(n)),
            (Takes::Step(make), ScriptArg::Step(place)) => Some(make(place)),
            _ => None,
        }
    }
}

/// The network a node id belongs to: peers are peer-to-peer, servers and clients
/// client-server.
fn network_of(node: &str) -> ModelKind {
    match parse_node_id(node) {
        Some((Role::Peer, _)) => ModelKind::PeerToPeer,
        _ => ModelKind::ClientServer,
    }
}

/// Every command a script can say, one row each: the script grammars' whole vocabulary,
/// read and written by the link, replayed and shared by history. A new scriptable
/// command is one more row (a word and a letter no row with the same kind of argument
/// has).
pub static SCRIPT_VERBS: [Verb; 13] = [
    Verb {
        word: "off",
        letter: 'd',
        takes: Takes::Node(|model, node| Command::Switch {
            model,
            node,
            on: false,
        }),
    },
    Verb {
        word: "on",
        letter: 'u',
        takes: Takes::Node(|model, node| Command::Switch {
            model,
            node,
            on: true,
        }),
    },
    Verb {
        word: "publish",
        letter: 'p',
        takes: Takes::Nothing(Command::Publish),
    },
    Verb {
        word: "reset",
        letter: 'r',
        takes: Takes::Nothing(Command::Reset),
    },
    Verb {
        word: "publish",
        letter: 'p',
        takes: Takes::Node(|model, node| Command::PublishFrom { model, node }),
    },
    Verb {
        word: "dishonest",
        letter: 'b',
        takes: Takes::Node(|model, node| Command::SetHonest {
            model,
            node,
            honest: false,
        }),
    },
    Verb {
        word: "honest",
        letter: 'h',
        takes: Takes::Node(|model, node| Command::SetHonest {
            model,
            node,
            honest: true,
        }),
    },
    Verb {
        word: "verify",
        letter: 'v',
        takes: Takes::Nothing(Command::SetVerify(true)),
    },
    Verb {
        word: "noverify",
        letter: 'n',
        takes: Takes::Nothing(Command::SetVerify(false)),
    },
    Verb {
        word: "servers",
        letter: 's',
        takes: Takes::Count(Command::SetServers),
    },
    Verb {
        word: "clients",
        letter: 'c',
        takes: Takes::Count(Command::SetClients),
    },
    Verb {
        word: "peers",
        letter: 'm',
        takes: Takes::Count(Command::SetPeers),
    },
    Verb {
        word: "tour",
        letter: 't',
        takes: Takes::Step(|place| Command::Tour(TourCommand::Open(Some(place)))),
    },
];

/// One command of the log or of a script, with the tick it was (or is to be) given at.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// The session tick (10 ms each) the command is given at.
    pub tick: u64,
    /// What is done then.
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
    /// A node switched on (`on: true`) or off.
    Switch {
        /// Whether the node came on.
        on: bool,
    },
    /// A new version published.
    Publish,
    /// The networks started over.
    Reset,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An argument of the kind `verb` takes.
    fn sample(verb: &Verb) -> ScriptArg<'static> {
        match verb.takes {
            Takes::Nothing(_) => ScriptArg::None,
            Takes::Node(_) => ScriptArg::Node("p3"),
            Takes::Count(_) => ScriptArg::Count(7),
            Takes::Step(_) => ScriptArg::Step(2),
        }
    }

    #[test]
    fn every_verb_writes_back_as_itself() {
        for verb in &SCRIPT_VERBS {
            let arg = sample(verb);
            let command = verb.command(arg).expect("its own kind of argument");
            let (written, again) = command.script_form().expect("a script can say it");
            assert!(
                std::ptr::eq(written, verb),
                "{} wrote as {}",
                verb.word,
                written.word
            );
            assert_eq!(again, arg);
        }
    }

    #[test]
    fn no_two_verbs_read_alike() {
        for (i, a) in SCRIPT_VERBS.iter().enumerate() {
            for b in &SCRIPT_VERBS[i + 1..] {
                let bare = |v: &Verb| matches!(v.takes, Takes::Nothing(_));
                assert!(a.word != b.word || bare(a) != bare(b), "{}", a.word);
                assert!(a.letter != b.letter || bare(a) != bare(b), "{}", a.letter);
            }
        }
    }

    #[test]
    fn a_display_choice_or_an_unresolved_toggle_is_not_scripted() {
        let toggle = Command::Toggle {
            model: ModelKind::ClientServer,
            node: "s1".into(),
        };
        for command in [toggle, Command::SetSpeed(2.0), Command::Undo] {
            assert!(command.script_form().is_none(), "{command:?}");
        }
        let wrong_kind = SCRIPT_VERBS[0].command(ScriptArg::Count(3));
        assert_eq!(wrong_kind, None, "off takes a node, not a number");
    }
}
