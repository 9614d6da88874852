//! `netmodels-classroom`: the live classroom's server (docs/classroom.md).
//!
//! Serves the release page (`dist/`, or `--dist DIR`) and the classroom's WebSocket
//! (`/ws/1`) on `--addr` (default `0.0.0.0:8080`), and prints the address to open on each
//! network interface. One thread (the hub) owns every room and is the only place where a
//! room changes, so each room has one order of events; the connections only read, check
//! and forward lines. It needs no internet and writes nothing to disk; names stay in memory.
//!
//! Native only: on wasm32 (where `cargo clippy --target wasm32-unknown-unknown` builds every
//! target) it is an empty program.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    server::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod server {
    use std::collections::HashMap;
    use std::hash::{BuildHasher, Hasher};
    use std::net::{IpAddr, SocketAddr};
    use std::path::{Component, Path, PathBuf};
    use std::process::ExitCode;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::mpsc as std_mpsc;
    use std::time::{Duration, Instant};

    use axum::Router;
    use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
    use axum::extract::{ConnectInfo, Path as UrlPath, State};
    use axum::http::{HeaderValue, StatusCode, Uri, header};
    use axum::response::{IntoResponse, Response};
    use axum::routing::get;
    use netmodels::model::{
        Audience, CODE_ALPHABET, CODE_LENGTH, ClientMsg, MAX_MESSAGE_BYTES, Outgoing, Refusal,
        Room, ServerMsg, is_code,
    };
    use tokio::sync::mpsc;

    /// How often the hub moves every room's simulation on.
    const HUB_TICK: Duration = Duration::from_millis(50);
    /// The most rooms one server keeps (a school's worth of lessons at once).
    const MAX_ROOMS: usize = 64;
    /// A room nobody is connected to closes after this long…
    const ROOM_IDLE: Duration = Duration::from_secs(15 * 60);
    /// …and every room closes after this long (a school day).
    const ROOM_LIFETIME: Duration = Duration::from_secs(8 * 3600);
    /// Wrong codes or secrets one address may try per minute: a 6-character code from 32
    /// signs has about 10⁹ values, so guessing one takes far longer than a lesson.
    const FAILED_ATTEMPTS_PER_MINUTE: u32 = 10;
    /// Messages a connection may send per second on average, and in one burst.
    const MESSAGES_PER_SECOND: f64 = 10.0;
    const MESSAGE_BURST: f64 = 20.0;
    /// A connection that keeps flooding after this many dropped messages is closed.
    const DROPS_BEFORE_CLOSE: u64 = 200;
    /// Lines waiting to be written to one screen; a screen that falls this far behind is
    /// disconnected (it reconnects and gets the present state) rather than buffered forever.
    const OUTBOX: usize = 1024;
    /// Lines waiting for the hub; beyond this, messages are dropped and counted.
    const INBOX: usize = 65_536;
    /// What the WebSocket layer reads at most: bigger frames close the connection.
    const FRAME_LIMIT: usize = 16 * 1024;

    /// Counters read by `/stats` and by the tests; never a name or an address.
    #[derive(Default)]
    struct Stats {
        connections: AtomicU64,
        rooms: AtomicU64,
        students: AtomicU64,
        malformed: AtomicU64,
        oversized: AtomicU64,
        too_frequent: AtomicU64,
        refused: AtomicU64,
        slow_screens: AtomicU64,
        lines_out: AtomicU64,
        bytes_out: AtomicU64,
    }

    impl Stats {
        fn add(counter: &AtomicU64) {
            counter.fetch_add(1, Ordering::Relaxed);
        }

        fn text(&self) -> String {
            let get = |c: &AtomicU64| c.load(Ordering::Relaxed);
            let (rss, cpu) = process_usage();
            format!(
                "connections {}\nrooms {}\nstudents {}\nmalformed {}\noversized {}\ntoo_frequent {}\nrefused {}\nslow_screens {}\nlines_out {}\nbytes_out {}\nrss_bytes {rss}\ncpu_seconds {cpu:.3}\n",
                get(&self.connections),
                get(&self.rooms),
                get(&self.students),
                get(&self.malformed),
                get(&self.oversized),
                get(&self.too_frequent),
                get(&self.refused),
                get(&self.slow_screens),
                get(&self.lines_out),
                get(&self.bytes_out),
            )
        }
    }

    /// Resident memory in bytes and CPU seconds used so far, where the system tells
    /// (Linux's /proc); zeros elsewhere.
    fn process_usage() -> (u64, f64) {
        let rss = std::fs::read_to_string("/proc/self/statm")
            .ok()
            .and_then(|s| s.split_whitespace().nth(1)?.parse::<u64>().ok())
            .map_or(0, |pages| pages * 4096);
        let cpu = std::fs::read_to_string("/proc/self/stat")
            .ok()
            .and_then(|s| {
                // Fields after the command name (which is in parentheses): utime is 14th, stime 15th.
                let rest = s.rsplit_once(')')?.1;
                let fields: Vec<&str> = rest.split_whitespace().collect();
                let utime: f64 = fields.get(11)?.parse().ok()?;
                let stime: f64 = fields.get(12)?.parse().ok()?;
                Some((utime + stime) / 100.0)
            })
            .unwrap_or(0.0);
        (rss, cpu)
    }

    struct Options {
        addr: SocketAddr,
        /// `None`: the page built into this binary (`--features embed`).
        dist: Option<PathBuf>,
    }

    /// The release page, built into the binary by `.ci/classroom-release`.
    #[cfg(feature = "embed")]
    static EMBEDDED: include_dir::Dir<'static> =
        include_dir::include_dir!("$CARGO_MANIFEST_DIR/dist");

    fn embedded(path: &str) -> Option<Vec<u8>> {
        #[cfg(feature = "embed")]
        {
            EMBEDDED.get_file(path).map(|f| f.contents().to_vec())
        }
        #[cfg(not(feature = "embed"))]
        {
            let _ = path;
            None
        }
    }

    fn options() -> Result<Options, String> {
        let mut options = Options {
            addr: SocketAddr::from(([0, 0, 0, 0], 8080)),
            dist: (!cfg!(feature = "embed")).then(|| PathBuf::from("dist")),
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
                "--dist" => options.dist = Some(PathBuf::from(value("--dist")?)),
                "--help" | "-h" => {
                    return Err(
                        "usage: netmodels-classroom [--addr 0.0.0.0:8080] [--dist dist]".to_owned(),
                    );
                }
                other => return Err(format!("unknown option {other} (try --help)")),
            }
        }
        Ok(options)
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

    #[derive(Clone)]
    struct AppState {
        dist: Arc<Option<PathBuf>>,
        hub: std_mpsc::SyncSender<HubEvent>,
        stats: Arc<Stats>,
        /// Join links per room code, written by the hub, read by the QR route.
        links: Arc<std::sync::Mutex<HashMap<String, String>>>,
        next_conn: Arc<AtomicU64>,
    }

    async fn serve(options: Options) -> Result<(), String> {
        let listener = tokio::net::TcpListener::bind(options.addr)
            .await
            .map_err(|e| format!("cannot listen on {}: {e}", options.addr))?;
        let local = listener.local_addr().map_err(|e| e.to_string())?;
        let base = join_base(local);
        say(&format!("netmodels classroom listening on http://{local}/"));
        for url in &base {
            say(&format!(
                "  teacher: {url}/?classroom=host   students: {url}/?join=CODE"
            ));
        }
        if let Some(dist) = &options.dist
            && !dist.join("index.html").is_file()
        {
            say(&format!(
                "  note: {} has no index.html; build the page first (trunk build --release)",
                dist.display()
            ));
        }
        let stats = Arc::new(Stats::default());
        let links = Arc::new(std::sync::Mutex::new(HashMap::new()));
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
            dist: Arc::new(options.dist),
            hub: hub_tx,
            stats,
            links,
            next_conn: Arc::new(AtomicU64::new(1)),
        };
        let app = Router::new()
            .route("/ws/1", get(websocket))
            .route("/qr/{file}", get(qr))
            .route("/stats", get(stats_text))
            .fallback(get(static_file))
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

    /// `http://IP:PORT` for each address students can reach: every IPv4 interface when
    /// listening on all of them (the LAN ones first), else the one listened on.
    fn join_base(local: SocketAddr) -> Vec<String> {
        let port = local.port();
        if !local.ip().is_unspecified() {
            return vec![format!("http://{local}")];
        }
        let mut ips: Vec<IpAddr> = if_addrs::get_if_addrs()
            .map(|all| {
                all.into_iter()
                    .map(|i| i.ip())
                    .filter(IpAddr::is_ipv4)
                    .collect()
            })
            .unwrap_or_default();
        ips.sort_by_key(|ip| (ip.is_loopback(), *ip));
        ips.dedup();
        if ips.is_empty() {
            ips.push(IpAddr::from([127, 0, 0, 1]));
        }
        ips.into_iter()
            .map(|ip| format!("http://{ip}:{port}"))
            .collect()
    }

    async fn stats_text(State(state): State<AppState>) -> String {
        state.stats.text()
    }

    /// The QR code of a room's join link, drawn here so the page carries no QR encoder.
    async fn qr(State(state): State<AppState>, UrlPath(file): UrlPath<String>) -> Response {
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
    async fn static_file(State(state): State<AppState>, uri: Uri) -> Response {
        let path = uri.path().trim_start_matches('/');
        let classroom = netmodels::model::classroom_mode(uri.query().unwrap_or("")).is_some();
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
        let body = match state.dist.as_ref() {
            Some(dist) => tokio::fs::read(dist.join(relative)).await.ok(),
            None => embedded(path),
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

    async fn websocket(
        State(state): State<AppState>,
        ConnectInfo(peer): ConnectInfo<SocketAddr>,
        upgrade: WebSocketUpgrade,
    ) -> Response {
        upgrade
            .max_message_size(FRAME_LIMIT)
            .max_frame_size(FRAME_LIMIT)
            .on_upgrade(move |socket| connection(socket, peer.ip(), state))
    }

    /// One screen's connection: forwards its checked lines to the hub and the hub's lines
    /// to it. Rate limits and size limits are applied here, before the hub sees anything.
    async fn connection(mut socket: WebSocket, ip: IpAddr, state: AppState) {
        let conn = state.next_conn.fetch_add(1, Ordering::Relaxed);
        let (tx, mut rx) = mpsc::channel::<Arc<str>>(OUTBOX);
        if state.hub.try_send(HubEvent::Open { conn, ip, tx }).is_err() {
            return;
        }
        state.stats.connections.fetch_add(1, Ordering::Relaxed);
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
                        match ClientMsg::parse(text.as_str()) {
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

    enum HubEvent {
        Open {
            conn: u64,
            ip: IpAddr,
            tx: mpsc::Sender<Arc<str>>,
        },
        Line {
            conn: u64,
            msg: ClientMsg,
        },
        Closed {
            conn: u64,
        },
    }

    /// What a connection is to the hub.
    #[derive(Clone, PartialEq)]
    enum Part {
        Nobody,
        Host(String),
        Student(String, usize),
    }

    struct Screen {
        tx: mpsc::Sender<Arc<str>>,
        ip: IpAddr,
        part: Part,
    }

    struct RoomEntry {
        room: Room,
        secret: String,
        host: Option<u64>,
        /// The connection of each student who is present.
        students: HashMap<usize, u64>,
        opened: Instant,
        last_seen: Instant,
    }

    /// The one owner of every room: events are handled one at a time, in arrival order.
    struct Hub {
        screens: HashMap<u64, Screen>,
        rooms: HashMap<String, RoomEntry>,
        /// Failed join or host attempts per address in the current minute.
        failures: HashMap<IpAddr, (Instant, u32)>,
        stats: Arc<Stats>,
        links: Arc<std::sync::Mutex<HashMap<String, String>>>,
        link_base: String,
        random: Random,
    }

    impl Hub {
        fn new(
            stats: Arc<Stats>,
            links: Arc<std::sync::Mutex<HashMap<String, String>>>,
            link_base: String,
        ) -> Hub {
            Hub {
                screens: HashMap::new(),
                rooms: HashMap::new(),
                failures: HashMap::new(),
                stats,
                links,
                link_base,
                random: Random::new(),
            }
        }

        fn run(mut self, inbox: std_mpsc::Receiver<HubEvent>) {
            let mut last_tick = Instant::now();
            loop {
                let wait = HUB_TICK.saturating_sub(last_tick.elapsed());
                match inbox.recv_timeout(wait) {
                    Ok(event) => self.handle(event),
                    Err(std_mpsc::RecvTimeoutError::Timeout) => {}
                    Err(std_mpsc::RecvTimeoutError::Disconnected) => return,
                }
                if last_tick.elapsed() >= HUB_TICK {
                    let dt = last_tick.elapsed().as_secs_f64();
                    last_tick = Instant::now();
                    self.tick(dt);
                }
            }
        }

        fn handle(&mut self, event: HubEvent) {
            match event {
                HubEvent::Open { conn, ip, tx } => {
                    self.screens.insert(
                        conn,
                        Screen {
                            tx,
                            ip,
                            part: Part::Nobody,
                        },
                    );
                }
                HubEvent::Line { conn, msg } => self.line(conn, msg),
                HubEvent::Closed { conn } => self.closed(conn),
            }
        }

        fn line(&mut self, conn: u64, msg: ClientMsg) {
            let Some(part) = self.screens.get(&conn).map(|s| s.part.clone()) else {
                return;
            };
            let mut out = Vec::new();
            match (msg, part) {
                (ClientMsg::Create, Part::Nobody) => self.create(conn),
                (ClientMsg::Host { code, secret }, Part::Nobody) => match self.rooms.get(&code) {
                    Some(entry)
                        if same_secret(&entry.secret, &secret) && !self.too_many_failures(conn) =>
                    {
                        self.become_host(conn, &code)
                    }
                    _ => self.refuse_attempt(conn, Refusal::NotHost),
                },
                (ClientMsg::Join { code, name }, Part::Nobody) => {
                    if self.too_many_failures(conn) {
                        return self.refuse(conn, Refusal::SlowDown);
                    }
                    let token = self.random.token();
                    let Some(entry) = self.rooms.get_mut(&code) else {
                        return self.refuse_attempt(conn, Refusal::NoRoom);
                    };
                    match entry.room.join(name, token.clone(), &mut out) {
                        Ok(student) => {
                            entry.students.insert(student, conn);
                            let node = entry.room.node_of(student);
                            Stats::add(&self.stats.students);
                            self.seat(conn, &code, student, node, token);
                        }
                        Err(why) => return self.refuse(conn, why),
                    }
                    self.route(&code, out);
                }
                (ClientMsg::Back { code, token }, Part::Nobody) => {
                    if self.too_many_failures(conn) {
                        return self.refuse(conn, Refusal::SlowDown);
                    }
                    let Some(entry) = self.rooms.get_mut(&code) else {
                        return self.refuse_attempt(conn, Refusal::NoRoom);
                    };
                    let Some(student) = entry.room.back(|t| same_secret(t, &token), &mut out)
                    else {
                        return self.refuse_attempt(conn, Refusal::NoRoom);
                    };
                    // A second tab with the same token takes the seat over.
                    if let Some(old) = entry.students.insert(student, conn) {
                        self.screens.remove(&old);
                    }
                    let node = entry.room.node_of(student);
                    self.seat(conn, &code, student, node, token);
                    self.route(&code, out);
                }
                (ClientMsg::Ask, Part::Student(code, student)) => {
                    if let Some(entry) = self.rooms.get_mut(&code) {
                        entry.room.ask(student);
                    }
                }
                (ClientMsg::Leave, Part::Student(code, student)) => {
                    if let Some(entry) = self.rooms.get_mut(&code) {
                        entry.room.leave(student, &mut out);
                        entry.students.remove(&student);
                    }
                    if let Some(screen) = self.screens.get_mut(&conn) {
                        screen.part = Part::Nobody;
                    }
                    self.route(&code, out);
                }
                (ClientMsg::Switch { node }, Part::Host(code)) => {
                    if let Some(entry) = self.rooms.get_mut(&code) {
                        entry.room.teacher_switch(&node, &mut out);
                    }
                    self.route(&code, out);
                }
                (ClientMsg::Model(model), Part::Host(code)) => {
                    if let Some(entry) = self.rooms.get_mut(&code) {
                        entry.room.set_model(model, &mut out);
                        // Each student's node has a new id in the other model.
                        for student in entry.students.keys().copied().collect::<Vec<_>>() {
                            let node = entry.room.node_of(student);
                            out.push(Outgoing {
                                to: Audience::Student(student),
                                msg: ServerMsg::You {
                                    node,
                                    token: String::new(),
                                },
                            });
                        }
                        out.extend(entry.room.names().into_iter().map(|msg| Outgoing {
                            to: Audience::Host,
                            msg,
                        }));
                    }
                    self.route(&code, out);
                }
                (ClientMsg::Reset, Part::Host(code)) => {
                    if let Some(entry) = self.rooms.get_mut(&code) {
                        entry.room.reset(&mut out);
                    }
                    self.route(&code, out);
                }
                (ClientMsg::Pause(on), Part::Host(code)) => {
                    if let Some(entry) = self.rooms.get_mut(&code) {
                        entry.room.set_paused(on, &mut out);
                    }
                    self.route(&code, out);
                }
                (ClientMsg::Speed(speed), Part::Host(code)) => {
                    if let Some(entry) = self.rooms.get_mut(&code) {
                        entry.room.set_speed(speed, &mut out);
                    }
                    self.route(&code, out);
                }
                (ClientMsg::Publish, Part::Host(code)) => {
                    if let Some(entry) = self.rooms.get_mut(&code) {
                        entry.room.publish(&mut out);
                    }
                    self.route(&code, out);
                }
                (ClientMsg::Servers(n), Part::Host(code)) => {
                    if let Some(entry) = self.rooms.get_mut(&code) {
                        // Students keep their client ids (and so their names on the
                        // teacher's screen); only their server changes.
                        entry.room.set_servers(n, &mut out);
                    }
                    self.route(&code, out);
                }
                // A teacher's action from a student or a stranger, or a student's from
                // the host: refused and counted, nothing changes.
                (
                    ClientMsg::Switch { .. }
                    | ClientMsg::Model(_)
                    | ClientMsg::Reset
                    | ClientMsg::Pause(_)
                    | ClientMsg::Speed(_)
                    | ClientMsg::Publish
                    | ClientMsg::Servers(_),
                    _,
                ) => self.refuse(conn, Refusal::NotHost),
                _ => Stats::add(&self.stats.malformed),
            }
        }

        fn create(&mut self, conn: u64) {
            if self.rooms.len() >= MAX_ROOMS {
                return self.refuse(conn, Refusal::Busy);
            }
            let code = loop {
                let code = self.random.code();
                if !self.rooms.contains_key(&code) {
                    break code;
                }
            };
            let now = Instant::now();
            self.rooms.insert(
                code.clone(),
                RoomEntry {
                    room: Room::new(),
                    secret: self.random.token(),
                    host: None,
                    students: HashMap::new(),
                    opened: now,
                    last_seen: now,
                },
            );
            if let Ok(mut links) = self.links.lock() {
                links.insert(code.clone(), format!("{}/?join={code}", self.link_base));
            }
            self.stats
                .rooms
                .store(self.rooms.len() as u64, Ordering::Relaxed);
            self.become_host(conn, &code);
        }

        fn become_host(&mut self, conn: u64, code: &str) {
            let Some(entry) = self.rooms.get_mut(code) else {
                return;
            };
            if let Some(old) = entry.host.replace(conn) {
                // The teacher's newer tab wins; the older one is let go.
                self.screens.remove(&old);
            }
            let mut lines = vec![
                ServerMsg::Room {
                    code: code.to_owned(),
                    secret: entry.secret.clone(),
                },
                ServerMsg::Link(format!("{}/?join={code}", self.link_base)),
            ];
            lines.extend(entry.room.present_state());
            lines.extend(entry.room.host_state());
            if let Some(screen) = self.screens.get_mut(&conn) {
                screen.part = Part::Host(code.to_owned());
            }
            for msg in lines {
                self.send(conn, &msg);
            }
        }

        fn seat(&mut self, conn: u64, code: &str, student: usize, node: String, token: String) {
            if let Some(screen) = self.screens.get_mut(&conn) {
                screen.part = Part::Student(code.to_owned(), student);
            }
            let Some(entry) = self.rooms.get(code) else {
                return;
            };
            let mut lines = vec![ServerMsg::You { node, token }];
            lines.extend(entry.room.present_state());
            for msg in lines {
                self.send(conn, &msg);
            }
        }

        fn too_many_failures(&self, conn: u64) -> bool {
            let Some(ip) = self.screens.get(&conn).map(|s| s.ip) else {
                return true;
            };
            match self.failures.get(&ip) {
                Some(&(since, count)) if since.elapsed() < Duration::from_secs(60) => {
                    count >= FAILED_ATTEMPTS_PER_MINUTE
                }
                _ => false,
            }
        }

        /// A wrong code or secret: refused, and counted against the sender's address.
        fn refuse_attempt(&mut self, conn: u64, why: Refusal) {
            if let Some(ip) = self.screens.get(&conn).map(|s| s.ip) {
                // Bounded: old windows are forgotten each tick, and a flood of new
                // addresses only fills the map up to a cap.
                if self.failures.len() < 100_000 || self.failures.contains_key(&ip) {
                    let entry = self.failures.entry(ip).or_insert((Instant::now(), 0));
                    if entry.0.elapsed() >= Duration::from_secs(60) {
                        *entry = (Instant::now(), 0);
                    }
                    entry.1 += 1;
                }
            }
            self.refuse(conn, why);
        }

        fn refuse(&mut self, conn: u64, why: Refusal) {
            Stats::add(&self.stats.refused);
            self.send(conn, &ServerMsg::Refused(why));
        }

        fn closed(&mut self, conn: u64) {
            let Some(screen) = self.screens.remove(&conn) else {
                return;
            };
            if let Part::Student(code, student) = screen.part {
                let mut out = Vec::new();
                if let Some(entry) = self.rooms.get_mut(&code)
                    && entry.students.get(&student) == Some(&conn)
                {
                    entry.students.remove(&student);
                    entry.room.dropped(student, &mut out);
                }
                self.route(&code, out);
            }
        }

        fn tick(&mut self, dt: f64) {
            let codes: Vec<String> = self.rooms.keys().cloned().collect();
            for code in codes {
                let mut out = Vec::new();
                let expired = match self.rooms.get_mut(&code) {
                    Some(entry) => {
                        entry.room.elapse(dt, &mut out);
                        if entry.host.is_some() || !entry.students.is_empty() {
                            entry.last_seen = Instant::now();
                        }
                        entry.opened.elapsed() > ROOM_LIFETIME
                            || entry.last_seen.elapsed() > ROOM_IDLE
                    }
                    None => false,
                };
                self.route(&code, out);
                if expired {
                    self.close_room(&code);
                }
            }
            self.failures
                .retain(|_, (since, _)| since.elapsed() < Duration::from_secs(60));
            let present: usize = self.rooms.values().map(|e| e.students.len()).sum();
            self.stats.students.store(present as u64, Ordering::Relaxed);
        }

        fn close_room(&mut self, code: &str) {
            let Some(entry) = self.rooms.remove(code) else {
                return;
            };
            if let Ok(mut links) = self.links.lock() {
                links.remove(code);
            }
            for conn in entry.host.into_iter().chain(entry.students.into_values()) {
                self.send(conn, &ServerMsg::Closed);
                if let Some(screen) = self.screens.get_mut(&conn) {
                    screen.part = Part::Nobody;
                }
            }
            self.stats
                .rooms
                .store(self.rooms.len() as u64, Ordering::Relaxed);
        }

        /// Delivers a room's outgoing messages; a line for everyone is formatted once.
        fn route(&mut self, code: &str, out: Vec<Outgoing>) {
            if out.is_empty() {
                return;
            }
            let Some(entry) = self.rooms.get(code) else {
                return;
            };
            let host = entry.host;
            let students: Vec<(usize, u64)> =
                entry.students.iter().map(|(&s, &c)| (s, c)).collect();
            for Outgoing { to, msg } in out {
                let line: Arc<str> = msg.line().into();
                match to {
                    Audience::Everyone => {
                        for conn in host.into_iter().chain(students.iter().map(|&(_, c)| c)) {
                            self.send_line(conn, &line);
                        }
                    }
                    Audience::Host => {
                        if let Some(conn) = host {
                            self.send_line(conn, &line);
                        }
                    }
                    Audience::Student(student) => {
                        if let Some(&(_, conn)) = students.iter().find(|&&(s, _)| s == student) {
                            self.send_line(conn, &line);
                        }
                    }
                }
            }
        }

        fn send(&mut self, conn: u64, msg: &ServerMsg) {
            let line: Arc<str> = msg.line().into();
            self.send_line(conn, &line);
        }

        fn send_line(&mut self, conn: u64, line: &Arc<str>) {
            let Some(screen) = self.screens.get(&conn) else {
                return;
            };
            match screen.tx.try_send(Arc::clone(line)) {
                Ok(()) => {
                    Stats::add(&self.stats.lines_out);
                    self.stats
                        .bytes_out
                        .fetch_add(line.len() as u64, Ordering::Relaxed);
                }
                Err(_) => {
                    // Too far behind (or gone): let it go; it comes back with the present.
                    Stats::add(&self.stats.slow_screens);
                    self.screens.remove(&conn);
                }
            }
        }
    }

    /// Whether `offered` is `secret` (a host secret or a rejoin token), compared in time
    /// that does not depend on how many leading characters are right, so answer times
    /// cannot be used to guess one character at a time. Their length is not secret (every
    /// secret and token is 32 hex digits); a different length is refused at once.
    fn same_secret(secret: &str, offered: &str) -> bool {
        use subtle::ConstantTimeEq;
        bool::from(secret.as_bytes().ct_eq(offered.as_bytes()))
    }

    /// Unguessable codes and secrets without a random-number crate: the standard
    /// library's hasher keys come from the operating system's randomness.
    struct Random {
        state: std::collections::hash_map::RandomState,
        counter: u64,
    }

    impl Random {
        fn new() -> Random {
            Random {
                state: std::collections::hash_map::RandomState::new(),
                counter: 0,
            }
        }

        fn next(&mut self) -> u64 {
            self.counter += 1;
            let mut hasher = self.state.build_hasher();
            hasher.write_u64(self.counter);
            hasher.finish()
        }

        fn code(&mut self) -> String {
            let mut bits = self.next();
            (0..CODE_LENGTH)
                .map(|_| {
                    let c = CODE_ALPHABET[(bits % CODE_ALPHABET.len() as u64) as usize];
                    bits /= CODE_ALPHABET.len() as u64;
                    char::from(c)
                })
                .collect()
        }

        fn token(&mut self) -> String {
            format!("{:016x}{:016x}", self.next(), self.next())
        }
    }
}
