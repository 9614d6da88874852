//! The live classroom's server (docs/classroom.md), a library the `netmodels-classroom`
//! binary runs with its command-line options.
//!
//! It serves the release page and the classroom's WebSocket (`/ws/2`, and `/ws/1` for pages
//! of protocol version 1). One thread (the
//! hub) owns every room and is the only place where a room changes, so each room has one
//! order of events; the connections only read, check and forward lines. It needs no
//! internet; on disk it keeps only the state file (rooms' codes and digests of their
//! secrets and tokens, `state.rs`); names stay in memory.
//!
//! | file | what it is |
//! |---|---|
//! | `mod.rs` | `Config`, `Server`: listening, the router, serving until told to stop |
//! | `running.rs` | `Running`: a server on a thread of its own, stopped when dropped |
//! | `files.rs` | the page's files and the QR code of a join link |
//! | `connection.rs` | one screen's socket: size and rate limits, forwarding to the hub |
//! | `hub.rs` | the one owner of every room: events in order, ticks, closing rooms |
//! | `lines.rs` | what each line of the protocol does to a room, and who may send it |
//! | `controls.rs` | the teacher's room controls: remove, lock, rename, End lesson |
//! | `screens.rs` | the connections the hub knows, and delivering a room's lines to them |
//! | `secrets.rs` | room codes, host secrets and rejoin tokens, and their digests |
//! | `state.rs` | the state file: what a room keeps across a restart |
//! | `stats.rs` | the counters of `/stats` |
//! | `addresses.rs` | the addresses students can reach, for the join links |
//! | `limits.rs` | every limit in one place |
//! | `tls.rs` | `--tls CERT KEY`: the certificate, and a listener that does each handshake |

mod addresses;
mod connection;
mod controls;
mod files;
mod hub;
mod limits;
mod lines;
mod running;
mod screens;
mod secrets;
mod state;
mod stats;
mod tls;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::AtomicU64;
use std::sync::mpsc as std_mpsc;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::routing::get;
use axum::serve::ListenerExt;
use tokio_rustls::TlsAcceptor;

pub use limits::{Limits, connections_the_system_allows};
pub use running::Running;
pub use tls::TlsFiles;

use hub::{Hub, HubEvent};
use limits::INBOX;
use stats::Stats;
use tls::TlsListener;

/// How the server is started: where it listens and which page it serves.
pub struct Config {
    /// The address to listen on (`0.0.0.0:8080` for a lesson; port 0 picks a free one).
    pub addr: SocketAddr,
    /// Where the page's files come from.
    pub pages: Pages,
    /// Where rooms' codes, host-secret digests and seat-token digests are kept across a
    /// restart (never names); `None`: nowhere, every restart forgets every room.
    pub state: Option<PathBuf>,
    /// Limits other than a lesson's (`Limits::default()`), for tests.
    pub limits: Limits,
    /// `--tls CERT KEY`: HTTPS and WSS with this certificate; `None`: plain HTTP, which
    /// anyone on the same network can read (docs/classroom.md).
    pub tls: Option<TlsFiles>,
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
    limits: Limits,
}

/// A server listening on its address, not answering yet: `bind`, then `serve`.
pub struct Server {
    listener: tokio::net::TcpListener,
    local: SocketAddr,
    bases: Vec<String>,
    pages: Pages,
    state: Option<PathBuf>,
    limits: Limits,
    /// The certificate every connection's handshake presents, with `--tls`.
    tls: Option<TlsAcceptor>,
}

impl Server {
    /// Listens on `config.addr` (port 0: a free port the system picks), once the
    /// certificate and key of `config.tls`, if any, have been read and checked.
    pub async fn bind(config: Config) -> Result<Server, String> {
        let tls = config.tls.as_ref().map(TlsFiles::acceptor).transpose()?;
        let scheme = match tls {
            Some(_) => "https",
            None => "http",
        };
        let listener = tokio::net::TcpListener::bind(config.addr)
            .await
            .map_err(|e| format!("cannot listen on {}: {e}", config.addr))?;
        let local = listener.local_addr().map_err(|e| e.to_string())?;
        Ok(Server {
            listener,
            local,
            bases: addresses::join_base(local, scheme),
            pages: config.pages,
            state: config.state,
            limits: config.limits,
            tls,
        })
    }

    /// The address listened on, with the port the system picked.
    pub fn local_addr(&self) -> SocketAddr {
        self.local
    }

    /// `https` with `--tls`, else `http`: how the addresses it prints begin.
    pub fn scheme(&self) -> &'static str {
        match self.tls {
            Some(_) => "https",
            None => "http",
        }
    }

    /// `http://IP:PORT` (`https` with `--tls`) for each address students can reach, the
    /// local network's first; the first is the one join links and QR codes carry.
    pub fn join_bases(&self) -> &[String] {
        &self.bases
    }

    /// Answers requests until `shutdown` completes; then the hub stops, which closes every
    /// screen's connection and forgets every room.
    pub async fn serve(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> Result<(), String> {
        let scheme = self.scheme();
        let stats = Arc::new(Stats::default());
        let links = Arc::new(Mutex::new(HashMap::new()));
        let (hub_tx, hub_rx) = std_mpsc::sync_channel(INBOX);
        let hub = {
            let stats = Arc::clone(&stats);
            let links = Arc::clone(&links);
            let state_file = self.state.map(state::StateFile::new);
            let limits = self.limits;
            let link_base = self
                .bases
                .first()
                .cloned()
                .unwrap_or_else(|| format!("{scheme}://{}", self.local));
            std::thread::Builder::new()
                .name("hub".into())
                .spawn(move || Hub::new(stats, links, link_base, state_file, limits).run(hub_rx))
                .map_err(|e| e.to_string())?
        };
        let state = AppState {
            pages: Arc::new(self.pages),
            hub: hub_tx.clone(),
            stats,
            links,
            next_conn: Arc::new(AtomicU64::new(1)),
            limits: self.limits,
        };
        let app = Router::new()
            .route("/ws/1", get(connection::websocket_v1))
            .route("/ws/2", get(connection::websocket))
            .route("/qr/{file}", get(files::qr))
            .route("/stats", get(stats::stats_text))
            .fallback(get(files::static_file))
            .with_state(state);
        let app = app.into_make_service_with_connect_info::<SocketAddr>();
        let served = match self.tls {
            None => {
                axum::serve(self.listener, app)
                    .with_graceful_shutdown(shutdown)
                    .await
            }
            // `tap_io` (here doing nothing) is what lets `ConnectInfo` read the peer's
            // address from a listener of the server's own.
            Some(acceptor) => {
                let listener = TlsListener::new(self.listener, self.local, acceptor).tap_io(|_| {});
                axum::serve(listener, app)
                    .with_graceful_shutdown(shutdown)
                    .await
            }
        }
        .map_err(|e| e.to_string());
        // The hub handles what is queued before the stop (a bounded inbox), then returns;
        // the connections still open hear it from their senders going.
        let _ = tokio::task::spawn_blocking(move || {
            let _ = hub_tx.send(HubEvent::Stop);
            hub.join()
        })
        .await;
        served
    }
}
