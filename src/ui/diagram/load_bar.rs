//! One load bar, painted by CSS from a custom property.

use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct LoadBarProps {
    /// The bar's length in percent, as shown (rounded).
    pub(super) percent: String,
}

/// A load bar: a box painted in two colours split at the load, the split set through the
/// CSSOM as a custom property (which the page's CSP allows, unlike a style attribute).
/// Changing a background needs neither layout nor a layer of its own; the SVG bar it
/// replaces made the browser lay out the page again each time a load changed, which in a
/// classroom scene was nearly every frame.
#[component]
pub(super) fn LoadBar(props: &LoadBarProps) -> Html {
    let bar = use_node_ref();
    {
        let bar = bar.clone();
        use_effect_with(props.percent.clone(), move |percent| {
            if let Some(bar) = bar.cast::<HtmlElement>() {
                let _ = bar.style().set_property("--share", &format!("{percent}%"));
            }
        });
    }
    html! { <span class="bar" ref={bar} aria-hidden="true" /> }
}
