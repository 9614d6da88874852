//! A run's set-up and its clock: the nodes' rates at the start, and the next event, which
//! ends the transfers due first and lets every node it touched send or receive again.

use super::*;

impl Swarm {
    pub(super) fn new(d: &Distribution, kind: ModelKind, receivers: usize) -> Swarm {
        let nodes = receivers + 1;
        let file = d.file;
        let server = d.server_upload / file;
        let peer = match kind {
            ModelKind::ClientServer => 0.0,
            ModelKind::PeerToPeer => d.peer_upload / file,
        };
        let download = d.min_download / file;
        // A transfer runs at most as fast as its sender uploads and its receiver downloads;
        // an upload faster than a download is shared evenly among whole transfers.
        let fastest = |upload: f64| upload.min(download);
        let fastest = [fastest(server), fastest(peer)];
        let least = |fastest: f64| match fastest > 0.0 {
            true => LEAST_SHARE * fastest,
            false => f64::INFINITY,
        };
        let least_rate = [least(fastest[0]), least(fastest[1])];
        let mut spare_upload = vec![peer; nodes];
        spare_upload[0] = server;
        let mut have = vec![Chunks::default(); nodes];
        have[0] = Chunks::ALL;
        let mut by_copies = vec![Chunks::default(); nodes + 1];
        by_copies[1] = Chunks::ALL;
        // Every receiver starts in bucket 0, in number order.
        let mut first = vec![NONE; CHUNKS];
        let mut last = vec![NONE; CHUNKS];
        let mut next = vec![NONE; nodes];
        let mut prev = vec![NONE; nodes];
        if receivers > 0 {
            first[0] = 1;
            last[0] = receivers;
            for to in 1..nodes {
                prev[to] = if to > 1 { to - 1 } else { NONE };
                next[to] = if to < receivers { to + 1 } else { NONE };
            }
        }
        let mut run = Swarm {
            receivers,
            spare_upload,
            fastest,
            least_rate,
            least_of_all: least_rate[0].min(least_rate[1]),
            spare_download: vec![download; nodes],
            download,
            upload: [server, peer],
            slots: Vec::with_capacity(nodes),
            free_slots: Vec::with_capacity(nodes),
            sending: vec![Vec::new(); nodes],
            getting: vec![Vec::new(); nodes],
            slow_sending: vec![0; nodes],
            slow_getting: vec![0; nodes],
            have,
            incoming: vec![Chunks::default(); nodes],
            holds: vec![0; nodes],
            by_copies,
            rarest: 1,
            first,
            last,
            next,
            prev,
            fewest: 0,
            ready: vec![0; nodes.div_ceil(64)],
            dues: BinaryHeap::with_capacity(nodes),
            now: 0.0,
            started: 0,
            complete: 0,
            idle: vec![0; nodes.div_ceil(64)],
            fresh: Vec::new(),
            unservable: vec![0; nodes.div_ceil(64)],
        };
        run.serve_from(0);
        run
    }

    /// Whether `node` is the server (0) or a peer (1), as an index into the per-kind rates.
    #[inline(always)]
    pub(super) fn kind_of(node: usize) -> usize {
        usize::from(node != 0)
    }

    /// The next transfer to end, taken out of the run; entries left behind by a rise of
    /// rate are dropped on the way.
    pub(super) fn pop_ended(&mut self) -> Option<Transfer> {
        while let Some(due) = self.dues.pop() {
            let Some(t) = self.slots[due.slot] else {
                continue;
            };
            if t.started != due.started || t.ends.to_bits() != due.ends.to_bits() {
                continue;
            }
            self.slots[due.slot] = None;
            self.free_slots.push(due.slot);
            self.count_slow(&t, false);
            for list in [&mut self.sending[t.from], &mut self.getting[t.to]] {
                if let Some(i) = list.iter().position(|&s| s == due.slot) {
                    list.remove(i);
                }
            }
            return Some(t);
        }
        None
    }

    /// Ends the next transfer; the time once every receiver holds the whole file.
    pub(super) fn next_event(&mut self) -> Option<f64> {
        let Some(t) = self.pop_ended() else {
            // Nothing moving and someone still lacking: cannot happen with a server that
            // holds everything, but a stuck run must end rather than loop.
            return Some(f64::INFINITY);
        };
        if t.ends > self.now {
            self.fresh.clear();
        }
        self.now = t.ends;
        self.incoming[t.to].remove(t.chunk);
        self.have[t.to].insert(t.chunk);
        self.give_back(&t);
        if self.have[t.to] == Chunks::ALL {
            self.complete += 1;
            if self.complete == self.receivers {
                return Some(self.now);
            }
        }
        // The sender's upload is free: first for what it is sending already, then for
        // more. The receiver's download likewise; and it has one more chunk to pass on.
        self.speed_up(t.from, Side::Sending);
        self.serve_from(t.from);
        self.speed_up(t.to, Side::Getting);
        self.fill(t.to);
        self.serve_from(t.to);
        if self
            .next_end()
            .is_none_or(|ends| ends > self.now * (1.0 + FIT))
        {
            self.rematch();
        }
        None
    }

    /// When the next transfer to end ends; entries left behind by a rise of rate are
    /// dropped on the way.
    pub(super) fn next_end(&mut self) -> Option<f64> {
        while let Some(due) = self.dues.peek() {
            match self.slots[due.slot] {
                Some(t) if t.started == due.started && t.ends.to_bits() == due.ends.to_bits() => {
                    return Some(due.ends);
                }
                _ => {
                    self.dues.pop();
                }
            }
        }
        None
    }
}
