//! Where a language's catalogue comes from: built in (English, but for the tour panel's
//! words), carried by the document itself (the offline copy), or fetched from the page's
//! own origin (`lang/xx.ftl`, beside `index.html`).

use super::speech::Speech;
use crate::model::Lang;
use crate::text::Catalogue;
use crate::ui::browser::fetch::fetch_text;

/// Fetches and reads `lang/<code>.ftl` from the page's own origin (for English, the whole
/// catalogue, see [`load`]); any failure (offline, a 404, a broken file)
/// is an error the page turns into a notice while it keeps speaking what it spoke.
pub async fn fetch_catalogue(lang: Lang) -> Result<Catalogue, String> {
    let url = format!("lang/{}.ftl", lang.code());
    let text = fetch_text(&url).await?;
    let (catalogue, errors) = Catalogue::parse(lang, &text);
    match errors.first() {
        // A broken entry costs that entry only: the English one stands in for it.
        Some(error) if !catalogue.has("server-off") => Err(format!("{url}: {error}")),
        _ => Ok(catalogue),
    }
}

/// A catalogue the document carries itself, as
/// `<script type="text/x-fluent" data-lang="fr">…</script>` (the offline copy, where
/// `fetch` is refused on `file://`).
pub fn embedded_catalogue(lang: Lang) -> Option<Catalogue> {
    let selector = format!(
        "script[type=\"text/x-fluent\"][data-lang=\"{}\"]",
        lang.code()
    );
    let element = web_sys::window()?
        .document()?
        .query_selector(&selector)
        .ok()
        .flatten()?;
    let source = element.text_content()?;
    Some(Catalogue::parse(lang, &source).0)
}

/// The words for `lang`, carried by the document or fetched; for English, the whole
/// catalogue, the tour panel's words included, which the built-in English leaves out.
pub async fn load(lang: Lang) -> Result<Speech, String> {
    match embedded_catalogue(lang) {
        Some(catalogue) => Ok(Speech::new(catalogue)),
        None => fetch_catalogue(lang).await.map(Speech::new),
    }
}
