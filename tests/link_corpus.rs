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

/// (link, digest): every link found in the project's tests and docs, with its replay's
/// digest on the code that first read it. Template links of the browser tests are written
/// out for the values they take; HTML-escaped ones (`&amp;`) unescaped, as a browser does.
const CORPUS: &[(&str, u64)] = &[
    // The default page and the README's examples.
    ("", 0xfc2230cb59c6d9ec),
    ("clients=12&peers=12", 0x06ef65f912a14639),
    ("servers=1&clients=12&peers=12", 0x06ef65f912a14639),
    ("clients=99&peers=100&rate=8", 0x26ef56f770b26685),
    ("bad=p2&verify=1", 0x507bd09aa28cb949),
    ("labels=analogy", 0x82eb11ad1eb57e84),
    ("tour=server", 0x25d28037667d4b74),
    ("tour=trust", 0xbbe57e3320b50f1c),
    ("tour=3", 0x0723a4e4a34bdd02),
    ("lang=fr", 0x33b0ab5e22379be3),
    ("view=scaling", 0x8e5b7dc2985a28e8),
    ("view=client-server&clients=5&down=s1", 0xcefc657454244f70),
    // docs/embedding.md.
    ("view=client-server&clients=4&down=s1", 0x4e6bfeceac7169c0),
    (
        "view=client-server&clients=6&controls=minimal&theme=light",
        0x49c698dfb7bab68f,
    ),
    (
        "view=client-server&clients=6&script=5:off:s1,15:on:s1",
        0x8a3b0b91f0f44f9e,
    ),
    (
        "file=15Gbit&server_up=30Mbit/s&dmin=2Mbit/s&peer_up=700kbit/s&n=10",
        0xcd13443ea0044e2a,
    ),
    (
        "view=scaling&file=15Gbit&server_up=30Mbit/s&dmin=2Mbit/s&peer_up=700kbit/s&n=10",
        0xf0bd053ab9d68a86,
    ),
    // Browser tests.
    ("bad=p2&peers=5&speed=4", 0x14d04cff85777a85),
    ("bad=p2&peers=5&verify=1&speed=4", 0xd1e66f6d78481fba),
    ("bad=s1,p2&peers=5&speed=4", 0xe559bc50a1e0c8ca),
    ("clients=2", 0x4b02a3d782c574ec),
    ("clients=3&peers=4", 0x2c5cd6900f5a8f88),
    ("clients=3&peers=4&down=p2", 0x0bf9cbc76f673c83),
    ("clients=3&peers=4&lang=fr", 0xbafdcea100e0183b),
    ("clients=3&peers=4&theme=dark", 0x8a2573c714b58e8d),
    ("clients=4&peers=5", 0xa843cf25755a5b55),
    ("clients=3&down=p2", 0x64f33db5c031c3ef),
    ("controls=none", 0xce694bdf58f50fd9),
    ("controls=none&view=peer-to-peer&tour=5", 0x553e141d5685459e),
    ("down=c2", 0x953af7f01c965a31),
    (
        "lang=en&down=s1,p2&zoom=1&labels=analogy&tour=3",
        0x95500e3879e3c1a5,
    ),
    (
        "lang=fr&down=s1,p2&zoom=1&labels=analogy&tour=3",
        0x046101428cc98e2c,
    ),
    (
        "lang=de&down=s1,p2&zoom=1&labels=analogy&tour=3",
        0x10bb520526de0061,
    ),
    (
        "lang=es&down=s1,p2&zoom=1&labels=analogy&tour=3",
        0x6884367d43551dc8,
    ),
    ("lang=de", 0xc39068e901e6e90c),
    ("lang=fr&theme=dark&down=s1", 0xbdb8058a43a86530),
    ("lang=fr&tour=3", 0x8eb99e9cf7fa7033),
    ("lang=fr&view=scaling", 0xc5b8f7fbb28886ef),
    ("lang=xx", 0xab8129591756ca09),
    ("paused=1", 0xe85b0905c08c865e),
    (
        "paused=1&controls=minimal&log=0&theme=dark&servers=3&clients=6",
        0xa6fdd4922b0dd784,
    ),
    ("peers=5&down=p3", 0x51b0105274b53e52),
    ("peers=7&down=p2,p3", 0x718ee7c1e509109c),
    ("script=10:clients:8,20:off:s1", 0x6121fcea2a793efb),
    ("script=5:off:s1&t=8", 0x1fd555071b66dd05),
    ("speed=3", 0x87a4f5613d62c692),
    ("speed=4", 0xfbfde3a18e32e9e5),
    ("speed=4&script=2:off:s1,4:on:s1", 0x34352b5e8c632c08),
    ("t=900", 0x9a459f4f2688ba20),
    ("theme=", 0x6bb122addc981a08),
    ("theme=dark&labels=analogy&tour=5", 0x189fcb1a8beeeb3c),
    ("tour=1", 0x25d28037667d4b74),
    ("view=", 0xf1dda55147c51f3e),
    (
        "view=%3Cimg%20src%3Dx%20onerror%3D%22document.title%3D'pwned'%22%3E&clients=abc&clients=3&zoom=9&speed=",
        0x2eb8fd3bc5df07a9,
    ),
    (
        "view=both&theme=light&down=s1,p2&zoom=1",
        0x0bf5f6ad8b89fd6b,
    ),
    (
        "view=peer-to-peer&theme=dark&down=s1,p2&zoom=1",
        0x5c92300355d8dd65,
    ),
    ("view=client-server&clients=5", 0xfefc6cd8ebd814bf),
    ("view=peer-to-peer", 0xca91334a1572d402),
    ("script=0:dishonest:p3&t=0", 0x341b590bfa378219),
    // Links the native tests read or expect Share to write.
    ("bad=p2,x9,<i>s7</i>,P3&peers=4", 0xc60bb2664c903a0c),
    (
        "clients=0&speed=0.01&peers=18446744073709551616",
        0x7a2d6fb05778b1e6,
    ),
    (
        "clients=3&script=2:off:c5,4:clients:6,5:off:c5,6:peers:2,7:on:p3",
        0x8a7609022b4c14fa,
    ),
    ("clients=5&speed=2&seed=7&down=c2", 0xba4760f1c915e745),
    (
        "clients=999&peers=1&servers=0&speed=100",
        0x7b95367093df2d43,
    ),
    ("down=c7&clients=8", 0xc14bafac94f67b2f),
    (
        "file=15Gbit&server_up=30Mbit/s&dmin=2%20Mbit/s&peer_up=700kbit/s&n=10",
        0xcd13443ea0044e2a,
    ),
    ("file=2.5&n=40", 0xe0af758240b7d299),
    (
        "file=lots&server_up=1e400&n=0&dmin=3furlongs",
        0xe1931f4d57673896,
    ),
    ("labels=analogy&tour=3", 0x3538212a136a9526),
    ("labels=pirate&tour=99", 0xdeb9ddd283a5190d),
    ("lang=<b>pt</b>", 0xdac6525d385aa812),
    ("lang=DE-at", 0xc39068e901e6e90c),
    ("lang=es&clients=4", 0xfc9572a057386d21),
    (
        "paused=1&script=1:off:s1,1:on:s1,1:off:s1,2:publish,2:publish&t=3",
        0x2c0d92bc6e2df9c6,
    ),
    ("peers=4&down=p2,%20P4,p5,s2,c01,x1,,p2", 0xc09928784dc33b99),
    ("peers=5&peers=9", 0x808703b65d27fc64),
    ("rate=50", 0xf2e1e251ecb6ffc5),
    ("servers=4&clients=3", 0xe5bd0de1a879ec39),
    ("speed=1&speed=2", 0x53a8adbab86a7e49),
    ("speed=1e400&rate=-1e400", 0x8f3eb501f7ec6f4e),
    ("speed=4x", 0xfbfde3a18e32e9e5),
    ("speed=inf", 0xe9e16d9a0e103964),
    ("t=soon", 0x2fd5b3a6bbfb81f5),
    ("tour=%3Cb%3Ehack", 0xb1b7be814cfe784e),
    ("tour=3&down=p1&clients=5", 0xac33a36694051124),
    ("tour=8&down=p1", 0x0921921eb428e996),
    ("tour=resilience", 0x7f85677000b3e7f5),
    ("verify=maybe", 0xeab326d304e13d48),
    ("clients=4&down=c2&lang=de", 0x9170572b076a4e56),
    (
        "peers=10&clients=4&script=5:off:s1,12.5:publish,20.01:on:p10,21:dishonest:p2,22:verify,23:publish:c1&t=12.3456",
        0x93ccd3e8ad8d9cef,
    ),
    (
        "script=5:off:s1, 12:on:s1 ,20:publish,-3:off:c1,NaN:off:c1,inf:publish,7:off:s9,7:explode:s1,8:verify:s1,9:off,30:reset,x",
        0xcd86e5676af8bf25,
    ),
    (
        "script=12.5:servers:2,30:clients:8,41:peers:20,50:tour:spof,60:tour:3",
        0xd1f7dd9c82f815df,
    ),
    (
        "script=1:clients:999,2:peers:1,3:servers:99999999999999999999999,4:clients:many,5:peers:-3,6:peers:2.5,7:servers,8:tour:nowhere,9:clients:4:5",
        0xcaa8a1b33068ec55,
    ),
    (
        "script=3:off:s1,5:on:s1,5:publish&t=5.1229",
        0xc327d9e6c3acf883,
    ),
    // The one link whose replay changed on purpose: c3 is clicked off, then the network
    // is resized. A size change now keeps what was clicked (c3 stays off), where the flat
    // model rebuilt from the link's `down` list and switched c3 on again.
    (
        "clients=12&peers=12&script=4:off:c3,7.5:clients:5,7.5:peers:6,9.75:servers:2,9.75:off:s2,9.75:publish&t=11.4",
        0x6d312ff010c7a933,
    ),
    (
        "tour=resilience&script=0:tour:resilience,3:tour:consistency,5:reset,7:peers:4&t=8.75",
        0x35fdf6d93167e5dd,
    ),
    // Every verb of the old script grammar in one link, numbers and names of tour steps,
    // upper case, spaces and several entries at one moment.
    (
        "clients=6&peers=6&script=1:off:s1,1.5:ON:s1,2:publish,2:publish,3:publish:c2,3.25:publish:p4,\
         4:dishonest:p2,4.5:honest:p2,5:dishonest:s1,6:verify,8:noverify,9:servers:2,10:clients:9,\
         11:peers:8,12:off:p8,14:reset,16:tour:spof,20:tour:2,24:on:p4, 30 : off : c1 ,40:peers:3",
        0x9f06b54f4fde77a3,
    ),
    (
        "script=0.01:off:p1,0.02:on:p1,0.03:off:p1&speed=0.25",
        0xd486540bea4cc54c,
    ),
    ("script=1799.99:off:s1&t=1800", 0xa9f7914038047f56),
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
