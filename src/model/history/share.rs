//! The share link: the log written as a link's `script`, from the session's start to
//! the moment on screen (`t`), and a script's entries read back as the log's commands.

use super::History;
use crate::model::base::clock::Clock;
use crate::model::lab::Command;
use crate::model::lab::command::Entry;
use crate::model::lab::scenario::{MAX_SCRIPT_ENTRIES, MAX_SCRIPT_SECONDS, Scenario};
use crate::model::lesson::tour::TourCommand;

/// How much of the moment on screen a Share link reproduces: the Share panel says which.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkFidelity {
    /// The moment itself: the session's start, everything done since (as a script) and
    /// the time on screen, opened paused.
    Exact,
    /// The networks as they are now (sizes, who is off or dishonest, checking) and the
    /// display choices, running from the start of a new session: not the moment on
    /// screen nor what led to it, which a link can no longer hold.
    PresentOnly,
}

/// `clock` as a link's `t` (written to a ten-thousandth of a second) reopens it: within
/// the same tick, however near its end the moment is.
fn link_moment(clock: Clock) -> f64 {
    let within = clock.render_time() - clock.now();
    clock.now() + (within * 1e4).floor() / 1e4
}

impl History {
    /// What Share writes: the scenario a link to the moment on screen needs, the session's
    /// start with what was done as a script and the moment as `t`, when a link can hold
    /// that ([`LinkFidelity::Exact`]); else the present state
    /// ([`Lab::present_link`](crate::model::lab::Lab::present_link)), with no script or
    /// moment at all ([`LinkFidelity::PresentOnly`]).
    pub fn share_link(&self) -> Scenario {
        self.exact_link().unwrap_or_else(|| self.lab.present_link())
    }

    /// How much of the moment on screen [`History::share_link`] reproduces.
    pub fn link_fidelity(&self) -> LinkFidelity {
        match self.exact_link() {
            Some(_) => LinkFidelity::Exact,
            None => LinkFidelity::PresentOnly,
        }
    }

    /// The link to the moment on screen, if a link can hold it: not once the session's
    /// start has left the kept window (writing it would need a checkpoint written out),
    /// nor with more entries than a script plays, nor past the latest moment a link names.
    fn exact_link(&self) -> Option<Scenario> {
        // Every entry as it is, if a script can say each one (the log keeps a Toggle as
        // the Switch it made, and every tour move as the step it opened).
        let mut script: Vec<Entry> = self
            .entries
            .iter()
            .enumerate()
            .filter(|&(i, e)| i < self.next || e.tick > self.frontier)
            .map(|(_, e)| e.command.script_form().map(|_| e.clone()))
            .collect::<Option<_>>()?;
        let start = self.checkpoints.front().filter(|_| !self.trimmed)?;
        // A session opened in a tour scene: the link sets the same scene up at the start,
        // so that a later Reset starts from what the scene's Reset starts from.
        if let Some(place) = self.lab.start().tour {
            let command = Command::Tour(TourCommand::Open(Some(place)));
            let tick = start.tick;
            script.insert(0, Entry { tick, command });
        }
        let at = link_moment(self.lab.clock());
        if script.len() > MAX_SCRIPT_ENTRIES || at > MAX_SCRIPT_SECONDS {
            return None;
        }
        // The simulation as it started (sizes, who was off or dishonest, checking), the
        // display as chosen now.
        let begun = start.lab.present_link();
        Some(Scenario {
            servers: begun.servers,
            clients: begun.clients,
            peers: begun.peers,
            down: begun.down,
            bad: begun.bad,
            verify: begun.verify,
            script,
            at: Some(at),
            ..self.lab.present_link()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::base::kind::ModelKind;
    use crate::model::history::tests::{classroom, run};

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
        let link = crate::model::link::to_query(&h.share_link());
        assert!(link.contains("script=300ds1,200us1,p&"), "{link}");
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
