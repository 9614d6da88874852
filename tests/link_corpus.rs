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
    ("", 0x12702d4e6f8bd362),
    ("clients=12&peers=12", 0xd9ed67313eb47973),
    ("servers=1&clients=12&peers=12", 0xd9ed67313eb47973),
    ("clients=99&peers=100&rate=8", 0xab4a3792fbcc9239),
    ("bad=p2&verify=1", 0xfcd5ef55f62b058b),
    ("labels=analogy", 0x9798a06c255e7172),
    ("tour=server", 0x5877dca5ec0412ca),
    ("tour=trust", 0xae8a006cfc799fa2),
    ("tour=3", 0x96acf4cbb2eab5cc),
    ("lang=fr", 0x0d8f7365ccf72e79),
    ("view=scaling", 0xa617845ffa45e16e),
    ("view=client-server&clients=5&down=s1", 0xb23febcee65eca1c),
    // docs/embedding.md.
    ("view=client-server&clients=4&down=s1", 0x24b48a73e57290b4),
    (
        "view=client-server&clients=6&controls=minimal&theme=light",
        0x4c18a31d65c327a3,
    ),
    (
        "view=client-server&clients=6&script=5:off:s1,15:on:s1",
        0xc561508b30c99eb6,
    ),
    (
        "file=15Gbit&server_up=30Mbit/s&dmin=2Mbit/s&peer_up=700kbit/s&n=10",
        0x361a0a71e17f0630,
    ),
    (
        "view=scaling&file=15Gbit&server_up=30Mbit/s&dmin=2Mbit/s&peer_up=700kbit/s&n=10",
        0xff83035819e8c2ac,
    ),
    // Browser tests.
    ("bad=p2&peers=5&speed=4", 0xd7809f3d14cf4c8b),
    ("bad=p2&peers=5&verify=1&speed=4", 0xa6f6e847613f7584),
    ("bad=s1,p2&peers=5&speed=4", 0x9e40d4e026e45070),
    ("clients=2", 0xc20e97759a3d3808),
    ("clients=3&peers=4", 0x0daca4479bf58856),
    ("clients=3&peers=4&down=p2", 0x058df76302150df1),
    ("clients=3&peers=4&lang=fr", 0x1bfdfa99fb6e6ca9),
    ("clients=3&peers=4&theme=dark", 0x07654e1e9f148f8b),
    ("clients=4&peers=5", 0x3bed4226883f2101),
    ("clients=3&down=p2", 0x9a0eddb793b482f1),
    ("controls=none", 0x1ea860b0e8cb3407),
    ("controls=none&view=peer-to-peer&tour=5", 0x0f94e6800404b858),
    ("down=c2", 0xd1c5f3d224d936f1),
    (
        "lang=en&down=s1,p2&zoom=1&labels=analogy&tour=3",
        0x8933c7d2d6a69137,
    ),
    (
        "lang=fr&down=s1,p2&zoom=1&labels=analogy&tour=3",
        0x3c2ea6c47abb3d66,
    ),
    (
        "lang=de&down=s1,p2&zoom=1&labels=analogy&tour=3",
        0x4d98dc0335dc3243,
    ),
    (
        "lang=es&down=s1,p2&zoom=1&labels=analogy&tour=3",
        0x44d46a2b29a0a4f2,
    ),
    ("lang=de", 0x3175e24891850982),
    ("lang=fr&theme=dark&down=s1", 0x968bd2676b31ce64),
    ("lang=fr&tour=3", 0x07d0dbfd4ee0f105),
    ("lang=fr&view=scaling", 0xcf608ac41ad24765),
    ("lang=xx", 0x1ba38cd2881e1ff7),
    ("paused=1", 0xd947d7c53fa29e64),
    (
        "paused=1&controls=minimal&log=0&theme=dark&servers=3&clients=6",
        0xebf9a8cb27acc5f0,
    ),
    ("peers=5&down=p3", 0xcd9734a43789f534),
    ("peers=7&down=p2,p3", 0x2836a27be1afb406),
    ("script=10:clients:8,20:off:s1", 0x8d103f6217f3bd49),
    ("script=5:off:s1&t=8", 0x1fd555071b66dd05),
    ("speed=3", 0x776fd8d5a5f063b4),
    ("speed=4", 0x2a00d70afa0c05f7),
    ("speed=4&script=2:off:s1,4:on:s1", 0x98de1fc6efd47d6e),
    ("t=900", 0x9a459f4f2688ba20),
    ("theme=", 0xe30e970e229b510e),
    ("theme=dark&labels=analogy&tour=5", 0x225653edbb01cd7e),
    ("tour=1", 0x5877dca5ec0412ca),
    ("view=", 0x10c7ed1df6784a44),
    (
        "view=%3Cimg%20src%3Dx%20onerror%3D%22document.title%3D'pwned'%22%3E&clients=abc&clients=3&zoom=9&speed=",
        0x538fb9957f1dda97,
    ),
    (
        "view=both&theme=light&down=s1,p2&zoom=1",
        0xfc4afa1b11704163,
    ),
    (
        "view=peer-to-peer&theme=dark&down=s1,p2&zoom=1",
        0xbfdfbc2134cc7bad,
    ),
    ("view=client-server&clients=5", 0x99d99d7396db4a79),
    ("view=peer-to-peer", 0x3df3afb7ed1d3e48),
    ("script=0:dishonest:p3&t=0", 0x5854a6abb98b7473),
    // Links the native tests read or expect Share to write.
    ("bad=p2,x9,<i>s7</i>,P3&peers=4", 0x933151f4fe4f3dd6),
    (
        "clients=0&speed=0.01&peers=18446744073709551616",
        0xb7c919f928910d00,
    ),
    (
        "clients=3&script=2:off:c5,4:clients:6,5:off:c5,6:peers:2,7:on:p3",
        0xff50f21b0c9fe172,
    ),
    ("clients=5&speed=2&seed=7&down=c2", 0xae4edb05e6b71b61),
    (
        "clients=999&peers=1&servers=0&speed=100",
        0x2d9272049f5f7fed,
    ),
    ("down=c7&clients=8", 0x5413430ffeffc161),
    (
        "file=15Gbit&server_up=30Mbit/s&dmin=2%20Mbit/s&peer_up=700kbit/s&n=10",
        0x361a0a71e17f0630,
    ),
    ("file=2.5&n=40", 0x7573f9521a6649c7),
    (
        "file=lots&server_up=1e400&n=0&dmin=3furlongs",
        0xfd1eac1a4b9fed7c,
    ),
    ("labels=analogy&tour=3", 0x4aeb2e915f29d8e8),
    ("labels=pirate&tour=99", 0x9d0702f4898569e7),
    ("lang=<b>pt</b>", 0xf6cba6f76fdd2d18),
    ("lang=DE-at", 0x3175e24891850982),
    ("lang=es&clients=4", 0xc2aa4f76c839599d),
    (
        "paused=1&script=1:off:s1,1:on:s1,1:off:s1,2:publish,2:publish&t=3",
        0x6a25e785e2c2ad86,
    ),
    ("peers=4&down=p2,%20P4,p5,s2,c01,x1,,p2", 0x20b447cb62f2153f),
    ("peers=5&peers=9", 0x64438ba9afc10ea6),
    ("rate=50", 0x5a2d7838ac41a5a3),
    ("servers=4&clients=3", 0x2069ab2adafb910d),
    ("speed=1&speed=2", 0xc83167999e2da337),
    ("speed=1e400&rate=-1e400", 0x1e8fcfaa18cb70ec),
    ("speed=4x", 0x2a00d70afa0c05f7),
    ("speed=inf", 0xf5970f3fd16cd81a),
    ("t=soon", 0x981367abbaaf03d3),
    ("tour=%3Cb%3Ehack", 0x1f4f656239b92794),
    ("tour=3&down=p1&clients=5", 0x59b4411fed04f7ce),
    ("tour=8&down=p1", 0x4464be44dc43ea70),
    ("tour=resilience", 0x05c8235fb1e5911b),
    ("verify=maybe", 0x442a9e5a4530474e),
    ("clients=4&down=c2&lang=de", 0x0872fa6c592a2004),
    (
        "peers=10&clients=4&script=5:off:s1,12.5:publish,20.01:on:p10,21:dishonest:p2,22:verify,23:publish:c1&t=12.3456",
        0x93ccd3e8ad8d9cef,
    ),
    (
        "script=5:off:s1, 12:on:s1 ,20:publish,-3:off:c1,NaN:off:c1,inf:publish,7:off:s9,7:explode:s1,8:verify:s1,9:off,30:reset,x",
        0xbe1dfe7a9bad97ab,
    ),
    (
        "script=12.5:servers:2,30:clients:8,41:peers:20,50:tour:spof,60:tour:3",
        0xd725c262eaf6ef9f,
    ),
    (
        "script=1:clients:999,2:peers:1,3:servers:99999999999999999999999,4:clients:many,5:peers:-3,6:peers:2.5,7:servers,8:tour:nowhere,9:clients:4:5",
        0xf8e6dd132ea0fa8f,
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
        0xdd74ffdfc3714477,
    ),
    (
        "tour=resilience&script=0:tour:resilience,3:tour:consistency,5:reset,7:peers:4&t=8.75",
        0x317b4c3d8c442b6c,
    ),
    // Every verb of the old script grammar in one link, numbers and names of tour steps,
    // upper case, spaces and several entries at one moment.
    (
        "clients=6&peers=6&script=1:off:s1,1.5:ON:s1,2:publish,2:publish,3:publish:c2,3.25:publish:p4,\
         4:dishonest:p2,4.5:honest:p2,5:dishonest:s1,6:verify,8:noverify,9:servers:2,10:clients:9,\
         11:peers:8,12:off:p8,14:reset,16:tour:spof,20:tour:2,24:on:p4, 30 : off : c1 ,40:peers:3",
        0x793bf1b8b7480d8c,
    ),
    (
        "script=0.01:off:p1,0.02:on:p1,0.03:off:p1&speed=0.25",
        0x97309eaf33586592,
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
