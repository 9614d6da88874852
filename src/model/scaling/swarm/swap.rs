//! Transfers moved once started: at the end of an instant, an idle receiver takes over the
//! sender of a transfer that has sent nothing yet (the other receiver going to a peer with
//! upload to spare), and near the end the server takes over a chunk a slow peer is still
//! sending.

use super::*;

impl Swarm {
    /// At the end of an instant, finds work for each receiver left downloading nothing,
    /// by the swap [`Self::reroute`] describes. Kept out of line: it is called once per
    /// instant, and a single copy keeps the page's code small.
    #[inline(never)]
    pub(super) fn rematch(&mut self) {
        let nothing_to_do = |bits: &[u64]| bits.iter().all(|&w| w == 0);
        if self.fresh.is_empty() || nothing_to_do(&self.ready) || nothing_to_do(&self.idle) {
            return;
        }
        self.unservable.fill(0);
        for word in 0..self.idle.len() {
            let mut bits = self.idle[word];
            while bits != 0 {
                let to = word * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                if self.is_idle(to) {
                    self.reroute(to);
                }
                if !self.is_idle(to) {
                    self.idle[word] &= !(1 << (to % 64));
                }
            }
        }
    }

    /// Whether receiver `to` lacks chunks, could take a transfer, and downloads nothing.
    #[inline(always)]
    pub(super) fn is_idle(&self, to: usize) -> bool {
        self.is_waiting(to) && self.getting[to].is_empty()
    }

    /// Gives idle receiver `to` the sender of a transfer started at this instant, if that
    /// sender has a chunk `to` lacks and a peer with upload to spare can start the same
    /// receiver's transfer instead, at least as fast (nothing is slowed, nothing already
    /// sent is lost).
    pub(super) fn reroute(&mut self, to: usize) {
        let mut i = 0;
        while i < self.fresh.len() && self.is_idle(to) {
            let slot = self.fresh[i];
            i += 1;
            let Some(t) = self.slots[slot] else {
                continue;
            };
            let (sender, receiver) = (t.from, t.to);
            if t.began != self.now
                || receiver == to
                || sender == to
                || self.spare_download[to] < t.rate * (1.0 - FIT)
                || self.unservable[receiver / 64] & (1 << (receiver % 64)) != 0
                || self.offer(sender, to).is_empty()
            {
                continue;
            }
            let mut still_incoming = self.incoming[receiver];
            still_incoming.remove(t.chunk);
            let mut from = 0;
            let mut found = None;
            while let Some(peer) = self.next_ready(from) {
                from = peer + 1;
                if peer == sender || peer == receiver || peer == to {
                    continue;
                }
                let rate = self.spare_upload[peer]
                    .min(self.spare_download[receiver] + t.rate)
                    .min(self.fastest[Self::kind_of(peer)]);
                if rate >= t.rate * (1.0 - FIT)
                    && !self.have[peer]
                        .and_not(&self.have[receiver])
                        .and_not(&still_incoming)
                        .is_empty()
                {
                    found = Some(peer);
                    break;
                }
            }
            let Some(peer) = found else {
                self.unservable[receiver / 64] |= 1 << (receiver % 64);
                continue;
            };
            self.cancel(slot);
            let offer = self.offer(sender, to);
            self.start(sender, to, offer);
            let offer = self.offer(peer, receiver);
            self.start(peer, receiver, offer);
            self.update_ready(sender);
            self.update_ready(peer);
        }
    }

    /// Takes back a transfer that has sent nothing yet: its rates, its place in its
    /// receiver's count and its chunk's copy.
    pub(super) fn cancel(&mut self, slot: usize) {
        let Some(t) = self.slots[slot].take() else {
            return;
        };
        self.free_slots.push(slot);
        self.count_slow(&t, false);
        for list in [&mut self.sending[t.from], &mut self.getting[t.to]] {
            if let Some(i) = list.iter().position(|&s| s == slot) {
                list.remove(i);
            }
        }
        self.give_back(&t);
        self.incoming[t.to].remove(t.chunk);
        if self.holds[t.to] < CHUNKS {
            self.unlink(t.to);
        }
        self.holds[t.to] -= 1;
        self.push_back(t.to);
        // Every chunk is counted in exactly one set; one on its way has at least two copies
        // (the server's and this one), so one fewer still leaves it at least one.
        let copies = (self.rarest..self.by_copies.len())
            .find(|&k| self.by_copies[k].contains(t.chunk))
            .unwrap_or(1);
        self.by_copies[copies].remove(t.chunk);
        self.by_copies[copies - 1].insert(t.chunk);
        self.rarest = self.rarest.min(copies - 1);
    }

    /// Lets the server take over the transfers coming in to `to` from peers that it could
    /// send at least [`TAKE_OVER`] times as fast, the rest of each chunk from where it
    /// was.
    pub(super) fn take_over(&mut self, to: usize) {
        let mut i = 0;
        while i < self.getting[to].len() && self.has_spare(0) {
            let slot = self.getting[to][i];
            i += 1;
            let Some(mut t) = self.slots[slot] else {
                continue;
            };
            let rate = self.spare_upload[0]
                .min(self.spare_download[to] + t.rate)
                .min(self.fastest[0]);
            if t.from == 0 || rate < TAKE_OVER * t.rate {
                continue;
            }
            let old = t.from;
            self.count_slow(&t, false);
            if let Some(j) = self.sending[old].iter().position(|&s| s == slot) {
                self.sending[old].remove(j);
            }
            self.spare_upload[old] = match self.sending[old].is_empty() {
                true => self.upload[1],
                false => self.spare_upload[old] + t.rate,
            };
            let left = (t.ends - self.now) * t.rate;
            self.spare_download[to] += t.rate - rate;
            self.spare_upload[0] -= rate;
            t.from = 0;
            t.rate = rate;
            t.ends = self.now + left / rate;
            self.count_slow(&t, true);
            self.slots[slot] = Some(t);
            self.sending[0].push(slot);
            self.dues.push(Due {
                ends: t.ends,
                started: t.started,
                slot,
            });
            self.serve_from(old);
        }
        self.update_ready(0);
    }
}
