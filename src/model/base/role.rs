//! What a node does in its network, and how its id is spelled: the lowest layer of the
//! model, used by the layout, the words and the topology alike.

/// What a node does in its network.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// Answers the requests of its own clients.
    Server,
    /// Sends requests to its server and waits for answers.
    Client,
    /// Both asks other peers and answers them.
    Peer,
}

impl Role {
    /// The stable name used in `data-role`.
    pub fn slug(self) -> &'static str {
        match self {
            Role::Server => "server",
            Role::Client => "client",
            Role::Peer => "peer",
        }
    }

    /// The letter that starts the ids of nodes of this role: `s1`, `c2`, `p3`.
    pub fn id_prefix(self) -> char {
        match self {
            Role::Server => 's',
            Role::Client => 'c',
            Role::Peer => 'p',
        }
    }

    /// Whether nodes of this role send requests of their own.
    pub fn sends_requests(self) -> bool {
        match self {
            Role::Client | Role::Peer => true,
            Role::Server => false,
        }
    }
}

/// The one spelling of a node id: the role's letter and a 1-based number (`s1`, `c12`).
pub fn node_id(role: Role, number: usize) -> String {
    format!("{}{number}", role.id_prefix())
}

/// Reads a node id (`s1`, `c12`, `p3`) back into its role and number. Only the canonical
/// spelling is accepted: not "c02", "c+2", "C2" or "c0".
pub fn parse_node_id(id: &str) -> Option<(Role, usize)> {
    let mut chars = id.chars();
    let prefix = chars.next()?;
    let role = [Role::Server, Role::Client, Role::Peer]
        .into_iter()
        .find(|r| r.id_prefix() == prefix)?;
    let digits = chars.as_str();
    let number = digits.parse::<usize>().ok()?;
    (number >= 1 && number.to_string() == digits).then_some((role, number))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_back_only_in_their_one_spelling() {
        assert_eq!(node_id(Role::Client, 12), "c12");
        assert_eq!(parse_node_id("c12"), Some((Role::Client, 12)));
        assert_eq!(parse_node_id("s1"), Some((Role::Server, 1)));
        for bad in ["c02", "c+2", "C2", "c0", "x1", "", "p", "p-1"] {
            assert_eq!(parse_node_id(bad), None, "{bad}");
        }
    }
}
