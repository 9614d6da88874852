//! Words for the model's messages: a [`Catalogue`] per language turns a [`Msg`] into a
//! sentence, in network words or the library analogy. Pure Rust (no browser crates), so
//! every catalogue is tested natively. English is built in and is the fallback for any
//! message a catalogue lacks; the other catalogues are static files the page loads when
//! asked (`static/lang/*.ftl`).

mod catalogue;

use std::borrow::Cow;
use std::sync::OnceLock;

pub use crate::model::Lang;
pub use catalogue::{Catalogue, Value};

use crate::model::{Explanation, Msg, NodeRef, Role, ServersGot, Unit, Words};

/// The English catalogue's source (`static/lang/en.ftl` without its comment lines, see
/// `build.rs`), part of the page.
pub const ENGLISH_SOURCE: &str = include_str!(concat!(env!("OUT_DIR"), "/en.ftl"));

/// The words only the guided tour's panel shows, in English (the text of its steps, its
/// buttons and verdicts; see `build.rs`): built into every native build (the tests, the
/// classroom server); the page's wasm leaves them out, about a quarter of its English, and
/// reads the whole `lang/en.ftl` when the tour opens.
#[cfg(not(target_arch = "wasm32"))]
pub const TOUR_ENGLISH_SOURCE: &str = include_str!(concat!(env!("OUT_DIR"), "/en-tour.ftl"));

/// The built-in English catalogue (in the page's wasm, without the tour panel's words).
pub fn english() -> &'static Catalogue {
    static ENGLISH: OnceLock<Catalogue> = OnceLock::new();
    ENGLISH.get_or_init(|| {
        #[cfg(not(target_arch = "wasm32"))]
        let source = &format!("{ENGLISH_SOURCE}{TOUR_ENGLISH_SOURCE}");
        #[cfg(target_arch = "wasm32")]
        let source = ENGLISH_SOURCE;
        Catalogue::parse(Lang::En, source).0
    })
}

/// `msg` in English, in `words`.
pub fn en(msg: &Msg, words: Words) -> String {
    render(msg, english(), words)
}

fn role_slug(role: Role) -> &'static str {
    match role {
        Role::Server => "server",
        Role::Client => "client",
        Role::Peer => "peer",
    }
}

/// The arguments and key of one message, built up before formatting.
struct Call<'a> {
    catalogue: &'a Catalogue,
    words: Words,
    args: Vec<(&'static str, Value)>,
}

impl<'a> Call<'a> {
    fn new(catalogue: &'a Catalogue, words: Words) -> Call<'a> {
        let slug = match words {
            Words::Network => "network",
            Words::Library => "library",
        };
        Call {
            catalogue,
            words,
            args: vec![("words", Value::Text(slug.into()))],
        }
    }

    fn count(mut self, name: &'static str, n: impl TryInto<u64>) -> Self {
        let n = n.try_into().unwrap_or(u64::MAX);
        self.args.push((name, Value::Number(n as f64, 0)));
        self
    }

    fn number(mut self, name: &'static str, n: f64, decimals: usize) -> Self {
        self.args.push((name, Value::Number(n, decimals)));
        self
    }

    /// A number with as many decimals as it needs, up to four (13.5, 0.315, 2).
    fn decimal(self, name: &'static str, n: f64) -> Self {
        let text = crate::model::fixed(n, 4);
        let decimals = text
            .trim_end_matches('0')
            .split('.')
            .nth(1)
            .map_or(0, str::len);
        self.number(name, n, decimals)
    }

    fn text(mut self, name: &'static str, text: String) -> Self {
        self.args.push((name, Value::Text(text)));
        self
    }

    /// Text from outside (what a link gave) as `name`, in the catalogue's quotation
    /// marks (`quoted`), so each language quotes it its own way.
    fn quoted(self, name: &'static str, text: &str) -> Self {
        let quoted = Call::new(self.catalogue, self.words)
            .text("text", text.to_string())
            .format("quoted");
        self.text(name, quoted)
    }

    fn role(self, name: &'static str, role: Role) -> Self {
        self.text(name, role_slug(role).into())
    }

    /// A node as `name` (inside a sentence), `name_label` (at its start) and
    /// `name_role` (for agreement).
    fn node(self, names: [&'static str; 3], node: NodeRef) -> Self {
        let (catalogue, words) = (self.catalogue, self.words);
        let [name, label, role] = names;
        self.text(name, node_name(catalogue, words, node, "node-name"))
            .text(label, node_name(catalogue, words, node, "node-label"))
            .role(role, node.role)
    }

    /// A count, or "–" while there is nothing to count (as the numbers' tiles show it).
    fn count_or_dash(self, name: &'static str, n: Option<usize>) -> Self {
        match n {
            Some(n) => self.count(name, n),
            None => self.text(name, "–".into()),
        }
    }

    /// `healthy` as `yes` or `no`, for a sentence that may say a network "still" serves
    /// only while it does, or `unknown` while nothing was measured (neither good nor bad).
    fn healthy(self, availability: Option<f64>) -> Self {
        let word = match (availability, crate::model::healthy(availability)) {
            (None, _) => "unknown",
            (Some(_), true) => "yes",
            (Some(_), false) => "no",
        };
        self.text("healthy", word.into())
    }

    fn availability(self, name: &'static str, availability: Option<f64>) -> Self {
        let text = match availability {
            Some(a) => Call::new(self.catalogue, self.words)
                .number("value", f64::from(crate::model::percent_points(a)), 0)
                .format("percent"),
            None => Call::new(self.catalogue, self.words).format("not-measured"),
        };
        self.text(name, text)
    }

    /// Formats `key`, from English when this catalogue lacks it.
    fn format(&self, key: &str) -> String {
        self.catalogue
            .format(key, &self.args)
            .or_else(|| english().format(key, &self.args))
            .unwrap_or_else(|| format!("{{{key}}}"))
    }
}

const NODE: [&str; 3] = ["node", "Node", "node_role"];

fn node_name(catalogue: &Catalogue, words: Words, node: NodeRef, key: &str) -> String {
    Call::new(catalogue, words)
        .role("role", node.role)
        .count("number", node.number)
        .format(key)
}

/// `msg` in `catalogue`'s language, in `words`.
pub fn render(msg: &Msg, catalogue: &Catalogue, words: Words) -> String {
    let call = Call::new(catalogue, words);
    let (key, call): (Cow<'static, str>, Call) = match msg {
        Msg::Node(node) => return node_name(catalogue, words, *node, "node-label"),
        Msg::ServerOff { node, clients } => (
            "server-off".into(),
            call.node(NODE, *node).count("clients", *clients),
        ),
        Msg::ServerOffAlone { node } => ("server-off-alone".into(), call.node(NODE, *node)),
        Msg::ServerOn { node } => ("server-on".into(), call.node(NODE, *node)),
        Msg::ClientOff { node } => ("client-off".into(), call.node(NODE, *node)),
        Msg::ClientOn { node } => ("client-on".into(), call.node(NODE, *node)),
        Msg::PeerOff { node, others } => (
            "peer-off".into(),
            call.node(NODE, *node).count("others", *others),
        ),
        Msg::PeerOffLast { node } => ("peer-off-last".into(), call.node(NODE, *node)),
        Msg::PeerOn { node } => ("peer-on".into(), call.node(NODE, *node)),
        Msg::Restarted { at } => ("restarted".into(), call.number("at", *at, 1)),
        Msg::Published {
            version,
            servers,
            first_peer,
        } => {
            let servers = match servers {
                ServersGot::TheOne => "the-one",
                ServersGot::Every => "every",
                ServersGot::ThoseOn => "those-on",
                ServersGot::None => "none",
            };
            let call = call
                .count("version", *version)
                .text("servers", servers.into());
            match first_peer {
                Some(release) => (
                    "published".into(),
                    call.node(NODE, release.peer)
                        .count("peer_version", release.version)
                        .text("same", (release.version == *version).to_string())
                        .text("damaged", release.damaged.to_string()),
                ),
                None => ("published-no-peer".into(), call),
            }
        }
        Msg::TourStepOpened { step, count, key } => {
            let title = render(&Msg::TourTitle { step: *key }, catalogue, words);
            (
                "tour-step-opened".into(),
                call.count("step", *step)
                    .count("count", *count)
                    .text("title", title),
            )
        }
        Msg::TourClosed { step, count } => (
            "tour-closed".into(),
            call.count("step", *step).count("count", *count),
        ),
        Msg::TourFinished => ("tour-finished".into(), call),
        Msg::OnlyServerOff => ("insight-only-server-off".into(), call),
        Msg::AllServersOff => ("insight-all-servers-off".into(), call),
        Msg::SomeServersOff { off, on } => (
            "insight-some-servers-off".into(),
            call.count("off", *off).count("on", *on),
        ),
        Msg::OneServerLoad => ("insight-one-server".into(), call),
        Msg::ServersLoad => ("insight-servers".into(), call),
        Msg::AllPeersOff => ("insight-all-peers-off".into(), call),
        Msg::LonePeer => ("insight-lone-peer".into(), call),
        Msg::SomePeersOff { off, on } => (
            "insight-some-peers-off".into(),
            call.count("off", *off).count("on", *on),
        ),
        Msg::PeersStrained {
            off,
            on,
            availability,
        } => (
            "insight-peers-strained".into(),
            call.count("off", *off)
                .count("on", *on)
                .availability("availability", Some(*availability)),
        ),
        Msg::PeersShare => ("insight-peers".into(), call),
        Msg::Summary {
            servers,
            clients,
            peers,
            off,
            served,
            requesters,
            requester,
        } => {
            let count = |role: Role, n: usize| {
                Call::new(catalogue, words)
                    .role("role", role)
                    .count("count", n)
                    .format("role-count")
            };
            let counts: Vec<String> = [
                (Role::Server, *servers),
                (Role::Client, *clients),
                (Role::Peer, *peers),
            ]
            .into_iter()
            .filter(|&(_, n)| n > 0)
            .map(|(role, n)| count(role, n))
            .collect();
            let state = match off.is_empty() {
                true => Call::new(catalogue, words).format("summary-all-on"),
                false => {
                    let names: Vec<String> = off
                        .iter()
                        .map(|n| node_name(catalogue, words, *n, "node-name"))
                        .collect();
                    Call::new(catalogue, words)
                        .text("nodes", names.join(", "))
                        .format("summary-off")
                }
            };
            (
                "summary".into(),
                call.text("counts", counts.join(", "))
                    .text("state", state)
                    .count("served", *served)
                    .count("total", *requesters)
                    .text("requesters", count(*requester, *requesters))
                    .role("requester", *requester),
            )
        }
        Msg::LogSwitched { node, up } => (
            "log-switched".into(),
            call.node(NODE, *node).text("up", up.to_string()),
        ),
        Msg::LogPublished { version, node } => (
            "log-published".into(),
            call.count("version", *version).node(NODE, *node),
        ),
        Msg::LogUpdated {
            node,
            from,
            version,
        } => (
            "log-updated".into(),
            call.node(NODE, *node)
                .node(["from", "From", "from_role"], *from)
                .count("version", *version),
        ),
        Msg::LogConverged { version, seconds } => (
            "log-converged".into(),
            call.count("version", *version)
                .number("seconds", *seconds, 1),
        ),
        Msg::LogRetried { who, silent, next } => (
            "log-retried".into(),
            call.node(["who", "Who", "who_role"], *who)
                .node(["silent", "Silent", "silent_role"], *silent)
                .node(["next", "Next", "next_role"], *next),
        ),
        Msg::LogTargetOff { who, whom } => (
            "log-target-off".into(),
            call.node(["who", "Who", "who_role"], *who)
                .node(["whom", "Whom", "whom_role"], *whom),
        ),
        Msg::LogNoAnswer { who, whom } => (
            "log-no-answer".into(),
            call.node(["who", "Who", "who_role"], *who)
                .node(["whom", "Whom", "whom_role"], *whom),
        ),
        Msg::LogNoPeerAnswered { who } => (
            "log-no-peer-answered".into(),
            call.node(["who", "Who", "who_role"], *who),
        ),
        Msg::LogCancelled { who } => (
            "log-cancelled".into(),
            call.node(["who", "Who", "who_role"], *who),
        ),
        Msg::LogRecovered { who } => (
            "log-recovered".into(),
            call.node(["who", "Who", "who_role"], *who),
        ),
        Msg::TourTitle { step } => (format!("tour-{step}-title").into(), call),
        Msg::TourQuestion { step } => (format!("tour-{step}-question").into(), call),
        Msg::TourChoice { step, choice } => {
            (format!("tour-{step}-choice-{}", choice + 1).into(), call)
        }
        Msg::TourPrompt { step } => (format!("tour-{step}-prompt").into(), call),
        Msg::TourRight { step, chosen } => {
            let chosen = render(
                &Msg::TourChoice {
                    step: *step,
                    choice: *chosen,
                },
                catalogue,
                words,
            );
            ("tour-right".into(), call.text("chosen", chosen))
        }
        Msg::TourWrong {
            step,
            chosen,
            answer,
        } => {
            let choice = |choice: usize| {
                render(
                    &Msg::TourChoice {
                        step: *step,
                        choice,
                    },
                    catalogue,
                    words,
                )
            };
            (
                "tour-wrong".into(),
                call.text("chosen", choice(*chosen))
                    .text("answer", choice(*answer)),
            )
        }
        Msg::TourExplanation(explanation) => explanation_call(explanation, call),
        Msg::TourUndone => ("tour-undone".into(), call),
        Msg::NoticeMore { hidden } => ("notice-more".into(), call.count("hidden", *hidden)),
        Msg::NoticeAtLeast { name, min } => (
            "notice-at-least".into(),
            call.text("name", name.clone()).count("min", *min),
        ),
        Msg::NoticeAtMost { name, max } => (
            "notice-at-most".into(),
            call.text("name", name.clone()).count("max", *max),
        ),
        Msg::NoticeNotWhole {
            name,
            value,
            min,
            max,
            default,
        } => (
            "notice-not-whole".into(),
            call.text("name", name.clone())
                .quoted("value", value)
                .count("min", *min)
                .count("max", *max)
                .count("default", *default),
        ),
        Msg::NoticeNotOneOf {
            name,
            value,
            choices,
        } => (
            "notice-not-one-of".into(),
            call.text("name", name.clone())
                .quoted("value", value)
                .text("choices", choices.clone()),
        ),
        Msg::NoticeRepeated { name } => ("notice-repeated".into(), call.quoted("name", name)),
        Msg::NoticeEmpty { name } => ("notice-empty".into(), call.quoted("name", name)),
        Msg::NoticeSeed { value } => ("notice-seed".into(), call.quoted("value", value)),
        Msg::NoticeLang { value } => ("notice-lang".into(), call.quoted("value", value)),
        Msg::NoticeUnknown { name } => ("notice-unknown".into(), call.quoted("name", name)),
        Msg::NoticeClientsPerServer { servers, clients } => (
            "notice-clients-per-server".into(),
            call.count("servers", *servers).count("clients", *clients),
        ),
        Msg::NoticeTourScene { names } => (
            "notice-tour-scene".into(),
            call.text("names", names.join(", "))
                .count("count", names.len()),
        ),
        Msg::NoticeRange {
            name,
            min,
            max,
            used,
            unit,
        } => {
            let call = call
                .text("name", name.clone())
                .decimal("min", *min)
                .decimal("max", *max)
                .decimal("used", *used);
            let unit = match unit {
                None => return call.format("notice-range"),
                Some(Unit::Seconds) => "seconds",
                Some(Unit::Gigabytes) => "gigabytes",
                Some(Unit::GigabytesPerHour) => "gigabytes-per-hour",
            };
            ("notice-range-unit".into(), call.text("unit", unit.into()))
        }
        Msg::NoticeNotANumber {
            name,
            value,
            default,
        } => (
            "notice-not-a-number".into(),
            call.text("name", name.clone())
                .quoted("value", value)
                .decimal("default", *default),
        ),
        Msg::NoticeNoNode { id } => ("notice-no-node".into(), call.quoted("id", id)),
        // Who can you trust: dishonest nodes, checked copies, publishing from a node.
        Msg::HonestySet { node, honest } => (
            "honesty-set".into(),
            call.node(NODE, *node).text("honest", honest.to_string()),
        ),
        Msg::VerifySet { on } => ("verify-set".into(), call.text("on", on.to_string())),
        Msg::PublishRefused { who, server } => (
            "publish-refused".into(),
            call.node(["who", "Who", "who_role"], *who)
                .node(["server", "Server", "server_role"], *server),
        ),
        Msg::PublishedFrom {
            version,
            node,
            damaged,
        } => (
            "published-from".into(),
            call.count("version", *version)
                .node(NODE, *node)
                .text("damaged", damaged.to_string()),
        ),
        Msg::PublishNotOn { node } => ("publish-not-on".into(), call.node(NODE, *node)),
        Msg::LogHonesty { node, honest } => (
            "log-honesty".into(),
            call.node(NODE, *node).text("honest", honest.to_string()),
        ),
        Msg::LogCorrupted { node, from } => (
            "log-corrupted".into(),
            call.node(NODE, *node)
                .node(["from", "From", "from_role"], *from),
        ),
        Msg::LogRejected { who, bad, next } => (
            "log-rejected".into(),
            call.node(["who", "Who", "who_role"], *who)
                .node(["bad", "Bad", "bad_role"], *bad)
                .node(["next", "Next", "next_role"], *next),
        ),
        Msg::LogOwnCopyFailed { who, next } => (
            "log-own-copy-failed".into(),
            call.node(["who", "Who", "who_role"], *who)
                .node(["next", "Next", "next_role"], *next),
        ),
        Msg::LogOnlyDamaged { who } => (
            "log-only-damaged".into(),
            call.node(["who", "Who", "who_role"], *who),
        ),
        Msg::LogPublishRefused { who, server } => (
            "log-publish-refused".into(),
            call.node(["who", "Who", "who_role"], *who)
                .node(["server", "Server", "server_role"], *server),
        ),
        Msg::InsightDishonestServer { clients } => (
            "insight-dishonest-server".into(),
            call.count("clients", *clients),
        ),
        Msg::InsightUnchecked => ("insight-unchecked".into(), call),
        Msg::InsightChecked => ("insight-checked".into(), call),
        Msg::InsightBadPublisher => ("insight-bad-publisher".into(), call),
        Msg::NoticeNoDishonestNode { id } => ("notice-no-bad-node".into(), call.quoted("id", id)),
        // Going back in time, and scripts.
        Msg::NoticeScriptEntry { entry } => {
            ("notice-script-entry".into(), call.quoted("entry", entry))
        }
        Msg::NoticeScriptTime { entry, max } => (
            "notice-script-time".into(),
            call.quoted("entry", entry).decimal("max", *max),
        ),
        Msg::NoticeScriptNode { entry } => {
            ("notice-script-node".into(), call.quoted("entry", entry))
        }
        Msg::NoticeScriptLong { max } => ("notice-script-long".into(), call.count("max", *max)),
        Msg::HistoryForked { at } => ("history-forked".into(), call.number("at", *at, 1)),
        Msg::NoticeCostlyMoment { asked, used } => (
            "notice-costly-moment".into(),
            call.number("asked", *asked, 0).number("used", *used, 0),
        ),
        Msg::CatchingUp { at, done } => (
            "history-catching-up".into(),
            call.number("at", *at, 0).count("done", *done),
        ),
        Msg::HistoryUndone { at } => ("history-undone".into(), call.number("at", *at, 1)),
        Msg::TimelineValue {
            at,
            client_server,
            peer_to_peer,
        } => (
            "timeline-value".into(),
            call.number("at", *at, 1)
                .availability("client_server", *client_server)
                .availability("peer_to_peer", *peer_to_peer),
        ),
    };
    call.format(&key)
}

fn explanation_call<'a>(
    explanation: &Explanation,
    call: Call<'a>,
) -> (Cow<'static, str>, Call<'a>) {
    let (step, call) = match *explanation {
        Explanation::Server {
            answered,
            sent,
            load,
        } => (
            1,
            call.count("answered", answered)
                .count("sent", sent)
                .number("load", load, 1),
        ),
        Explanation::Peers { answered, load } => {
            (2, call.count("answered", answered).number("load", load, 1))
        }
        Explanation::SinglePoint {
            failed,
            availability,
            served,
            requesters,
        } => (
            3,
            call.count("failed", failed)
                .availability("availability", availability)
                .count_or_dash("served", served)
                .count("total", requesters),
        ),
        Explanation::Resilience {
            availability,
            served,
            requesters,
        } => (
            4,
            call.availability("availability", availability)
                .healthy(availability)
                .count_or_dash("served", served)
                .count("total", requesters),
        ),
        Explanation::Consistency {
            stale_client_server,
            stale_peers,
            converged_after,
        } => {
            let call = call
                .count("stale_cs", stale_client_server)
                .count("stale_peers", stale_peers);
            let call = match converged_after {
                Some(seconds) => call
                    .text("converged", "yes".into())
                    .number("seconds", seconds, 1),
                None => call.text("converged", "no".into()),
            };
            (5, call)
        }
        Explanation::NoHiddenServer {
            served,
            requesters,
            availability,
            load,
        } => (
            6,
            call.count_or_dash("served", served)
                .count("total", requesters)
                .availability("availability", availability)
                .healthy(availability)
                .number("load", load, 1),
        ),
        Explanation::SeveralServers { served, requesters } => (
            7,
            call.count_or_dash("served", served)
                .count("total", requesters),
        ),
        Explanation::Scaling {
            client_server_hours,
            peer_hours,
        } => (
            8,
            call.number("cs_hours", client_server_hours, 1)
                .number("p2p_hours", peer_hours, 2),
        ),
        Explanation::Trust {
            rejected,
            corrupt_peers,
            corrupt_clients,
        } => (
            9,
            call.count("rejected", rejected)
                .count("corrupt_peers", corrupt_peers)
                .count("corrupt_clients", corrupt_clients),
        ),
    };
    (format!("tour-{step}-explain").into(), call)
}
