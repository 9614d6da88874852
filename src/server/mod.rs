//! The live classroom's server (docs/classroom.md), a library the `netmodels-classroom`
//! binary runs with its command-line options.
//!
//! It serves the release page and the classroom's WebSocket (`/ws/1`). One thread (the
//! hub) owns every room and is the only place where a room changes, so each room has one
//! order of events; the connections only read, check and forward lines. It needs no
//! internet and writes nothing to disk; names stay in memory.
//!
//! | file | what it is |
//! |---|---|
//! | `mod.rs` | `Config`, the router, serving until told to stop |
//! | `files.rs` | the page's files and the QR code of a join link |
//! | `connection.rs` | one screen's socket: size and rate limits, forwarding to the hub |
//! | `hub.rs` | the one owner of every room: events in order, ticks, closing rooms |
//! | `lines.rs` | what each line of protocol v1 does to a room, and who may send it |
//! | `screens.rs` | the connections the hub knows, and delivering a room's lines to them |
//! | `secrets.rs` | room codes, host secrets and rejoin tokens |
//! | `stats.rs` | the counters of `/stats` |
//! | `addresses.rs` | the addresses students can reach, for the join links |
//! | `limits.rs` | every limit in one place |

mod addresses;
mod connection;
mod files;
mod hub;
mod limits;
mod lines;
mod screens;
mod secrets;
mod stats;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::AtomicU64;
use std::sync::mpsc as std_mpsc;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::routing::get;

use hub::{Hub, HubEvent};
use limits::INBOX;
use stats::Stats;

/// How the server is started: where it listens and which page it serves.
pub struct Config {
    /// The address to listen on (`0.0.0.0:8080` for a lesson; port 0 picks a free one).
    pub addr: SocketAddr,
    /// Where the page's files come from.
    pub pages: Pages,
}

/// Where the page's files come from.
pub enum Pages {
    /// A folder of the release build (`dist/`, or `--dist DIR`).
    Folder(PathBuf),
    /// The release page built into the binary (`--features embed`, `.ci/classroom-release`).
    #[cfg(feature = "embed")]
    Embedded,
}

impl Default for Pages {
    /// The page this binary carries, if it carries one; else the folder `dist/`.
    fn default() -> Pages {
        #[cfg(feature = "embed")]
        {
            Pages::Embedded
        }
        #[cfg(not(feature = "embed"))]
        {
            Pages::Folder(PathBuf::from("dist"))
        }
    }
}

/// What every request handler shares.
#[derive(Clone)]
struct AppState {
    pages: Arc<Pages>,
    hub: std_mpsc::SyncSender<HubEvent>,
    stats: Arc<Stats>,
    /// Join links per room code, written by the hub, read by the QR route.
    links: Arc<Mutex<HashMap<String, String>>>,
    next_conn: Arc<AtomicU64>,
}

/// Listens on `config.addr`, prints the addresses to open, and serves until Ctrl+C.
pub async fn serve(config: Config) -> Result<(), String> {
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", config.addr))?;
    let local = listener.local_addr().map_err(|e| e.to_string())?;
    let base = addresses::join_base(local);
    say(&format!("netmodels classroom listening on http://{local}/"));
    for url in &base {
        say(&format!(
            "  teacher: {url}/?classroom=host   students: {url}/?join=CODE"
        ));
    }
    match &config.pages {
        Pages::Folder(dist) if !dist.join("index.html").is_file() => say(&format!(
            "  note: {} has no index.html; build the page first (trunk build --release)",
            dist.display()
        )),
        _ => {}
    }
    let stats = Arc::new(Stats::default());
    let links = Arc::new(Mutex::new(HashMap::new()));
    let (hub_tx, hub_rx) = std_mpsc::sync_channel(INBOX);
    {
        let stats = Arc::clone(&stats);
        let links = Arc::clone(&links);
        let link_base = base
            .first()
            .cloned()
            .unwrap_or_else(|| format!("http://{local}"));
        std::thread::Builder::new()
            .name("hub".into())
            .spawn(move || Hub::new(stats, links, link_base).run(hub_rx))
            .map_err(|e| e.to_string())?;
    }
    let state = AppState {
        pages: Arc::new(config.pages),
        hub: hub_tx,
        stats,
        links,
        next_conn: Arc::new(AtomicU64::new(1)),
    };
    let app = Router::new()
        .route("/ws/1", get(connection::websocket))
        .route("/qr/{file}", get(files::qr))
        .route("/stats", get(stats::stats_text))
        .fallback(get(files::static_file))
        .with_state(state);
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
    .map_err(|e| e.to_string())
}

/// A line on standard output; a closed output (the terminal went away) is no reason to
/// stop a lesson, unlike `println!`, which would panic.
fn say(line: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}").and_then(|()| out.flush());
}
