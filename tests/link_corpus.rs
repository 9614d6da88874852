//! Old links keep meaning what they meant: a corpus of every share link and query string
//! written in the project's tests, docs, README, browser tests and offline copies, each
//! replayed to a digest recorded on the code that first read them.
//!
//! A link is a public format: it sits in course pages, slides and bookmarks. Each entry
//! here is opened as the page opens it (`History::new(parse_query(link))`), then played on
//! (unpaused) for a minute of session time in quarter-second frames; the digest is an
//! FNV-1a hash of the `Debug` text of the notices, of the display choices read (which no
//! snapshot shows), and of what every fifth second's snapshot shows: each node (who it is,
//! where, on or off, its load and queue, copy and honesty), the packets in flight, the numbers, the
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
/// a share of its node's capacity, a node's queue entered the digest (only when it holds
/// one), and the traffic of the six links that ask more than a server or peer answers
/// (twelve clients of one server at the default rate, `rate=8` or more) waits and times
/// out. Replayed with the old bar scale, every other link gave its old digest.
///
/// (link, digest): every link found in the project's tests and docs, with its replay's
/// digest on the code that first read it. Template links of the browser tests are written
/// out for the values they take; HTML-escaped ones (`&amp;`) unescaped, as a browser does.
const CORPUS: &[(&str, u64)] = &[
    // The default page and the README's examples.
    ("", 0x9519b704c349874c),
    ("clients=12&peers=12", 0x90c9c726c4c1dd1e),
    ("servers=1&clients=12&peers=12", 0x90c9c726c4c1dd1e),
    ("clients=99&peers=100&rate=8", 0xcb92fa220951f283),
    ("bad=p2&verify=1", 0x7ca3967d32e8b3ed),
    ("labels=analogy", 0xa9dcd765215ed26e),
    ("tour=server", 0x130fd0b7a776bfe5),
    ("tour=trust", 0x9a1ff75cf7897657),
    ("tour=3", 0x2be2eb563f9239a7),
    ("lang=fr", 0xf439c3481d7da8ef),
    ("view=scaling", 0xe97d45d1189eb9e8),
    ("view=client-server&clients=5&down=s1", 0xd13461a7c5acf862),
    // docs/embedding.md.
    ("view=client-server&clients=4&down=s1", 0x9c704e7861e48620),
    (
        "view=client-server&clients=6&controls=minimal&theme=light",
        0xda526b00af0c2505,
    ),
    (
        "view=client-server&clients=6&script=5:off:s1,15:on:s1",
        0xc6286cb73bc0ab17,
    ),
    (
        "file=15Gbit&server_up=30Mbit/s&dmin=2Mbit/s&peer_up=700kbit/s&n=10",
        0x0546a0ae7cd2568e,
    ),
    (
        "view=scaling&file=15Gbit&server_up=30Mbit/s&dmin=2Mbit/s&peer_up=700kbit/s&n=10",
        0x63eeb334f5844d0a,
    ),
    // Browser tests.
    ("bad=p2&peers=5&speed=4", 0x6a072eec21c92323),
    ("bad=p2&peers=5&verify=1&speed=4", 0x36c65dbcc091e075),
    ("bad=s1,p2&peers=5&speed=4", 0x18d9e101039b0664),
    ("clients=2", 0x8841ebbbc2165efc),
    ("clients=3&peers=4", 0xd80a6f4b82b889df),
    ("clients=3&peers=4&down=p2", 0x291b67da76833b6e),
    ("clients=3&peers=4&lang=fr", 0x8952202a79393236),
    ("clients=3&peers=4&theme=dark", 0x440bdddbd1892c9c),
    ("clients=4&peers=5", 0xd9f1769bfc1ac693),
    ("clients=3&down=p2", 0x4ec3ac1e557d362e),
    ("controls=none", 0xc8fc49875c669401),
    ("controls=none&view=peer-to-peer&tour=5", 0xb43d4f50cf6fc0ec),
    ("down=c2", 0xe46fa6f7ead2b5f7),
    (
        "lang=en&down=s1,p2&zoom=1&labels=analogy&tour=3",
        0xf3d0e10e041d3b1a,
    ),
    (
        "lang=fr&down=s1,p2&zoom=1&labels=analogy&tour=3",
        0xfe927f1513cb8a01,
    ),
    (
        "lang=de&down=s1,p2&zoom=1&labels=analogy&tour=3",
        0x3da2f22d6b88d376,
    ),
    (
        "lang=es&down=s1,p2&zoom=1&labels=analogy&tour=3",
        0xe261e095d8e2264d,
    ),
    ("lang=de", 0xafa626302e3da46c),
    ("lang=fr&theme=dark&down=s1", 0x2c3d65fcab8d7fe0),
    ("lang=fr&tour=3", 0xef2727cba35cde48),
    ("lang=fr&view=scaling", 0xda8582cc3543bbfb),
    ("lang=xx", 0x4d528b6ab686fcf1),
    ("paused=1", 0xa73235f71511a522),
    (
        "paused=1&controls=minimal&log=0&theme=dark&servers=3&clients=6",
        0x96467d67cd8d6107,
    ),
    ("peers=5&down=p3", 0x50a7e5e230dc9e58),
    ("peers=7&down=p2,p3", 0x9d7543110cbd00fc),
    ("script=10:clients:8,20:off:s1", 0x57c9047ad5c60ce4),
    ("script=5:off:s1&t=8", 0x582e8b6ada9d4a0b),
    ("speed=3", 0x98120be6e3581016),
    ("speed=4", 0x6fd2f3524f60d3ba),
    ("speed=4&script=2:off:s1,4:on:s1", 0x98c755223d79d0ed),
    ("t=900", 0xf3fb76cce67f82dc),
    ("theme=", 0xa1c895ba5d0c1008),
    ("theme=dark&labels=analogy&tour=5", 0xd3b9200303e5df5e),
    ("tour=1", 0x130fd0b7a776bfe5),
    ("view=", 0xa66eb82586988182),
    (
        "view=%3Cimg%20src%3Dx%20onerror%3D%22document.title%3D'pwned'%22%3E&clients=abc&clients=3&zoom=9&speed=",
        0x024193476c05a711,
    ),
    (
        "view=both&theme=light&down=s1,p2&zoom=1",
        0x8b538a7837626f34,
    ),
    (
        "view=peer-to-peer&theme=dark&down=s1,p2&zoom=1",
        0xe27f5a85da4f8a5e,
    ),
    ("view=client-server&clients=5", 0x354eaacb8d253200),
    ("view=peer-to-peer", 0x6388f60b0b4f16c6),
    ("script=0:dishonest:p3&t=0", 0x9c0ed089c37d6557),
    // Links the native tests read or expect Share to write.
    ("bad=p2,x9,<i>s7</i>,P3&peers=4", 0xb3c037f575396707),
    (
        "clients=0&speed=0.01&peers=18446744073709551616",
        0xcbe921e6579e4dfd,
    ),
    (
        "clients=3&script=2:off:c5,4:clients:6,5:off:c5,6:peers:2,7:on:p3",
        0x1d45f9399e0056e2,
    ),
    ("clients=5&speed=2&seed=7&down=c2", 0x4fe769b68a288c91),
    (
        "clients=999&peers=1&servers=0&speed=100",
        0x1dfb6284caa4e054,
    ),
    ("down=c7&clients=8", 0x49417ec7e0ae60fe),
    (
        "file=15Gbit&server_up=30Mbit/s&dmin=2%20Mbit/s&peer_up=700kbit/s&n=10",
        0x0546a0ae7cd2568e,
    ),
    ("file=2.5&n=40", 0x13a00e238e8612c1),
    (
        "file=lots&server_up=1e400&n=0&dmin=3furlongs",
        0xdabf495bc5b32f1a,
    ),
    ("labels=analogy&tour=3", 0x3b84a79042051c47),
    ("labels=pirate&tour=99", 0x7638e908132d7e47),
    ("lang=<b>pt</b>", 0x2c159b31ea786e56),
    ("lang=DE-at", 0xafa626302e3da46c),
    ("lang=es&clients=4", 0x6f2c307fbb4539f2),
    (
        "paused=1&script=1:off:s1,1:on:s1,1:off:s1,2:publish,2:publish&t=3",
        0x01153caf756be635,
    ),
    ("peers=4&down=p2,%20P4,p5,s2,c01,x1,,p2", 0x9d23b99613533709),
    ("peers=5&peers=9", 0x22d00337a166cf71),
    ("rate=50", 0xf1ba3f5dcc942f16),
    ("servers=4&clients=3", 0xf770d0b201894a62),
    ("speed=1&speed=2", 0x5fac84a2fbbc9031),
    ("speed=1e400&rate=-1e400", 0x2579466aa307d243),
    ("speed=4x", 0x6fd2f3524f60d3ba),
    ("speed=inf", 0xabd646f0d072dec4),
    ("t=soon", 0x1865b45c6beda33d),
    ("tour=%3Cb%3Ehack", 0xa74ab6beca39c292),
    ("tour=3&down=p1&clients=5", 0xbb739400e665eae5),
    ("tour=8&down=p1", 0x82344556217aaca6),
    ("tour=resilience", 0x5915a4a8a5b17552),
    ("verify=maybe", 0x692d46eeaa5c2d48),
    ("clients=4&down=c2&lang=de", 0xf0e775486130bea0),
    (
        "peers=10&clients=4&script=5:off:s1,12.5:publish,20.01:on:p10,21:dishonest:p2,22:verify,23:publish:c1&t=12.3456",
        0xc7daf88f0225fd8f,
    ),
    (
        "script=5:off:s1, 12:on:s1 ,20:publish,-3:off:c1,NaN:off:c1,inf:publish,7:off:s9,7:explode:s1,8:verify:s1,9:off,30:reset,x",
        0x0fcfe5a880dd747d,
    ),
    (
        "script=12.5:servers:2,30:clients:8,41:peers:20,50:tour:spof,60:tour:3",
        0xae27eeaea2f8522c,
    ),
    (
        "script=1:clients:999,2:peers:1,3:servers:99999999999999999999999,4:clients:many,5:peers:-3,6:peers:2.5,7:servers,8:tour:nowhere,9:clients:4:5",
        0x9699e911392e321f,
    ),
    (
        "script=3:off:s1,5:on:s1,5:publish&t=5.1229",
        0xa0d26ec450115115,
    ),
    // The one link whose replay changed on purpose: c3 is clicked off, then the network
    // is resized. A size change now keeps what was clicked (c3 stays off), where the flat
    // model rebuilt from the link's `down` list and switched c3 on again.
    (
        "clients=12&peers=12&script=4:off:c3,7.5:clients:5,7.5:peers:6,9.75:servers:2,9.75:off:s2,9.75:publish&t=11.4",
        0x4cbda46b4204363e,
    ),
    (
        "tour=resilience&script=0:tour:resilience,3:tour:consistency,5:reset,7:peers:4&t=8.75",
        0x2767ffdec3979620,
    ),
    // Every verb of the old script grammar in one link, numbers and names of tour steps,
    // upper case, spaces and several entries at one moment.
    (
        "clients=6&peers=6&script=1:off:s1,1.5:ON:s1,2:publish,2:publish,3:publish:c2,3.25:publish:p4,\
         4:dishonest:p2,4.5:honest:p2,5:dishonest:s1,6:verify,8:noverify,9:servers:2,10:clients:9,\
         11:peers:8,12:off:p8,14:reset,16:tour:spof,20:tour:2,24:on:p4, 30 : off : c1 ,40:peers:3",
        0x078ea620c79b296a,
    ),
    (
        "script=0.01:off:p1,0.02:on:p1,0.03:off:p1&speed=0.25",
        0x7faf03aeb1447f85,
    ),
    ("script=1799.99:off:s1&t=1800", 0x6fcb21adca99ae8d),
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
            // A queue enters only when there is one, so the digest of a scene whose
            // capacity never binds is the one recorded before nodes had queues.
            let queue = match n.queue {
                0 => String::new(),
                waiting => format!("queue {waiting}"),
            };
            format!(
                "{:?}{queue}",
                (
                    &n.id,
                    n.role,
                    &n.label,
                    n.up,
                    n.position,
                    n.scale,
                    (n.load, n.load_fraction),
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
