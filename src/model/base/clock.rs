//! Simulated time: whole ticks of [`TICK_SECONDS`] plus the part of a tick received but not
//! yet run. The [`Lab`](super::Lab) keeps one session clock that never restarts; every
//! simulation runs to it, so both networks and the tour always read the same time, and a
//! network rebuilt by Reset or a size change starts at the session's present moment.

/// Length of one tick of simulated time.
pub const TICK_SECONDS: f64 = 0.01;
/// The most simulated time one call to [`Clock::advance`] takes.
pub const MAX_STEP_SECONDS: f64 = 5.0;

/// A point in simulated time.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Clock {
    ticks: u64,
    /// Simulated time received but not yet ticked, always below one tick.
    carry: f64,
}

impl Clock {
    /// Time zero.
    pub fn start() -> Clock {
        Clock::default()
    }

    /// The start of tick `ticks`.
    pub fn at_tick(ticks: u64) -> Clock {
        Clock { ticks, carry: 0.0 }
    }

    /// The moment `seconds` after time zero (negative or not finite: zero), exact to the
    /// tick, with the rest of a tick kept for drawing.
    pub fn at_seconds(seconds: f64) -> Clock {
        let seconds = match seconds.is_finite() {
            true => seconds.max(0.0),
            false => 0.0,
        };
        let ticks = ((seconds + 1e-9) / TICK_SECONDS).floor();
        Clock {
            ticks: ticks as u64,
            carry: (seconds - ticks * TICK_SECONDS).clamp(0.0, TICK_SECONDS * 0.999),
        }
    }

    /// Whole ticks since time zero.
    pub fn ticks(self) -> u64 {
        self.ticks
    }

    /// Simulated seconds since time zero, at the last whole tick.
    pub fn now(self) -> f64 {
        self.ticks as f64 * TICK_SECONDS
    }

    /// Simulated time for drawing: the last tick plus the part of a tick already received.
    pub fn render_time(self) -> f64 {
        self.now() + self.carry
    }

    /// Receives `dt` simulated seconds (negative or not finite counts as 0; more than
    /// [`MAX_STEP_SECONDS`] counts as that) and moves on by the whole ticks now due.
    pub fn advance(&mut self, dt: f64) {
        let dt = match dt.is_finite() {
            true => dt.clamp(0.0, MAX_STEP_SECONDS),
            false => 0.0,
        };
        self.carry += dt;
        // A tick is due once its whole length has arrived, give or take rounding: summing
        // steps of e.g. 0.05 s or 1/60 s must never lose a tick.
        let due = ((self.carry + 1e-9) / TICK_SECONDS).floor();
        self.ticks += due as u64;
        self.carry = (self.carry - due * TICK_SECONDS).max(0.0);
    }

    /// One tick later.
    pub(in crate::model) fn tick(&mut self) {
        self.ticks += 1;
    }

    /// Takes over the part of a tick `other` has received (once its whole ticks are run).
    pub(in crate::model) fn catch_up(&mut self, other: Clock) {
        debug_assert_eq!(self.ticks, other.ticks);
        self.carry = other.carry;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn odd_steps_add_up_to_the_same_ticks() {
        let mut sixtieths = Clock::start();
        for _ in 0..60 * 60 {
            sixtieths.advance(1.0 / 60.0);
        }
        assert_eq!(sixtieths.ticks(), 6000, "one minute of 1/60 s frames");
        let mut odd = Clock::start();
        for _ in 0..1000 {
            odd.advance(0.007);
        }
        assert_eq!(odd.ticks(), 700);
        assert!((odd.render_time() - 7.0).abs() < 1e-9);
    }

    #[test]
    fn bad_steps_are_clamped() {
        let mut c = Clock::start();
        for dt in [-1.0, f64::NAN, f64::INFINITY, 1e300, 1e-12] {
            c.advance(dt);
        }
        assert_eq!(c.ticks(), 500, "only the one huge step counts, as 5 s");
    }
}
