//! The schedule: which sender serves which receiver with which chunk, at what rate, and
//! how a rate given back speeds up the transfers under way before new ones start.

use super::*;

impl Swarm {
    /// Gives the spare rate of `node` to its transfers under way on `side`, first started
    /// first, each as far as the other end has rate to spare too.
    pub(super) fn speed_up(&mut self, node: usize, side: Side) {
        let (slow, count) = match side {
            Side::Sending => (self.slow_sending[node], self.sending[node].len()),
            Side::Getting => (self.slow_getting[node], self.getting[node].len()),
        };
        if slow == 0 {
            return;
        }
        for i in 0..count {
            let slot = match side {
                Side::Sending => self.sending[node][i],
                Side::Getting => self.getting[node][i],
            };
            let Some(mut t) = self.slots[slot] else {
                continue;
            };
            let extra = self
                .rate(t.from, t.to)
                .min(self.fastest[Self::kind_of(t.from)] - t.rate);
            if extra <= FIT * t.rate {
                continue;
            }
            let left = (t.ends - self.now) * t.rate;
            self.count_slow(&t, false);
            t.rate += extra;
            t.ends = self.now + left / t.rate;
            self.count_slow(&t, true);
            self.spare_upload[t.from] -= extra;
            self.spare_download[t.to] -= extra;
            self.slots[slot] = Some(t);
            self.dues.push(Due {
                ends: t.ends,
                started: t.started,
                slot,
            });
            if side == Side::Getting {
                self.update_ready(t.from);
            }
        }
    }

    /// The rates of transfer `t`, ended or called off, given back to its two ends; a node
    /// with nothing under way has its whole rate again, so rounding never builds up.
    pub(super) fn give_back(&mut self, t: &Transfer) {
        self.spare_download[t.to] = match self.getting[t.to].is_empty() {
            true => self.download,
            false => self.spare_download[t.to] + t.rate,
        };
        self.spare_upload[t.from] = match self.sending[t.from].is_empty() {
            true => self.upload[Self::kind_of(t.from)],
            false => self.spare_upload[t.from] + t.rate,
        };
    }

    /// Counts `t` in (or, `false`, out of) the slow transfers of its two ends, if it is
    /// slower than its sender's fastest.
    #[inline(always)]
    pub(super) fn count_slow(&mut self, t: &Transfer, add: bool) {
        if t.rate < self.fastest[Self::kind_of(t.from)] * (1.0 - FIT) {
            for count in [&mut self.slow_sending[t.from], &mut self.slow_getting[t.to]] {
                match add {
                    true => *count += 1,
                    false => *count -= 1,
                }
            }
        }
    }

    /// The chunks `from` could send `to`: those it has and `to` neither has nor is getting.
    #[inline(always)]
    pub(super) fn offer(&self, from: usize, to: usize) -> Chunks {
        self.have[from]
            .and_not(&self.have[to])
            .and_not(&self.incoming[to])
    }

    /// The rate a transfer from `from` to `to` would start at now: as fast as both have
    /// to spare.
    #[inline(always)]
    pub(super) fn rate(&self, from: usize, to: usize) -> f64 {
        self.spare_upload[from]
            .min(self.spare_download[to])
            .min(self.fastest[Self::kind_of(from)])
    }

    /// Whether a new transfer from `from` to `to` may start now: it would not crawl.
    #[inline(always)]
    pub(super) fn fits(&self, from: usize, to: usize) -> bool {
        self.rate(from, to) * (1.0 + FIT) >= self.least_rate[Self::kind_of(from)]
    }

    /// Whether `from` has upload to spare for one more transfer.
    #[inline(always)]
    pub(super) fn has_spare(&self, from: usize) -> bool {
        self.spare_upload[from] * (1.0 + FIT) >= self.least_rate[Self::kind_of(from)]
    }

    /// Whether receiver `to` lacks something and could take one more transfer of any node.
    #[inline(always)]
    pub(super) fn is_waiting(&self, to: usize) -> bool {
        self.holds[to] < CHUNKS && self.spare_download[to] * (1.0 + FIT) >= self.least_of_all
    }

    /// Whether `from` holds a chunk that some receiver neither has nor is getting (every
    /// receiver holds at most one copy, so that is a chunk with fewer copies than nodes).
    #[inline(always)]
    pub(super) fn is_wanted(&self, from: usize) -> bool {
        let everywhere = &self.by_copies[self.have.len()];
        !self.have[from].and_not(everywhere).is_empty()
    }

    /// The first waiting receiver, fewest chunks first, then chosen longest ago, that
    /// lacks a chunk `from` has and has download to spare for it.
    pub(super) fn choose_receiver(&self, from: usize) -> Option<(usize, Chunks)> {
        for bucket in self.fewest..CHUNKS {
            let mut to = self.first[bucket];
            while to != NONE {
                if to != from && self.is_waiting(to) && self.fits(from, to) {
                    let offer = self.offer(from, to);
                    if !offer.is_empty() {
                        return Some((to, offer));
                    }
                }
                to = self.next[to];
            }
        }
        None
    }

    /// Lets `from` use its spare upload, each transfer to the receiver holding the fewest
    /// chunks that lacks one `from` has and has download to spare.
    pub(super) fn serve_from(&mut self, from: usize) {
        while self.has_spare(from) && self.is_wanted(from) {
            match self.choose_receiver(from) {
                Some((to, offer)) => self.start(from, to, offer),
                // The downloads of those who lack its chunks are full: it stays ready,
                // and the next receiver whose download frees looks for it.
                None => break,
            }
        }
        self.update_ready(from);
        // The server with nothing new to send takes over the transfers it can speed up.
        if from == 0 && self.has_spare(0) && !self.is_wanted(0) {
            for to in 1..=self.receivers {
                self.take_over(to);
            }
        }
    }

    /// The first sender at or after `from` with upload to spare and a wanted chunk.
    pub(super) fn next_ready(&self, from: usize) -> Option<usize> {
        let mut word = from / 64;
        let mut bits = *self.ready.get(word)? & (u64::MAX << (from % 64));
        loop {
            if bits != 0 {
                return Some(word * 64 + bits.trailing_zeros() as usize);
            }
            word += 1;
            bits = *self.ready.get(word)?;
        }
    }

    /// Lets receiver `to` fill its spare download from senders with upload to spare.
    pub(super) fn fill(&mut self, to: usize) {
        let mut from = 0;
        while self.is_waiting(to)
            && let Some(sender) = self.next_ready(from)
        {
            from = sender + 1;
            if sender == to || !self.fits(sender, to) {
                continue;
            }
            let offer = self.offer(sender, to);
            if !offer.is_empty() {
                self.start(sender, to, offer);
                self.update_ready(sender);
            }
        }
        if self.is_waiting_any(to) && self.has_spare(0) && !self.is_wanted(0) {
            self.take_over(to);
        }
        if self.is_idle(to) {
            self.idle[to / 64] |= 1 << (to % 64);
        }
    }

    /// Whether receiver `to` has download to spare for anything at all.
    #[inline(always)]
    pub(super) fn is_waiting_any(&self, to: usize) -> bool {
        self.spare_download[to] * (1.0 + FIT) >= self.least_of_all
    }

    pub(super) fn update_ready(&mut self, from: usize) {
        let bit = 1 << (from % 64);
        match self.has_spare(from) && self.is_wanted(from) {
            true => self.ready[from / 64] |= bit,
            false => self.ready[from / 64] &= !bit,
        }
    }

    /// Takes receiver `to` out of its bucket's list.
    pub(super) fn unlink(&mut self, to: usize) {
        let bucket = self.holds[to];
        let (before, after) = (self.prev[to], self.next[to]);
        match before {
            NONE => self.first[bucket] = after,
            _ => self.next[before] = after,
        }
        match after {
            NONE => self.last[bucket] = before,
            _ => self.prev[after] = before,
        }
        while self.fewest < CHUNKS && self.first[self.fewest] == NONE {
            self.fewest += 1;
        }
    }

    /// Puts receiver `to` at the end of its bucket's list (it was chosen last of all).
    pub(super) fn push_back(&mut self, to: usize) {
        let bucket = self.holds[to];
        let tail = self.last[bucket];
        self.prev[to] = tail;
        self.next[to] = NONE;
        match tail {
            NONE => self.first[bucket] = to,
            _ => self.next[tail] = to,
        }
        self.last[bucket] = to;
        self.fewest = self.fewest.min(bucket);
    }

    /// Starts sending the rarest chunk of `offer` from `from` to `to`, as fast as both
    /// have to spare.
    pub(super) fn start(&mut self, from: usize, to: usize, offer: Chunks) {
        let (copies, chunk) = self
            .by_copies
            .iter()
            .enumerate()
            .skip(self.rarest)
            .find_map(|(k, set)| set.and(&offer).first().map(|c| (k, c)))
            .expect("an offer holds chunks that have copies");
        self.by_copies[copies].remove(chunk);
        self.by_copies[copies + 1].insert(chunk);
        while self.by_copies[self.rarest].is_empty() && self.rarest + 1 < self.by_copies.len() {
            self.rarest += 1;
        }
        self.unlink(to);
        self.incoming[to].insert(chunk);
        self.holds[to] += 1;
        if self.holds[to] < CHUNKS {
            self.push_back(to);
        }
        let rate = self.rate(from, to);
        self.spare_download[to] -= rate;
        self.spare_upload[from] -= rate;
        self.started += 1;
        let transfer = Transfer {
            ends: self.now + 1.0 / (CHUNKS as f64 * rate),
            started: self.started,
            rate,
            from,
            to,
            chunk,
            began: self.now,
        };
        let slot = match self.free_slots.pop() {
            Some(slot) => {
                self.slots[slot] = Some(transfer);
                slot
            }
            None => {
                self.slots.push(Some(transfer));
                self.slots.len() - 1
            }
        };
        self.sending[from].push(slot);
        self.getting[to].push(slot);
        self.fresh.push(slot);
        self.count_slow(&transfer, true);
        self.dues.push(Due {
            ends: transfer.ends,
            started: transfer.started,
            slot,
        });
    }
}
