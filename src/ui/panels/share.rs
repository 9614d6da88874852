//! Share and Embed: the link that reproduces the current scenario, and an `<iframe>`
//! snippet for course pages. Copies to the clipboard where the browser allows it; always
//! shows the text selected, so it can be copied by hand where it does not. When the link
//! cannot reopen the moment on screen, a sentence says what it keeps.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::model::{LinkFidelity, View};
use crate::ui::language::use_speech;

/// The page's own address without query or fragment.
pub fn page_address(href: &str) -> &str {
    href.split(['?', '#']).next().unwrap_or(href)
}

/// The link for a query string (which may be empty).
pub fn share_link(href: &str, query: &str) -> String {
    match query {
        "" => page_address(href).to_string(),
        q => format!("{}?{q}", page_address(href)),
    }
}

/// Width ÷ height that fits the content at a typical course-page width.
fn aspect_ratio(view: View) -> &'static str {
    match view {
        View::Both | View::Scaling => "4 / 3",
        View::ClientServer | View::PeerToPeer => "3 / 4",
    }
}

fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// An `<iframe>` that shows `link`, full width, lazily loaded, allowed to go full screen,
/// with `title` (in the page's language) for screen readers. A comment above it holds the
/// `sandbox` a platform that sandboxes frames must give it (downloads for the Save menu):
/// the attribute alone, which needs no translation (docs/embedding.md says the rest).
pub fn embed_snippet(link: &str, view: View, title: &str) -> String {
    let (link, title) = (attribute(link), attribute(title));
    format!(
        "<!-- sandbox=\"allow-scripts allow-same-origin allow-downloads\" -->\n\
         <iframe src=\"{link}\" title=\"{title}\" \
         width=\"100%\" style=\"aspect-ratio: {}; width: 100%; border: 0;\" loading=\"lazy\" \
         allow=\"fullscreen\"></iframe>",
        aspect_ratio(view)
    )
}

/// Which text the panel shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SharedKind {
    Link,
    Embed,
}

/// What the panel shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    /// A link or an embedding snippet.
    pub kind: SharedKind,
    /// The text to copy.
    pub text: String,
    /// How much of the moment on screen the link reopens.
    pub kept: LinkFidelity,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum CopyState {
    Trying,
    Copied,
    ByHand,
}

async fn copy_to_clipboard(text: String) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    // Absent on insecure origins: check before calling, rather than let it throw.
    let navigator = window.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null());
    let Some(clipboard) = clipboard else {
        return false;
    };
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    JsFuture::from(clipboard.write_text(&text)).await.is_ok()
}

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub shared: Shared,
    pub on_close: Callback<()>,
}

/// Shows the text selected and says whether it reached the clipboard.
#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let text_ref = use_node_ref();
    let state = use_state(|| CopyState::Trying);
    {
        let (text_ref, state) = (text_ref.clone(), state.clone());
        use_effect_with(props.shared.clone(), move |shared| {
            state.set(CopyState::Trying);
            if let Some(area) = text_ref.cast::<HtmlTextAreaElement>() {
                let _ = area.focus();
                area.select();
            }
            let text = shared.text.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let copied = copy_to_clipboard(text).await;
                state.set(if copied {
                    CopyState::Copied
                } else {
                    CopyState::ByHand
                });
            });
        });
    }
    let speech = use_speech();
    let message = match *state {
        CopyState::Trying => String::new(),
        CopyState::Copied => speech.ui("ui-copied"),
        CopyState::ByHand => speech.ui("ui-copy-by-hand"),
    };
    let title = speech.ui(match props.shared.kind {
        SharedKind::Link => "ui-share-title",
        SharedKind::Embed => "ui-embed-title",
    });
    let on_close = props.on_close.reform(|_: MouseEvent| ());
    // Said only when the link is not the moment itself, tied to the text box as the
    // status is.
    let (kept, described_by) = match props.shared.kept {
        LinkFidelity::Exact => (html! {}, "share-status"),
        LinkFidelity::PresentOnly => (
            html! {
                <p class="share-status" id="share-kept" data-share-kept="present">
                    {speech.ui("ui-share-kept-present")}
                </p>
            },
            "share-kept share-status",
        ),
    };
    html! {
        <section class="share-panel" aria-label={title.clone()} data-share-panel="">
            <label for="share-text">{title}</label>
            // The page has one live region (node on/off); this status is tied to the text
            // box instead, which has the focus.
            <textarea id="share-text" ref={text_ref} readonly=true rows="3"
                aria-describedby={described_by} data-share-text=""
                value={props.shared.text.clone()} />
            {kept}
            <p class="share-status" id="share-status">{message}</p>
            <button type="button" data-control="close-share" onclick={on_close}>{speech.ui("ui-close")}</button>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_drop_the_old_query_and_fragment() {
        let href = "https://school.example/course/netmodels/index.html?clients=2#x";
        assert_eq!(
            share_link(href, "peers=5"),
            "https://school.example/course/netmodels/index.html?peers=5"
        );
        assert_eq!(share_link("http://h/a/?x", ""), "http://h/a/");
    }

    #[test]
    fn the_embed_snippet_has_what_hosts_need() {
        let s = embed_snippet(
            "https://h/n/?peers=5&down=p2",
            View::Both,
            "Réseaux \"P2P\"",
        );
        for part in [
            "src=\"https://h/n/?peers=5&amp;down=p2\"",
            "title=\"Réseaux &quot;P2P&quot;\"",
            "width=\"100%\"",
            "aspect-ratio: 4 / 3",
            "loading=\"lazy\"",
            "allow=\"fullscreen\"",
        ] {
            assert!(s.contains(part), "{part} in {s}");
        }
        // What a sandboxing platform must allow, Save's downloads included, as a comment.
        assert!(
            s.starts_with(
                "<!-- sandbox=\"allow-scripts allow-same-origin allow-downloads\" -->\n<iframe "
            ),
            "{s}"
        );
    }
}
