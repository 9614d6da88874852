//! The catalogues: every message the model can say, in every language and both
//! vocabularies, with nothing missing or left unresolved; no English left in the
//! translations; plural forms; and the English wording where the wording is the point.

use netmodels::model::{
    Explanation, Lab, ModelKind, Msg, NodeRef, Role, STEP_COUNT, Scenario, ServersGot, Topology,
    Words,
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
        Msg::Restarted => "Restarted",
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
        for first_peer in [Some(p1), None] {
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
        Msg::Restarted,
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
    for availability in [Some(0.4), None] {
        all.extend([
            Msg::TourExplanation(Explanation::SinglePoint {
                failed: 7,
                availability,
                served: 0,
                requesters: 3,
            }),
            Msg::TourExplanation(Explanation::Resilience {
                availability,
                served: 3,
                requesters: 4,
            }),
            Msg::TourExplanation(Explanation::NoHiddenServer {
                served: 4,
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
            served: 3,
            requesters: 6,
        }),
        Msg::TourExplanation(Explanation::Scaling {
            client_server_hours: 10.0,
            peer_hours: 0.96,
        }),
    ]);
    let name = || "clients".to_string();
    let value = || "“<b>x</b>”".to_string();
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
            unit: String::new(),
        },
        Msg::NoticeRange {
            name: "file".into(),
            min: 0.001,
            max: 1000.0,
            used: 0.5,
            unit: "GB".into(),
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
fn french_labels_put_a_no_break_space_before_double_punctuation() {
    let french = &catalogues()[1];
    let args = ui_args(Words::Network);
    // A selector followed by text on its closing line (the network's accessible name).
    assert_eq!(
        french.format("ui-network-label", &args).unwrap(),
        "Réseau client-serveur\u{a0}: …"
    );
    for key in french.keys().filter(|k| k.starts_with("ui-")) {
        let text = french.format(key, &args).unwrap();
        for mark in [" :", " ;", " ?", " !"] {
            assert!(
                !text.contains(mark),
                "fr {key}: plain space before «{mark}» in «{text}»"
            );
        }
    }
}
