//! A server on a thread of its own, with its own runtime: what the tests (and any program
//! that embeds the classroom) start. Dropping the handle stops it and waits, a bounded
//! time, for the thread to end.

use std::net::SocketAddr;
use std::sync::mpsc as std_mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

use tokio::sync::oneshot;

use super::{Config, Server};

/// How long `start` waits for the server to listen.
const START_WAIT: Duration = Duration::from_secs(10);
/// How long the runtime's tasks get to end once serving has stopped.
const TASKS_WAIT: Duration = Duration::from_secs(2);
/// How long dropping the handle waits for the thread, then leaves it.
const STOP_WAIT: Duration = Duration::from_secs(10);

/// A running server; dropping it stops the server.
pub struct Running {
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    /// Hears when the thread is about to end.
    done: std_mpsc::Receiver<()>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// Binds `config.addr` and serves on a new thread, returning once it listens (or why
    /// it could not).
    pub fn start(config: Config) -> Result<Running, String> {
        let (ready_tx, ready_rx) = std_mpsc::sync_channel(1);
        let (done_tx, done) = std_mpsc::sync_channel(1);
        let (stop, stop_rx) = oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("classroom".into())
            .spawn(move || {
                let runtime = match tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                {
                    Ok(runtime) => runtime,
                    Err(e) => {
                        let _ = ready_tx.send(Err(format!("cannot start: {e}")));
                        return;
                    }
                };
                runtime.block_on(async move {
                    match Server::bind(config).await {
                        Ok(server) => {
                            let _ = ready_tx.send(Ok(server.local_addr()));
                            // A dropped sender stops the server as a sent stop does.
                            let stopped = async {
                                let _ = stop_rx.await;
                            };
                            let _ = server.serve(stopped).await;
                        }
                        Err(e) => {
                            let _ = ready_tx.send(Err(e));
                        }
                    }
                });
                runtime.shutdown_timeout(TASKS_WAIT);
                let _ = done_tx.send(());
            })
            .map_err(|e| format!("cannot start: {e}"))?;
        let addr = match ready_rx.recv_timeout(START_WAIT) {
            Ok(ready) => ready?,
            Err(_) => return Err(format!("not listening after {START_WAIT:?}")),
        };
        Ok(Running {
            addr,
            stop: Some(stop),
            done,
            thread: Some(thread),
        })
    }
}

impl Running {
    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Whether it is still serving (its thread has not ended).
    pub fn is_serving(&self) -> bool {
        self.thread.as_ref().is_some_and(|t| !t.is_finished())
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        // Joined only once it has said it is ending, so a stuck server cannot hang the
        // program that drops it.
        if self.done.recv_timeout(STOP_WAIT).is_ok()
            && let Some(thread) = self.thread.take()
        {
            let _ = thread.join();
        }
    }
}
