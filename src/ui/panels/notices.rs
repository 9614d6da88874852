//! The dismissible notice that names what the link asked for and could not be used.

use yew::prelude::*;

use crate::model::{Notice, Words};
use crate::ui::language::use_speech;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let speech = use_speech();
    let open = use_state(|| true);
    if props.notices.is_empty() || !*open {
        return html! {};
    }
    let dismiss = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(false))
    };
    html! {
        <aside class="notices" aria-label={speech.ui("ui-notices")} data-notices="">
            <p>{speech.ui("ui-notices-intro")}</p>
            <ul>
                // Plain text nodes: nothing from the URL is ever parsed as HTML.
                { for props.notices.iter().map(|n| html! {
                    <li data-notice={n.parameter.clone()}>{speech.say(&n.message, Words::Network)}</li>
                }) }
            </ul>
            <button type="button" data-control="dismiss-notices" onclick={dismiss}>{speech.ui("ui-dismiss")}</button>
        </aside>
    }
}
