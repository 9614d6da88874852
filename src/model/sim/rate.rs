//! How often each requester asks: the one workload parameter the engine reads.

/// How often each client or peer sends a request, per second: 0.1 to 10.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rate(f64);

impl Rate {
    /// The fewest requests per second a requester may send: one every ten seconds.
    pub const MIN: f64 = 0.1;
    /// The most requests per second a requester may send.
    pub const MAX: f64 = 10.0;

    /// Clamps to 0.1–10 per second; anything not a number becomes the default.
    pub fn new(per_second: f64) -> Rate {
        match per_second.is_nan() {
            true => Rate::default(),
            false => Rate(per_second.clamp(Self::MIN, Self::MAX)),
        }
    }

    /// Requests each client or peer sends per second, on average.
    pub fn per_second(self) -> f64 {
        self.0
    }
}

impl Default for Rate {
    /// One request every two seconds: calm enough to follow each packet.
    fn default() -> Rate {
        Rate(0.5)
    }
}
