//! The two vocabularies the page can speak: network words (server, client, peer) and the
//! library analogy (librarian, visitor, friend). The simulation is the same; only the
//! words, and a few icons in the view, change.

use super::role::Role;

/// Which words name the nodes and the traffic.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Words {
    /// Server, client, peer, request, answer.
    #[default]
    Network,
    /// Librarian, visitor, friend sharing books, asking for a book, the book.
    Library,
}

impl Words {
    /// The stable name used in the `labels` URL parameter.
    pub fn slug(self) -> &'static str {
        match self {
            Words::Network => "network",
            Words::Library => "analogy",
        }
    }

    /// A role's name inside a sentence: "server", "librarian".
    pub fn role(self, role: Role) -> &'static str {
        match (self, role) {
            (Words::Network, Role::Server) => "server",
            (Words::Network, Role::Client) => "client",
            (Words::Network, Role::Peer) => "peer",
            (Words::Library, Role::Server) => "librarian",
            (Words::Library, Role::Client) => "visitor",
            (Words::Library, Role::Peer) => "friend",
        }
    }

    /// The plural of [`Words::role`].
    pub fn roles(self, role: Role) -> String {
        format!("{}s", self.role(role))
    }

    /// "1 client", "3 visitors".
    pub fn count(self, n: usize, role: Role) -> String {
        match n {
            1 => format!("1 {}", self.role(role)),
            _ => format!("{n} {}", self.roles(role)),
        }
    }

    /// A role's name at the start of a label: "Server", "Librarian".
    pub fn title(self, role: Role) -> String {
        let word = self.role(role);
        let mut chars = word.chars();
        match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => String::new(),
        }
    }

    /// How a node being off is said: "off", "away".
    pub fn off(self) -> &'static str {
        match self {
            Words::Network => "off",
            Words::Library => "away",
        }
    }

    /// The verb for switching a node: "switched off", "went away", "came back".
    pub fn switched(self, up: bool) -> &'static str {
        match (self, up) {
            (Words::Network, true) => "switched on",
            (Words::Network, false) => "switched off",
            (Words::Library, true) => "came back",
            (Words::Library, false) => "went away",
        }
    }

    /// What a requester asks for: "a request", "a book request".
    pub fn request(self) -> &'static str {
        match self {
            Words::Network => "request",
            Words::Library => "book request",
        }
    }

    /// The shared resource that gets new versions: "the shared file", "the book".
    pub fn resource(self) -> &'static str {
        match self {
            Words::Network => "the shared file",
            Words::Library => "the book",
        }
    }
}

/// Replaces `{server}`, `{servers}`, `{Server}` (and the same for client and peer) with
/// the words of `words`.
pub fn fill(template: &str, words: Words) -> String {
    let mut text = template.to_string();
    for role in [Role::Server, Role::Client, Role::Peer] {
        // The placeholders are the network words themselves.
        let key = Words::Network;
        text = text
            .replace(&format!("{{{}}}", key.roles(role)), &words.roles(role))
            .replace(&format!("{{{}}}", key.role(role)), words.role(role))
            .replace(&format!("{{{}}}", key.title(role)), &words.title(role));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_has_a_word_in_both_vocabularies() {
        assert_eq!(Words::Library.title(Role::Server), "Librarian");
        assert_eq!(Words::Library.count(3, Role::Client), "3 visitors");
        assert_eq!(Words::Network.count(1, Role::Peer), "1 peer");
        assert_eq!(Words::Library.role(Role::Peer), "friend");
    }
}
