//! `netmodels-classroom`: the live classroom's server (docs/classroom.md).
//!
//! Serves the release page (`dist/`, or `--dist DIR`) and the classroom's WebSocket
//! (`/ws/2`, and `/ws/1` for older pages) on `--addr` (default `0.0.0.0:8080`), keeps its
//! rooms' codes and secrets' digests in `--state FILE` across a restart, speaks HTTPS and
//! WSS with `--tls CERT KEY` (PEM files), and prints the
//! address to open on each
//! network interface. This file is only the command line; the server is the library's
//! `netmodels::server`.
//!
//! Native only: on wasm32 (where `cargo clippy --target wasm32-unknown-unknown` builds every
//! target) it is an empty program.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    command_line::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod command_line {
    use std::net::SocketAddr;
    use std::path::PathBuf;
    use std::process::ExitCode;

    use netmodels::server::{
        Config, Limits, Pages, Server, TlsFiles, connections_the_system_allows,
    };

    fn options() -> Result<Config, String> {
        let mut options = Config {
            addr: SocketAddr::from(([0, 0, 0, 0], 8080)),
            pages: Pages::default(),
            state: default_state(),
            limits: Limits::default(),
            tls: None,
        };
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
            match arg.as_str() {
                "--addr" => {
                    let v = value("--addr")?;
                    options.addr = v.parse().map_err(|_| {
                        format!("--addr {v}: expected an address like 0.0.0.0:8080")
                    })?;
                }
                "--dist" => options.pages = Pages::Folder(PathBuf::from(value("--dist")?)),
                "--state" => options.state = Some(PathBuf::from(value("--state")?)),
                "--tls" => {
                    let cert = PathBuf::from(value("--tls CERT KEY")?);
                    let key = PathBuf::from(value("--tls CERT KEY")?);
                    options.tls = Some(TlsFiles { cert, key });
                }
                "--rejoin-seconds" => {
                    let v = value("--rejoin-seconds")?;
                    let seconds = v.parse::<f64>().ok().filter(|s| s.is_finite() && *s > 0.0);
                    let seconds = seconds.ok_or(format!(
                        "--rejoin-seconds {v}: expected a number of seconds above 0"
                    ))?;
                    options.limits.rejoin = std::time::Duration::from_secs_f64(seconds);
                }
                "--help" | "-h" => {
                    return Err(
                        "usage: netmodels-classroom [--addr 0.0.0.0:8080] [--dist dist] \
                         [--state FILE (default: netmodels-classroom.state beside the program)] \
                         [--tls CERT KEY (PEM files: HTTPS and WSS; without it, plain HTTP)] \
                         [--rejoin-seconds 60 (how long an away student keeps their seat)]"
                            .to_owned(),
                    );
                }
                other => return Err(format!("unknown option {other} (try --help)")),
            }
        }
        Ok(options)
    }

    /// `netmodels-classroom.state` beside the program: what its rooms keep across a
    /// restart (`None` if the program cannot tell where it is).
    fn default_state() -> Option<PathBuf> {
        let program = std::env::current_exe().ok()?;
        Some(program.with_file_name("netmodels-classroom.state"))
    }

    pub fn main() -> ExitCode {
        let options = match options() {
            Ok(o) => o,
            Err(message) => {
                eprintln!("{message}");
                return ExitCode::from(2);
            }
        };
        let runtime = match tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        {
            Ok(r) => r,
            Err(e) => {
                eprintln!("cannot start: {e}");
                return ExitCode::FAILURE;
            }
        };
        match runtime.block_on(serve(options)) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("{message}");
                ExitCode::FAILURE
            }
        }
    }

    /// Listens, prints the addresses to open, and serves until Ctrl+C.
    async fn serve(mut config: Config) -> Result<(), String> {
        // Each screen is an open file: the server holds no more than the system lets it
        // open, and refuses one more in words rather than failing to accept it.
        let (connections, open_files_note) = connections_the_system_allows();
        config.limits.max_connections = config.limits.max_connections.min(connections);
        let missing_page = match &config.pages {
            Pages::Folder(dist) if !dist.join("index.html").is_file() => Some(dist.clone()),
            _ => None,
        };
        let state = config.state.clone();
        let server = Server::bind(config).await?;
        say(&format!(
            "netmodels classroom listening on {}://{}/",
            server.scheme(),
            server.local_addr()
        ));
        for url in server.join_bases() {
            say(&format!(
                "  teacher: {url}/?classroom=host   students: {url}/?join=CODE"
            ));
        }
        match state {
            Some(file) => say(&format!(
                "  rooms kept across a restart in {} (codes and digests, never names)",
                file.display()
            )),
            None => say("  rooms are not kept across a restart"),
        }
        if server.scheme() == "http" {
            say(
                "  plain http: anyone on this network can read the room's code, secret and names (--tls CERT KEY for https)",
            );
        }
        if let Some(note) = open_files_note {
            say(&format!("  note: {note}"));
        }
        if let Some(dist) = missing_page {
            say(&format!(
                "  note: {} has no index.html; build the page first (trunk build --release)",
                dist.display()
            ));
        }
        server
            .serve(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
    }

    /// A line on standard output; a closed output (the terminal went away) is no reason to
    /// stop a lesson, unlike `println!`, which would panic.
    fn say(line: &str) {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{line}").and_then(|()| out.flush());
    }
}
