//! Old links keep meaning what they meant: a corpus of every share link and query string
//! written in the project's tests, docs, README, browser tests and offline copies, each
//! replayed to a digest recorded on the code that first read them.
//!
//! A link is a public format: it sits in course pages, slides and bookmarks. Each entry
//! here is opened as the page opens it (`History::new(parse_query(link))`), then played on
//! (unpaused) for a minute of session time in quarter-second frames; the digest is an
//! FNV-1a hash of the `Debug` text of the notices, of the display choices read (which no
//! snapshot shows), and of every fifth second's snapshot. A change
//! of the link's reader, the script's commands or the replay that moves any of them fails
//! here with the link that moved.
//!
//! The digests were recorded before the script grammar changed; they are literals, never
//! recomputed by the code under test. When a change of behaviour is intended (a link is
//! *meant* to replay differently), print the new digests with
//! `NETMODELS_CORPUS_PRINT=1 cargo test --test link_corpus -- --nocapture` and review why.
#![cfg(not(target_arch = "wasm32"))]

use netmodels::model::{Command, History, parse_query};

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
    ("", 0xe887e26213c3d2e6),
    ("clients=12&peers=12", 0x48cc897c1a388a2f),
    ("servers=1&clients=12&peers=12", 0x48cc897c1a388a2f),
    ("clients=99&peers=100&rate=8", 0xc902a9d0f9ac7b59),
    ("bad=p2&verify=1", 0x3598814d18e9a189),
    ("labels=analogy", 0x7ee9c0942c5a377a),
    ("tour=server", 0x99e1bb2962b1cb62),
    ("tour=trust", 0x7c68fc2a28eaa6e8),
    ("tour=3", 0x9ad3438fa7480c2c),
    ("lang=fr", 0x26a33594592f234d),
    ("view=scaling", 0xbf3a60cee3e261b2),
    ("view=client-server&clients=5&down=s1", 0xebf96bb480751b7c),
    // docs/embedding.md.
    ("view=client-server&clients=4&down=s1", 0xbc7ed41114bf4018),
    (
        "view=client-server&clients=6&controls=minimal&theme=light",
        0x28b258ddc4362ef5,
    ),
    (
        "view=client-server&clients=6&script=5:off:s1,15:on:s1",
        0x7aa215463e626ad4,
    ),
    (
        "file=15Gbit&server_up=30Mbit/s&dmin=2Mbit/s&peer_up=700kbit/s&n=10",
        0xcab988dd84aa25b4,
    ),
    (
        "view=scaling&file=15Gbit&server_up=30Mbit/s&dmin=2Mbit/s&peer_up=700kbit/s&n=10",
        0xf6dbf066d2effd90,
    ),
    // Browser tests.
    ("bad=p2&peers=5&speed=4", 0xf6de9dcd3bd2da4b),
    ("bad=p2&peers=5&verify=1&speed=4", 0xad6fadd6610588b4),
    ("bad=s1,p2&peers=5&speed=4", 0xdf7e6353c2193ec0),
    ("clients=2", 0x8c53f85ddc621164),
    ("clients=3&peers=4", 0x4c7384a965df415e),
    ("clients=3&peers=4&down=p2", 0x7e2dd6937875e067),
    ("clients=3&peers=4&lang=fr", 0x61bb282d370205e1),
    ("clients=3&peers=4&theme=dark", 0x2e0a756a8b8e4d3b),
    ("clients=4&peers=5", 0xf96f3835b202ed71),
    ("clients=3&down=p2", 0x766f475a4596bb35),
    ("controls=none", 0xd35e3d6d46cacf13),
    ("controls=none&view=peer-to-peer&tour=5", 0xc3ee700ff9a1dfbc),
    ("down=c2", 0x66ad93dcc87ac7e3),
    (
        "lang=en&down=s1,p2&zoom=1&labels=analogy&tour=3",
        0x026d6a6ae1ebabd4,
    ),
    (
        "lang=fr&down=s1,p2&zoom=1&labels=analogy&tour=3",
        0x68c8409739adb099,
    ),
    (
        "lang=de&down=s1,p2&zoom=1&labels=analogy&tour=3",
        0x27b48cf9a8c16a58,
    ),
    (
        "lang=es&down=s1,p2&zoom=1&labels=analogy&tour=3",
        0x676f684254c15241,
    ),
    ("lang=de", 0x6d0cb46f85d91406),
    ("lang=fr&theme=dark&down=s1", 0x28ec64c2aefd1f68),
    ("lang=fr&tour=3", 0x81bfcdf701b84c15),
    ("lang=fr&view=scaling", 0x21818bd14c1a5719),
    ("lang=xx", 0xc149093a99cdf770),
    ("paused=1", 0x02e75af197defbd2),
    (
        "paused=1&controls=minimal&log=0&theme=dark&servers=3&clients=6",
        0xbfc5a5f5281a9654,
    ),
    ("peers=5&down=p3", 0xc1a8bb5e9ca87292),
    ("peers=7&down=p2,p3", 0x0d858849294779ba),
    ("script=10:clients:8,20:off:s1", 0xf810237a242817c1),
    ("script=5:off:s1&t=8", 0x1a9d03e44ccc32ff),
    ("speed=3", 0x2cfedb209627bedc),
    ("speed=4", 0x256dccd47af5aa3d),
    ("speed=4&script=2:off:s1,4:on:s1", 0x34159923786e0a42),
    ("t=900", 0xc12ca544229d2dbe),
    ("theme=", 0xbc365eca29f2d03b),
    ("theme=dark&labels=analogy&tour=5", 0xd70ba140145c28d2),
    ("tour=1", 0x99e1bb2962b1cb62),
    ("view=", 0xc614af20562fbb61),
    (
        "view=%3Cimg%20src%3Dx%20onerror%3D%22document.title%3D'pwned'%22%3E&clients=abc&clients=3&zoom=9&speed=",
        0xa214328f0b89c09a,
    ),
    (
        "view=both&theme=light&down=s1,p2&zoom=1",
        0x421d89d9e53b3990,
    ),
    (
        "view=peer-to-peer&theme=dark&down=s1,p2&zoom=1",
        0xf97d048f189b2ab0,
    ),
    ("view=client-server&clients=5", 0x32c4c35cb89891ad),
    ("view=peer-to-peer", 0x408a8549a46f622c),
    ("script=0:dishonest:p3&t=0", 0xbed77b4ed44cd453),
    // Links the native tests read or expect Share to write.
    ("bad=p2,x9,<i>s7</i>,P3&peers=4", 0xfab0db92bdcb4e9c),
    (
        "clients=0&speed=0.01&peers=18446744073709551616",
        0xc926904e1d95a51e,
    ),
    (
        "clients=3&script=2:off:c5,4:clients:6,5:off:c5,6:peers:2,7:on:p3",
        0x2668edafbc934384,
    ),
    ("clients=5&speed=2&seed=7&down=c2", 0x4f75fe01bb5884c1),
    (
        "clients=999&peers=1&servers=0&speed=100",
        0x3d4bbb3a2ad149d5,
    ),
    ("down=c7&clients=8", 0xaa3f6c36b5707209),
    (
        "file=15Gbit&server_up=30Mbit/s&dmin=2%20Mbit/s&peer_up=700kbit/s&n=10",
        0xcab988dd84aa25b4,
    ),
    ("file=2.5&n=40", 0x4ac6abead1aa3ad3),
    (
        "file=lots&server_up=1e400&n=0&dmin=3furlongs",
        0xf01306d15895d94d,
    ),
    ("labels=analogy&tour=3", 0x437fc917402318c4),
    ("labels=pirate&tour=99", 0x107ccd06b6b401e4),
    ("lang=<b>pt</b>", 0xb3cd160467071cad),
    ("lang=DE-at", 0x6d0cb46f85d91406),
    ("lang=es&clients=4", 0xea18f1462c55dfcd),
    (
        "paused=1&script=1:off:s1,1:on:s1,1:off:s1,2:publish,2:publish&t=3",
        0xd4931bbf21a1cb62,
    ),
    ("peers=4&down=p2,%20P4,p5,s2,c01,x1,,p2", 0xc5a4afb79cb363c9),
    ("peers=5&peers=9", 0xd65ce47b994b9d1d),
    ("rate=50", 0x4af65d1dbcbdba07),
    ("servers=4&clients=3", 0xef9cfc4012b00b7f),
    ("speed=1&speed=2", 0xe31e27bfc606c926),
    ("speed=1e400&rate=-1e400", 0x73b581365358926c),
    ("speed=4x", 0x256dccd47af5aa3d),
    ("speed=inf", 0x70c84e58e121b1ab),
    ("t=soon", 0x4c9cde2a42482cb0),
    ("tour=%3Cb%3Ehack", 0xf7c477656f432433),
    ("tour=3&down=p1&clients=5", 0xb4f87511a6f1652e),
    ("tour=8&down=p1", 0x680693346c38234c),
    ("tour=resilience", 0xf91791b79ad82453),
    ("verify=maybe", 0xf992ecd15339fbc1),
    ("clients=4&down=c2&lang=de", 0x299a8d8013704c24),
    (
        "peers=10&clients=4&script=5:off:s1,12.5:publish,20.01:on:p10,21:dishonest:p2,22:verify,23:publish:c1&t=12.3456",
        0x8ecc041e05eaf07b,
    ),
    (
        "script=5:off:s1, 12:on:s1 ,20:publish,-3:off:c1,NaN:off:c1,inf:publish,7:off:s9,7:explode:s1,8:verify:s1,9:off,30:reset,x",
        0xb945c67a6ecf3edd,
    ),
    (
        "script=12.5:servers:2,30:clients:8,41:peers:20,50:tour:spof,60:tour:3",
        0xabeb2f3380298205,
    ),
    (
        "script=1:clients:999,2:peers:1,3:servers:99999999999999999999999,4:clients:many,5:peers:-3,6:peers:2.5,7:servers,8:tour:nowhere,9:clients:4:5",
        0x90cbdbcf0aa0a47f,
    ),
    (
        "script=3:off:s1,5:on:s1,5:publish&t=5.1229",
        0x5db10275779f1a75,
    ),
    (
        "clients=12&peers=12&script=4:off:c3,7.5:clients:5,7.5:peers:6,9.75:servers:2,9.75:off:s2,9.75:publish&t=11.4",
        0xe34a1d085530b578,
    ),
    (
        "tour=resilience&script=0:tour:resilience,3:tour:consistency,5:reset,7:peers:4&t=8.75",
        0xaf2decee5762fb91,
    ),
    // Every verb of the old script grammar in one link, numbers and names of tour steps,
    // upper case, spaces and several entries at one moment.
    (
        "clients=6&peers=6&script=1:off:s1,1.5:ON:s1,2:publish,2:publish,3:publish:c2,3.25:publish:p4,\
         4:dishonest:p2,4.5:honest:p2,5:dishonest:s1,6:verify,8:noverify,9:servers:2,10:clients:9,\
         11:peers:8,12:off:p8,14:reset,16:tour:spof,20:tour:2,24:on:p4, 30 : off : c1 ,40:peers:3",
        0x210a2a0e1e64384e,
    ),
    (
        "script=0.01:off:p1,0.02:on:p1,0.03:off:p1&speed=0.25",
        0xfd58c52b913391aa,
    ),
    ("script=1799.99:off:s1&t=1800", 0x88182adbc700f478),
];

/// FNV-1a, 64 bits: a fixed, documented hash (the standard library's may change).
fn fnv1a(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
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
    hash = fnv1a(hash, format!("{:?}", history.snapshot()).as_bytes());
    history.apply(Command::SetPaused(false));
    let frames = (PLAY_SECONDS / FRAME_SECONDS) as usize;
    for frame in 1..=frames {
        history.elapse(FRAME_SECONDS);
        if frame % DIGEST_EVERY == 0 {
            hash = fnv1a(hash, format!("{:?}", history.snapshot()).as_bytes());
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
