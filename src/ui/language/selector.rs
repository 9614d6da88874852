//! The language selector and the notice shown while the latest choice failed to load.

use yew::prelude::*;

use super::choice::Choice;
use super::speech::Speech;
use crate::model::Lang;

impl Choice {
    /// The selector, and the notice while the latest choice failed to load.
    pub fn bar(&self) -> Html {
        html! {
            <div class="language-bar">
                {select(&self.speech, self.chosen, &self.choose)}
                if self.failed {
                    <p class="notices" role="status" data-notice="lang-load">{self.speech.ui("ui-lang-failed")}</p>
                }
            </div>
        }
    }
}

/// The language selector: each language named in itself, so a learner finds their own
/// whatever the screen speaks now. A function, not a component: the screen re-renders it
/// with the language anyway, and a component costs the page's wasm about 2 KB gzip.
fn select(speech: &Speech, chosen: Lang, on_choose: &Callback<Lang>) -> Html {
    let onchange = on_choose.reform(|event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        Lang::from_code(&select.value()).unwrap_or_default()
    });
    html! {
        <label class="language">
            {speech.ui("ui-language")}{" "}
            <select data-control="language" {onchange}>
                { for Lang::ALL.into_iter().map(|lang| html! {
                    <option value={lang.code()} lang={lang.code()} selected={lang == chosen}>
                        {lang.own_name()}
                    </option>
                }) }
            </select>
        </label>
    }
}
