//! A network's event log: the latest lines, newest first, each a button that goes back to
//! its moment.

use yew::prelude::*;

use crate::model::{Command, Msg, Words};
use crate::ui::language::use_speech;

#[derive(Properties, PartialEq)]
pub(super) struct LogProps {
    /// Each line with its session seconds.
    pub(super) lines: Vec<(Msg, f64)>,
    /// The vocabulary the lines are said in.
    pub(super) words: Words,
    /// Where a click on a line sends its seek.
    pub(super) on_command: Callback<Command>,
}

/// The event log; each line is a button that goes back to its moment in the kept past.
#[component]
pub(super) fn Log(props: &LogProps) -> Html {
    let speech = use_speech();
    let hint = speech.ui("ui-log-jump");
    html! {
        <div class="log">
            <h3>{speech.ui("ui-log")}</h3>
            <ol>
                { for props.lines.iter().map(|(line, at)| {
                    let seconds = *at;
                    let onclick = props
                        .on_command
                        .reform(move |_: MouseEvent| Command::Seek { seconds });
                    html! {
                        <li><button type="button" class="log-line" data-at={format!("{at:.2}")}
                            title={hint.clone()} {onclick}>{speech.say(line, props.words)}</button></li>
                    }
                }) }
            </ol>
        </div>
    }
}
