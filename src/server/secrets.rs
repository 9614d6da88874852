//! Room codes, host secrets and rejoin tokens: made unguessable, and compared in constant
//! time.

use std::hash::{BuildHasher, Hasher};

use crate::model::{CODE_ALPHABET, CODE_LENGTH};

/// Whether `offered` is `secret` (a host secret or a rejoin token), compared in time
/// that does not depend on how many leading characters are right, so answer times
/// cannot be used to guess one character at a time. Their length is not secret (every
/// secret and token is 32 hex digits); a different length is refused at once.
pub(super) fn same_secret(secret: &str, offered: &str) -> bool {
    use subtle::ConstantTimeEq;
    bool::from(secret.as_bytes().ct_eq(offered.as_bytes()))
}

/// Unguessable codes and secrets without a random-number crate: the standard
/// library's hasher keys come from the operating system's randomness.
pub(super) struct Random {
    state: std::collections::hash_map::RandomState,
    counter: u64,
}

impl Random {
    pub(super) fn new() -> Random {
        Random {
            state: std::collections::hash_map::RandomState::new(),
            counter: 0,
        }
    }

    fn next(&mut self) -> u64 {
        self.counter += 1;
        let mut hasher = self.state.build_hasher();
        hasher.write_u64(self.counter);
        hasher.finish()
    }

    /// A room code: `CODE_LENGTH` signs of `CODE_ALPHABET`.
    pub(super) fn code(&mut self) -> String {
        let mut bits = self.next();
        (0..CODE_LENGTH)
            .map(|_| {
                let c = CODE_ALPHABET[(bits % CODE_ALPHABET.len() as u64) as usize];
                bits /= CODE_ALPHABET.len() as u64;
                char::from(c)
            })
            .collect()
    }

    /// A host secret or a rejoin token: 32 hex digits.
    pub(super) fn token(&mut self) -> String {
        format!("{:016x}{:016x}", self.next(), self.next())
    }
}
