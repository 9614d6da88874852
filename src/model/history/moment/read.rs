//! Reading a moment's text back (the format is in the folder's `mod.rs`): the views are
//! rebuilt with the model's own code (topologies from the sizes, names, places, links, the
//! lesson of each card, the log's lines), so they are the page's. Only the Save module
//! reads one.
//!
//! The text comes from outside the model, so nothing in it is trusted: an unknown version,
//! a missing or extra field, a number out of range, a node that does not exist, or a
//! network cut short is an error that says which line, never a panic. Sizes are clamped
//! to what a Lab can build, so a hostile size cannot make a huge network.

use crate::model::base::clock::Clock;
use crate::model::base::message::Msg;
use crate::model::history::moment::fields::{Fields, ReadError};
use crate::model::history::moment::parts::{
    Network, Shown, event, metrics, network, node, packet, shown,
};
use crate::model::history::moment::{MOMENT_HEADER, Moment, Version};
use crate::model::history::{MarkKind, Sample};
use crate::model::lab::snapshot::LabSnapshot;
use crate::model::sim::engine::versions::{consistency, holds_copy};
use crate::model::sim::explain::{self, LastOutcome};
use crate::model::sim::layout;
use crate::model::sim::log_view::{LogEntry, log_entries};
use crate::model::sim::view::{DiagramSnapshot, NodeView};

impl Network {
    /// The network's view and log, rebuilt as the simulation builds them.
    fn finish(self, now: f64) -> Result<(DiagramSnapshot, Vec<LogEntry>), ReadError> {
        let topology = &self.topology;
        let mut metrics = self.metrics.ok_or(ReadError::Incomplete)?;
        if self.nodes.len() != topology.nodes.len() {
            return Err(ReadError::Incomplete);
        }
        let up: Vec<bool> = self.nodes.iter().map(|n| n.up).collect();
        let honest: Vec<bool> = self.nodes.iter().map(|n| n.honest).collect();
        let last: Vec<LastOutcome> = self.nodes.iter().map(|n| n.last).collect();
        // As the simulation says it: a copy others read that is older than the latest.
        let stale: Vec<bool> = topology
            .nodes
            .iter()
            .zip(&self.nodes)
            .map(|(n, s)| holds_copy(n.role) && s.version < self.latest)
            .collect();
        (metrics.served, metrics.requesters) = explain::served(topology, &up, &last);
        metrics.stale = stale.iter().filter(|&&s| s).count();
        metrics.corrupt = self.nodes.iter().filter(|n| n.damaged).count();
        let nodes = topology
            .nodes
            .iter()
            .zip(self.nodes.iter().zip(stale))
            .map(|(n, (s, stale))| NodeView {
                id: n.id.clone(),
                role: n.role,
                label: Msg::Node(n.reference()),
                up: s.up,
                position: n.position,
                home: n.home,
                scale: layout::node_scale(n.role, topology.count(n.role)),
                load: s.load,
                load_fraction: self.full_at.share(s.load),
                queue: s.queue,
                version: s.version,
                stale,
                honest: s.honest,
                damaged: s.damaged,
            })
            .collect();
        let log = log_entries(&self.events, topology);
        let availability = metrics.availability;
        let diagram = DiagramSnapshot {
            kind: topology.kind,
            nodes,
            packets: self.packets,
            capacity: self.capacity,
            metrics,
            log: log.iter().rev().map(|e| e.line.clone()).collect(),
            log_at: log.iter().rev().map(|e| e.at).collect(),
            insight: explain::card_insight(
                topology,
                &up,
                &honest,
                self.verify,
                self.bad_release,
                availability,
            ),
            alarm: self.alarm,
            summary: explain::summary(topology, &up, &last),
            consistency: consistency(self.latest, self.published_at, self.converged_at, now),
        };
        Ok((diagram, log))
    }
}

impl Moment {
    /// The moment `text` holds (written by [`Moment::write`]), or why it is not one.
    pub fn read(text: &str) -> Result<Moment, ReadError> {
        let mut lines = text.split('\n').enumerate();
        let header = lines.next().map_or("", |(_, l)| l);
        let version = match header.split_once(' ') {
            Some((MOMENT_HEADER, version)) => version,
            _ => return Err(ReadError::NotAMoment),
        };
        let Some(version) = Version::named(version) else {
            return Err(ReadError::UnknownVersion(
                version.chars().take(40).collect(),
            ));
        };
        let mut lab = None;
        let mut networks: Vec<Network> = Vec::new();
        let (mut samples, mut marks) = (Vec::new(), Vec::new());
        let mut ended = false;
        for (i, line) in lines {
            if line.is_empty() {
                continue;
            }
            if ended {
                return Err(ReadError::Malformed { line: i + 1 });
            }
            let mut words = line.split(' ');
            let word = words.next().unwrap_or_default();
            let mut f = Fields { words, line: i + 1 };
            let bad = f.bad();
            // Lines come in the written order: the lab, each network with its parts, then
            // the timeline.
            let (count, timeline) = (networks.len(), !samples.is_empty() || !marks.is_empty());
            match word {
                "lab" if lab.is_none() && count == 0 => lab = Some(shown(&mut f, version)?),
                "network" if lab.is_some() && count < 2 && !timeline => {
                    let sizes: &Shown = lab.as_ref().ok_or(bad.clone())?;
                    let topology = sizes.topologies[count].clone();
                    networks.push(network(&mut f, topology, version)?);
                }
                "sample" if count == 2 && marks.is_empty() => samples.push(Sample {
                    tick: f.int()?,
                    client_server: f.maybe()?,
                    peer_to_peer: f.maybe()?,
                    // Version 1 did not say which network was down: its page drew no
                    // outage.
                    client_server_down: version != Version::One && f.flag()?,
                    peer_to_peer_down: version != Version::One && f.flag()?,
                }),
                "end" if count == 2 => ended = true,
                "mark" if count == 2 => {
                    let at = f.real()?;
                    let kind = match f.below(4)? {
                        0 => MarkKind::Switch { on: false },
                        1 => MarkKind::Switch { on: true },
                        2 => MarkKind::Publish,
                        _ => MarkKind::Reset,
                    };
                    marks.push((at, kind));
                }
                part => {
                    let n = networks
                        .last_mut()
                        .filter(|_| !timeline)
                        .ok_or(bad.clone())?;
                    match part {
                        "metrics" if n.metrics.is_none() => n.metrics = Some(metrics(&mut f)?),
                        "node" if n.nodes.len() < n.topology.nodes.len() => {
                            n.nodes.push(node(&mut f, version)?);
                        }
                        "packet" => n.packets.push(packet(&mut f)?),
                        "event" => {
                            let nodes = n.topology.nodes.len();
                            n.events.push(event(&mut f, nodes)?);
                        }
                        _ => return Err(bad),
                    }
                }
            }
            f.end()?;
        }
        let (Some(shown), Some(peer_to_peer), Some(client_server), true) =
            (lab, networks.pop(), networks.pop(), ended)
        else {
            return Err(ReadError::Incomplete);
        };
        // Both networks run on the session's clock, at its last whole tick.
        let now = Clock::at_seconds(shown.session_time).now();
        let (client_server, client_server_log) = client_server.finish(now)?;
        let (peer_to_peer, peer_to_peer_log) = peer_to_peer.finish(now)?;
        Ok(Moment {
            snapshot: LabSnapshot {
                paused: shown.paused,
                speed: shown.speed,
                time: shown.time,
                session_time: shown.session_time,
                announcement: None,
                words: shown.words,
                verify: shown.verify,
                tour: None,
                tour_resume: shown.tour_resume,
                client_server,
                peer_to_peer,
            },
            client_server_log,
            peer_to_peer_log,
            samples,
            marks,
        })
    }
}
