//! The dismissible notice that names what the link asked for and could not be used.

use yew::prelude::*;

use crate::model::{Notice, Words};
use crate::text;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let open = use_state(|| true);
    if props.notices.is_empty() || !*open {
        return html! {};
    }
    let dismiss = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(false))
    };
    html! {
        <aside class="notices" aria-label="Settings from the link that were changed" data-notices="">
            <p>{"Some settings in this link could not be used, so defaults stand in:"}</p>
            <ul>
                // Plain text nodes: nothing from the URL is ever parsed as HTML.
                { for props.notices.iter().map(|n| html! {
                    <li data-notice={n.parameter.clone()}>{text::en(&n.message, Words::Network)}</li>
                }) }
            </ul>
            <button type="button" data-control="dismiss-notices" onclick={dismiss}>{"Dismiss"}</button>
        </aside>
    }
}
