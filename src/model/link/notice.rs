//! What a link's reader says about what it could not use: a [`Notice`] per parameter
//! ignored or changed, the [`Reader`] that collects them, and how much of the URL's text
//! is said back (short, and only ever as plain text; each catalogue quotes it in its own
//! quotation marks).

use crate::model::base::message::Msg;

/// Something in the link that was ignored or changed, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// The parameter the notice is about, as the link wrote it (cut short): the notice's
    /// `data-notice` key.
    pub parameter: String,
    /// What went wrong and what is used instead, to be worded by a catalogue.
    pub message: Msg,
}

/// Longest piece of a URL value quoted back in a notice, or used as its `data-notice` key.
const QUOTE_CHARS: usize = 24;
/// The most notices listed for one link; the rest are counted in one last notice.
pub const MAX_NOTICES: usize = 10;

/// At most [`QUOTE_CHARS`] characters of `value`, with "…" when cut.
pub(super) fn short(value: &str) -> String {
    let mut short: String = value.chars().take(QUOTE_CHARS).collect();
    if value.chars().count() > QUOTE_CHARS {
        short.push('…');
    }
    short
}

/// Collects the notices of one reading.
pub(super) struct Reader {
    pub(super) notices: Vec<Notice>,
}

impl Reader {
    /// Keeps a notice about `parameter`.
    pub(super) fn note(&mut self, parameter: &str, message: Msg) {
        self.notices.push(Notice {
            parameter: short(parameter),
            message,
        });
    }

    /// Keeps the first [`MAX_NOTICES`] and counts the rest in one more.
    pub(super) fn finish(mut self) -> Vec<Notice> {
        let hidden = self.notices.len().saturating_sub(MAX_NOTICES);
        if hidden > 0 {
            self.notices.truncate(MAX_NOTICES);
            self.notices.push(Notice {
                parameter: "more".to_string(),
                message: Msg::NoticeMore { hidden },
            });
        }
        self.notices
    }
}
