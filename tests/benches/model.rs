//! `cargo bench`: the cost of one simulation tick with 10 to 10,000 nodes and the packets
//! their traffic keeps in flight (up to about 100,000), reported per packet, plus the heap
//! allocations a tick makes once traffic is steady; and the chunked file distribution of
//! the scaling panel, per N and for the whole chart; and history's worst-case seek at the
//! classroom scene (goal ≤ 4 ms: a drag of the timeline must keep up with the pointer).
// criterion does not build for wasm32; there the bench is an empty program.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::hint::black_box;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use criterion::{BenchmarkId, Criterion, Throughput, criterion_group};
    use netmodels::model::{
        CHECKPOINT_SECONDS, Command, Distribution, History, ModelKind, Rate, ScalingChart,
        Scenario, Simulation, TICK_SECONDS, Topology, WINDOW_SECONDS,
    };

    struct Counting;
    static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
            unsafe { System.alloc(layout) }
        }
        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            unsafe { System.dealloc(ptr, layout) }
        }
    }

    #[global_allocator]
    static ALLOCATOR: Counting = Counting;

    /// Eight requests per second per requester keeps about ten packets each in flight.
    const BUSY: f64 = 8.0;

    /// A network of `nodes` in steady traffic: client-server with one server per hundred
    /// nodes, or a peer-to-peer mesh.
    fn scene(kind: &str, nodes: usize) -> Simulation {
        let topology = match kind {
            "client-server" => {
                let servers = (nodes / 100).max(1);
                Topology::client_server(servers, nodes - servers)
            }
            _ => Topology::peer_to_peer(nodes),
        };
        let mut sim = Simulation::with_rate(topology, 1, Rate::new(BUSY));
        for _ in 0..4 {
            sim.step(1.0);
        }
        sim.take_events();
        sim
    }

    const SCENES: [(&str, usize); 7] = [
        ("client-server", 10),
        ("client-server", 100),
        ("client-server", 1_000),
        ("client-server", 10_000),
        ("peer-to-peer", 10),
        ("peer-to-peer", 100),
        ("peer-to-peer", 1_000),
    ];

    fn step(c: &mut Criterion) {
        let mut group = c.benchmark_group("tick");
        for (kind, nodes) in SCENES {
            let mut sim = scene(kind, nodes);
            let packets = sim.packets_in_flight();
            group.throughput(Throughput::Elements(packets as u64));
            group.bench_with_input(
                BenchmarkId::new(kind, format!("{nodes} nodes, {packets} packets")),
                &nodes,
                |b, _| b.iter(|| black_box(&mut sim).step(TICK_SECONDS)),
            );
        }
        group.finish();
    }

    /// Prints, per scene, packets in flight, time per tick, ns per packet-tick and heap
    /// allocations per tick, measured over one simulated minute without criterion.
    fn report() {
        println!(
            "scene                      nodes  packets   µs/tick  ns/packet-tick  allocs/tick"
        );
        for (kind, nodes) in SCENES {
            let mut sim = scene(kind, nodes);
            let ticks = 6_000;
            let mut packets = 0;
            let before = ALLOCATIONS.load(Ordering::Relaxed);
            let started = std::time::Instant::now();
            for _ in 0..ticks {
                sim.step(TICK_SECONDS);
                packets += sim.packets_in_flight();
            }
            let elapsed = started.elapsed().as_secs_f64();
            let allocations = ALLOCATIONS.load(Ordering::Relaxed) - before;
            let mean_packets = packets as f64 / ticks as f64;
            println!(
                "{kind:<24} {nodes:>7} {mean_packets:>8.0} {:>9.1} {:>15.1} {:>12.2}",
                elapsed / ticks as f64 * 1e6,
                elapsed / packets as f64 * 1e9,
                allocations as f64 / ticks as f64,
            );
            sim.take_events();
        }
    }

    /// One chunked distribution to N receivers, and the whole chart (N = 1…100, both
    /// models): what the scaling panel spreads over frames.
    fn distribution(c: &mut Criterion) {
        let mut group = c.benchmark_group("distribution");
        let d = Distribution::textbook();
        for n in [10, 50, 100] {
            for kind in [ModelKind::ClientServer, ModelKind::PeerToPeer] {
                group.bench_with_input(BenchmarkId::new(kind.slug(), n), &n, |b, &n| {
                    b.iter(|| black_box(d.simulated(kind, n)))
                });
            }
        }
        group.sample_size(10);
        group.bench_function("whole chart", |b| {
            b.iter(|| {
                let mut chart = ScalingChart::new(d);
                while chart.simulate_next() {}
                black_box(chart.points.len())
            })
        });
        group.finish();
    }

    /// A classroom session (12 clients, 12 peers) run for history's whole window with a
    /// node switched every 20 s.
    fn long_classroom_session() -> History {
        let mut history = History::new(Scenario {
            clients: 12,
            peers: 12,
            ..Scenario::default()
        });
        history.apply(Command::SetSpeed(4.0));
        for second in 0..WINDOW_SECONDS as usize {
            if second % 20 == 0 {
                let (model, node) = match second % 40 {
                    0 => (
                        ModelKind::ClientServer,
                        format!("c{}", second / 40 % 12 + 1),
                    ),
                    _ => (ModelKind::PeerToPeer, format!("p{}", second / 40 % 12 + 1)),
                };
                history.apply(Command::Toggle { model, node });
            }
            history.elapse(0.25);
        }
        history
    }

    /// The worst seek: to the last tick before a checkpoint, so a whole checkpoint gap is
    /// replayed, alternating between the oldest and newest kept moments.
    fn seek(c: &mut Criterion) {
        let mut history = long_classroom_session();
        let (first, last) = history.kept_range();
        let gap = CHECKPOINT_SECONDS - TICK_SECONDS;
        let targets = [first + gap, last - CHECKPOINT_SECONDS + gap - 0.001];
        let mut group = c.benchmark_group("history");
        let mut i = 0;
        group.bench_function("worst-case seek, classroom", |b| {
            b.iter(|| {
                i += 1;
                history.seek_seconds(targets[i % 2]);
                black_box(history.session_time())
            })
        });
        group.finish();
    }

    criterion_group!(benches, step, distribution, seek);

    pub fn main() {
        // The report takes a simulated minute per scene; a filter (`cargo bench --bench
        // model -- distribution`) asks for one group only, so it is skipped then.
        // A filter is a word that is neither an option nor an option's value
        // (`--sample-size 10`); cargo passes `--bench` itself, which takes no value.
        let args: Vec<String> = std::env::args().skip(1).collect();
        let filtered = args.iter().enumerate().any(|(i, a)| {
            let after_option = i > 0 && args[i - 1].starts_with("--") && args[i - 1] != "--bench";
            !a.starts_with('-') && !after_option
        });
        if !filtered {
            report();
        }
        benches();
        criterion::Criterion::default()
            .configure_from_args()
            .final_summary();
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    native::main();
}
