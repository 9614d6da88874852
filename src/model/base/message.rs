//! What the model has to say, as values: a message kind and its arguments (counts, roles,
//! node references, numbers), never a sentence. A catalogue per language turns a message
//! into words (`crate::text`); the model's tests assert on these values.

use crate::model::base::role::Role;

/// A node as a sentence names it: "Server 1", "la bibliothécaire 1".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NodeRef {
    /// What the node does; the catalogue picks the noun from it (server or librarian…).
    pub role: Role,
    /// 1-based number within its role: the 1 of "Server 1" and of the id `s1`.
    pub number: usize,
}

/// Everything the model says: announcements for the live region, the lesson under each
/// diagram, event log lines, the tour's texts and notices about a link. In every variant
/// a [`NodeRef`] field names a node as the sentence will; counts are whole nodes or
/// requests, times are simulated seconds.
#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    /// A node's name as a label: "Server 1".
    Node(NodeRef),

    // Announcements when a node is switched; `up` is its new state.
    /// A server with clients of its own went off: they can no longer be served.
    ServerOff {
        /// The server switched off.
        node: NodeRef,
        /// How many clients have it as their home server, now cut off.
        clients: usize,
    },
    /// A server without clients of its own went off (only outside a clamped scenario).
    ServerOffAlone {
        /// The server switched off.
        node: NodeRef,
    },
    /// A server came back on: its clients will be answered again.
    ServerOn {
        /// The server switched on.
        node: NodeRef,
    },
    /// A client went off: it stops sending requests.
    ClientOff {
        /// The client switched off.
        node: NodeRef,
    },
    /// A client came back on: it starts sending requests again.
    ClientOn {
        /// The client switched on.
        node: NodeRef,
    },
    /// A peer went off and `others` peers remain on, still serving each other.
    PeerOff {
        /// The peer switched off.
        node: NodeRef,
        /// How many peers are still on (at least two, or [`Msg::PeerOffLast`] is said).
        others: usize,
    },
    /// A peer went off and no peer has a partner left.
    PeerOffLast {
        /// The peer switched off.
        node: NodeRef,
    },
    /// A peer came back on: it asks and answers again.
    PeerOn {
        /// The peer switched on.
        node: NodeRef,
    },
    /// Reset pressed: both networks started over at the present moment, their counts from
    /// zero, while the session's clock runs on.
    Restarted {
        /// The moment, in session seconds.
        at: f64,
    },
    /// Publish update: the new version, how it reached the servers, where it starts among
    /// the peers.
    Published {
        /// Client-server's new version number (the first copy everyone holds is version 1).
        version: u32,
        /// Which servers of the client-server network got it at once.
        servers: ServersGot,
        /// Where the update starts among the peers, and as which version; `None` when no
        /// peer is on to take it, and then the peers publish nothing.
        first_peer: Option<PeerRelease>,
    },
    /// The tour opened at place `step` of `count`; `key` is the step's fixed number, which
    /// its catalogue entries use.
    TourStepOpened {
        /// 1-based place of the step in the tour.
        step: usize,
        /// How many steps the tour has.
        count: usize,
        /// The step's fixed number, the N of its `tour-N-…` keys (gives its title).
        key: usize,
    },
    /// The learner closed the tour; opening it again resumes at `step`.
    TourClosed {
        /// 1-based place of the step the tour was left at.
        step: usize,
        /// How many steps the tour has.
        count: usize,
    },
    /// Next on the last step: the tour is over and the learner explores freely.
    TourFinished,

    // The lesson a diagram shows now.
    /// The only server is off.
    OnlyServerOff,
    /// Every server (of several) is off.
    AllServersOff,
    /// `off` servers are off, `on` still serve their own clients.
    SomeServersOff {
        /// How many servers are off (at least one).
        off: usize,
        /// How many servers are still on (at least one).
        on: usize,
    },
    /// One server, all on: its load grows with each client.
    OneServerLoad,
    /// Several servers, all on: each carries its own clients.
    ServersLoad,
    /// Every peer is off: nobody asks and nobody answers.
    AllPeersOff,
    /// One peer on: nobody to ask.
    LonePeer,
    /// `off` peers are off, `on` still answer each other.
    SomePeersOff {
        /// How many peers are off (at least one).
        off: usize,
        /// How many peers are still on (at least two).
        on: usize,
    },
    /// `off` peers are off and the `on` left still answer each other, yet fewer requests
    /// succeed than a healthy network's: a peer asks partners at random, and many are off.
    PeersStrained {
        /// How many peers are off (at least one).
        off: usize,
        /// How many peers are still on (at least two).
        on: usize,
        /// The share of requests answered over the recent window, 0..=1.
        availability: f64,
    },
    /// Every peer on: each both asks and answers, so the work is shared.
    PeersShare,

    /// The screen readers' one-line summary of a diagram.
    Summary {
        /// How many servers the network has (0 in peer-to-peer).
        servers: usize,
        /// How many clients the network has (0 in peer-to-peer).
        clients: usize,
        /// How many peers the network has (0 in client-server).
        peers: usize,
        /// The nodes that are off now, in diagram order; empty when all are on.
        off: Vec<NodeRef>,
        /// Requesters served: on, and their last request did not fail.
        served: usize,
        /// How many nodes send requests (clients or peers), served or not.
        requesters: usize,
        /// The role that sends requests in this network: client or peer.
        requester: Role,
    },

    // Event log lines.
    /// Log: a node was switched on or off.
    LogSwitched {
        /// The node switched.
        node: NodeRef,
        /// Its new state: `true` on, `false` off.
        up: bool,
    },
    /// Log: a new version appeared at a node (a server, or the peer it starts from).
    LogPublished {
        /// The version published.
        version: u32,
        /// Where it appeared.
        node: NodeRef,
    },
    /// Log: a node replaced its copy with a newer version it heard of from another.
    LogUpdated {
        /// The node that now holds the newer copy.
        node: NodeRef,
        /// The node it got the version from.
        from: NodeRef,
        /// The version it holds now.
        version: u32,
    },
    /// Log: every copy holds the latest version again.
    LogConverged {
        /// The version every copy holds.
        version: u32,
        /// Simulated seconds from publishing to the last copy catching up.
        seconds: f64,
    },
    /// Log: a peer got no answer in time from one partner and asks another.
    LogRetried {
        /// The peer that is asking.
        who: NodeRef,
        /// The partner that did not answer.
        silent: NodeRef,
        /// The partner asked instead.
        next: NodeRef,
    },
    /// Log: a request failed because the node it was sent to is off.
    LogTargetOff {
        /// The requester whose request failed.
        who: NodeRef,
        /// The node asked last, which is off.
        whom: NodeRef,
    },
    /// Log: a request failed because the node asked, though on, did not answer in time.
    LogNoAnswer {
        /// The requester whose request failed.
        who: NodeRef,
        /// The node asked last.
        whom: NodeRef,
    },
    /// Log: a peer tried every partner it may ask and none answered.
    LogNoPeerAnswered {
        /// The peer whose request failed.
        who: NodeRef,
    },
    /// Log: a requester was switched off while waiting, so it stopped waiting.
    LogCancelled {
        /// The requester that gave up its request.
        who: NodeRef,
    },
    /// Log: a requester whose last request had failed is answered again.
    LogRecovered {
        /// The requester served again (by its server, or by a peer).
        who: NodeRef,
    },

    // The guided tour; `step` is the step's fixed number (its key), not its place.
    /// A tour step's title.
    TourTitle {
        /// The step's fixed number (the N of `tour-N-…`), not its place in the tour.
        step: usize,
    },
    /// The question a tour step asks the learner to predict an answer to.
    TourQuestion {
        /// The step's fixed number (the N of `tour-N-…`).
        step: usize,
    },
    /// Answer `choice` (0-based) of a step's question.
    TourChoice {
        /// The step's fixed number (the N of `tour-N-…`).
        step: usize,
        /// 0-based index of the answer among the step's choices.
        choice: usize,
    },
    /// What the learner should do now in a step (switch a node off, press Publish…).
    TourPrompt {
        /// The step's fixed number (the N of `tour-N-…`).
        step: usize,
    },
    /// The learner predicted the answer the network showed.
    TourRight {
        /// The step's fixed number (the N of `tour-N-…`).
        step: usize,
        /// 0-based index of the answer the learner chose, which was right.
        chosen: usize,
    },
    /// The learner predicted `chosen`; the network showed `answer`.
    TourWrong {
        /// The step's fixed number (the N of `tour-N-…`).
        step: usize,
        /// 0-based index of the answer the learner chose.
        chosen: usize,
        /// 0-based index of the answer the network showed.
        answer: usize,
    },
    /// What the step showed, with the numbers measured since the learner acted, once
    /// they have watched.
    TourExplanation(Explanation),
    /// The learner undid what the step asked for before the network showed its effect
    /// (switched the node back on, restarted, or went back in time to before it): there
    /// is nothing to judge the prediction by, and the step can be tried again.
    TourUndone,

    // Notices about a link's parameters. `name` is the parameter, `value` what the link
    // gave (cut short, as text: nothing from outside becomes markup). What the link gave
    // is quoted by the catalogue, in its language's quotation marks.
    /// More notices than are listed.
    NoticeMore {
        /// How many notices were left out of the list.
        hidden: usize,
    },
    /// A whole number below its minimum: the minimum is used.
    NoticeAtLeast {
        /// The parameter, as the link wrote it (cut short).
        name: String,
        /// The smallest value allowed, which is used instead.
        min: usize,
    },
    /// A whole number above its maximum: the maximum is used.
    NoticeAtMost {
        /// The parameter, as the link wrote it (cut short).
        name: String,
        /// The largest value allowed, which is used instead.
        max: usize,
    },
    /// A size that is not a whole number at all: the default is used.
    NoticeNotWhole {
        /// The parameter, as the link wrote it (cut short).
        name: String,
        /// What the link gave, cut short; the catalogue quotes it.
        value: String,
        /// The smallest value allowed.
        min: usize,
        /// The largest value allowed.
        max: usize,
        /// The value used instead.
        default: usize,
    },
    /// Not one of the words `choices` (joined); the default is used.
    NoticeNotOneOf {
        /// The parameter, as the link wrote it (cut short).
        name: String,
        /// What the link gave, cut short; the catalogue quotes it.
        value: String,
        /// The words allowed, joined with ", ".
        choices: String,
    },
    /// A parameter given more than once: the first value is used.
    NoticeRepeated {
        /// The parameter as the link wrote it, cut short; the catalogue quotes it.
        name: String,
    },
    /// A parameter with no value: its default is used.
    NoticeEmpty {
        /// The parameter as the link wrote it, cut short; the catalogue quotes it.
        name: String,
    },
    /// `seed=` is not a whole number: the default seed is used.
    NoticeSeed {
        /// What the link gave, cut short; the catalogue quotes it.
        value: String,
    },
    /// `lang=` names no language the page speaks: English is used.
    NoticeLang {
        /// What the link gave, cut short; the catalogue quotes it.
        value: String,
    },
    /// A parameter netmodels does not know: it is ignored.
    NoticeUnknown {
        /// The parameter as the link wrote it, cut short; the catalogue quotes it.
        name: String,
    },
    /// `servers` servers need `clients` clients, one each.
    NoticeClientsPerServer {
        /// How many servers the link asked for.
        servers: usize,
        /// How many clients are used: the link's number raised to one per server.
        clients: usize,
    },
    /// A tour step's own scene replaces these parameters.
    NoticeTourScene {
        /// The parameters the link gave that the scene overrides (`servers`, `down`…).
        names: Vec<String>,
    },
    /// A number outside its range, clamped to `used`, in `unit` (none for a plain factor).
    NoticeRange {
        /// The parameter, as the link wrote it (cut short).
        name: String,
        /// The smallest value allowed, in `unit`.
        min: f64,
        /// The largest value allowed, in `unit`.
        max: f64,
        /// The nearest allowed value, which is used, in `unit`.
        used: f64,
        /// The unit of the three numbers, which the catalogue writes in its language's
        /// symbol; `None` for a plain factor (speed, rate).
        unit: Option<Unit>,
    },
    /// A decimal parameter that is not a number: its default is used.
    NoticeNotANumber {
        /// The parameter, as the link wrote it (cut short).
        name: String,
        /// What the link gave, cut short; the catalogue quotes it.
        value: String,
        /// The value used instead.
        default: f64,
    },
    /// `down=` names a node that does not exist: that id is ignored.
    NoticeNoNode {
        /// The id as the link gave it, lower-cased and cut short; the catalogue quotes it.
        id: String,
    },

    // Who can you trust: dishonest nodes, checked copies, publishing from a node.
    /// Announcement: `node` was made dishonest (`honest` false) or honest again.
    HonestySet {
        /// The node whose honesty changed.
        node: NodeRef,
        /// Its new state: `false` means it now hands out damaged copies.
        honest: bool,
    },
    /// Announcement: peers now check (or no longer check) every copy they receive.
    VerifySet {
        /// Whether checking is now on.
        on: bool,
    },
    /// Announcement and log line: a client tried to publish and its server refused.
    PublishRefused {
        /// The client that tried to publish.
        who: NodeRef,
        /// Its server, which alone may change the shared copy.
        server: NodeRef,
    },
    /// Announcement: `node` published `version`; `damaged`: a dishonest publisher, whose
    /// fingerprints match its damaged copy.
    PublishedFrom {
        /// The new version number.
        version: u32,
        /// The node it was published from.
        node: NodeRef,
        /// Whether the release itself is damaged (a dishonest peer published it).
        damaged: bool,
    },
    /// Announcement: `node` is off, so it could not publish.
    PublishNotOn {
        /// The node asked to publish, which is off.
        node: NodeRef,
    },
    /// Log: a node turned dishonest or honest again.
    LogHonesty {
        /// The node whose honesty changed.
        node: NodeRef,
        /// Its new state: `false` means dishonest.
        honest: bool,
    },
    /// An honest node took a damaged copy without noticing.
    LogCorrupted {
        /// The node that now holds a damaged copy.
        node: NodeRef,
        /// The node it took the copy from.
        from: NodeRef,
    },
    /// `who` caught a damaged answer from `bad` and asks `next`.
    LogRejected {
        /// The peer that checked the answer and rejected it.
        who: NodeRef,
        /// The node whose answer was damaged.
        bad: NodeRef,
        /// The partner asked instead.
        next: NodeRef,
    },
    /// `who` checked the copy it holds, found it damaged, and asks `next` for a sound one.
    LogOwnCopyFailed {
        /// The peer whose own copy failed the check.
        who: NodeRef,
        /// The partner it asks for a sound copy.
        next: NodeRef,
    },
    /// `who` rejected the last answer it could get: the request failed.
    LogOnlyDamaged {
        /// The peer whose request failed.
        who: NodeRef,
    },
    /// Log: a client tried to publish and its server refused.
    LogPublishRefused {
        /// The client that tried to publish.
        who: NodeRef,
        /// Its server, which refused.
        server: NodeRef,
    },
    /// The lesson: a dishonest server damages the copy of every one of its `clients`.
    InsightDishonestServer {
        /// How many clients have a dishonest server that is on as their home.
        clients: usize,
    },
    /// The lesson: dishonest peers, nobody checks, damaged copies spread.
    InsightUnchecked,
    /// The lesson: dishonest peers, but every copy is checked.
    InsightChecked,
    /// The lesson: the publisher itself was dishonest; checking cannot help.
    InsightBadPublisher,
    /// `bad=` names a node that does not exist.
    NoticeNoDishonestNode {
        /// The id as the link gave it, lower-cased and cut short; the catalogue quotes it.
        id: String,
    },
    // Going back in time, and scripts. `entry` is a script entry as the link gave it (cut
    // short; the catalogue quotes it).
    /// A script entry that is not `seconds:action[:node]` with a known action.
    NoticeScriptEntry {
        /// The entry as the link gave it, cut short; the catalogue quotes it.
        entry: String,
    },
    /// A script entry's time is not a number of seconds from 0 to `max`.
    NoticeScriptTime {
        /// The entry as the link gave it, cut short; the catalogue quotes it.
        entry: String,
        /// The latest time a script may name, in seconds.
        max: f64,
    },
    /// A script entry names a node these networks do not have.
    NoticeScriptNode {
        /// The entry as the link gave it, cut short; the catalogue quotes it.
        entry: String,
    },
    /// More script entries than are played.
    NoticeScriptLong {
        /// How many entries are played; the rest are skipped.
        max: usize,
    },
    /// Acting while looking back at `at` seconds cut the later history off.
    HistoryForked {
        /// The moment acted at, in session seconds.
        at: f64,
    },
    /// A link's moment `asked` would take too long to catch up on at its sizes and rate:
    /// the page opens at `used` instead, the latest moment within the limit.
    NoticeCostlyMoment {
        /// The moment the link asked for, in session seconds.
        asked: f64,
        /// The moment the page opens at instead, in session seconds.
        used: f64,
    },
    /// The page is running the session up to the link's moment `at`; `done` per cent of
    /// the way is run (in steps of ten, so that a screen reader hears few updates).
    CatchingUp {
        /// The moment being caught up on, in session seconds.
        at: f64,
        /// How much of the way is run, in per cent, a multiple of ten.
        done: usize,
    },
    /// Undo brought the cut-off history back; showing `at` seconds.
    HistoryUndone {
        /// The moment shown again, in session seconds.
        at: f64,
    },
    /// What the timeline's handle says: the moment and both networks' availability
    /// (0..=1; `None` before any request has an outcome).
    TimelineValue {
        /// The moment shown, in session seconds.
        at: f64,
        /// The client-server network's availability then, 0..=1.
        client_server: Option<f64>,
        /// The peer-to-peer network's availability then, 0..=1.
        peer_to_peer: Option<f64>,
    },
}

/// The unit a number in a notice is in; each catalogue has its symbol (`unit-symbol`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Simulated seconds (`t=`).
    Seconds,
    /// Gigabytes, the chart's file size (`file=`).
    Gigabytes,
    /// Gigabytes per hour, the chart's rates (`server_up=`, `peer_up=`, `dmin=`).
    GigabytesPerHour,
}

/// How Publish update reached the client-server network's servers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ServersGot {
    /// The one server has it.
    TheOne,
    /// Every one of several servers has it.
    Every,
    /// Some are off and get it when back.
    ThoseOn,
    /// None is on.
    None,
}

/// Where a Publish update starts among the peers, and what it is there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PeerRelease {
    /// The peer it starts from.
    pub peer: NodeRef,
    /// Peer-to-peer's new version number, which differs from client-server's once one
    /// network published alone (Publish from a node) or was rebuilt at another size.
    pub version: u32,
    /// The first peer on is dishonest: the release is damaged, fingerprints and all.
    pub damaged: bool,
}

/// An availability that may not be measured yet, as a fraction 0..=1.
pub type Availability = Option<f64>;

/// The share of requests answered below which a network is not serving well: its card
/// warns, and no sentence says it "still" serves.
pub const HEALTHY_AVAILABILITY: f64 = 0.95;

/// Whether `availability` was measured and is at least [`HEALTHY_AVAILABILITY`].
pub fn healthy(availability: Availability) -> bool {
    availability.is_some_and(|a| a >= HEALTHY_AVAILABILITY)
}

/// What a tour step showed, with the live numbers it quotes. Each variant is named
/// after its step's idea and numbered by the step's fixed key (`tour-N-explain`), which
/// is not always its place in the tour.
#[derive(Clone, Debug, PartialEq)]
pub enum Explanation {
    /// Step 1: the server answers everything.
    Server {
        /// Of the requests its clients sent while the learner watched, those answered.
        answered: u64,
        /// Requests its clients sent while the learner watched (first attempts).
        sent: u64,
        /// Mean load of the servers that are on (the scene has one), in requests served
        /// per second.
        load: f64,
    },
    /// Step 2: peers answer each other.
    Peers {
        /// Of the requests the peers sent while the learner watched, those answered.
        answered: u64,
        /// Mean load of the peers that are on, in requests served per second.
        load: f64,
    },
    /// Step 3: the server was a single point of failure.
    SinglePoint {
        /// Requests its clients sent since the server stopped that failed.
        failed: u64,
        /// The share of those requests answered.
        availability: Availability,
        /// Clients whose latest request since then was answered; `None` before any
        /// request since then had an outcome.
        served: Option<usize>,
        /// All its clients.
        requesters: usize,
    },
    /// Step 4: a peer off changes little.
    Resilience {
        /// The share of the requests sent since the peer stopped that were answered.
        availability: Availability,
        /// Peers whose latest request since then was answered; `None` before any had
        /// an outcome.
        served: Option<usize>,
        /// All its peers.
        requesters: usize,
    },
    /// Step 5: stale copies after Publish update; `converged_after` in seconds.
    Consistency {
        /// Servers holding an old version (a client keeps no copy others read).
        stale_client_server: usize,
        /// Peers holding an old version.
        stale_peers: usize,
        /// Simulated seconds the update took to reach every peer's copy; `None` while it
        /// is still spreading.
        converged_after: Option<f64>,
    },
    /// Step 6: no hidden server among the peers.
    NoHiddenServer {
        /// Peers whose latest request since Peer 1 stopped was answered; `None` before
        /// any had an outcome.
        served: Option<usize>,
        /// All the peers.
        requesters: usize,
        /// The share of the requests sent since Peer 1 stopped that were answered.
        availability: Availability,
        /// Mean load of the peers that are on, in requests served per second.
        load: f64,
    },
    /// Step 7: several servers are still client-server.
    SeveralServers {
        /// Clients whose latest request since Server 1 stopped was answered (those of the
        /// servers still on); `None` before any had an outcome.
        served: Option<usize>,
        /// All the clients.
        requesters: usize,
    },
    /// Step 8: the textbook bounds for 100 receivers, in hours.
    Scaling {
        /// Least time client-server can take, in hours.
        client_server_hours: f64,
        /// Least time peer-to-peer can take, in hours.
        peer_hours: f64,
    },
    /// Step 9, "trust" (shown fifth): what checking caught among the peers, what damage
    /// is left there, and how many clients hold a damaged copy.
    Trust {
        /// Damaged answers the peers rejected since their network started.
        rejected: u64,
        /// Peers holding a damaged copy now.
        corrupt_peers: usize,
        /// Clients holding a damaged copy now.
        corrupt_clients: usize,
    },
}
