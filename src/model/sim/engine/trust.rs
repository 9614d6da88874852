//! Who can you trust: dishonest nodes, checked copies, and the server as gatekeeper.
//!
//! - A dishonest node answers with a damaged copy of the shared resource (and damages any
//!   copy it passes on); the copy it keeps is its own business.
//! - Client-server: every client gets its server's copy and trusts it. An honest server
//!   never hands out a damaged copy; a dishonest (compromised) one damages every answer to
//!   every one of its clients. Only the server side may change the shared copy: a client's
//!   attempt to publish is refused by its server.
//! - Peer-to-peer: any peer may publish, honest or not, and damaged copies spread with the
//!   ordinary traffic, through the same copies and versions as an update. With checking on,
//!   a peer compares every copy it receives with the publisher's fingerprints (they travel
//!   with the publication, like a .torrent file from a trusted site), rejects a damaged
//!   answer and asks another peer; it also checks the copy it already holds, and fetches a
//!   damaged one again from another peer. A dishonest publisher made the fingerprints from its
//!   own damaged copy, so checking cannot catch that one: trust has to start somewhere.

use crate::model::base::kind::ModelKind;
use crate::model::base::role::Role;
use crate::model::sim::engine::{Integrity, Simulation};
use crate::model::sim::event::Event;
use crate::model::sim::topology::NodeIndex;

/// What came of an attempt to publish from one node.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PublishOutcome {
    /// The new version appeared at these nodes.
    Published(Vec<NodeIndex>),
    /// A client asked; its server refused.
    Refused {
        /// The client's server, which alone may change the shared copy.
        server: NodeIndex,
    },
    /// The node is off (or unknown): nothing happened.
    NotOn,
}

impl Simulation {
    /// Makes `node` dishonest (`honest` false) or honest again. Setting the state it has
    /// does nothing.
    pub fn set_honest(&mut self, node: NodeIndex, honest: bool) {
        if node >= self.honest.len() || self.honest[node] == honest {
            return;
        }
        self.honest[node] = honest;
        let at = self.now();
        self.emit(Event::HonestySet { at, node, honest });
        self.check_own_copy(node);
    }

    /// Whether `node` is honest: it hands on copies as it received them.
    pub fn is_honest(&self, node: NodeIndex) -> bool {
        self.honest[node]
    }

    /// Whether peers check every copy they receive against the publisher's fingerprints.
    /// Switched on, every peer that is on and honest also checks the copy it already holds,
    /// and asks a partner for a sound one if it is damaged.
    pub fn set_verify(&mut self, verify: bool) {
        self.verify = verify;
        for node in 0..self.up.len() {
            self.check_own_copy(node);
        }
    }

    /// A peer that checks, on and honest, checks the copy it holds, as piece hashes let a
    /// BitTorrent peer check what it has: a copy that fails the check is known to be
    /// damaged, so it asks a partner for a sound one at once. The answer mends it if it
    /// passes the check; a damaged one is rejected as any other, and its later requests
    /// keep asking. Done when checking is switched on, and when such a peer comes back on
    /// or is made honest again.
    pub(in crate::model) fn check_own_copy(&mut self, node: NodeIndex) {
        let checks = self.verify
            && self.up[node]
            && self.honest[node]
            && self.topology.nodes[node].role == Role::Peer;
        if !checks || self.integrity[node].passes_check() {
            return;
        }
        let Some(next) = self.first_target(node) else {
            return;
        };
        let at = self.now();
        self.emit(Event::OwnCopyFailed { at, node, next });
        self.open_request(node, next, at);
    }

    /// Whether peers check every copy they receive against the publisher's fingerprints.
    pub fn verifies(&self) -> bool {
        self.verify
    }

    /// Whether an honest `node` holds a damaged copy (a client: received last). A
    /// dishonest node's own copy is not counted: what it hands out is damaged anyway.
    pub fn holds_damaged(&self, node: NodeIndex) -> bool {
        self.honest[node] && self.integrity[node].is_damaged()
    }

    /// How many honest nodes hold a damaged copy now.
    pub fn corrupted(&self) -> usize {
        (0..self.honest.len())
            .filter(|&i| self.holds_damaged(i))
            .count()
    }

    /// Whether a release its own publisher damaged is still within reach: a node that is
    /// on holds such a copy, fingerprints and all, so checking cannot stop it spreading.
    /// A copy kept by a node that is off reaches nobody until it is back on, and a newer
    /// honest version replaces it on every node that is on.
    pub fn bad_release(&self) -> bool {
        self.integrity
            .iter()
            .zip(&self.up)
            .any(|(&copy, &up)| up && copy == Integrity::DamagedAtSource)
    }

    /// `node` tries to publish a new version. Client-server: a server publishes (at every
    /// server that is on, as Publish update does); a client is refused by its server,
    /// which alone may change the shared copy. Peer-to-peer: any peer that is on may.
    pub fn publish_from(&mut self, node: NodeIndex) -> PublishOutcome {
        if node >= self.up.len() || !self.up[node] {
            return PublishOutcome::NotOn;
        }
        let (role, home) = (
            self.topology.nodes[node].role,
            self.topology.nodes[node].home,
        );
        match (self.topology.kind, role, home) {
            (ModelKind::ClientServer, Role::Client, Some(server)) => {
                let at = self.now();
                self.emit(Event::PublishRefused { at, node, server });
                PublishOutcome::Refused { server }
            }
            (ModelKind::ClientServer, _, _) => PublishOutcome::Published(self.publish(None)),
            (ModelKind::PeerToPeer, _, _) => match self.publish(Some(node)) {
                at if at.is_empty() => PublishOutcome::NotOn,
                at => PublishOutcome::Published(at),
            },
        }
    }
}
