//! The pieces a moment's text is made of, read with nothing trusted: why a text is not a
//! moment ([`ReadError`]), and the numbers of one line ([`Fields`]).

use std::fmt;
use std::str::Split;

use crate::model::history::moment::MOMENT_VERSION;

/// Why a text is not a moment this code can read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// The first line is not a moment's header.
    NotAMoment,
    /// A moment of another version (the text after the header word).
    UnknownVersion(String),
    /// This line (1-based) is not what a moment holds there.
    Malformed {
        /// The line's number, from 1.
        line: usize,
    },
    /// The text ends before the moment does: a network or some of its nodes are missing.
    Incomplete,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::NotAMoment => write!(f, "not a moment of netmodels"),
            ReadError::UnknownVersion(v) => write!(
                f,
                "a moment of version {v:?}, which this version of netmodels does not read \
                 (it reads versions 1 to {MOMENT_VERSION})"
            ),
            ReadError::Malformed { line } => write!(f, "line {line} of the moment is unreadable"),
            ReadError::Incomplete => write!(f, "the moment ends before both networks do"),
        }
    }
}

impl std::error::Error for ReadError {}

/// The numbers of one line, read in order.
pub(super) struct Fields<'a> {
    pub(super) words: Split<'a, char>,
    pub(super) line: usize,
}

impl Fields<'_> {
    pub(super) fn bad(&self) -> ReadError {
        ReadError::Malformed { line: self.line }
    }

    fn word(&mut self) -> Result<&str, ReadError> {
        self.words.next().ok_or(self.bad())
    }

    /// A decimal integer (digits only).
    pub(super) fn int(&mut self) -> Result<u64, ReadError> {
        let word = self.word()?;
        match word.bytes().all(|b| b.is_ascii_digit()) {
            true => word.parse().map_err(|_| self.bad()),
            false => Err(self.bad()),
        }
    }

    /// An integer below `end`.
    pub(super) fn below(&mut self, end: u64) -> Result<u64, ReadError> {
        let n = self.int()?;
        if n < end { Ok(n) } else { Err(self.bad()) }
    }

    pub(super) fn size(&mut self, end: usize) -> Result<usize, ReadError> {
        Ok(self.below(end as u64)? as usize)
    }

    pub(super) fn version(&mut self) -> Result<u32, ReadError> {
        Ok(self.below(u64::from(u32::MAX) + 1)? as u32)
    }

    pub(super) fn flag(&mut self) -> Result<bool, ReadError> {
        Ok(self.below(2)? == 1)
    }

    /// A real number from its bits; infinities and NaN are refused.
    pub(super) fn real(&mut self) -> Result<f64, ReadError> {
        let x = f64::from_bits(self.int()?);
        if x.is_finite() {
            Ok(x)
        } else {
            Err(self.bad())
        }
    }

    pub(super) fn maybe(&mut self) -> Result<Option<f64>, ReadError> {
        match self.words.clone().next() {
            Some("-") => {
                self.words.next();
                Ok(None)
            }
            _ => self.real().map(Some),
        }
    }

    /// Nothing may follow the last field.
    pub(super) fn end(mut self) -> Result<(), ReadError> {
        match self.words.next() {
            None => Ok(()),
            Some(_) => Err(self.bad()),
        }
    }
}
