//! The Save module's menu: pictures (SVG, PNG), CSV files and the offline copy. Only the
//! Save module (`src/bin/netmodels-save.rs`) reaches this code; the default page loads it
//! the first time someone opens its Save menu (`save_menu.rs`). Plain DOM, no Yew: the
//! menu is a handful of buttons, and the module stays small for a cheap phone.
//!
//! Every file is made here in the browser (a Blob and a download link): nothing is sent.
//! At each click the page hands over two texts: the moment on screen ([`Moment`]: the
//! diagrams as drawn, the event logs, the timeline's samples and marks, the clocks), which
//! the pictures and the CSV files are made from with no replay, and Share's query, for the
//! display choices (language, words, theme, which diagrams, the chart's settings) and the
//! offline copy's scene. The files' contents come from [`crate::export`].

use std::rc::Rc;

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, Document, Element, HtmlAnchorElement,
    HtmlCanvasElement, HtmlImageElement, Url,
};

use super::language::fetch_catalogue;
use crate::export::{self, csv, svg};
use crate::model::{Lang, ModelKind, Moment, ScalingChart, Theme, View, parse_query};
use crate::text::{Catalogue, Value};

/// The `<meta>` the offline copy carries its saved scenario in (the Share link's query).
const SCENE_META: &str = "netmodels-scene";
/// The offline copy's file beside `index.html`, made when the page is built.
const OFFLINE_FILE: &str = "offline.html";
/// The module's own styles, beside its wasm (`dist/save/`), linked when it mounts.
const STYLESHEET: &str = "save/save.css";
/// The PNG is drawn at this many pixels per CSS pixel of the picture: sharp on a slide.
const PNG_SCALE: f64 = 2.0;
/// The scaling chart is simulated in steps of this many transfers, and the page is given a
/// turn after about [`SLICE_MS`] of them, so it keeps drawing meanwhile.
const CHART_STEP: usize = 500;
/// Milliseconds of chart work between two turns for the page.
const SLICE_MS: f64 = 12.0;

/// What the Save menu makes.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Save {
    Svg,
    Png,
    Events,
    Metrics,
    Timeline,
    Scaling,
    Offline,
}

impl Save {
    const ALL: [Save; 7] = [
        Save::Svg,
        Save::Png,
        Save::Events,
        Save::Metrics,
        Save::Timeline,
        Save::Scaling,
        Save::Offline,
    ];

    /// The button's test hooks (`data-control`, then `data-format` or `data-file`) and label.
    fn button(
        self,
    ) -> (
        &'static str,
        Option<(&'static str, &'static str)>,
        &'static str,
    ) {
        match self {
            Save::Svg => (
                "export-image",
                Some(("data-format", "svg")),
                "ui-export-svg",
            ),
            Save::Png => (
                "export-image",
                Some(("data-format", "png")),
                "ui-export-png",
            ),
            Save::Events => (
                "export-data",
                Some(("data-file", "events")),
                "ui-export-events",
            ),
            Save::Metrics => (
                "export-data",
                Some(("data-file", "metrics")),
                "ui-export-metrics",
            ),
            Save::Timeline => (
                "export-data",
                Some(("data-file", "timeline")),
                "ui-export-timeline",
            ),
            Save::Scaling => (
                "export-data",
                Some(("data-file", "scaling")),
                "ui-export-scaling",
            ),
            Save::Offline => ("download-offline", None, "ui-export-offline"),
        }
    }
}

/// The page's document.
fn document() -> Result<Document, JsValue> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| "no document".into())
}

/// An error as words for the menu's message.
fn error_text(e: JsValue) -> String {
    e.as_string()
        .or_else(|| {
            Reflect::get(&e, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
        })
        .unwrap_or_else(|| "?".into())
}

/// The catalogue of `lang`: English built in (with the files' labels), another fetched
/// from the page's own `lang/` folder (the file the page loaded: the browser has it).
async fn catalogue(lang: Lang) -> Result<Catalogue, JsValue> {
    match lang {
        Lang::En => Ok(export::english().clone()),
        lang => fetch_catalogue(lang).await.map_err(JsValue::from),
    }
}

/// A file name from the catalogue's `ui-file-…` entry: a catalogue is data, so anything
/// but ASCII letters, digits and '-' becomes '-', and the English name stands in for an
/// empty one.
fn file_name(catalogue: &Catalogue, key: &str, extension: &str) -> String {
    let name = |c: &Catalogue| c.format(key, &[]).unwrap_or_default();
    let mut stem: String = name(catalogue)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    if stem.trim_matches('-').is_empty() {
        stem = name(export::english());
    }
    format!("{stem}.{extension}")
}

/// Starts the download of `blob` as `name`, through a link made and clicked here.
fn download_blob(blob: &Blob, name: &str) -> Result<(), JsValue> {
    let document = document()?;
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

/// `text` as a Blob of type `mime`.
fn text_blob(text: &str, mime: &str) -> Result<Blob, JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(&Array::of1(&text.into()), &options)
}

/// A pause of one task, so a long computation lets the page draw a frame in between.
async fn yield_to_page() -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let promise = Promise::new(&mut |resolve: Function, _reject: Function| {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    JsFuture::from(promise).await.map(drop)
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
    let canvas: HtmlCanvasElement = document()?.create_element("canvas")?.unchecked_into();
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

/// `url` (relative to the page) fetched from the page's own origin, as text.
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
    let (before, after) = page
        .split_once(&empty)
        .ok_or_else(|| format!("{OFFLINE_FILE} has no place for the scenario"))?;
    let escaped = query
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;");
    Ok(format!(
        "{before}<meta name=\"{SCENE_META}\" content=\"{escaped}\">{after}"
    ))
}

/// Which palette the page shows: the link's theme, else the system's.
fn shade(theme: Theme) -> svg::Shade {
    let dark = match theme {
        Theme::Light => false,
        Theme::Dark => true,
        Theme::Auto => web_sys::window()
            .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
            .is_some_and(|m| m.matches()),
    };
    match dark {
        true => svg::Shade::Dark,
        false => svg::Shade::Light,
    }
}

/// What the page hands over when asked (`save_menu::answer`).
struct Asked {
    /// Share's query: the display choices, and the offline copy's scene.
    query: String,
    /// The moment on screen, as [`Moment::write`] wrote it.
    moment: String,
}

impl Asked {
    /// The moment's views, logs and timeline, read back.
    fn moment(&self) -> Result<Moment, JsValue> {
        Moment::read(&self.moment).map_err(|e| e.to_string().into())
    }
}

/// The state of the page now, asked of it.
fn ask(state: &Function) -> Result<Asked, JsValue> {
    let answer = state.call0(&JsValue::NULL)?;
    let text = |name: &str| {
        Reflect::get(&answer, &name.into())
            .ok()
            .and_then(|v| v.as_string())
            .ok_or_else(|| JsValue::from("the page gave no state"))
    };
    Ok(Asked {
        query: text("query")?,
        moment: text("moment")?,
    })
}

/// Makes `what` from the moment the page is at now, and starts its download.
async fn save(what: Save, state: &Function) -> Result<(), JsValue> {
    let asked = ask(state)?;
    let (scenario, _) = parse_query(&asked.query);
    let catalogue = catalogue(scenario.lang.unwrap_or_default()).await?;
    let lang = catalogue.lang();
    let words = scenario.words;
    let csv_file = |table: &csv::Table, key: &str| {
        let csv = text_blob(&csv::write(table, lang), "text/csv;charset=utf-8")?;
        download_blob(&csv, &file_name(&catalogue, key, "csv"))
    };
    let kinds: &[ModelKind] = match scenario.view {
        View::ClientServer => &[ModelKind::ClientServer],
        View::PeerToPeer => &[ModelKind::PeerToPeer],
        View::Both | View::Scaling => &[ModelKind::ClientServer, ModelKind::PeerToPeer],
    };
    match what {
        Save::Svg | Save::Png => {
            let moment = asked.moment()?;
            let (snapshot, samples) = (&moment.snapshot, &moment.samples);
            let picture =
                svg::diagrams(snapshot, samples, kinds, shade(scenario.theme), &catalogue);
            let (blob, extension) = match what {
                Save::Svg => (text_blob(&picture, "image/svg+xml")?, "svg"),
                _ => {
                    let (width, height) = svg::size(kinds.len());
                    (rasterise(&picture, width, height).await?, "png")
                }
            };
            download_blob(&blob, &file_name(&catalogue, "ui-file-diagrams", extension))
        }
        Save::Events => {
            let m = asked.moment()?;
            let (cs, p2p) = (&m.client_server_log, &m.peer_to_peer_log);
            let table = csv::events(cs, p2p, &catalogue, words);
            csv_file(&table, "ui-file-events")
        }
        Save::Metrics => csv_file(
            &csv::metrics(&asked.moment()?.snapshot, &catalogue),
            "ui-file-metrics",
        ),
        Save::Timeline => csv_file(
            &csv::timeline(asked.moment()?.samples.iter(), &catalogue, words),
            "ui-file-timeline",
        ),
        Save::Scaling => {
            // Every point simulated, in slices, so the page keeps drawing meanwhile.
            let mut chart = ScalingChart::new(scenario.chart);
            let mut slice = js_sys::Date::now();
            while chart.work(CHART_STEP) {
                if js_sys::Date::now() - slice > SLICE_MS {
                    yield_to_page().await?;
                    slice = js_sys::Date::now();
                }
            }
            csv_file(
                &csv::scaling(&chart.points, &catalogue, words),
                "ui-file-scaling",
            )
        }
        Save::Offline => {
            let page = with_scene(&fetch_text(OFFLINE_FILE).await?, &asked.query)?;
            let page = text_blob(&page, "text/html")?;
            download_blob(&page, &file_name(&catalogue, "ui-file-offline", "html"))
        }
    }
}

/// An element `tag` with `attributes` and `text`, inside `parent`.
fn add(
    parent: &Element,
    tag: &str,
    attributes: &[(&str, &str)],
    text: &str,
) -> Result<Element, JsValue> {
    let element = document()?.create_element(tag)?;
    for (name, value) in attributes {
        element.set_attribute(name, value)?;
    }
    if !text.is_empty() {
        element.set_text_content(Some(text));
    }
    parent.append_child(&element)?;
    Ok(element)
}

/// Links the module's stylesheet once (the page's policy allows styles from 'self').
fn link_stylesheet() -> Result<(), JsValue> {
    let document = document()?;
    if document.get_element_by_id("netmodels-save-css").is_none() {
        let head = document.query_selector("head")?.ok_or("no head")?;
        add(
            &head,
            "link",
            &[
                ("id", "netmodels-save-css"),
                ("rel", "stylesheet"),
                ("href", STYLESHEET),
            ],
            "",
        )?;
    }
    Ok(())
}

/// Fills `container` with the Save menu, in the language of the page's state now; each
/// button asks `state` for the moment when it is pressed (an object with the `query` and
/// the `moment` as text).
pub async fn mount(container: Element, state: Function) -> Result<(), JsValue> {
    link_stylesheet()?;
    let (scenario, _) = parse_query(&ask(&state)?.query);
    let catalogue = catalogue(scenario.lang.unwrap_or_default()).await?;
    let ui = |key: &str| export::label(&catalogue, scenario.words, key, &[]);
    container.set_text_content(None);
    let items = add(
        &container,
        "div",
        &[
            ("class", "save-items"),
            ("role", "group"),
            ("aria-label", &ui("ui-save")),
        ],
        "",
    )?;
    let mut buttons = Vec::new();
    for what in Save::ALL {
        let (control, detail, key) = what.button();
        let mut attributes = vec![("type", "button"), ("data-control", control)];
        attributes.extend(detail);
        buttons.push((what, add(&items, "button", &attributes, &ui(key))?));
    }
    add(
        &items,
        "p",
        &[("class", "save-hint")],
        &ui("ui-export-hint"),
    )?;
    let problem = add(
        &items,
        "p",
        &[("class", "save-problem"), ("role", "alert")],
        "",
    )?;
    let catalogue = Rc::new(catalogue);
    for (what, button) in buttons {
        let (state, problem, catalogue) = (state.clone(), problem.clone(), catalogue.clone());
        let words = scenario.words;
        let clicked = button.clone();
        let onclick = Closure::<dyn Fn()>::new(move || {
            let (state, problem, catalogue) = (state.clone(), problem.clone(), catalogue.clone());
            let button = clicked.clone();
            problem.set_text_content(None);
            // Some files take a moment (the scaling chart is simulated in full): the button
            // says it is busy until its file is made.
            let _ = button.set_attribute("aria-busy", "true");
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(e) = save(what, &state).await {
                    let reason = [("reason", Value::Text(error_text(e)))];
                    let text = export::label(&catalogue, words, "ui-export-failed", &reason);
                    problem.set_text_content(Some(&text));
                }
                let _ = button.remove_attribute("aria-busy");
            });
        });
        button.add_event_listener_with_callback("click", onclick.as_ref().unchecked_ref())?;
        // The menu stays for the page's life: its handlers do too.
        onclick.forget();
    }
    Ok(())
}
