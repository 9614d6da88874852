//! Who is in a network and who can reach whom: nodes with roles, a client's own server
//! (`home`), and peers that reach every other peer. No list of links is kept: a peer picks
//! its partner by index, and a 300-peer mesh would be 44,850 pairs built for every change
//! of size, in the classroom server too, where nothing is drawn. The drawing builds the
//! links it shows from the nodes' views (`view::link_views`).

pub use crate::model::base::kind::ModelKind;
use crate::model::base::message::NodeRef;
use crate::model::base::role::{Role, node_id};
use crate::model::sim::layout::{self, Point};

/// Position of a node in its topology's `nodes`.
pub type NodeIndex = usize;

/// One computer in a network.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// Stable id: `s1`, `c3`, `p2`…
    pub id: String,
    /// What the node does: server, client or peer.
    pub role: Role,
    /// 1-based number within its role.
    pub number: usize,
    /// For a client, the server it belongs to.
    pub home: Option<NodeIndex>,
    /// Where to draw it, in diagram units (see `layout`).
    pub position: Point,
}

impl Node {
    fn new(role: Role, number: usize, home: Option<NodeIndex>, position: Point) -> Node {
        Node {
            id: node_id(role, number),
            role,
            number,
            home,
            position,
        }
    }

    /// How messages name it: its role and number ("Server 1", "Librarian 1"…).
    pub fn reference(&self) -> NodeRef {
        NodeRef {
            role: self.role,
            number: self.number,
        }
    }
}

/// The nodes of one network; who is wired to whom follows from their roles and homes.
#[derive(Clone, Debug, PartialEq)]
pub struct Topology {
    /// Which network model this is.
    pub kind: ModelKind,
    /// Every node, servers first then clients, or peers only: a `NodeIndex` indexes this.
    pub nodes: Vec<Node>,
}

impl Topology {
    /// Servers first, then clients; each server owns a contiguous group of clients and each
    /// client is linked to its own server (its `home`) only.
    pub fn client_server(servers: usize, clients: usize) -> Topology {
        let servers = servers.max(1);
        let mut nodes = Vec::with_capacity(servers + clients);
        for s in 0..servers {
            nodes.push(Node::new(
                Role::Server,
                s + 1,
                None,
                layout::server_position(s, servers),
            ));
        }
        for c in 0..clients {
            let home = c * servers / clients.max(1);
            nodes.push(Node::new(
                Role::Client,
                c + 1,
                Some(home),
                layout::client_position(c, clients),
            ));
        }
        Topology {
            kind: ModelKind::ClientServer,
            nodes,
        }
    }

    /// Peers only, every pair linked directly (a full mesh): anyone can ask anyone, so a
    /// partner is any other index and the pairs are never listed.
    pub fn peer_to_peer(peers: usize) -> Topology {
        let nodes = (0..peers)
            .map(|p| Node::new(Role::Peer, p + 1, None, layout::peer_position(p, peers)))
            .collect();
        Topology {
            kind: ModelKind::PeerToPeer,
            nodes,
        }
    }

    /// One more node of `role` at the end (a client of `home`, for a client), numbered
    /// after the others of its role, and the nodes of that role laid out again around it
    /// as the constructors lay them out. Returns its index. Only clients and peers grow
    /// so (servers come first, before every client).
    pub fn grow(&mut self, role: Role, home: Option<NodeIndex>) -> NodeIndex {
        let count = self.count(role) + 1;
        let origin = layout::Point { x: 0.0, y: 0.0 };
        self.nodes.push(Node::new(role, count, home, origin));
        let place = match role {
            Role::Server => layout::server_position,
            Role::Client => layout::client_position,
            Role::Peer => layout::peer_position,
        };
        for node in self.nodes.iter_mut().filter(|n| n.role == role) {
            node.position = place(node.number - 1, count);
        }
        self.nodes.len() - 1
    }

    /// The index of the node with this id (`s1`, `c2`, `p3`…), if there is one.
    pub fn find(&self, id: &str) -> Option<NodeIndex> {
        self.nodes.iter().position(|n| n.id == id)
    }

    /// How many nodes have this role.
    pub fn count(&self, role: Role) -> usize {
        self.nodes.iter().filter(|n| n.role == role).count()
    }

    /// The clients that belong to this server.
    pub fn clients_of(&self, server: NodeIndex) -> impl Iterator<Item = NodeIndex> + '_ {
        self.nodes
            .iter()
            .enumerate()
            .filter(move |(_, n)| n.home == Some(server))
            .map(|(i, _)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_server_gives_every_client_a_server_as_its_home() {
        let t = Topology::client_server(2, 5);
        assert_eq!(t.count(Role::Server), 2);
        assert_eq!(t.count(Role::Client), 5);
        for node in &t.nodes {
            match node.role {
                Role::Client => {
                    let home = node.home.expect("a client's server");
                    assert_eq!(t.nodes[home].role, Role::Server);
                }
                Role::Server | Role::Peer => assert_eq!(node.home, None),
            }
        }
        // Contiguous groups: c1..c3 on s1, c4..c5 on s2.
        assert_eq!(t.clients_of(0).count(), 3);
        assert_eq!(t.clients_of(1).count(), 2);
        assert_eq!(t.nodes[t.find("c4").unwrap()].home, Some(1));
    }

    #[test]
    fn peer_to_peer_has_peers_only_with_stable_ids() {
        let t = Topology::peer_to_peer(4);
        assert_eq!(t.count(Role::Peer), 4);
        let ids: Vec<_> = t.nodes.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, ["p1", "p2", "p3", "p4"]);
        assert_eq!(
            t.nodes[1].reference(),
            NodeRef {
                role: Role::Peer,
                number: 2
            }
        );
        assert_eq!(t.find("p9"), None);
    }
}
