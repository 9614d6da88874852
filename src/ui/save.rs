//! The Save menu: the diagrams as SVG or PNG, the CSV files, and the offline copy. Every
//! file is made here in the browser (a Blob and a download link): nothing is sent. The
//! files' contents come from [`crate::export`]; this module only turns them into downloads
//! (and rasterises the SVG for the PNG).

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, HtmlAnchorElement, HtmlCanvasElement,
    HtmlImageElement, Url,
};
use yew::prelude::*;

use super::language;
use super::scaling::SharedChart;
use crate::export::{self, csv, svg};
use crate::model::{History, ModelKind, Theme, View, to_query};
use crate::text::Value;

/// The `<meta>` the offline copy carries its saved scenario in (the Share link's query),
/// and the one that marks a page as the offline copy.
const SCENE_META: &str = "netmodels-scene";
const OFFLINE_META: &str = "netmodels-offline";
/// The offline copy's file beside `index.html`, made when the page is built.
const OFFLINE_FILE: &str = "offline.html";
/// The PNG is drawn at this many pixels per CSS pixel of the picture: sharp on a slide.
const PNG_SCALE: f64 = 2.0;

/// What the Save menu makes.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Save {
    Svg,
    Png,
    Events,
    Metrics,
    Scaling,
    Offline,
}

/// What the files are made from: the page's Lab and the scaling chart, shared with the
/// components that run them. Equal when they are the same objects.
#[derive(Clone)]
pub struct Sources {
    pub lab: Rc<RefCell<History>>,
    pub chart: SharedChart,
}

impl PartialEq for Sources {
    fn eq(&self, other: &Sources) -> bool {
        Rc::ptr_eq(&self.lab, &other.lab) && self.chart == other.chart
    }
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn meta(name: &str) -> Option<String> {
    document()?
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()??
        .get_attribute("content")
}

/// The scenario an offline copy was saved with (a query string), if this page is one.
pub fn saved_scene() -> Option<String> {
    meta(SCENE_META).filter(|q| !q.is_empty())
}

/// Whether this page is the offline copy (which cannot fetch itself again).
fn is_offline_copy() -> bool {
    meta(OFFLINE_META).is_some()
}

fn error_text(e: JsValue) -> String {
    e.as_string()
        .or_else(|| {
            Reflect::get(&e, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
        })
        .unwrap_or_else(|| "?".into())
}

/// Starts the download of `blob` as `name`, through a link made and clicked here.
fn download_blob(blob: &Blob, name: &str) -> Result<(), JsValue> {
    let document = document().ok_or("no document")?;
    let url = Url::create_object_url_with_blob(blob)?;
    let link: HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    document.body().ok_or("no body")?.append_child(&link)?;
    link.click();
    link.remove();
    // The browser has the file once the click is handled; the address is freed later.
    let revoke = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
    }
    Ok(())
}

fn text_blob(text: &str, mime: &str) -> Result<Blob, JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(&Array::of1(&text.into()), &options)
}

/// The SVG drawn on a canvas at [`PNG_SCALE`], as a PNG. The SVG is loaded from a `data:`
/// address, which the page's policy already allows for images.
async fn rasterise(picture: &str, width: f64, height: f64) -> Result<Blob, JsValue> {
    let (w, h) = ((width * PNG_SCALE) as u32, (height * PNG_SCALE) as u32);
    let image = HtmlImageElement::new_with_width_and_height(w, h)?;
    let address = format!(
        "data:image/svg+xml;charset=utf-8,{}",
        js_sys::encode_uri_component(picture)
    );
    image.set_src(&address);
    JsFuture::from(image.decode()).await?;
    let canvas: HtmlCanvasElement = document()
        .ok_or("no document")?
        .create_element("canvas")?
        .unchecked_into();
    canvas.set_width(w);
    canvas.set_height(h);
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or("no 2d context")?
        .unchecked_into();
    context
        .draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, w as f64, h as f64)?;
    let promise = Promise::new(&mut |resolve: Function, _reject: Function| {
        let _ = canvas.to_blob(&resolve);
    });
    JsFuture::from(promise)
        .await?
        .dyn_into::<Blob>()
        .map_err(|_| "the browser made no PNG".into())
}

/// `text` fetched from the page's own origin.
async fn fetch_text(url: &str) -> Result<String, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url)).await?;
    let field = |name: &str| Reflect::get(&response, &name.into()).unwrap_or(JsValue::NULL);
    if field("ok") != JsValue::TRUE {
        let status = field("status").as_f64().unwrap_or(0.0);
        return Err(format!("{url}: HTTP {status}").into());
    }
    let text: Function = field("text").dyn_into()?;
    let promise: Promise = text.call0(&response)?.dyn_into()?;
    JsFuture::from(promise)
        .await?
        .as_string()
        .ok_or_else(|| "not text".into())
}

/// The offline copy with `query` written into its scene `<meta>`: an attribute, escaped,
/// never script, so the copy's script hashes stay valid.
fn with_scene(page: &str, query: &str) -> Result<String, JsValue> {
    let empty = format!("<meta name=\"{SCENE_META}\" content=\"\">");
    // A byte search: the page needs no substring searcher's code for this one place.
    let at = page
        .as_bytes()
        .windows(empty.len())
        .position(|w| w == empty.as_bytes())
        .ok_or_else(|| format!("{OFFLINE_FILE} has no place for the scenario"))?;
    let escaped = query
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;");
    let (before, after) = page.split_at(at);
    Ok(format!(
        "{before}<meta name=\"{SCENE_META}\" content=\"{escaped}\">{}",
        &after[empty.len()..]
    ))
}

/// Which palette the page shows now: the link's theme, else the system's.
fn shade(theme: Theme) -> svg::Shade {
    let dark = match theme {
        Theme::Light => false,
        Theme::Dark => true,
        Theme::Auto => web_sys::window()
            .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
            .is_some_and(|m| m.matches()),
    };
    if dark {
        svg::Shade::Dark
    } else {
        svg::Shade::Light
    }
}

async fn save(what: Save, sources: Sources) -> Result<(), JsValue> {
    let speech = language::current();
    let catalogue = speech.catalogue();
    let (snapshot, scenario) = {
        let history = sources.lab.borrow();
        (history.snapshot(), history.lab().scenario().clone())
    };
    let lang = catalogue.lang();
    let csv_file = |table: &csv::Table, name: &str| {
        download_blob(
            &text_blob(&csv::write(table, lang), "text/csv;charset=utf-8")?,
            name,
        )
    };
    let kinds: &[ModelKind] = match scenario.view {
        View::ClientServer => &[ModelKind::ClientServer],
        View::PeerToPeer => &[ModelKind::PeerToPeer],
        View::Both | View::Scaling => &[ModelKind::ClientServer, ModelKind::PeerToPeer],
    };
    match what {
        Save::Svg | Save::Png => {
            let picture = svg::diagrams(&snapshot, kinds, shade(scenario.theme), catalogue);
            let blob = match what {
                Save::Svg => text_blob(&picture, "image/svg+xml")?,
                _ => {
                    let (width, height) = svg::size(kinds.len());
                    rasterise(&picture, width, height).await?
                }
            };
            let extension = if what == Save::Svg { "svg" } else { "png" };
            download_blob(&blob, &format!("{}.{extension}", export::PICTURE_NAME))
        }
        Save::Events => csv_file(
            &csv::events(sources.lab.borrow().lab(), catalogue),
            export::EVENTS_NAME,
        ),
        Save::Metrics => csv_file(&csv::metrics(&snapshot, catalogue), export::METRICS_NAME),
        Save::Scaling => {
            let points = sources.chart.0.borrow().points.clone();
            csv_file(
                &csv::scaling(&points, catalogue, snapshot.words),
                export::SCALING_NAME,
            )
        }
        Save::Offline => {
            let page = fetch_text(OFFLINE_FILE).await?;
            let query = to_query(&sources.lab.borrow().shareable());
            let page = with_scene(&page, &query)?;
            download_blob(&text_blob(&page, "text/html")?, export::OFFLINE_NAME)
        }
    }
}

fn ui(key: &str, args: &[(&str, Value)]) -> String {
    language::ui_with(key, args)
}

#[derive(Properties, PartialEq)]
pub struct SaveMenuProps {
    pub sources: Sources,
}

/// The Save menu, folded: one button per file.
#[component]
pub fn SaveMenu(props: &SaveMenuProps) -> Html {
    // Subscribed, so the menu re-renders in a newly chosen language.
    let speech = language::use_speech();
    let problem = use_state(|| None::<String>);
    let offline_copy = *use_memo((), |_| is_offline_copy());
    let button = |what: Save, control: &'static str, detail: Option<(&str, &str)>, key: &str| {
        let (sources, problem) = (props.sources.clone(), problem.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            let (sources, problem) = (sources.clone(), problem.clone());
            problem.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(e) = save(what, sources).await {
                    let reason = [("reason", Value::Text(error_text(e)))];
                    problem.set(Some(ui("ui-save-failed", &reason)));
                }
            });
        });
        let (data_format, data_file) = match detail {
            Some(("format", v)) => (Some(v.to_string()), None),
            Some((_, v)) => (None, Some(v.to_string())),
            None => (None, None),
        };
        html! {
            <button type="button" data-control={control} data-format={data_format}
                data-file={data_file} {onclick}>{speech.ui(key)}</button>
        }
    };
    html! {
        <details class="save">
            <summary data-control="save">{speech.ui("ui-save")}</summary>
            <div class="save-items" role="group" aria-label={speech.ui("ui-save")}>
                {button(Save::Svg, "export-image", Some(("format", "svg")), "ui-export-svg")}
                {button(Save::Png, "export-image", Some(("format", "png")), "ui-export-png")}
                {button(Save::Events, "export-data", Some(("file", "events")), "ui-export-events")}
                {button(Save::Metrics, "export-data", Some(("file", "metrics")), "ui-export-metrics")}
                {button(Save::Scaling, "export-data", Some(("file", "scaling")), "ui-export-scaling")}
                if !offline_copy {
                    {button(Save::Offline, "download-offline", None, "ui-download-offline")}
                }
                <p class="save-hint">{speech.ui("ui-save-hint")}</p>
                if let Some(problem) = (*problem).clone() {
                    <p class="save-problem" role="alert">{problem}</p>
                }
            </div>
        </details>
    }
}
