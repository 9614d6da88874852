//! The version-spreading workload: "publish an update" and watch how far it has spread.
//!
//! - Client-server keeps the resource where it is served: publishing updates the copy of
//!   every server that is on in one step (one operator, one place), and every answer from
//!   then on carries the new version. A server that is off cannot be written to: its copy
//!   is stale until it is switched back on, when the operator brings it up to date at once.
//! - Peer-to-peer has a copy at every peer. The new version appears at one peer and spreads
//!   with the ordinary traffic: a request carries the asker's version to the peer asked,
//!   and the answer carries that peer's version back; each side keeps the newer one. A peer
//!   that is off hears nothing, so it stays stale until it is back on and trades with
//!   someone.

use crate::model::base::kind::ModelKind;
use crate::model::base::role::Role;
use crate::model::sim::engine::{Integrity, Simulation};
use crate::model::sim::event::Event;
use crate::model::sim::topology::NodeIndex;

/// How far the latest version has spread.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Consistency {
    /// Nothing has been published since the start: everyone holds version 1.
    Original,
    /// `version` was published `for_seconds` ago and some copies are still older.
    Spreading {
        /// The newest version.
        version: u32,
        /// Simulated seconds since it was published.
        for_seconds: f64,
    },
    /// Every copy reached `version`, `after_seconds` after it was published.
    Converged {
        /// The version every copy holds.
        version: u32,
        /// Simulated seconds from publishing to the last copy catching up.
        after_seconds: f64,
    },
}

/// How a node heard of a copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(in crate::model) enum Heard {
    /// Someone asking it carried a copy along: only a newer version is worth taking.
    Pushed,
    /// The answer to its own request: the copy it asked for.
    Answered,
}

/// Whether nodes of this role keep a copy of the resource that others read.
pub(in crate::model) fn holds_copy(role: Role) -> bool {
    match role {
        Role::Server | Role::Peer => true,
        Role::Client => false,
    }
}

impl Simulation {
    /// Publishes a new version of the shared resource. Client-server: at every server that
    /// is on (the others catch up when switched on; the version is published even if every
    /// server is off). Peer-to-peer: at `at` if that peer is on, or by default at the first
    /// peer that is on. Returns the nodes where it appeared: for peers, none if no peer was
    /// on to take it, and then nothing is published.
    pub fn publish(&mut self, at: Option<NodeIndex>) -> Vec<NodeIndex> {
        let now = self.now();
        let origins: Vec<NodeIndex> = match self.topology.kind {
            ModelKind::ClientServer => (0..self.topology.nodes.len())
                .filter(|&i| self.topology.nodes[i].role == Role::Server && self.up[i])
                .collect(),
            ModelKind::PeerToPeer => {
                let first_up = || (0..self.up.len()).find(|&i| self.up[i]);
                match at {
                    Some(i) if i < self.up.len() && self.up[i] => Some(i),
                    Some(_) => None,
                    None => first_up(),
                }
                .into_iter()
                .collect()
            }
        };
        if origins.is_empty() && self.topology.kind == ModelKind::PeerToPeer {
            return origins;
        }
        self.latest += 1;
        self.published_at = Some(now);
        self.converged_at = None;
        for &node in &origins {
            self.versions[node] = self.latest;
            // The servers' operator publishes what it means to; a dishonest peer publishes
            // a damaged copy, and makes the fingerprints from it.
            self.integrity[node] = match (self.topology.kind, self.honest[node]) {
                (ModelKind::ClientServer, _) | (ModelKind::PeerToPeer, true) => Integrity::Intact,
                (ModelKind::PeerToPeer, false) => Integrity::DamagedAtSource,
            };
            self.emit(Event::Published {
                at: now,
                node,
                version: self.latest,
            });
        }
        self.check_converged(now);
        origins
    }

    /// Takes over the versions of `before`, this lesson's network before it was rebuilt at
    /// another size or model (as the live classroom does on every join): the
    /// newest version and when it was published, and each node's copy where `same` finds
    /// that node in `before`. A server that is on holds the newest (its operator writes
    /// it); a node `same` does not find starts with nothing newer than version 1.
    pub fn keep_versions(
        &mut self,
        before: &Simulation,
        same: impl Fn(NodeIndex) -> Option<NodeIndex>,
    ) {
        self.latest = before.latest;
        self.published_at = before.published_at;
        self.converged_at = None;
        for node in 0..self.versions.len() {
            let operated = self.topology.nodes[node].role == Role::Server && self.up[node];
            self.versions[node] = match same(node).filter(|&old| old < before.versions.len()) {
                _ if operated => self.latest,
                Some(old) => before.versions[old],
                None => 1,
            };
        }
        self.converged_at = before.converged_at.filter(|_| self.stale() == 0);
    }

    /// A server switched back on is brought up to date by its operator at once.
    pub(in crate::model) fn catch_up_on_return(&mut self, node: NodeIndex) {
        if self.topology.nodes[node].role != Role::Server || self.versions[node] >= self.latest {
            return;
        }
        let now = self.now();
        self.versions[node] = self.latest;
        self.integrity[node] = Integrity::Intact;
        self.emit(Event::Updated {
            at: now,
            node,
            from: node,
            version: self.latest,
        });
        self.check_converged(now);
    }

    /// `node` hears of `version` from `from`, in a copy as sound as `integrity`. A newer
    /// version replaces its own; an answer of the same version replaces its copy too (it
    /// asked for it), so a damaged copy can spread, and an intact one can mend it.
    pub(in crate::model) fn adopt(
        &mut self,
        node: NodeIndex,
        from: NodeIndex,
        version: u32,
        integrity: Integrity,
        how: Heard,
        now: f64,
    ) {
        let own = self.versions[node];
        let takes = match how {
            Heard::Pushed => version > own,
            Heard::Answered => version >= own,
        };
        if !takes {
            return;
        }
        let was = std::mem::replace(&mut self.integrity[node], integrity);
        if version > own {
            self.versions[node] = version;
            if holds_copy(self.topology.nodes[node].role) {
                self.emit(Event::Updated {
                    at: now,
                    node,
                    from,
                    version,
                });
            }
        }
        if integrity.is_damaged() && !was.is_damaged() {
            self.emit(Event::Corrupted {
                at: now,
                node,
                from,
            });
        }
    }

    /// Notes the moment the last stale copy caught up.
    pub(in crate::model) fn check_converged(&mut self, now: f64) {
        if let (Some(published), None) = (self.published_at, self.converged_at)
            && self.stale() == 0
        {
            self.converged_at = Some(now);
            self.emit(Event::Converged {
                at: now,
                version: self.latest,
                after: now - published,
            });
        }
    }

    /// The version of the shared resource `node` holds (a client: the one it last saw).
    pub fn version(&self, node: NodeIndex) -> u32 {
        self.versions[node]
    }

    /// The newest version published.
    pub fn latest_version(&self) -> u32 {
        self.latest
    }

    /// Whether `node` keeps a copy that others read and that copy is out of date.
    pub fn is_stale(&self, node: NodeIndex) -> bool {
        holds_copy(self.topology.nodes[node].role) && self.versions[node] < self.latest
    }

    /// How many copies are out of date.
    pub fn stale(&self) -> usize {
        (0..self.versions.len())
            .filter(|&i| self.is_stale(i))
            .count()
    }

    /// How far the latest version has spread: nothing published, spreading, or everywhere.
    pub fn consistency(&self) -> Consistency {
        consistency(
            self.latest,
            self.published_at,
            self.converged_at,
            self.now(),
        )
    }
}

/// How far `latest` has spread at `now`, published at `published_at` and everywhere since
/// `converged_at` (session seconds).
pub(in crate::model) fn consistency(
    latest: u32,
    published_at: Option<f64>,
    converged_at: Option<f64>,
    now: f64,
) -> Consistency {
    match (published_at, converged_at) {
        (None, _) => Consistency::Original,
        (Some(published), None) => Consistency::Spreading {
            version: latest,
            for_seconds: now - published,
        },
        (Some(published), Some(done)) => Consistency::Converged {
            version: latest,
            after_seconds: done - published,
        },
    }
}
