//! The catalogues: every message the model can say, in every language and both
//! vocabularies, with nothing missing or left unresolved; no English left in the
//! translations; plural forms; and the English wording where the wording is the point.

use netmodels::model::{
    Explanation, Lab, ModelKind, Msg, NodeRef, PeerRelease, Role, STEP_COUNT, Scenario, ServersGot,
    Topology, Unit, Words,
};
use netmodels::text::{Catalogue, Lang, Value, en, english, render};

const VOCABULARIES: [Words; 2] = [Words::Network, Words::Library];

fn node(role: Role, number: usize) -> NodeRef {
    NodeRef { role, number }
}

/// The name of a message's kind; the match has no wildcard, so a new kind does not
/// compile until it is named here, and `KINDS` below must then list it for the coverage
/// test to pass.
fn kind(m: &Msg) -> &'static str {
    match m {
        Msg::Node(_) => "Node",
        Msg::ServerOff { .. } => "ServerOff",
        Msg::ServerOffAlone { .. } => "ServerOffAlone",
        Msg::ServerOn { .. } => "ServerOn",
        Msg::ClientOff { .. } => "ClientOff",
        Msg::ClientOn { .. } => "ClientOn",
        Msg::PeerOff { .. } => "PeerOff",
        Msg::PeerOffLast { .. } => "PeerOffLast",
        Msg::PeerOn { .. } => "PeerOn",
        Msg::Restarted { .. } => "Restarted",
        Msg::Published { .. } => "Published",
        Msg::TourStepOpened { .. } => "TourStepOpened",
        Msg::TourClosed { .. } => "TourClosed",
        Msg::TourFinished => "TourFinished",
        Msg::OnlyServerOff => "OnlyServerOff",
        Msg::AllServersOff => "AllServersOff",
        Msg::SomeServersOff { .. } => "SomeServersOff",
        Msg::OneServerLoad => "OneServerLoad",
        Msg::ServersLoad => "ServersLoad",
        Msg::AllPeersOff => "AllPeersOff",
        Msg::LonePeer => "LonePeer",
        Msg::SomePeersOff { .. } => "SomePeersOff",
        Msg::PeersStrained { .. } => "PeersStrained",
        Msg::PeersShare => "PeersShare",
        Msg::Summary { .. } => "Summary",
        Msg::LogSwitched { .. } => "LogSwitched",
        Msg::LogPublished { .. } => "LogPublished",
        Msg::LogUpdated { .. } => "LogUpdated",
        Msg::LogConverged { .. } => "LogConverged",
        Msg::LogRetried { .. } => "LogRetried",
        Msg::LogTargetOff { .. } => "LogTargetOff",
        Msg::LogNoAnswer { .. } => "LogNoAnswer",
        Msg::LogNoPeerAnswered { .. } => "LogNoPeerAnswered",
        Msg::LogCancelled { .. } => "LogCancelled",
        Msg::LogRecovered { .. } => "LogRecovered",
        Msg::TourTitle { .. } => "TourTitle",
        Msg::TourQuestion { .. } => "TourQuestion",
        Msg::TourChoice { .. } => "TourChoice",
        Msg::TourPrompt { .. } => "TourPrompt",
        Msg::TourRight { .. } => "TourRight",
        Msg::TourWrong { .. } => "TourWrong",
        Msg::TourExplanation(_) => "TourExplanation",
        Msg::TourUndone => "TourUndone",
        Msg::NoticeMore { .. } => "NoticeMore",
        Msg::NoticeAtLeast { .. } => "NoticeAtLeast",
        Msg::NoticeAtMost { .. } => "NoticeAtMost",
        Msg::NoticeNotWhole { .. } => "NoticeNotWhole",
        Msg::NoticeNotOneOf { .. } => "NoticeNotOneOf",
        Msg::NoticeRepeated { .. } => "NoticeRepeated",
        Msg::NoticeEmpty { .. } => "NoticeEmpty",
        Msg::NoticeSeed { .. } => "NoticeSeed",
        Msg::NoticeLang { .. } => "NoticeLang",
        Msg::NoticeUnknown { .. } => "NoticeUnknown",
        Msg::NoticeClientsPerServer { .. } => "NoticeClientsPerServer",
        Msg::NoticeTourScene { .. } => "NoticeTourScene",
        Msg::NoticeRange { .. } => "NoticeRange",
        Msg::NoticeNotANumber { .. } => "NoticeNotANumber",
        Msg::NoticeNoNode { .. } => "NoticeNoNode",
        // Who can you trust?
        Msg::HonestySet { .. } => "HonestySet",
        Msg::VerifySet { .. } => "VerifySet",
        Msg::PublishRefused { .. } => "PublishRefused",
        Msg::PublishedFrom { .. } => "PublishedFrom",
        Msg::PublishNotOn { .. } => "PublishNotOn",
        Msg::LogHonesty { .. } => "LogHonesty",
        Msg::LogCorrupted { .. } => "LogCorrupted",
        Msg::LogRejected { .. } => "LogRejected",
        Msg::LogOnlyDamaged { .. } => "LogOnlyDamaged",
        Msg::LogOwnCopyFailed { .. } => "LogOwnCopyFailed",
        Msg::LogPublishRefused { .. } => "LogPublishRefused",
        Msg::InsightDishonestServer { .. } => "InsightDishonestServer",
        Msg::InsightUnchecked => "InsightUnchecked",
        Msg::InsightChecked => "InsightChecked",
        Msg::InsightBadPublisher => "InsightBadPublisher",
        Msg::NoticeNoDishonestNode { .. } => "NoticeNoDishonestNode",
        // Going back in time.
        Msg::NoticeScriptEntry { .. } => "NoticeScriptEntry",
        Msg::NoticeScriptTime { .. } => "NoticeScriptTime",
        Msg::NoticeScriptNode { .. } => "NoticeScriptNode",
        Msg::NoticeScriptLong { .. } => "NoticeScriptLong",
        Msg::HistoryForked { .. } => "HistoryForked",
        Msg::HistoryUndone { .. } => "HistoryUndone",
        Msg::NoticeCostlyMoment { .. } => "NoticeCostlyMoment",
        Msg::CatchingUp { .. } => "CatchingUp",
        Msg::TimelineValue { .. } => "TimelineValue",
    }
}

const KINDS: &[&str] = &[
    "Node",
    "ServerOff",
    "ServerOffAlone",
    "ServerOn",
    "ClientOff",
    "ClientOn",
    "PeerOff",
    "PeerOffLast",
    "PeerOn",
    "Restarted",
    "Published",
    "TourStepOpened",
    "TourClosed",
    "TourFinished",
    "OnlyServerOff",
    "AllServersOff",
    "SomeServersOff",
    "OneServerLoad",
    "ServersLoad",
    "AllPeersOff",
    "LonePeer",
    "SomePeersOff",
    "PeersStrained",
    "PeersShare",
    "Summary",
    "LogSwitched",
    "LogPublished",
    "LogUpdated",
    "LogConverged",
    "LogRetried",
    "LogTargetOff",
    "LogNoAnswer",
    "LogNoPeerAnswered",
    "LogCancelled",
    "LogRecovered",
    "TourTitle",
    "TourQuestion",
    "TourChoice",
    "TourPrompt",
    "TourRight",
    "TourWrong",
    "TourExplanation",
    "TourUndone",
    "NoticeMore",
    "NoticeAtLeast",
    "NoticeAtMost",
    "NoticeNotWhole",
    "NoticeNotOneOf",
    "NoticeRepeated",
    "NoticeEmpty",
    "NoticeSeed",
    "NoticeLang",
    "NoticeUnknown",
    "NoticeClientsPerServer",
    "NoticeTourScene",
    "NoticeRange",
    "NoticeNotANumber",
    "NoticeNoNode",
    // Who can you trust?
    "HonestySet",
    "VerifySet",
    "PublishRefused",
    "PublishedFrom",
    "PublishNotOn",
    "LogHonesty",
    "LogCorrupted",
    "LogRejected",
    "LogOnlyDamaged",
    "LogOwnCopyFailed",
    "LogPublishRefused",
    "InsightDishonestServer",
    "InsightUnchecked",
    "InsightChecked",
    "InsightBadPublisher",
    "NoticeNoDishonestNode",
    // Going back in time.
    "NoticeScriptEntry",
    "NoticeScriptTime",
    "NoticeScriptNode",
    "NoticeScriptLong",
    "HistoryForked",
    "HistoryUndone",
    "NoticeCostlyMoment",
    "CatchingUp",
    "TimelineValue",
];

/// Every kind, with sample arguments covering each branch a catalogue may select on:
/// each role, counts 0, 1, 2 and 5, each way an update reaches the servers, each tour step.
fn samples() -> Vec<Msg> {
    let roles = [Role::Server, Role::Client, Role::Peer];
    let mut all = Vec::new();
    for role in roles {
        let n = node(role, 2);
        all.extend([
            Msg::Node(n),
            Msg::LogSwitched { node: n, up: false },
            Msg::LogSwitched { node: n, up: true },
            Msg::LogPublished {
                version: 2,
                node: n,
            },
            Msg::LogTargetOff {
                who: node(Role::Peer, 1),
                whom: n,
            },
            Msg::LogRecovered { who: n },
        ]);
    }
    let (s1, c3, p1, p4) = (
        node(Role::Server, 1),
        node(Role::Client, 3),
        node(Role::Peer, 1),
        node(Role::Peer, 4),
    );
    for count in [0, 1, 2, 5] {
        all.extend([
            Msg::ServerOff {
                node: s1,
                clients: count,
            },
            Msg::PeerOff {
                node: p4,
                others: count,
            },
            Msg::SomeServersOff {
                off: count.max(1),
                on: count,
            },
            Msg::SomePeersOff {
                off: count.max(1),
                on: count,
            },
            Msg::PeersStrained {
                off: count.max(1),
                on: count,
                availability: 0.49,
            },
            Msg::Summary {
                servers: 1,
                clients: count,
                peers: 0,
                off: vec![s1, c3].into_iter().take(count).collect(),
                served: count,
                requesters: count,
                requester: Role::Client,
            },
            Msg::TourExplanation(Explanation::Consistency {
                stale_client_server: count,
                stale_peers: count,
                converged_after: Some(1.5),
            }),
            Msg::TourExplanation(Explanation::Server {
                answered: count as u64,
                sent: 5,
                load: 2.5,
            }),
            Msg::TourExplanation(Explanation::Peers {
                answered: count as u64,
                load: 0.5,
            }),
        ]);
    }
    for servers in [
        ServersGot::TheOne,
        ServersGot::Every,
        ServersGot::ThoseOn,
        ServersGot::None,
    ] {
        // The same version in both networks or not, a sound or a damaged release.
        let releases = [(3, false), (4, false), (3, true)].map(|(version, damaged)| {
            Some(PeerRelease {
                peer: p1,
                version,
                damaged,
            })
        });
        for first_peer in releases.into_iter().chain([None]) {
            all.push(Msg::Published {
                version: 3,
                servers,
                first_peer,
            });
        }
    }
    all.extend([
        Msg::ServerOffAlone { node: s1 },
        Msg::ServerOn { node: s1 },
        Msg::ClientOff { node: c3 },
        Msg::ClientOn { node: c3 },
        Msg::PeerOffLast { node: p4 },
        Msg::PeerOn { node: p4 },
        Msg::Restarted { at: 12.5 },
        Msg::TourClosed { step: 3, count: 8 },
        Msg::TourFinished,
        Msg::OnlyServerOff,
        Msg::AllServersOff,
        Msg::OneServerLoad,
        Msg::ServersLoad,
        Msg::AllPeersOff,
        Msg::LonePeer,
        Msg::PeersShare,
        Msg::Summary {
            servers: 2,
            clients: 0,
            peers: 5,
            off: vec![],
            served: 5,
            requesters: 5,
            requester: Role::Peer,
        },
        Msg::LogUpdated {
            node: p4,
            from: p1,
            version: 2,
        },
        Msg::LogConverged {
            version: 2,
            seconds: 3.25,
        },
        Msg::LogRetried {
            who: p1,
            silent: p4,
            next: node(Role::Peer, 2),
        },
        Msg::LogNoAnswer { who: c3, whom: s1 },
        Msg::LogNoPeerAnswered { who: p1 },
        Msg::LogCancelled { who: c3 },
    ]);
    for (availability, served) in [(Some(0.4), Some(3)), (Some(1.0), Some(4)), (None, None)] {
        all.extend([
            Msg::TourExplanation(Explanation::SinglePoint {
                failed: 7,
                availability,
                served: served.map(|_| 0),
                requesters: 3,
            }),
            Msg::TourExplanation(Explanation::Resilience {
                availability,
                served,
                requesters: 4,
            }),
            Msg::TourExplanation(Explanation::NoHiddenServer {
                served,
                requesters: 5,
                availability,
                load: 1.25,
            }),
        ]);
    }
    all.extend([
        Msg::TourExplanation(Explanation::Consistency {
            stale_client_server: 0,
            stale_peers: 2,
            converged_after: None,
        }),
        Msg::TourExplanation(Explanation::SeveralServers {
            served: Some(3),
            requesters: 6,
        }),
        Msg::TourExplanation(Explanation::SeveralServers {
            served: None,
            requesters: 6,
        }),
        Msg::TourUndone,
        Msg::TourExplanation(Explanation::Scaling {
            client_server_hours: 10.0,
            peer_hours: 0.96,
        }),
    ]);
    let name = || "clients".to_string();
    let value = || "<b>x</b>".to_string();
    for n in [1, 2, 5] {
        all.extend([
            Msg::NoticeMore { hidden: n },
            Msg::NoticeTourScene {
                names: ["servers", "clients", "down"][..n.min(3)]
                    .iter()
                    .map(|s| s.to_string())
                    .collect(),
            },
        ]);
    }
    all.extend([
        Msg::NoticeAtLeast {
            name: name(),
            min: 1,
        },
        Msg::NoticeAtMost {
            name: name(),
            max: 12,
        },
        Msg::NoticeNotWhole {
            name: name(),
            value: value(),
            min: 1,
            max: 12,
            default: 3,
        },
        Msg::NoticeNotOneOf {
            name: "view".into(),
            value: value(),
            choices: "both, client-server, peer-to-peer, scaling".into(),
        },
        Msg::NoticeRepeated { name: value() },
        Msg::NoticeEmpty { name: value() },
        Msg::NoticeSeed { value: value() },
        Msg::NoticeLang { value: value() },
        Msg::NoticeUnknown { name: value() },
        Msg::NoticeClientsPerServer {
            servers: 4,
            clients: 4,
        },
        Msg::NoticeRange {
            name: "speed".into(),
            min: 0.25,
            max: 4.0,
            used: 4.0,
            unit: None,
        },
        Msg::NoticeRange {
            name: "file".into(),
            min: 0.001,
            max: 1000.0,
            used: 0.5,
            unit: Some(Unit::Gigabytes),
        },
        Msg::NoticeRange {
            name: "dmin".into(),
            min: 0.5,
            max: 100.0,
            used: 100.0,
            unit: Some(Unit::GigabytesPerHour),
        },
        Msg::NoticeRange {
            name: "t".into(),
            min: 0.0,
            max: 1800.0,
            used: 1800.0,
            unit: Some(Unit::Seconds),
        },
        Msg::NoticeNotANumber {
            name: "rate".into(),
            value: value(),
            default: 1.5,
        },
        Msg::NoticeNoNode { id: value() },
        // Going back in time.
        Msg::NoticeScriptEntry { entry: value() },
        Msg::NoticeScriptTime {
            entry: value(),
            max: 1800.0,
        },
        Msg::NoticeScriptNode { entry: value() },
        Msg::NoticeScriptLong { max: 2000 },
        Msg::HistoryForked { at: 12.5 },
        Msg::HistoryUndone { at: 0.0 },
        Msg::NoticeCostlyMoment {
            asked: 1800.0,
            used: 239.0,
        },
        Msg::CatchingUp {
            at: 1800.0,
            done: 40,
        },
        Msg::TimelineValue {
            at: 12.5,
            client_server: Some(0.4),
            peer_to_peer: None,
        },
    ]);
    // Who can you trust? Every role, both states, counts 0, 1 and 5.
    for role in roles {
        let n = node(role, 2);
        for flag in [true, false] {
            all.extend([
                Msg::HonestySet {
                    node: n,
                    honest: flag,
                },
                Msg::LogHonesty {
                    node: n,
                    honest: flag,
                },
                Msg::PublishedFrom {
                    version: 2,
                    node: n,
                    damaged: flag,
                },
            ]);
        }
        all.extend([
            Msg::PublishNotOn { node: n },
            Msg::LogCorrupted { node: n, from: p4 },
        ]);
    }
    for count in [0, 1, 5] {
        all.extend([
            Msg::InsightDishonestServer { clients: count },
            Msg::TourExplanation(Explanation::Trust {
                rejected: count as u64,
                corrupt_peers: count,
                corrupt_clients: count,
            }),
        ]);
    }
    all.extend([
        Msg::VerifySet { on: true },
        Msg::VerifySet { on: false },
        Msg::PublishRefused {
            who: c3,
            server: s1,
        },
        Msg::LogPublishRefused {
            who: c3,
            server: s1,
        },
        Msg::LogRejected {
            who: p1,
            bad: node(Role::Peer, 2),
            next: p4,
        },
        Msg::LogOnlyDamaged { who: p1 },
        Msg::LogOwnCopyFailed { who: p4, next: p1 },
        Msg::InsightUnchecked,
        Msg::InsightChecked,
        Msg::InsightBadPublisher,
        Msg::NoticeNoDishonestNode { id: value() },
    ]);
    for step in 1..=STEP_COUNT {
        all.extend([
            Msg::TourStepOpened {
                step,
                count: STEP_COUNT,
                key: step,
            },
            Msg::TourTitle { step },
            Msg::TourQuestion { step },
            Msg::TourPrompt { step },
            Msg::TourRight { step, chosen: 1 },
            Msg::TourWrong {
                step,
                chosen: 0,
                answer: 2,
            },
        ]);
        for choice in 0..3 {
            all.push(Msg::TourChoice { step, choice });
        }
    }
    all
}

/// Each catalogue file, read as the page reads it.
fn catalogues() -> Vec<Catalogue> {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let path = format!(
                "{}/static/lang/{}.ftl",
                env!("CARGO_MANIFEST_DIR"),
                lang.code()
            );
            let source = std::fs::read_to_string(&path).expect(&path);
            let (catalogue, errors) = Catalogue::parse(lang, &source);
            assert!(errors.is_empty(), "{path}: {errors:?}");
            catalogue
        })
        .collect()
}

#[test]
fn the_samples_cover_every_kind_of_message() {
    let samples = samples();
    for k in KINDS {
        assert!(samples.iter().any(|m| kind(m) == *k), "no sample of {k}");
    }
    assert!(samples.iter().all(|m| KINDS.contains(&kind(m))));
}

#[test]
fn every_message_renders_in_every_language_and_vocabulary_without_gaps() {
    for catalogue in catalogues() {
        let lang = catalogue.lang().code();
        // Each catalogue has every key English has: none falls back to English.
        let missing: Vec<&str> = english().keys().filter(|k| !catalogue.has(k)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        for words in VOCABULARIES {
            for msg in samples() {
                let text = render(&msg, &catalogue, words);
                assert!(
                    !text.trim().is_empty() && !text.contains(['{', '}', '$']),
                    "{lang}, {words:?}: {msg:?} gave «{text}»"
                );
                assert!(!text.contains("  "), "{lang}: double space in «{text}»");
            }
        }
    }
}

/// English sentence words that must not be left in a translation (nouns such as
/// "Server" or "Client" are German and French words too).
const ENGLISH_WORDS: &[&str] = &[
    " the ",
    "The ",
    " is ",
    " are ",
    " of ",
    " and ",
    " with ",
    " to ",
    " its ",
    " it ",
    " was ",
    " were ",
    " has ",
    " only ",
    " every ",
    " each ",
    " which ",
    " what ",
    " will ",
    " can ",
    " switched",
    "off.",
    " off ",
    " away",
    " went ",
    " request",
    " answered",
    " served",
    " peer ",
    " peers",
    " friend",
    " visitor",
    " librarian",
    " you ",
    "You ",
    " still ",
    " yet ",
    " per second",
    " stale",
];

#[test]
fn no_english_is_left_in_the_translations() {
    for catalogue in catalogues().into_iter().filter(|c| c.lang() != Lang::En) {
        for words in VOCABULARIES {
            for msg in samples() {
                let text = format!(" {} ", render(&msg, &catalogue, words));
                // The field's own English term, which German uses as it is.
                let text = text.replace("Single Point of Failure", "SPOF");
                for word in ENGLISH_WORDS {
                    assert!(
                        !text.contains(word),
                        "{}, {words:?}: «{word}» in «{text}»",
                        catalogue.lang().code()
                    );
                }
            }
        }
    }
}

fn say(catalogue: &Catalogue, msg: &Msg, words: Words) -> String {
    render(msg, catalogue, words)
}

#[test]
fn plural_forms_follow_each_language_for_zero_one_two_and_five() {
    let [en_c, fr, de, es] = <[Catalogue; 4]>::try_from(catalogues()).ok().unwrap();
    let stale = |c: &Catalogue, n: usize| {
        let msg = Msg::TourExplanation(Explanation::Consistency {
            stale_client_server: n,
            stale_peers: 0,
            converged_after: None,
        });
        say(c, &msg, Words::Network)
    };
    let expect = |c: &Catalogue, forms: [&str; 4]| {
        for (n, form) in [0, 1, 2, 5].into_iter().zip(forms) {
            let text = stale(c, n);
            assert!(text.contains(form), "{n}: «{form}» not in «{text}»");
        }
    };
    expect(
        &en_c,
        [
            "has 0 stale copies",
            "has 1 stale copy:",
            "has 2 stale copies",
            "has 5 stale copies",
        ],
    );
    // French: 0 and 1 take the singular.
    expect(
        &fr,
        [
            "il reste 0 copie périmée",
            "il reste 1 copie périmée",
            "il reste 2 copies périmées",
            "il reste 5 copies périmées",
        ],
    );
    expect(
        &de,
        [
            "hat 0 veraltete Kopien",
            "hat 1 veraltete Kopie:",
            "hat 2 veraltete Kopien",
            "hat 5 veraltete Kopien",
        ],
    );
    expect(
        &es,
        [
            "tiene 0 copias desactualizadas",
            "tiene 1 copia desactualizada:",
            "tiene 2 copias desactualizadas",
            "tiene 5 copias desactualizadas",
        ],
    );
    let clients = |c: &Catalogue, n: usize| {
        let msg = Msg::ServerOff {
            node: node(Role::Server, 1),
            clients: n,
        };
        say(c, &msg, Words::Library)
    };
    assert!(clients(&fr, 1).ends_with("Son lecteur ne peut plus être servi."));
    assert!(clients(&fr, 2).ends_with("Ses 2 lecteurs ne peuvent plus être servis."));
    assert!(clients(&de, 1).ends_with("Ihr Besucher kann nicht mehr bedient werden."));
    assert!(clients(&de, 5).ends_with("Ihre 5 Besucher können nicht mehr bedient werden."));
    assert!(clients(&es, 1).ends_with("Su visitante ya no puede ser atendido."));
    assert!(clients(&es, 5).ends_with("Sus 5 visitantes ya no pueden ser atendidos."));
    assert!(clients(&en_c, 1).ends_with("Its 1 visitor can no longer be served."));
    assert!(clients(&en_c, 5).ends_with("Its 5 visitors can no longer be served."));
}

#[test]
fn sentences_agree_with_the_gender_of_the_noun_the_analogy_swaps_in() {
    let [_, fr, de, es] = <[Catalogue; 4]>::try_from(catalogues()).ok().unwrap();
    let off = Msg::ServerOff {
        node: node(Role::Server, 1),
        clients: 4,
    };
    assert_eq!(
        say(&fr, &off, Words::Network),
        "Le serveur 1 est éteint. Ses 4 clients ne peuvent plus être servis."
    );
    assert!(say(&fr, &off, Words::Library).starts_with("La bibliothécaire 1 est partie."));
    assert!(say(&de, &off, Words::Network).starts_with("Server 1 wurde ausgeschaltet."));
    assert!(say(&de, &off, Words::Library).starts_with("Bibliothekarin 1 ist gegangen."));
    assert!(say(&es, &off, Words::Network).starts_with("El servidor 1 se ha apagado."));
    assert!(say(&es, &off, Words::Library).starts_with("La bibliotecaria 1 se ha ido."));
    let spof = |c: &Catalogue, w| say(c, &Msg::OnlyServerOff, w);
    assert!(spof(&fr, Words::Library).contains("La bibliothécaire est absente"));
    assert!(spof(&de, Words::Library).contains("Die Bibliothekarin ist nicht da"));
    assert!(spof(&es, Words::Network).contains("punto único de fallo"));
    assert!(spof(&es, Words::Library).contains("La bibliotecaria no está"));
    // Decimal commas in sentences.
    let load = Msg::TourExplanation(Explanation::Peers {
        answered: 12,
        load: 0.5,
    });
    assert!(say(&fr, &load, Words::Network).contains("0,5"));
    assert!(say(&de, &load, Words::Network).contains("0,5"));
    assert!(say(&es, &load, Words::Network).contains("0,5"));
}

// The English wording, where the wording itself is the lesson.

#[test]
fn server_off_is_called_a_single_point_of_failure() {
    let mut lab = Lab::new(Scenario::default());
    lab.apply(netmodels::model::Command::Toggle {
        model: ModelKind::ClientServer,
        node: "s1".into(),
    });
    // Long enough for every client's request to time out.
    for _ in 0..40 {
        lab.elapse(0.25);
    }
    let s = lab.snapshot();
    let w = Words::Network;
    assert!(en(&s.client_server.insight, w).contains("single point of failure"));
    assert_eq!(
        en(s.announcement.as_ref().unwrap(), w),
        "Server 1 switched off. Its 3 clients can no longer be served."
    );
    assert_eq!(
        en(&s.client_server.summary, w),
        "1 server, 3 clients; off: server 1; 0 of 3 clients served"
    );
    let w = Words::Library;
    assert_eq!(
        en(&s.client_server.insight, w),
        "The librarian is away, so no visitor can be served: the librarian is a single \
         point of failure."
    );
    assert_eq!(
        en(s.announcement.as_ref().unwrap(), w),
        "Librarian 1 went away. Its 3 visitors can no longer be served."
    );
}

#[test]
fn several_servers_and_peers_are_spoken_of_in_the_plural() {
    let w = Words::Network;
    assert_eq!(
        en(&Msg::ServersLoad, w),
        "Each request goes to its client's own server, so each server's load grows with \
         its own clients."
    );
    assert_eq!(
        en(&Msg::SomeServersOff { off: 2, on: 1 }, w),
        "2 servers are off: only their own clients are cut off; the other server keeps \
         serving its own."
    );
    assert_eq!(
        en(&Msg::SomeServersOff { off: 1, on: 2 }, w),
        "1 server is off: only its own clients are cut off; the other 2 servers keep \
         serving theirs."
    );
    assert_eq!(
        en(
            &Msg::ServerOffAlone {
                node: node(Role::Server, 4)
            },
            w
        ),
        "Server 4 switched off. It had no clients of its own."
    );
    let p = Topology::peer_to_peer(3);
    assert_eq!(p.count(Role::Peer), 3);
    assert!(
        en(&Msg::SomePeersOff { off: 1, on: 2 }, Words::Library).starts_with("1 friend is away")
    );
    assert!(
        en(
            &Msg::PeerOff {
                node: node(Role::Peer, 2),
                others: 2
            },
            w
        )
        .contains("other 2 peers keep serving")
    );
}

/// Sample arguments for the page's own labels (`ui-…`): every name any of them uses.
fn ui_args(words: Words) -> Vec<(&'static str, Value)> {
    let text = |s: &str| Value::Text(s.to_string());
    vec![
        (
            "words",
            text(match words {
                Words::Network => "network",
                Words::Library => "library",
            }),
        ),
        ("seconds", Value::Number(0.25, 2)),
        ("step", Value::count(3)),
        ("count", Value::count(8)),
        ("value", text("0,5")),
        ("server", Value::count(4)),
        ("peer", Value::Number(2.5, 1)),
        ("model", text("client-server")),
        ("summary", text("…")),
        ("pieces", Value::count(256)),
        ("mbit", text("22,2")),
        ("max", Value::count(100)),
        ("done", Value::count(40)),
        ("n", Value::count(20)),
        ("cs", text("1 h")),
        ("cs_sim", text("1 h")),
        ("p2p", text("1 h")),
        ("p2p_sim", text("1 h")),
        ("error", text("E")),
        ("version", Value::count(2)),
        ("reason", text("R")),
        ("role", text("server")),
        ("node", text("N")),
        ("node_role", text("server")),
        ("p", Value::count(1)),
        ("state", text("S")),
        ("network", text("Client-server")),
    ]
}

#[test]
fn every_label_of_the_page_is_in_every_language_and_none_is_left_in_english() {
    let catalogues = catalogues();
    let ui_keys = |c: &Catalogue| -> Vec<String> {
        let mut keys: Vec<String> = c
            .keys()
            .filter(|k| k.starts_with("ui-"))
            .map(String::from)
            .collect();
        keys.sort();
        keys
    };
    let english_keys = ui_keys(&catalogues[0]);
    assert!(english_keys.len() > 90, "{} ui- keys", english_keys.len());
    for catalogue in &catalogues {
        let lang = catalogue.lang().code();
        // Same keys both ways: a label missing from a translation, or one English lost.
        assert_eq!(ui_keys(catalogue), english_keys, "{lang}'s ui- keys");
        for words in VOCABULARIES {
            let args = ui_args(words);
            for key in &english_keys {
                let text = catalogue.format(key, &args).expect(key);
                assert!(
                    !text.trim().is_empty() && !text.contains(['{', '}', '$']),
                    "{lang} {key}: «{text}»"
                );
                assert!(
                    !text.contains("  "),
                    "{lang} {key}: double space in «{text}»"
                );
                if catalogue.lang() == Lang::En {
                    continue;
                }
                let padded = format!(" {text} ");
                for word in ENGLISH_WORDS {
                    assert!(!padded.contains(word), "{lang} {key}: «{word}» in «{text}»");
                }
            }
        }
    }
}

#[test]
fn french_messages_put_a_no_break_space_before_double_punctuation() {
    let french = &catalogues()[1];
    let args = ui_args(Words::Network);
    // A selector followed by text on its closing line (the network's accessible name).
    assert_eq!(
        french.format("ui-network-label", &args).unwrap(),
        "Réseau client-serveur\u{a0}: …"
    );
    // Every message, not only the page's labels: the model's sentences, the tour, the
    // notices, the classroom's and the Save files' labels.
    for (what, text) in everything(french) {
        for mark in [" :", " ;", " ?", " !", " »", "« "] {
            assert!(
                !text.contains(mark),
                "fr {what}: plain space at «{mark}» in «{text}»"
            );
        }
        // French writes a gigabyte "Go", as the chart's own labels do.
        assert!(!text.contains("GB"), "fr {what}: «GB» in «{text}»");
    }
}

// Everything a catalogue can say, read as a native reader (and a screen reader) would.

/// A catalogue file's text, as the page reads it.
fn source(lang: Lang) -> String {
    let path = format!(
        "{}/static/lang/{}.ftl",
        env!("CARGO_MANIFEST_DIR"),
        lang.code()
    );
    std::fs::read_to_string(&path).expect(&path)
}

/// Every variable any catalogue names (`$seconds`, `$node_role`…).
fn variables() -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for lang in Lang::ALL {
        let text = source(lang);
        for (_, rest) in text.match_indices('$').map(|(i, _)| text.split_at(i + 1)) {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() && !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// Arguments for formatting any key on its own, in `catalogue`'s language: every variable
/// a number with a decimal (so decimal marks and units show), roles set to `role`, and the
/// page labels' own samples (`ui_args`) where they have one; times already written are
/// written by the catalogue's own `ui-hours`.
fn any_args(catalogue: &Catalogue, words: Words, role: &str) -> Vec<(String, Value)> {
    let hours = catalogue
        .format("ui-hours", &[("value", Value::Number(1.5, 1))])
        .unwrap();
    let labels = ui_args(words);
    variables()
        .into_iter()
        .map(|name| {
            let value = match name.as_str() {
                "cs" | "cs_sim" | "p2p" | "p2p_sim" => Value::Text(hours.clone()),
                n if n == "role" || n.ends_with("_role") => Value::Text(role.into()),
                n => labels
                    .iter()
                    .find(|(label, _)| *label == n)
                    .map_or(Value::Number(12.5, 1), |(_, v)| v.clone()),
            };
            (name, value)
        })
        .collect()
}

/// Everything `catalogue` can say, as (what it is, its text): every sample message in both
/// vocabularies, and every key formatted on its own (the page's labels, the classroom's,
/// the Save files', and the pieces other messages are built from) for each role.
fn everything(catalogue: &Catalogue) -> Vec<(String, String)> {
    let mut all = Vec::new();
    for words in VOCABULARIES {
        for msg in samples() {
            all.push((format!("{words:?} {msg:?}"), render(&msg, catalogue, words)));
        }
        for role in ["server", "client", "peer"] {
            let args = any_args(catalogue, words, role);
            let args: Vec<(&str, Value)> =
                args.iter().map(|(n, v)| (n.as_str(), v.clone())).collect();
            let mut keys: Vec<&str> = catalogue.keys().collect();
            keys.sort();
            for key in keys {
                let text = catalogue.format(key, &args).unwrap();
                all.push((format!("{words:?} {role} {key}"), text));
            }
        }
    }
    all
}

/// Whether a sentence ends twice: a question or exclamation mark, then a period.
fn ends_twice(text: &str) -> bool {
    text.contains("?.") || text.contains("!.")
}

/// The units a number may carry in a sentence.
const UNITS: [&str; 9] = ["%", "s", "h", "min", "GB", "Go", "MB", "Mo", "Mbit"];

/// Whether `rest` starts with a unit standing alone (`s` in "12 s;", not in "12 serveurs"
/// or "1 s’arrête").
fn unit_at(rest: &[char]) -> bool {
    UNITS.iter().any(|unit| {
        let unit: Vec<char> = unit.chars().collect();
        rest.starts_with(&unit)
            && rest
                .get(unit.len())
                .is_none_or(|c| !c.is_alphanumeric() && !['’', '\''].contains(c))
    })
}

/// Whether a quotation's marks `open` … `close` pair up in `text`, none inside another.
fn quotes_pair(text: &str, open: char, close: char) -> bool {
    let mut inside = false;
    for c in text.chars() {
        if c == open {
            if inside {
                return false;
            }
            inside = true;
        } else if c == close {
            if !inside {
                return false;
            }
            inside = false;
        }
    }
    !inside
}

/// What `text` gets wrong in its language's typography, one line per fault:
/// French no-break spaces before `: ; ? ! »` and after `«`; a number and its unit held
/// together by a no-break space (French, German, Spanish: "40 %", "12,5 s"); each
/// language's quotation marks (« » in French and Spanish, „ “ in German); Spanish
/// ¿…? and ¡…!.
fn typography_faults(lang: Lang, text: &str) -> Vec<String> {
    let mut faults = Vec::new();
    if lang == Lang::En {
        return faults;
    }
    let chars: Vec<char> = text.chars().collect();
    let no_break = |c: Option<&char>| matches!(c, Some('\u{a0}' | '\u{202f}'));
    for (i, c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).and_then(|b| chars.get(b));
        if c.is_ascii_digit() && chars.get(i + 1) == Some(&' ') && unit_at(&chars[i + 2..]) {
            faults.push(format!(
                "a breakable space between a number and its unit at {i}"
            ));
        }
        if c.is_ascii_digit() && chars.get(i + 1) == Some(&'%') {
            faults.push(format!("no space before % at {i}"));
        }
        if lang != Lang::Fr {
            continue;
        }
        let ends = chars.get(i + 1).is_none_or(|n| n.is_whitespace());
        let needs_space = match c {
            ';' | '?' | '!' | '»' => i > 0,
            // A colon in prose, not inside `5:off:s1`.
            ':' => ends || before == Some(&' '),
            _ => false,
        };
        if needs_space && !no_break(before) {
            faults.push(format!("no no-break space before «{c}» at {i}"));
        }
        if *c == '«' && !no_break(chars.get(i + 1)) {
            faults.push(format!("no no-break space after « at {i}"));
        }
    }
    let marks = match lang {
        Lang::De => [('„', '“'), ('«', '»')],
        _ => [('«', '»'), ('„', '“')],
    };
    let [(open, close), (other_open, other_close)] = marks;
    if !quotes_pair(text, open, close) {
        faults.push(format!("{open}…{close} do not pair"));
    }
    if lang != Lang::De && text.contains(['“', '„'])
        || text.contains(['”', other_open, other_close])
    {
        faults.push(format!("quotation marks other than {open}…{close}"));
    }
    if lang == Lang::Es {
        for (open, close) in [('¿', '?'), ('¡', '!')] {
            if !quotes_pair(text, open, close) {
                faults.push(format!("{open}…{close} do not pair"));
            }
        }
    }
    faults
}

#[test]
fn each_typography_rule_finds_the_fault_it_is_for() {
    use Lang::{De, Es, Fr};
    assert!(ends_twice("Tour step 8 of 9: Which model scales?."));
    assert!(!ends_twice("Which model scales? Look at the chart."));
    for (lang, wrong) in [
        (Fr, "à t = 12,5 s ; puis"),
        (Fr, "disponibilité : 40 %"),
        (De, "Verfügbarkeit: 40 %"),
        (Es, "en 3,2 s"),
        (Fr, "version 2, dans 5 h."),
        (Es, "2 GB/h"),
        (Fr, "40%"),
        (Fr, "Prédisez :"),
        (Fr, "Prédisez:"),
        (Fr, "Disponibilité : 40"),
        (Fr, "passe à l’échelle ?"),
        (Fr, "échelle?"),
        (Fr, "« Publier\u{a0}»"),
        (Fr, "«\u{a0}Publier »"),
        (Fr, "“Publier”"),
        (De, "“Update veröffentlichen”"),
        (De, "„Update veröffentlichen"),
        (De, "«Update»"),
        (Es, "Qué modelo escala?"),
        (Es, "¿Qué modelo escala"),
        (Es, "¡Hola"),
        (Es, "“Publicar”"),
        (Es, "«Publicar"),
    ] {
        assert!(
            !typography_faults(lang, wrong).is_empty(),
            "{lang:?}: no fault found in «{wrong}»"
        );
    }
    for (lang, right) in [
        (
            Fr,
            "à t = 12,5\u{a0}s\u{202f}; «\u{a0}Annuler\u{a0}» (5:off:s1)\u{a0}: 1 s’arrête, 12 serveurs",
        ),
        (
            De,
            "„Update veröffentlichen“: 40\u{a0}%, 12,5\u{a0}s, 5:off:s1",
        ),
        (Es, "¿Qué modelo escala? «Publicar»: 40\u{a0}%, ¡ya!"),
    ] {
        assert_eq!(
            typography_faults(lang, right),
            Vec::<String>::new(),
            "{right}"
        );
    }
}

#[test]
fn no_sentence_ends_with_a_period_after_a_question_or_an_exclamation_mark() {
    for catalogue in catalogues() {
        for (what, text) in everything(&catalogue) {
            assert!(
                !ends_twice(&text),
                "{}, {what}: «{text}»",
                catalogue.lang().code()
            );
        }
    }
}

#[test]
fn every_french_german_and_spanish_message_follows_its_languages_typography() {
    for catalogue in catalogues() {
        for (what, text) in everything(&catalogue) {
            let faults = typography_faults(catalogue.lang(), &text);
            assert!(
                faults.is_empty(),
                "{}, {what}: {faults:?} in «{text}»",
                catalogue.lang().code()
            );
        }
    }
}

/// Whether a whole number, a comma and a decimal follow each other ("version 2, 3,2 s"),
/// which with a decimal comma reads as a list of numbers.
fn runs_together(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let digit = |j: usize| chars.get(j).is_some_and(char::is_ascii_digit);
    (0..chars.len()).any(|i| {
        if !(digit(i) && chars.get(i + 1) == Some(&',') && chars.get(i + 2) == Some(&' ')) {
            return false;
        }
        let mut j = i + 3;
        while digit(j) {
            j += 1;
        }
        j > i + 3 && chars.get(j) == Some(&',') && digit(j + 1)
    })
}

#[test]
fn a_count_and_a_decimal_never_meet_at_a_comma() {
    assert!(runs_together("la version 2, 3,2 s après"));
    assert!(!runs_together("la version 2 (3,2 s après), 5 copies"));
    for catalogue in catalogues().into_iter().filter(|c| c.lang() != Lang::En) {
        for (what, text) in everything(&catalogue) {
            assert!(
                !runs_together(&text),
                "{}, {what}: «{text}»",
                catalogue.lang().code()
            );
        }
    }
}

#[test]
fn a_node_made_honest_again_passes_on_the_copy_it_has_and_does_not_mend_it() {
    // The engine: an honest node sends what it holds, so a damaged copy stays damaged.
    let [en_c, fr, de, es] = <[Catalogue; 4]>::try_from(catalogues()).ok().unwrap();
    for (catalogue, mended, received) in [
        (&en_c, "intact", "as it received it"),
        (&fr, "intact", "tel qu’"),
        (&de, "unbeschädigt", "erhalten hat"),
        (&es, "intact", "tal como lo recibió"),
    ] {
        for words in VOCABULARIES {
            for role in [Role::Server, Role::Client, Role::Peer] {
                let msg = Msg::HonestySet {
                    node: node(role, 2),
                    honest: true,
                };
                let text = say(catalogue, &msg, words);
                assert!(
                    !text.contains(mended) && text.contains(received),
                    "{}, {words:?}: «{text}»",
                    catalogue.lang().code()
                );
            }
        }
    }
    let bibliothecaire = Msg::HonestySet {
        node: node(Role::Server, 2),
        honest: true,
    };
    assert_eq!(
        say(&fr, &bibliothecaire, Words::Library),
        "La bibliothécaire 2 est de nouveau honnête\u{a0}: elle transmet le livre tel qu’elle l’a reçu."
    );
    assert_eq!(
        say(&de, &bibliothecaire, Words::Library),
        "Bibliothekarin 2 ist wieder ehrlich: Sie gibt das Buch so weiter, wie sie es erhalten hat."
    );
    assert_eq!(
        say(&es, &bibliothecaire, Words::Library),
        "La bibliotecaria 2 vuelve a ser honesta: presta el libro tal como lo recibió."
    );
}

#[test]
fn french_participles_and_others_agree_with_zero_and_one() {
    let fr = &catalogues()[1];
    let trust = |n: usize, words| {
        let msg = Msg::TourExplanation(Explanation::Trust {
            rejected: n as u64,
            corrupt_peers: n,
            corrupt_clients: n,
        });
        say(fr, &msg, words)
    };
    for (n, network, library) in [
        (
            0,
            "0 copie endommagée chez les pairs.",
            "0 livre abîmé a été refusé",
        ),
        (
            1,
            "1 copie endommagée chez les pairs.",
            "1 livre abîmé a été refusé",
        ),
        (
            5,
            "5 copies endommagées chez les pairs.",
            "5 livres abîmés ont été refusés",
        ),
    ] {
        let text = trust(n, Words::Network);
        assert!(text.contains(network), "{n}: «{text}»");
        let text = trust(n, Words::Library);
        assert!(text.contains(library), "{n}: «{text}»");
    }
    let more = |hidden| say(fr, &Msg::NoticeMore { hidden }, Words::Network);
    assert_eq!(more(1), "… et 1 autre, non affiché.");
    assert_eq!(more(5), "… et 5 autres, non affichés.");
}

#[test]
fn the_french_network_words_call_a_request_a_requete() {
    let fr = &catalogues()[1];
    for (what, text) in everything(fr)
        .into_iter()
        .filter(|(w, _)| w.starts_with("Network"))
    {
        for noun in [
            "la demande",
            "une demande",
            "les demandes",
            "des demandes",
            "sa demande",
        ] {
            assert!(!text.contains(noun), "fr {what}: «{noun}» in «{text}»");
        }
    }
    let question = |words| say(fr, &Msg::TourQuestion { step: 2 }, words);
    assert!(question(Words::Network).contains("la requête d’un pair"));
    assert!(question(Words::Library).contains("la demande de livre d’un ami"));
}

#[test]
fn the_class_is_told_that_the_teacher_paused_it() {
    // Each catalogue's own word for the teacher, as its refusal to a student says it.
    for (catalogue, teacher) in
        catalogues()
            .iter()
            .zip(["teacher", "enseignant", "Lehrkraft", "docente"])
    {
        let refused = catalogue.format("ui-class-refused-not-host", &[]).unwrap();
        let paused = catalogue.format("room-paused", &[]).unwrap();
        assert!(
            refused.contains(teacher) && paused.contains(teacher),
            "{}: «{paused}»",
            catalogue.lang().code()
        );
    }
}

#[test]
fn the_network_diagrams_and_the_scaling_chart_have_a_name_each() {
    let catalogues = catalogues();
    let english = &catalogues[0];
    for (catalogue, diagram, chart) in [
        (&catalogues[1], "schéma", "graphique"),
        (&catalogues[2], "diagramm", "grafik"),
        (&catalogues[3], "diagrama", "gráfico"),
    ] {
        let mut pairs: Vec<(String, String, String)> = Vec::new();
        for words in VOCABULARIES {
            for msg in samples() {
                pairs.push((
                    format!("{msg:?}"),
                    render(&msg, english, words),
                    render(&msg, catalogue, words),
                ));
            }
            let args = any_args(catalogue, words, "server");
            let args: Vec<(&str, Value)> =
                args.iter().map(|(n, v)| (n.as_str(), v.clone())).collect();
            // File names are ASCII slugs, not sentences.
            for key in english.keys().filter(|k| !k.starts_with("ui-file-")) {
                let theirs = catalogue.format(key, &args).unwrap_or_default();
                pairs.push((key.to_string(), english.format(key, &args).unwrap(), theirs));
            }
        }
        for (what, en_text, text) in pairs {
            let (en_text, text) = (en_text.to_lowercase(), text.to_lowercase());
            let lang = catalogue.lang().code();
            if en_text.contains("diagram") {
                assert!(
                    text.contains(diagram) && !text.contains(chart),
                    "{lang} {what}: «{text}»"
                );
            }
            if en_text.contains("chart") {
                assert!(
                    text.contains(chart) && !text.contains(diagram),
                    "{lang} {what}: «{text}»"
                );
            }
        }
    }
}

#[test]
fn german_says_fehlgeschlagen_for_every_failed_request_and_no_choice_says_sie() {
    let de = &catalogues()[2];
    for key in [
        "ui-metric-failed",
        "ui-csv-failed",
        "ui-outcome-failed",
        "ui-class-failed",
    ] {
        let text = de.format(key, &ui_args(Words::Network)).unwrap();
        assert!(
            text.to_lowercase().contains("fehlgeschlagen"),
            "{key}: «{text}»"
        );
    }
    // A choice speaks of the network, never to the reader: after a colon a capital "Sie"
    // reads as the polite "you".
    for step in 1..=STEP_COUNT {
        for choice in 0..3 {
            for words in VOCABULARIES {
                let text = say(de, &Msg::TourChoice { step, choice }, words);
                assert!(
                    !text.split(' ').any(|w| w == "Sie"),
                    "{step}.{choice}: «{text}»"
                );
            }
        }
    }
}

#[test]
fn the_several_servers_distractor_names_whose_clients_it_means() {
    // "Server 2 takes over its clients": its own, or those of server 1?
    for catalogue in catalogues().iter().skip(1) {
        for words in VOCABULARIES {
            let text = say(catalogue, &Msg::TourChoice { step: 7, choice: 2 }, words);
            let first = say(catalogue, &Msg::Node(node(Role::Server, 1)), words);
            assert!(
                text.to_lowercase().contains(&first.to_lowercase()),
                "{}: «{text}»",
                catalogue.lang().code()
            );
        }
    }
}

#[test]
fn spanish_speaks_to_the_reader_as_tu_and_names_nodes_with_their_article() {
    let es = &catalogues()[3];
    for (what, text) in everything(es) {
        // The usted forms of the page's own verbs (cierra, pulsa, haz, elige, espera).
        for usted in ["usted", "Ciérrelo", "Pulse ", "Haga ", "Elija ", "Espere "] {
            assert!(!text.contains(usted), "es {what}: «{usted}» in «{text}»");
        }
        // "de par 1" reads as "of pair 1": a node after a preposition takes its article.
        for preposition in [" de ", " a ", " en "] {
            for noun in [
                "par",
                "servidor",
                "cliente",
                "amigo",
                "bibliotecaria",
                "visitante",
            ] {
                let bare = format!("{preposition}{noun} ");
                let found = text
                    .match_indices(&bare)
                    .any(|(i, _)| text[i + bare.len()..].starts_with(|c: char| c.is_ascii_digit()));
                assert!(!found, "es {what}: «{bare}» in «{text}»");
            }
        }
    }
    let updated = Msg::LogUpdated {
        node: node(Role::Peer, 4),
        from: node(Role::Peer, 1),
        version: 2,
    };
    assert_eq!(
        say(es, &updated, Words::Network),
        "par 4 recibió la versión 2 del par 1"
    );
    let retried = Msg::LogRetried {
        who: node(Role::Client, 1),
        silent: node(Role::Server, 1),
        next: node(Role::Server, 2),
    };
    assert!(say(es, &retried, Words::Library).ends_with("ahora pregunta a la bibliotecaria 2"));
    // Misconceptions are "ideas erróneas", as French says "idée reçue" and German "Irrtum".
    for step in [6, 7] {
        let title = say(es, &Msg::TourTitle { step }, Words::Network);
        assert!(title.starts_with("Idea errónea "), "{title}");
    }
}

#[test]
fn a_notice_quotes_and_measures_in_the_pages_own_language() {
    let (_, notices) = netmodels::model::parse_query("file=99&dmin=5000&seed=x&zz=1");
    let kinds: Vec<&str> = notices.iter().map(|n| kind(&n.message)).collect();
    assert_eq!(
        kinds,
        ["NoticeRange", "NoticeRange", "NoticeSeed", "NoticeUnknown"]
    );
    for (catalogue, open, close, gb) in catalogues()
        .iter()
        .zip([
            ("“", "”", "GB"),
            ("«\u{a0}", "\u{a0}»", "Go"),
            ("„", "“", "GB"),
            ("«", "»", "GB"),
        ])
        .map(|(c, (o, cl, gb))| (c, o, cl, gb))
    {
        let said: Vec<String> = notices
            .iter()
            .map(|n| render(&n.message, catalogue, Words::Network))
            .collect();
        let lang = catalogue.lang().code();
        assert!(
            said[0].contains(&format!("10 {gb}")) || said[0].contains(&format!("10\u{a0}{gb}")),
            "{lang}: {}",
            said[0]
        );
        assert!(said[1].contains(&format!("{gb}/h")), "{lang}: {}", said[1]);
        assert!(
            said[2].contains(&format!("{open}x{close}")),
            "{lang}: {}",
            said[2]
        );
        assert!(
            said[3].contains(&format!("{open}zz{close}")),
            "{lang}: {}",
            said[3]
        );
        if gb != "GB" {
            assert!(said.iter().all(|s| !s.contains("GB")), "{lang}: {said:?}");
        }
    }
}

#[test]
fn an_availability_on_a_half_rounds_up_in_every_sentence_as_on_the_tile() {
    // 5 answers of 8 and 1 of 8: 62.5 % and 12.5 %, which the tile shows as 63 % and 13 %
    // (`Intl.NumberFormat` rounds a half away from zero); sentences must say the same.
    let msg = Msg::TimelineValue {
        at: 3.0,
        client_server: Some(5.0 / 8.0),
        peer_to_peer: Some(1.0 / 8.0),
    };
    let said = say(english(), &msg, Words::Network);
    assert!(said.contains("client-server 63"), "{said}");
    assert!(said.contains("peer-to-peer 13"), "{said}");
    assert_eq!(netmodels::model::percent_points(5.0 / 8.0), 63);
    assert_eq!(netmodels::model::percent_points(1.0), 100);
    assert_eq!(netmodels::model::percent_points(-0.5), 0);
}

#[test]
fn a_tour_explanation_with_nothing_measured_yet_says_so_and_not_that_availability_fell() {
    // Nothing answered and nothing failed since the action (a slow link, a short watch):
    // there is no availability to quote, good or bad.
    let unmeasured = [
        Msg::TourExplanation(Explanation::Resilience {
            availability: None,
            served: None,
            requesters: 4,
        }),
        Msg::TourExplanation(Explanation::NoHiddenServer {
            served: None,
            requesters: 4,
            availability: None,
            load: 0.0,
        }),
    ];
    // Each language's words for "availability fell" / "only", which a sentence with
    // nothing measured must not use, and for "not measured yet", which it must not quote
    // as if it were a number.
    let falls = [
        (Lang::En, ["fell to", "only", "not measured yet"]),
        (Lang::Fr, ["tombée", "seulement", "pas encore mesurée"]),
        (Lang::De, ["gesunken", "nur", "noch nicht gemessen"]),
        (Lang::Es, ["bajó", "solo", "aún sin medir"]),
    ];
    for catalogue in catalogues() {
        let words = falls
            .iter()
            .find(|(l, _)| *l == catalogue.lang())
            .unwrap()
            .1;
        for msg in &unmeasured {
            for vocabulary in VOCABULARIES {
                let said = say(&catalogue, msg, vocabulary);
                for word in words {
                    assert!(!said.contains(word), "{:?}: {said}", catalogue.lang());
                }
            }
        }
    }
}

#[test]
fn the_library_words_of_the_single_point_lesson_speak_of_a_person_not_a_machine() {
    let msg = Msg::TourExplanation(Explanation::SinglePoint {
        failed: 7,
        availability: Some(0.0),
        served: Some(0),
        requesters: 3,
    });
    for catalogue in catalogues() {
        let said = say(&catalogue, &msg, Words::Library).to_lowercase();
        for machine in ["machine", "maschine", "máquina"] {
            assert!(!said.contains(machine), "{:?}: {said}", catalogue.lang());
        }
        let network = say(&catalogue, &msg, Words::Network).to_lowercase();
        assert!(
            ["machine", "maschine", "máquina"]
                .iter()
                .any(|m| network.contains(m)),
            "{:?}: {network}",
            catalogue.lang()
        );
    }
}
