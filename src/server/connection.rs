//! One screen's WebSocket: the upgrade at `/ws/2` (or `/ws/1` for a page of protocol
//! version 1), then a loop that forwards its checked lines to the hub and the hub's lines
//! to it. Rate and size limits apply here, before the hub sees anything, and so does the
//! version: a line newer than the connection's version is unreadable to it, as it was to
//! that version's server.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Instant;

use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{ConnectInfo, State};
use axum::response::Response;
use tokio::sync::mpsc;

use super::AppState;
use super::hub::HubEvent;
use super::limits::{
    DROPS_BEFORE_CLOSE, FRAME_LIMIT, MESSAGE_BURST, MESSAGES_PER_SECOND, OUTBOX, SOCKET_BUFFER,
};
use super::stats::Stats;
use crate::model::{
    ClientMsg, MAX_MESSAGE_BYTES, OLDEST_PROTOCOL, PROTOCOL_VERSION, Refusal, ServerMsg,
};

/// `/ws/2`: the socket of this build's screens, with frames over `FRAME_LIMIT` refused by
/// the WebSocket layer.
pub(super) async fn websocket(
    state: State<AppState>,
    peer: ConnectInfo<SocketAddr>,
    upgrade: WebSocketUpgrade,
) -> Response {
    upgrade_to(PROTOCOL_VERSION, state, peer, upgrade)
}

/// `/ws/1`: the socket of a page of protocol version 1 (loaded before the server was
/// updated), served by the same hub, which writes each line as version 1 reads it.
pub(super) async fn websocket_v1(
    state: State<AppState>,
    peer: ConnectInfo<SocketAddr>,
    upgrade: WebSocketUpgrade,
) -> Response {
    upgrade_to(OLDEST_PROTOCOL, state, peer, upgrade)
}

fn upgrade_to(
    version: u32,
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    upgrade: WebSocketUpgrade,
) -> Response {
    upgrade
        .max_message_size(FRAME_LIMIT)
        .max_frame_size(FRAME_LIMIT)
        .read_buffer_size(SOCKET_BUFFER)
        .write_buffer_size(SOCKET_BUFFER)
        .on_upgrade(move |socket| connection(socket, peer.ip(), version, state))
}

/// One screen's connection: forwards its checked lines to the hub and the hub's lines
/// to it. Rate limits and size limits are applied here, before the hub sees anything.
async fn connection(mut socket: WebSocket, ip: IpAddr, version: u32, state: AppState) {
    if state.stats.connections.fetch_add(1, Ordering::Relaxed) >= state.limits.max_connections {
        // Told why, in its own version's words, and closed.
        state.stats.connections.fetch_sub(1, Ordering::Relaxed);
        Stats::add(&state.stats.refused);
        if let Some(line) = ServerMsg::Refused(Refusal::TooManyConnections).line_for(version) {
            let _ = socket.send(Message::Text(line.into())).await;
        }
        let _ = socket.send(Message::Close(None)).await;
        return;
    }
    let conn = state.next_conn.fetch_add(1, Ordering::Relaxed);
    let (tx, mut rx) = mpsc::channel::<Arc<str>>(OUTBOX);
    let open = HubEvent::Open {
        conn,
        ip,
        version,
        tx,
    };
    if state.hub.try_send(open).is_err() {
        state.stats.connections.fetch_sub(1, Ordering::Relaxed);
        return;
    }
    let mut bucket = MESSAGE_BURST;
    let mut last = Instant::now();
    let mut drops = 0u64;
    loop {
        tokio::select! {
            line = rx.recv() => match line {
                Some(line) => {
                    if socket.send(Message::Text(line.as_ref().into())).await.is_err() {
                        break;
                    }
                }
                // The hub let go of this screen (slow, or its room closed).
                None => break,
            },
            incoming = socket.recv() => {
                let text = match incoming {
                    Some(Ok(Message::Text(text))) => text,
                    Some(Ok(Message::Binary(_))) => {
                        Stats::add(&state.stats.malformed);
                        drops += 1;
                        continue;
                    }
                    Some(Ok(Message::Ping(_) | Message::Pong(_))) => continue,
                    Some(Ok(Message::Close(_))) | None => break,
                    Some(Err(_)) => {
                        // Mostly a frame over FRAME_LIMIT: the socket is unusable now.
                        Stats::add(&state.stats.oversized);
                        break;
                    }
                };
                let now = Instant::now();
                bucket = (bucket + now.duration_since(last).as_secs_f64() * MESSAGES_PER_SECOND)
                    .min(MESSAGE_BURST);
                last = now;
                let counter = if bucket < 1.0 {
                    Some(&state.stats.too_frequent)
                } else if text.len() > MAX_MESSAGE_BYTES {
                    Some(&state.stats.oversized)
                } else {
                    None
                };
                bucket = (bucket - 1.0).max(0.0);
                if let Some(counter) = counter {
                    Stats::add(counter);
                    drops += 1;
                } else {
                    match ClientMsg::parse(text.as_str()).filter(|m| m.since() <= version) {
                        Some(msg) => {
                            if state.hub.try_send(HubEvent::Line { conn, msg }).is_err() {
                                Stats::add(&state.stats.too_frequent);
                            }
                        }
                        None => {
                            Stats::add(&state.stats.malformed);
                            drops += 1;
                        }
                    }
                }
                if drops > DROPS_BEFORE_CLOSE {
                    break;
                }
            }
        }
    }
    state.stats.connections.fetch_sub(1, Ordering::Relaxed);
    // The hub must hear of every close; block rather than lose it.
    let hub = state.hub.clone();
    let _ = tokio::task::spawn_blocking(move || hub.send(HubEvent::Closed { conn })).await;
}
