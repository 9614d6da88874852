//! Room codes, host secrets and rejoin tokens: drawn from the operating system's generator,
//! kept on disk only as digests, and compared in constant time.

use sha2::{Digest, Sha256};

use crate::model::{CODE_ALPHABET, CODE_LENGTH};

/// Whether `offered` is `secret` (a host secret, a rejoin token, or their digests),
/// compared in time that does not depend on how many leading characters are right, so
/// answer times cannot be used to guess one character at a time. Their length is not
/// secret (every secret and token is 32 hex digits, every digest 64); a different length
/// is refused at once.
pub(super) fn same_secret(secret: &str, offered: &str) -> bool {
    use subtle::ConstantTimeEq;
    bool::from(secret.as_bytes().ct_eq(offered.as_bytes()))
}

/// What the server keeps of a host secret or a rejoin token, in memory and in the state
/// file: its SHA-256 digest in hex. A secret is 128 bits from the operating system's
/// generator, so the digest cannot be turned back into it, and a stolen state file opens
/// no room and takes no seat.
pub(super) fn digest(secret: &str) -> String {
    Sha256::digest(secret.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Unguessable codes and secrets, from the operating system's cryptographic generator
/// (`getrandom`). `None` when the system cannot give randomness, which the hub refuses as
/// busy rather than fall back to something guessable.
pub(super) struct Random;

impl Random {
    /// `N` bytes from the operating system.
    fn bytes<const N: usize>() -> Option<[u8; N]> {
        let mut bytes = [0; N];
        getrandom::fill(&mut bytes).ok()?;
        Some(bytes)
    }

    /// A room code: `CODE_LENGTH` signs of `CODE_ALPHABET` (32 signs: a byte's low five
    /// bits choose one without bias).
    pub(super) fn code(&mut self) -> Option<String> {
        let bytes = Random::bytes::<CODE_LENGTH>()?;
        Some(
            bytes
                .iter()
                .map(|b| char::from(CODE_ALPHABET[usize::from(*b) % CODE_ALPHABET.len()]))
                .collect(),
        )
    }

    /// A host secret or a rejoin token: 128 bits as 32 hex digits.
    pub(super) fn token(&mut self) -> Option<String> {
        let bytes = Random::bytes::<16>()?;
        Some(bytes.iter().map(|b| format!("{b:02x}")).collect())
    }
}
