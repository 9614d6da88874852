//! Old links keep meaning what they meant: a corpus of every share link and query string
//! written in the project's tests, docs, README, browser tests and offline copies, each
//! replayed to a digest recorded on the code that first read them.
//!
//! A link is a public format: it sits in course pages, slides and bookmarks. Each entry
//! here is opened as the page opens it (`History::new(parse_query(link))`), then played on
//! (unpaused) for a minute of session time in quarter-second frames; the digest is an
//! FNV-1a hash of the `Debug` text of the notices, of the display choices read (which no
//! snapshot shows), and of what every fifth second's snapshot shows: each node (who it is,
//! where, on or off, its load, copy and honesty), the packets in flight, the numbers, the
//! event log and the sentences. A change of the link's reader, the script's commands or the
//! replay that moves any of them fails here with the link that moved.
//!
//! The drawn links are left out: they are a view of the nodes (`link_views`), checked
//! against the engine's partners by `tests/drawn_links.rs`, and the digest would otherwise
//! move with how a snapshot carries them rather than with what a learner sees.
//!
//! The digests were recorded on the code before the model was split into layers (the tree
//! whose model was one flat folder), so they hold what old links showed then; they are
//! literals, never recomputed by the code under test. When a change of behaviour is intended (a link is
//! *meant* to replay differently), print the new digests with
//! `NETMODELS_CORPUS_PRINT=1 cargo test --test link_corpus -- --nocapture` and review why.
#![cfg(not(target_arch = "wasm32"))]

use netmodels::model::{Command, DiagramSnapshot, History, LabSnapshot, parse_query};

/// Session seconds each link is played on for after it opens.
const PLAY_SECONDS: f64 = 65.0;
/// Frames of wall time handed to the page, as its animation loop does at 4 frames a second.
const FRAME_SECONDS: f64 = 0.25;
/// A snapshot enters the digest every this many frames (5 s).
const DIGEST_EVERY: usize = 20;

/// Re-recorded once on purpose, when servers and peers got a capacity: every load bar became
/// a share of its node's capacity (and a node's queue entered the digest), and the traffic
/// of the six links that ask more than it (twelve or more clients of one server at the
/// default rate, `rate=8` or more) waits and times out. Replayed with the old bar scale,
/// every other link gave its old digest.
///
/// (link, digest): every link found in the project's tests and docs, with its replay's
/// digest on the code that first read it. Template links of the browser tests are written
/// out for the values they take; HTML-escaped ones (`&amp;`) unescaped, as a browser does.
const CORPUS: &[(&str, u64)] = &[
    // The default page and the README's examples.
    ("", 0xb916a8542fd402fa),
    ("clients=12&peers=12", 0x71f84566d0849ef7),
    ("servers=1&clients=12&peers=12", 0x71f84566d0849ef7),
    ("clients=99&peers=100&rate=8", 0x361ca4aa1b428c5a),
    ("bad=p2&verify=1", 0x3e63d882c522c145),
    ("labels=analogy", 0x07681237feaf9604),
    ("tour=server", 0x3a4f7fdecf0be9dd),
    ("tour=trust", 0x27dee2fc1778b875),
    ("tour=3", 0x5df20b4d94952b4b),
    ("lang=fr", 0xb4d2c44af4c855e7),
    ("view=scaling", 0x13c048e94417666e),
    ("view=client-server&clients=5&down=s1", 0x96a64b196862a05a),
    // docs/embedding.md.
    ("view=client-server&clients=4&down=s1", 0x1fe6e520dfcdfce4),
    (
        "view=client-server&clients=6&controls=minimal&theme=light",
        0xc4266e482ad7dcd3,
    ),
    (
        "view=client-server&clients=6&script=5:off:s1,15:on:s1",
        0xd500bb340d5daeb9,
    ),
    (
        "file=15Gbit&server_up=30Mbit/s&dmin=2Mbit/s&peer_up=700kbit/s&n=10",
        0xf9741bad55da11e4,
    ),
    (
        "view=scaling&file=15Gbit&server_up=30Mbit/s&dmin=2Mbit/s&peer_up=700kbit/s&n=10",
        0xfa818da5b414a138,
    ),
    // Browser tests.
    ("bad=p2&peers=5&speed=4", 0xae4d02f1dbbc80fd),
    ("bad=p2&peers=5&verify=1&speed=4", 0x7d910af70bf2dff8),
    ("bad=s1,p2&peers=5&speed=4", 0x0668c5f0f8cfa674),
    ("clients=2", 0xcf8bb9ae9df57edc),
    ("clients=3&peers=4", 0x8602b62d4abb0467),
    ("clients=3&peers=4&down=p2", 0xeea4b446533c6054),
    ("clients=3&peers=4&lang=fr", 0x40b73c50d2cbd496),
    ("clients=3&peers=4&theme=dark", 0x5bfeabf9e9e6566c),
    ("clients=4&peers=5", 0xbd14e458b5e57f81),
    ("clients=3&down=p2", 0x0e3eaf0b97040f47),
    ("controls=none", 0x2cd9e2682ca227d9),
    ("controls=none&view=peer-to-peer&tour=5", 0x5557ab72f4925ed2),
    ("down=c2", 0xe5ce782b88e9ffa3),
    (
        "lang=en&down=s1,p2&zoom=1&labels=analogy&tour=3",
        0x8c5c7d0325a8604b,
    ),
    (
        "lang=fr&down=s1,p2&zoom=1&labels=analogy&tour=3",
        0x862d40dc70720e98,
    ),
    (
        "lang=de&down=s1,p2&zoom=1&labels=analogy&tour=3",
        0x7d3afad3569b023f,
    ),
    (
        "lang=es&down=s1,p2&zoom=1&labels=analogy&tour=3",
        0xdcf5435293bc5020,
    ),
    ("lang=de", 0x904b4d3f4062399a),
    ("lang=fr&theme=dark&down=s1", 0x39c2b1b84df53346),
    ("lang=fr&tour=3", 0xafd2632ae9d3ab3c),
    ("lang=fr&view=scaling", 0x90e8192a2fe6cebb),
    ("lang=xx", 0xe2b1ab7da8cf0818),
    ("paused=1", 0xe273aabac568c8c0),
    (
        "paused=1&controls=minimal&log=0&theme=dark&servers=3&clients=6",
        0xa7d7cb04e01c649f,
    ),
    ("peers=5&down=p3", 0xe2569d9d1017d16d),
    ("peers=7&down=p2,p3", 0x40ff4f25aad9223b),
    ("script=10:clients:8,20:off:s1", 0xe7d8b4110a78e3a8),
    ("script=5:off:s1&t=8", 0xb16094ff2e741912),
    ("speed=3", 0xb1d936ba901ecae4),
    ("speed=4", 0xf815707952d146d6),
    ("speed=4&script=2:off:s1,4:on:s1", 0x1d6956995572183b),
    ("t=900", 0xb0305adeb01ec633),
    ("theme=", 0xdaf52200892dea71),
    ("theme=dark&labels=analogy&tour=5", 0x716c107105e362ba),
    ("tour=1", 0x3a4f7fdecf0be9dd),
    ("view=", 0xf6068ab2e2457513),
    (
        "view=%3Cimg%20src%3Dx%20onerror%3D%22document.title%3D'pwned'%22%3E&clients=abc&clients=3&zoom=9&speed=",
        0x34ade850b3135966,
    ),
    (
        "view=both&theme=light&down=s1,p2&zoom=1",
        0x32e83ada65f5d9d8,
    ),
    (
        "view=peer-to-peer&theme=dark&down=s1,p2&zoom=1",
        0xf4de07af4325f7f8,
    ),
    ("view=client-server&clients=5", 0x2aed24daa619bdce),
    ("view=peer-to-peer", 0xc387fd093ca10fcc),
    ("script=0:dishonest:p3&t=0", 0xda8d37f611beff19),
    // Links the native tests read or expect Share to write.
    ("bad=p2,x9,<i>s7</i>,P3&peers=4", 0x51ad0b12c868a7f7),
    (
        "clients=0&speed=0.01&peers=18446744073709551616",
        0x74555acc7cc499ee,
    ),
    (
        "clients=3&script=2:off:c5,4:clients:6,5:off:c5,6:peers:2,7:on:p3",
        0x2d694c9f00018d86,
    ),
    ("clients=5&speed=2&seed=7&down=c2", 0x12cc50311a61a030),
    (
        "clients=999&peers=1&servers=0&speed=100",
        0xb721b2df62c2a6f7,
    ),
    ("down=c7&clients=8", 0x25fc6425b6c452be),
    (
        "file=15Gbit&server_up=30Mbit/s&dmin=2%20Mbit/s&peer_up=700kbit/s&n=10",
        0xf9741bad55da11e4,
    ),
    ("file=2.5&n=40", 0x607637cbc4832819),
    (
        "file=lots&server_up=1e400&n=0&dmin=3furlongs",
        0x2223a572d218b7e7,
    ),
    ("labels=analogy&tour=3", 0x4490a9c11bb7027b),
    ("labels=pirate&tour=99", 0xfec5f1f27d44dc2c),
    ("lang=<b>pt</b>", 0xd3ef6580feae63c7),
    ("lang=DE-at", 0x904b4d3f4062399a),
    ("lang=es&clients=4", 0x6c85278c0772847e),
    (
        "paused=1&script=1:off:s1,1:on:s1,1:off:s1,2:publish,2:publish&t=3",
        0x85335382724ea496,
    ),
    ("peers=4&down=p2,%20P4,p5,s2,c01,x1,,p2", 0x777259e08051edb9),
    ("peers=5&peers=9", 0x904a4336a5fed4f8),
    ("rate=50", 0xbbd836f9baa6b9fd),
    ("servers=4&clients=3", 0xc62a3de0d6be6fb6),
    ("speed=1&speed=2", 0xd53118757a07cbba),
    ("speed=1e400&rate=-1e400", 0xf358ababd48959e1),
    ("speed=4x", 0xf815707952d146d6),
    ("speed=inf", 0x7ea95a9e364fdea1),
    ("t=soon", 0x4c5c5e2b5f45f852),
    ("tour=%3Cb%3Ehack", 0xe4bdb23578f53979),
    ("tour=3&down=p1&clients=5", 0x1b698d6e460fcd61),
    ("tour=8&down=p1", 0xb918adff62f592b3),
    ("tour=resilience", 0x40d2588e1ef47fa2),
    ("verify=maybe", 0x4409d8f6f8734873),
    ("clients=4&down=c2&lang=de", 0xc4fa713a232b5dca),
    (
        "peers=10&clients=4&script=5:off:s1,12.5:publish,20.01:on:p10,21:dishonest:p2,22:verify,23:publish:c1&t=12.3456",
        0x5c9dcc4df78d0a20,
    ),
    (
        "script=5:off:s1, 12:on:s1 ,20:publish,-3:off:c1,NaN:off:c1,inf:publish,7:off:s9,7:explode:s1,8:verify:s1,9:off,30:reset,x",
        0x8b5d4734795cf5f7,
    ),
    (
        "script=12.5:servers:2,30:clients:8,41:peers:20,50:tour:spof,60:tour:3",
        0x3252933a1f2db296,
    ),
    (
        "script=1:clients:999,2:peers:1,3:servers:99999999999999999999999,4:clients:many,5:peers:-3,6:peers:2.5,7:servers,8:tour:nowhere,9:clients:4:5",
        0x0543194fcf68e46f,
    ),
    (
        "script=3:off:s1,5:on:s1,5:publish&t=5.1229",
        0xefd4c770b5e7c8b8,
    ),
    // The one link whose replay changed on purpose: c3 is clicked off, then the network
    // is resized. A size change now keeps what was clicked (c3 stays off), where the flat
    // model rebuilt from the link's `down` list and switched c3 on again.
    (
        "clients=12&peers=12&script=4:off:c3,7.5:clients:5,7.5:peers:6,9.75:servers:2,9.75:off:s2,9.75:publish&t=11.4",
        0x3fae6b74622b1d74,
    ),
    (
        "tour=resilience&script=0:tour:resilience,3:tour:consistency,5:reset,7:peers:4&t=8.75",
        0x915bbba7ae6749e1,
    ),
    // Every verb of the old script grammar in one link, numbers and names of tour steps,
    // upper case, spaces and several entries at one moment.
    (
        "clients=6&peers=6&script=1:off:s1,1.5:ON:s1,2:publish,2:publish,3:publish:c2,3.25:publish:p4,\
         4:dishonest:p2,4.5:honest:p2,5:dishonest:s1,6:verify,8:noverify,9:servers:2,10:clients:9,\
         11:peers:8,12:off:p8,14:reset,16:tour:spof,20:tour:2,24:on:p4, 30 : off : c1 ,40:peers:3",
        0xef15154bad41fbb8,
    ),
    (
        "script=0.01:off:p1,0.02:on:p1,0.03:off:p1&speed=0.25",
        0xf582c9a499540beb,
    ),
    ("script=1799.99:off:s1&t=1800", 0x3d7aee267126c34a),
];

/// FNV-1a, 64 bits: a fixed, documented hash (the standard library's may change).
fn fnv1a(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The `Debug` text of what one network's drawing shows (its drawn links aside).
fn shown_diagram(d: &DiagramSnapshot) -> String {
    let nodes: Vec<String> = d
        .nodes
        .iter()
        .map(|n| {
            format!(
                "{:?}",
                (
                    &n.id,
                    n.role,
                    &n.label,
                    n.up,
                    n.position,
                    n.scale,
                    (n.load, n.load_fraction, n.queue),
                    (n.version, n.stale, n.honest, n.damaged),
                )
            )
        })
        .collect();
    format!(
        "{:?}{nodes:?}{:?}{:?}{:?}{:?}{:?}{:?}{:?}{:?}",
        d.kind, d.packets, d.metrics, d.log, d.log_at, d.insight, d.alarm, d.summary, d.consistency
    )
}

/// The `Debug` text of everything a snapshot shows (the drawn links aside).
fn shown(s: &LabSnapshot) -> String {
    format!(
        "{:?}{}{}",
        (
            s.paused,
            s.speed,
            s.time,
            s.session_time,
            &s.announcement,
            s.words,
            s.verify,
            &s.tour,
            s.tour_resume,
        ),
        shown_diagram(&s.client_server),
        shown_diagram(&s.peer_to_peer)
    )
}

/// What `link` shows when opened and played on for [`PLAY_SECONDS`], as one number.
fn digest(link: &str) -> u64 {
    let (scenario, notices) = parse_query(link);
    let mut hash = fnv1a(0xcbf2_9ce4_8422_2325, format!("{notices:?}").as_bytes());
    // How the page presents the scene: none of it is in the snapshot.
    let s = &scenario;
    let display = (
        s.view, s.controls, s.theme, s.show_log, s.lang, s.speed, s.paused,
    );
    let rest = (s.seed, s.rate, s.at, s.tour, s.chart, s.chart_receivers);
    hash = fnv1a(hash, format!("{display:?}{rest:?}").as_bytes());
    let mut history = History::new(scenario);
    hash = fnv1a(hash, shown(&history.snapshot()).as_bytes());
    history.apply(Command::SetPaused(false));
    let frames = (PLAY_SECONDS / FRAME_SECONDS) as usize;
    for frame in 1..=frames {
        history.elapse(FRAME_SECONDS);
        if frame % DIGEST_EVERY == 0 {
            hash = fnv1a(hash, shown(&history.snapshot()).as_bytes());
        }
    }
    hash
}

#[test]
fn every_old_link_replays_to_the_snapshots_it_always_did() {
    let print = std::env::var_os("NETMODELS_CORPUS_PRINT").is_some();
    let mut moved = Vec::new();
    for &(link, expected) in CORPUS {
        let got = digest(link);
        if print {
            println!("    ({link:?}, {got:#018x}),");
        }
        if got != expected {
            moved.push(format!("{link}: {got:#018x}, recorded {expected:#018x}"));
        }
    }
    assert!(
        moved.is_empty(),
        "{} of {} links replay differently:\n{}",
        moved.len(),
        CORPUS.len(),
        moved.join("\n")
    );
}

#[test]
fn the_digest_sees_a_small_difference() {
    // A link one entry apart, or one tick apart, must not hash alike: the corpus could not
    // fail otherwise.
    let a = digest("script=5:off:s1");
    assert_ne!(a, digest("script=5.01:off:s1"));
    assert_ne!(a, digest("script=5:off:s1,60:publish"));
    assert_eq!(
        a,
        digest("script=5:off:s1"),
        "the same link, the same digest"
    );
}
