//! What the teacher's screen keeps of the lesson: the log of the teacher's commands, the
//! class's availability every few seconds, the marks on its plot, and the periods the
//! class's network model called down.

use crate::model::base::kind::ModelKind;
use crate::model::base::role::{Role, parse_node_id};
use crate::model::classroom::protocol::{LESSON_MARKS, LESSON_SAMPLES, ServerMsg};
use crate::model::classroom::room::{Audience, Outgoing, Room};
use crate::model::lab::Command;
use crate::model::lab::command::Entry;
use crate::model::sim::explain;

/// Lesson seconds between two points of the class's availability on the teacher's plot.
pub const LESSON_SAMPLE_SECONDS: f64 = 10.0;
/// The most commands the lesson's log keeps (the oldest go first).
const LESSON_LOG: usize = 5_000;

impl Room {
    /// What only the teacher's screen shows, for a host that (re)connects: the names and
    /// how many students hold the newest version.
    pub fn host_state(&self) -> Vec<ServerMsg> {
        let mut lines = self.names();
        lines.push(ServerMsg::Current(self.current()));
        lines.extend(
            self.samples
                .iter()
                .map(|&(seconds, percent)| ServerMsg::Sample { seconds, percent }),
        );
        let marks: Vec<ServerMsg> = self.log.iter().filter_map(mark_of).collect();
        let skip = marks.len().saturating_sub(LESSON_MARKS);
        lines.extend(marks.into_iter().skip(skip));
        lines.extend(self.downs.iter().map(|&(model, from, to)| ServerMsg::Down {
            model,
            from,
            to,
        }));
        lines
    }

    /// The periods the class's network model called down so far (model, from, to; `None`
    /// while still down), in lesson seconds, oldest first.
    pub fn down_periods(&self) -> impl Iterator<Item = (ModelKind, u32, Option<u32>)> + '_ {
        self.downs.iter().copied()
    }

    /// Opens or closes a down period when the class's network has just started or stopped
    /// being down by the model's own rule ([`explain::warns`], the page's warning), and
    /// tells the host; a change of network model closes the old model's period.
    pub(super) fn watch_down(&mut self, out: &mut Vec<Outgoing>) {
        let simulation = &self.simulation;
        let down_now = explain::warns(simulation.topology(), simulation.up());
        let model = simulation.topology().kind;
        let seconds = simulation.now() as u32;
        let open = self
            .downs
            .back()
            .filter(|(_, _, to)| to.is_none())
            .map(|&(m, from, _)| (m, from));
        match open {
            Some((m, _)) if m == model && down_now => return,
            None if !down_now => return,
            _ => {}
        }
        if let Some((m, from)) = open {
            if let Some(last) = self.downs.back_mut() {
                last.2 = Some(seconds);
            }
            out.push(Outgoing {
                to: Audience::Host,
                msg: ServerMsg::Down {
                    model: m,
                    from,
                    to: Some(seconds),
                },
            });
        }
        if down_now {
            if self.downs.len() >= LESSON_MARKS {
                self.downs.pop_front();
            }
            self.downs.push_back((model, seconds, None));
            out.push(Outgoing {
                to: Audience::Host,
                msg: ServerMsg::Down {
                    model,
                    from: seconds,
                    to: None,
                },
            });
        }
    }

    /// The lesson's log: each teacher's command with the tick of lesson time it was given at.
    pub fn lesson_log(&self) -> impl Iterator<Item = &Entry> {
        self.log.iter()
    }

    /// Notes `command` in the lesson's log now; a mark on the teacher's plot goes out too.
    pub(super) fn record(&mut self, command: Command, out: &mut Vec<Outgoing>) {
        if self.log.len() >= LESSON_LOG {
            self.log.pop_front();
        }
        let entry = Entry {
            tick: self.simulation.clock().ticks(),
            command,
        };
        if let Some(mark) = mark_of(&entry) {
            out.push(Outgoing {
                to: Audience::Host,
                msg: mark,
            });
        }
        self.log.push_back(entry);
    }

    /// A point of the class's availability, each time lesson time crosses a multiple of
    /// [`LESSON_SAMPLE_SECONDS`] (none while no request was made in the metric's window).
    pub(super) fn sample(&mut self, before: f64, out: &mut Vec<Outgoing>) {
        let now = self.simulation.now();
        if (now / LESSON_SAMPLE_SECONDS).floor() <= (before / LESSON_SAMPLE_SECONDS).floor() {
            return;
        }
        let Some(availability) = self.simulation.metrics().availability() else {
            return;
        };
        let point = (
            now as u32,
            (availability * 100.0).round().clamp(0.0, 100.0) as u8,
        );
        if self.samples.len() >= LESSON_SAMPLES {
            self.samples.pop_front();
        }
        self.samples.push_back(point);
        out.push(Outgoing {
            to: Audience::Host,
            msg: ServerMsg::Sample {
                seconds: point.0,
                percent: point.1,
            },
        });
    }
}

/// The mark a logged command makes on the teacher's plot: a server switched (a student's
/// node switched by the teacher is not a turning point of the lesson), a publish, a reset.
fn mark_of(entry: &Entry) -> Option<ServerMsg> {
    // The class's plot marks the teacher's switches of servers only: a student's own node
    // going off and on is that student's business, not the lesson's.
    if let Command::Switch { node, .. } = &entry.command
        && parse_node_id(node).map(|(role, _)| role) != Some(Role::Server)
    {
        return None;
    }
    let kind = entry.command.mark()?;
    Some(ServerMsg::Mark {
        seconds: entry.seconds() as u32,
        kind,
    })
}
