//! Publishing an update and who may be trusted: what Publish, Publish from a node and
//! making a node dishonest do to the lab's networks, and the announcement each makes.

use crate::model::base::kind::ModelKind;
use crate::model::base::message::{Msg, PeerRelease, ServersGot};
use crate::model::base::role::Role;
use crate::model::lab::Lab;
use crate::model::sim::engine::Integrity;
use crate::model::sim::engine::trust::PublishOutcome;

impl Lab {
    /// Makes node `id` of `model` honest or dishonest, and keeps the live state's list of
    /// dishonest nodes in step (ids the network does not have change nothing).
    pub(super) fn set_honest(&mut self, model: ModelKind, id: &str, honest: bool) {
        let sim = self.simulation_mut(model);
        let Some(index) = sim.topology().find(id) else {
            return;
        };
        sim.set_honest(index, honest);
        let node = sim.topology().nodes[index].reference();
        let bad = &mut self.state.bad;
        bad.retain(|b| b != id);
        if !honest {
            bad.push(id.to_string());
        }
        self.announcement = Some(Msg::HonestySet { node, honest });
    }

    /// Publishes from node `id` of `model`: a peer publishes to its partners; a client is
    /// refused by its server; a node that is off publishes nothing.
    pub(super) fn publish_from(&mut self, model: ModelKind, id: &str) {
        let sim = self.simulation_mut(model);
        let Some(index) = sim.topology().find(id) else {
            return;
        };
        let node = sim.topology().nodes[index].reference();
        self.announcement = Some(match sim.publish_from(index) {
            PublishOutcome::Published(_) => Msg::PublishedFrom {
                version: sim.latest_version(),
                node,
                damaged: model == ModelKind::PeerToPeer && !sim.is_honest(index),
            },
            PublishOutcome::Refused { server } => Msg::PublishRefused {
                who: node,
                server: sim.topology().nodes[server].reference(),
            },
            PublishOutcome::NotOn => Msg::PublishNotOn { node },
        });
    }

    /// Publishes an update from the servers (client-server) and the first peer that is on
    /// (peer-to-peer), and says who got it: each network's own version, and whether the
    /// first peer's release is damaged (it is dishonest).
    pub(super) fn publish(&mut self) {
        let servers = self.client_server.publish(None).len();
        let at = self.peer_to_peer.publish(None);
        let total = self.client_server.topology().count(Role::Server);
        let peers = &self.peer_to_peer;
        self.announcement = Some(Msg::Published {
            version: self.client_server.latest_version(),
            servers: match (servers, total) {
                (1, 1) => ServersGot::TheOne,
                (s, t) if s == t => ServersGot::Every,
                (0, _) => ServersGot::None,
                _ => ServersGot::ThoseOn,
            },
            first_peer: at.first().map(|&p| PeerRelease {
                peer: peers.topology().nodes[p].reference(),
                version: peers.latest_version(),
                damaged: peers.integrity[p] == Integrity::DamagedAtSource,
            }),
        });
    }
}
