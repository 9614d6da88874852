//! What the server sends over plain HTTP: the page's files (from a folder, or built into
//! the binary) and the QR code of a room's join link.

use std::path::{Component, Path};

use axum::extract::{Path as UrlPath, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};

use super::{AppState, Pages};
use crate::model::{classroom_mode, is_code};

/// The release page, built into the binary by `.ci/classroom-release`.
#[cfg(feature = "embed")]
static EMBEDDED: include_dir::Dir<'static> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/dist");

/// The QR code of a room's join link, drawn here so the page carries no QR encoder.
pub(super) async fn qr(State(state): State<AppState>, UrlPath(file): UrlPath<String>) -> Response {
    let code = file.strip_suffix(".svg").unwrap_or("");
    let link = match state.links.lock() {
        Ok(links) if is_code(code) => links.get(code).cloned(),
        _ => None,
    };
    let Some(link) = link else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match qrcode::QrCode::new(link.as_bytes()) {
        Ok(qr) => {
            let svg = qr
                .render::<qrcode::render::svg::Color<'_>>()
                .min_dimensions(240, 240)
                .build();
            ([(header::CONTENT_TYPE, "image/svg+xml")], svg).into_response()
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// A file of the page, never outside its folder. The page's address with a classroom
/// parameter gets the classroom's own page (built beside the default one, in
/// `classroom/`), so the default page carries none of its code.
pub(super) async fn static_file(State(state): State<AppState>, uri: Uri) -> Response {
    let path = uri.path().trim_start_matches('/');
    let classroom = classroom_mode(uri.query().unwrap_or("")).is_some();
    let path = match (path, classroom) {
        ("" | "index.html", true) => "classroom/index.html",
        ("", false) => "index.html",
        (path, _) => path,
    };
    let relative = Path::new(path);
    if !relative
        .components()
        .all(|c| matches!(c, Component::Normal(_)))
    {
        return StatusCode::NOT_FOUND.into_response();
    }
    let body = match state.pages.as_ref() {
        Pages::Folder(dist) => tokio::fs::read(dist.join(relative)).await.ok(),
        #[cfg(feature = "embed")]
        Pages::Embedded => EMBEDDED.get_file(path).map(|f| f.contents().to_vec()),
    };
    match body {
        Some(body) => {
            let kind = content_type(path);
            let mut response = body.into_response();
            response
                .headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
            response
                .headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            response
        }
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit_once('.').map(|(_, ext)| ext) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("svg") => "image/svg+xml",
        Some("ftl" | "txt") => "text/plain; charset=utf-8",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}
