//! Who is in a live classroom's network, kept ready for a peer's pick of a partner: the
//! members that are on and those that are off, each in a list a partner is drawn from by
//! position, so a pick looks at a couple of candidates however many seats the class has,
//! and a seat that changes costs one swap, not a pass over the class.

use rand::RngExt;
use rand_chacha::ChaCha8Rng;

use crate::model::sim::topology::NodeIndex;

/// Where one node stands in the network's lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    /// Not in the network: never asked.
    Out,
    /// In it and on, at this position of `on`.
    On(usize),
    /// In it and off, at this position of `off`.
    Off(usize),
}

/// What a network that lists who is in it does with its list, behind a pointer: a
/// network that never lists them (every one of the page's) then carries none of this
/// code, only the calls that reach it.
pub(in crate::model) trait Listing: std::fmt::Debug {
    /// Node `node` is in the network (`member`) or out of it, on (`up`) or off.
    fn set(&mut self, node: NodeIndex, member: bool, up: bool);
    /// Whether node `node` is in the network.
    fn has(&self, node: NodeIndex) -> bool;
    /// A partner for `requester` not in `tried`, at random: among the members that are
    /// on, or, while no member but the requester is on, among those that are off (the
    /// request then finds out by its time-outs that the network is down). `None`: nobody
    /// left.
    fn pick(
        &mut self,
        rng: &mut ChaCha8Rng,
        requester: NodeIndex,
        tried: &[NodeIndex],
    ) -> Option<NodeIndex>;
    /// Candidates looked at by every pick so far.
    fn looked(&self) -> u64;
    /// A copy of the list, for a copy of its network.
    fn copy(&self) -> Box<dyn Listing>;
}

/// The members of a network that lists who is in it, sorted by whether they are on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(in crate::model) struct Members {
    /// Each node's place, by index; a node past the end is out.
    place: Vec<Place>,
    /// The members that are on, in no meaningful order.
    on: Vec<NodeIndex>,
    /// The members that are off, in no meaningful order.
    off: Vec<NodeIndex>,
    /// Candidates looked at by every pick so far: what picking costs, counted.
    looked: u64,
}

impl Listing for Members {
    fn set(&mut self, node: NodeIndex, member: bool, up: bool) {
        if self.place.len() <= node {
            self.place.resize(node + 1, Place::Out);
        }
        let was = self.place[node];
        let wanted = match (member, up) {
            (false, _) => Place::Out,
            (true, true) => Place::On(self.on.len()),
            (true, false) => Place::Off(self.off.len()),
        };
        let same = matches!(
            (was, wanted),
            (Place::Out, Place::Out)
                | (Place::On(_), Place::On(_))
                | (Place::Off(_), Place::Off(_))
        );
        if same {
            return;
        }
        // Out of its list first, the last of that list taking its position…
        let (list, at) = match was {
            Place::Out => (None, 0),
            Place::On(at) => (Some(&mut self.on), at),
            Place::Off(at) => (Some(&mut self.off), at),
        };
        if let Some(list) = list {
            list.swap_remove(at);
            if let Some(&moved) = list.get(at) {
                self.place[moved] = match was {
                    Place::Off(_) => Place::Off(at),
                    Place::Out | Place::On(_) => Place::On(at),
                };
            }
        }
        // …then at the end of the other.
        self.place[node] = match wanted {
            Place::Out => Place::Out,
            Place::On(_) => {
                self.on.push(node);
                Place::On(self.on.len() - 1)
            }
            Place::Off(_) => {
                self.off.push(node);
                Place::Off(self.off.len() - 1)
            }
        };
    }

    fn has(&self, node: NodeIndex) -> bool {
        !matches!(self.place.get(node), None | Some(Place::Out))
    }

    fn pick(
        &mut self,
        rng: &mut ChaCha8Rng,
        requester: NodeIndex,
        tried: &[NodeIndex],
    ) -> Option<NodeIndex> {
        let requester_on = matches!(self.place.get(requester), Some(Place::On(_)));
        let pool = match self.on.len() > usize::from(requester_on) {
            true => &self.on,
            false => &self.off,
        };
        let allowed = |j: &NodeIndex| *j != requester && !tried.contains(j);
        // At most the requester and its tries are excluded, so a draw or two almost
        // always suffices; the pass below is for a pool of a handful.
        for _ in 0..16 {
            if pool.is_empty() {
                return None;
            }
            let j = pool[rng.random_range(0..pool.len())];
            self.looked += 1;
            if allowed(&j) {
                return Some(j);
            }
        }
        self.looked += pool.len() as u64;
        let candidates = pool.iter().filter(|j| allowed(j)).count();
        if candidates == 0 {
            return None;
        }
        let k = rng.random_range(0..candidates);
        pool.iter().copied().filter(allowed).nth(k)
    }

    fn looked(&self) -> u64 {
        self.looked
    }

    fn copy(&self) -> Box<dyn Listing> {
        Box::new(self.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    /// Catches: a position not handed to the node moved into a freed place (the lists then
    /// disagree with the places), or a pick that asks the requester, a node tried, a node
    /// out of the network, or an off node while another is on.
    #[test]
    fn members_move_between_lists_and_a_pick_respects_them() {
        let mut m = Members::default();
        for node in 0..6 {
            m.set(node, true, true);
        }
        m.set(1, true, false);
        m.set(2, false, true);
        m.set(0, true, false);
        m.set(0, true, true);
        for node in 0..6 {
            match m.place[node] {
                Place::On(at) => assert_eq!(m.on[at], node),
                Place::Off(at) => assert_eq!(m.off[at], node),
                Place::Out => assert_eq!(node, 2),
            }
        }
        assert_eq!(m.on.len() + m.off.len(), 5);
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        for _ in 0..200 {
            let j = m.pick(&mut rng, 3, &[4]).expect("a partner");
            assert!([0, 5].contains(&j), "{j}");
        }
        // Nobody else on: the off members, and then nobody once they are tried.
        for node in [0, 4, 5] {
            m.set(node, true, false);
        }
        for _ in 0..50 {
            let j = m.pick(&mut rng, 3, &[]).expect("an off partner");
            assert!([0, 1, 4, 5].contains(&j), "{j}");
        }
        assert_eq!(m.pick(&mut rng, 3, &[0, 1, 4, 5]), None);
    }
}
