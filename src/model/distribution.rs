//! An actual file distribution, simulated chunk by chunk, to set beside the lower bounds of
//! [`Distribution`]: does the simulated time ever beat the formula, and how close does it
//! come?
//!
//! The file is cut into [`CHUNKS`] equal pieces. Node 0 is the server and holds them all;
//! nodes 1..=N are the receivers. Every transfer moves one chunk from a node that has it
//! to one that lacks it. A node's upload rate is shared equally among the transfers it is
//! sending, and a receiver's download rate (d_min: every receiver is as slow as the
//! slowest) among the transfers it is receiving; a transfer runs at the smaller of its two
//! shares, so no node ever sends or receives faster than its rate allows. That is why the
//! simulated time can never be below the bound, which no schedule at all can beat.
//!
//! - Client-server: only the server uploads, to every receiver at once, one chunk after
//!   another.
//! - Peer-to-peer: the server and every peer upload. Whenever a node has upload capacity
//!   free, it sends the rarest chunk it holds to the receiver that holds the fewest, so
//!   fresh chunks leave the server first and every peer soon has something to pass on.
//!   Near the end a missing chunk may come from two senders at once; the first copy wins.
//!
//! The run is exact between events: rates are constant until the next transfer ends, so
//! time jumps straight there. Same inputs, same result: there is nothing random.

use super::scaling::Distribution;
use super::topology::ModelKind;

/// Pieces the file is cut into (one bit each in a `u64`).
pub const CHUNKS: usize = 64;

/// Relative tolerance for "this transfer has finished", against float rounding.
const DONE: f64 = 1e-12;

#[derive(Clone, Copy, Debug)]
struct Transfer {
    from: usize,
    to: usize,
    chunk: usize,
    /// Amount still to move, in units of the file size F.
    left: f64,
    /// Files per unit of time, until the next event.
    rate: f64,
}

/// What a sender with a free upload slot should do.
enum Pick {
    /// Send one of the chunks in the mask to this receiver.
    Send(usize, u64),
    /// Someone wants a chunk, but their downloads are full: try again after an event.
    Later,
    /// No receiver wants anything this sender has.
    Nothing,
}

struct Run {
    /// Upload rate per node, in files per unit of time (rate / F).
    upload: Vec<f64>,
    /// Download rate of each receiver, in files per unit of time.
    download: f64,
    /// Most transfers a node sends at once.
    slots: Vec<usize>,
    have: Vec<u64>,
    incoming: Vec<u64>,
    /// Chunks coming to a receiver from two senders at once (the end game).
    doubled: Vec<u64>,
    /// Who is sending each chunk on its way to each receiver (`to * CHUNKS + chunk`).
    source: Vec<usize>,
    /// Per sender, where its round of the receivers stands.
    cursor: Vec<usize>,
    /// Senders that found nothing to offer anyone when they last looked.
    idle: Vec<bool>,
    /// Copies of each chunk held or on the way.
    copies: [usize; CHUNKS],
    sending: Vec<usize>,
    receiving: Vec<usize>,
    transfers: Vec<Transfer>,
    // Scratch space reused at every event: no allocation per event.
    spare_up: Vec<f64>,
    spare_down: Vec<f64>,
    finished: Vec<Transfer>,
}

const ALL: u64 = u64::MAX;
/// Transfers a peer-to-peer node keeps beyond what its upload rate needs, so that a
/// receiver that is slow to take one does not leave the sender idle.
const SPARE_SLOTS: usize = 1;

impl Run {
    fn new(d: &Distribution, kind: ModelKind, receivers: usize) -> Run {
        let nodes = receivers + 1;
        let file = d.file;
        let mut upload = vec![d.peer_upload / file; nodes];
        upload[0] = d.server_upload / file;
        let download = d.min_download / file;
        // Enough transfers at once that the downloads, each capped at d_min, can use the
        // whole upload rate; the server in client-server serves everyone at once.
        let enough = |rate: f64| ((rate / download).ceil() as usize).clamp(1, receivers.max(1));
        let slots = (0..nodes)
            .map(|i| match (kind, i) {
                (ModelKind::ClientServer, 0) => receivers.max(1),
                (ModelKind::ClientServer, _) => 0,
                (ModelKind::PeerToPeer, _) => enough(upload[i]) + SPARE_SLOTS,
            })
            .collect();
        let mut have = vec![0; nodes];
        have[0] = ALL;
        Run {
            upload,
            download,
            slots,
            have,
            incoming: vec![0; nodes],
            doubled: vec![0; nodes],
            idle: vec![false; nodes],
            cursor: (0..nodes).collect(),
            source: vec![0; nodes * CHUNKS],
            copies: [1; CHUNKS],
            sending: vec![0; nodes],
            receiving: vec![0; nodes],
            transfers: Vec::new(),
            spare_up: vec![0.0; nodes],
            spare_down: vec![0.0; nodes],
            finished: Vec::new(),
        }
    }

    /// The chunks `from` could send `to`: those it has and `to` neither has nor is getting.
    /// Near the end, when `to` is only waiting for chunks already on the way, the same
    /// chunk may also come from a second sender; the first copy to arrive wins and the
    /// other is dropped (its upload time is simply lost).
    fn offer(&self, from: usize, to: usize) -> u64 {
        let fresh = self.have[from] & !self.have[to] & !self.incoming[to];
        if fresh != 0 || self.have[to] | self.incoming[to] != ALL {
            return fresh;
        }
        // Take just one chunk, the lowest, so the end game does not flood a receiver.
        let mut candidates = self.have[from] & self.incoming[to] & !self.doubled[to];
        while candidates != 0 {
            let chunk = candidates.trailing_zeros() as usize;
            if self.source[to * CHUNKS + chunk] != from {
                return 1 << chunk;
            }
            candidates &= candidates - 1;
        }
        0
    }

    /// Whom `from` sends to next, and what it could send them: the receiver holding the
    /// fewest chunks, so no one falls behind and every peer soon has something to pass
    /// on. Ties go round in turn from the last receiver this sender served.
    fn pick_receiver(&self, from: usize, receivers: usize) -> Pick {
        // A peer does not pile onto a receiver whose download is already spoken for: it
        // would only slow the others down. The server, whose chunks matter most, always may.
        let share = self.upload[from] / self.slots[from].max(1) as f64;
        let free = |to: usize| {
            from == 0 || (self.receiving[to] as f64) * share < self.download * (1.0 - 1e-9)
        };
        let mut wanted = false;
        let candidates = (0..receivers)
            .map(|k| 1 + (self.cursor[from] + k) % receivers)
            .filter(|&to| to != from)
            .map(|to| (to, self.offer(from, to)))
            .filter(|&(_, offer)| offer != 0)
            .inspect(|_| wanted = true)
            .filter(|&(to, _)| free(to));
        // A sender with a slot for every receiver (the client-server server) serves them
        // all anyway: the first in turn will do, without comparing.
        let found = match self.slots[from] >= receivers {
            true => candidates.into_iter().next(),
            false => candidates.min_by_key(|&(to, _)| {
                let holds = (self.have[to] | self.incoming[to]).count_ones();
                (holds, self.receiving[to])
            }),
        };
        match (found, wanted) {
            (Some((to, offer)), _) => Pick::Send(to, offer),
            (None, true) => Pick::Later,
            (None, false) => Pick::Nothing,
        }
    }

    /// Starts every transfer the free upload slots allow.
    fn schedule(&mut self) {
        let nodes = self.have.len();
        let receivers = nodes - 1;
        for from in 0..nodes {
            while self.sending[from] < self.slots[from] && !self.idle[from] {
                let (to, offer) = match self.pick_receiver(from, receivers) {
                    Pick::Send(to, offer) => (to, offer),
                    Pick::Later => break,
                    // Nothing to offer anyone until it gets a new chunk (or someone
                    // reaches the end game).
                    Pick::Nothing => {
                        self.idle[from] = true;
                        break;
                    }
                };
                if offer & self.incoming[to] != 0 {
                    self.doubled[to] |= offer;
                }
                self.cursor[from] = to % receivers;
                let mut bits = offer;
                let mut chunk = offer.trailing_zeros() as usize;
                while bits != 0 {
                    let c = bits.trailing_zeros() as usize;
                    if self.copies[c] < self.copies[chunk] {
                        chunk = c;
                    }
                    bits &= bits - 1;
                }
                self.incoming[to] |= 1 << chunk;
                self.source[to * CHUNKS + chunk] = from;
                if self.have[to] | self.incoming[to] == ALL {
                    // `to` enters the end game: others may now double its last chunks.
                    self.idle.iter_mut().for_each(|i| *i = false);
                }
                self.copies[chunk] += 1;
                self.sending[from] += 1;
                self.receiving[to] += 1;
                self.transfers.push(Transfer {
                    from,
                    to,
                    chunk,
                    left: 1.0 / CHUNKS as f64,
                    rate: 0.0,
                });
            }
        }
    }

    /// The rate of every transfer: first each gets the smaller of its sender's and its
    /// receiver's equal shares; then whatever a sender and a receiver both still have
    /// spare goes to the transfers between them, in order, until every transfer is held
    /// back by a node that is fully used. No node ever exceeds its rate.
    fn assign_rates(&mut self) {
        self.spare_up.clone_from(&self.upload);
        self.spare_down.fill(self.download);
        for t in &mut self.transfers {
            let up = self.upload[t.from] / self.sending[t.from] as f64;
            let down = self.download / self.receiving[t.to] as f64;
            t.rate = up.min(down);
            self.spare_up[t.from] -= t.rate;
            self.spare_down[t.to] -= t.rate;
        }
        for t in &mut self.transfers {
            let extra = self.spare_up[t.from].min(self.spare_down[t.to]);
            // Float crumbs from the shares above are not spare capacity.
            if extra <= 1e-9 * self.upload[t.from] {
                continue;
            }
            t.rate += extra;
            self.spare_up[t.from] -= extra;
            self.spare_down[t.to] -= extra;
        }
    }

    /// Stops the other transfer of a chunk that has just arrived twice over.
    fn drop_duplicate(&mut self, to: usize, chunk: usize) {
        if let Some(k) = self
            .transfers
            .iter()
            .position(|t| t.to == to && t.chunk == chunk)
        {
            let t = self.transfers.remove(k);
            self.sending[t.from] -= 1;
            self.receiving[t.to] -= 1;
        }
    }

    /// The time at which the last receiver holds the whole file.
    fn finish(mut self) -> f64 {
        let mut now = 0.0;
        let chunk = 1.0 / CHUNKS as f64;
        while self.have[1..].iter().any(|&h| h != ALL) {
            self.schedule();
            self.assign_rates();
            let Some(step) = self
                .transfers
                .iter()
                .map(|t| t.left / t.rate)
                .min_by(f64::total_cmp)
            else {
                return f64::INFINITY;
            };
            if !step.is_finite() {
                return f64::INFINITY;
            }
            now += step;
            let mut done = std::mem::take(&mut self.finished);
            self.transfers.retain_mut(|t| {
                t.left -= t.rate * step;
                let finished = t.left <= DONE * chunk;
                if finished {
                    done.push(*t);
                }
                !finished
            });
            for t in done.drain(..) {
                let bit = 1 << t.chunk;
                self.have[t.to] |= bit;
                self.idle[t.to] = false;
                self.incoming[t.to] &= !bit;
                self.sending[t.from] -= 1;
                self.receiving[t.to] -= 1;
                if self.doubled[t.to] & bit != 0 {
                    self.doubled[t.to] &= !bit;
                    self.drop_duplicate(t.to, t.chunk);
                }
            }
            self.finished = done;
        }
        now
    }
}

impl Distribution {
    /// The time a chunked distribution to `receivers` receivers takes in the simulation
    /// described above, in the same units as the bounds.
    pub fn simulated(&self, kind: ModelKind, receivers: usize) -> f64 {
        if receivers == 0 {
            return 0.0;
        }
        Run::new(self, kind, receivers).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_server_simulation_meets_its_bound_exactly() {
        let d = Distribution::textbook();
        for n in [1, 2, 10, 37, 100] {
            let sim = d.simulated(ModelKind::ClientServer, n);
            let bound = d.client_server_bound(n);
            assert!(
                (sim - bound).abs() <= 1e-9 * bound,
                "N = {n}: {sim} vs {bound}"
            );
        }
    }

    #[test]
    fn peer_to_peer_simulation_stays_above_and_near_its_bound() {
        let d = Distribution::textbook();
        for n in [1, 2, 5, 10, 50, 100] {
            let sim = d.simulated(ModelKind::PeerToPeer, n);
            let bound = d.peer_to_peer_bound(n);
            assert!(sim >= bound * (1.0 - 1e-9), "N = {n}: {sim} below {bound}");
            assert!(sim <= bound * 1.25, "N = {n}: {sim} far above {bound}");
        }
    }
}
