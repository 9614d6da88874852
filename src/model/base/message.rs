//! What the model has to say, as values: a message kind and its arguments (counts, roles,
//! node references, numbers), never a sentence. A catalogue per language turns a message
//! into words (`crate::text`); the model's tests assert on these values.

use crate::model::base::role::Role;

/// A node as a sentence names it: "Server 1", "la bibliothécaire 1".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NodeRef {
    pub role: Role,
    pub number: usize,
}

/// Everything the model says.
#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    /// A node's name as a label: "Server 1".
    Node(NodeRef),

    // Announcements when a node is switched; `up` is its new state.
    /// A server with clients of its own went off: they can no longer be served.
    ServerOff {
        node: NodeRef,
        clients: usize,
    },
    /// A server without clients of its own went off (only outside a clamped scenario).
    ServerOffAlone {
        node: NodeRef,
    },
    ServerOn {
        node: NodeRef,
    },
    ClientOff {
        node: NodeRef,
    },
    ClientOn {
        node: NodeRef,
    },
    /// A peer went off and `others` peers remain on, still serving each other.
    PeerOff {
        node: NodeRef,
        others: usize,
    },
    /// A peer went off and no peer has a partner left.
    PeerOffLast {
        node: NodeRef,
    },
    PeerOn {
        node: NodeRef,
    },
    /// Reset.
    Restarted,
    /// Publish update: the new version, how it reached the servers, where it starts among
    /// the peers.
    Published {
        version: u32,
        servers: ServersGot,
        first_peer: Option<NodeRef>,
    },
    /// The tour opened at place `step` of `count`; `key` is the step's fixed number, which
    /// its catalogue entries use.
    TourStepOpened {
        step: usize,
        count: usize,
        key: usize,
    },
    TourClosed {
        step: usize,
        count: usize,
    },
    TourFinished,

    // The lesson a diagram shows now.
    /// The only server is off.
    OnlyServerOff,
    /// Every server (of several) is off.
    AllServersOff,
    /// `off` servers are off, `on` still serve their own clients.
    SomeServersOff {
        off: usize,
        on: usize,
    },
    /// One server, all on: its load grows with each client.
    OneServerLoad,
    /// Several servers, all on: each carries its own clients.
    ServersLoad,
    AllPeersOff,
    /// One peer on: nobody to ask.
    LonePeer,
    /// `off` peers are off, `on` still answer each other.
    SomePeersOff {
        off: usize,
        on: usize,
    },
    PeersShare,

    /// The screen readers' one-line summary of a diagram.
    Summary {
        servers: usize,
        clients: usize,
        peers: usize,
        off: Vec<NodeRef>,
        served: usize,
        requesters: usize,
        requester: Role,
    },

    // Event log lines.
    LogSwitched {
        node: NodeRef,
        up: bool,
    },
    LogPublished {
        version: u32,
        node: NodeRef,
    },
    LogUpdated {
        node: NodeRef,
        from: NodeRef,
        version: u32,
    },
    LogConverged {
        version: u32,
        seconds: f64,
    },
    LogRetried {
        who: NodeRef,
        silent: NodeRef,
        next: NodeRef,
    },
    LogTargetOff {
        who: NodeRef,
        whom: NodeRef,
    },
    LogNoAnswer {
        who: NodeRef,
        whom: NodeRef,
    },
    LogNoPeerAnswered {
        who: NodeRef,
    },
    LogCancelled {
        who: NodeRef,
    },
    LogRecovered {
        who: NodeRef,
    },

    // The guided tour; `step` is 1-based.
    TourTitle {
        step: usize,
    },
    TourQuestion {
        step: usize,
    },
    /// Answer `choice` (0-based) of a step's question.
    TourChoice {
        step: usize,
        choice: usize,
    },
    TourPrompt {
        step: usize,
    },
    /// The learner predicted the answer the network showed.
    TourRight {
        step: usize,
        chosen: usize,
    },
    /// The learner predicted `chosen`; the network showed `answer`.
    TourWrong {
        step: usize,
        chosen: usize,
        answer: usize,
    },
    TourExplanation(Explanation),

    // Notices about a link's parameters. `name` is the parameter, `value` what the link
    // gave (quoted and cut short, as text: nothing from outside becomes markup).
    /// More notices than are listed.
    NoticeMore {
        hidden: usize,
    },
    NoticeAtLeast {
        name: String,
        min: usize,
    },
    NoticeAtMost {
        name: String,
        max: usize,
    },
    NoticeNotWhole {
        name: String,
        value: String,
        min: usize,
        max: usize,
        default: usize,
    },
    /// Not one of the words `choices` (joined); the default is used.
    NoticeNotOneOf {
        name: String,
        value: String,
        choices: String,
    },
    NoticeRepeated {
        name: String,
    },
    NoticeEmpty {
        name: String,
    },
    NoticeSeed {
        value: String,
    },
    NoticeLang {
        value: String,
    },
    NoticeUnknown {
        name: String,
    },
    /// `servers` servers need `clients` clients, one each.
    NoticeClientsPerServer {
        servers: usize,
        clients: usize,
    },
    /// A tour step's own scene replaces these parameters.
    NoticeTourScene {
        names: Vec<String>,
    },
    /// A number outside its range, clamped to `used`; `unit` may be empty.
    NoticeRange {
        name: String,
        min: f64,
        max: f64,
        used: f64,
        unit: String,
    },
    NoticeNotANumber {
        name: String,
        value: String,
        default: f64,
    },
    NoticeNoNode {
        id: String,
    },

    // Issue 15: who can you trust?
    /// Announcement: `node` was made dishonest (`honest` false) or honest again.
    HonestySet {
        node: NodeRef,
        honest: bool,
    },
    /// Announcement: peers now check (or no longer check) every copy they receive.
    VerifySet {
        on: bool,
    },
    /// Announcement and log line: a client tried to publish and its server refused.
    PublishRefused {
        who: NodeRef,
        server: NodeRef,
    },
    /// Announcement: `node` published `version`; `damaged`: a dishonest publisher, whose
    /// fingerprints match its damaged copy.
    PublishedFrom {
        version: u32,
        node: NodeRef,
        damaged: bool,
    },
    /// Announcement: `node` is off, so it could not publish.
    PublishNotOn {
        node: NodeRef,
    },
    LogHonesty {
        node: NodeRef,
        honest: bool,
    },
    /// An honest node took a damaged copy without noticing.
    LogCorrupted {
        node: NodeRef,
        from: NodeRef,
    },
    /// `who` caught a damaged answer from `bad` and asks `next`.
    LogRejected {
        who: NodeRef,
        bad: NodeRef,
        next: NodeRef,
    },
    /// `who` rejected the last answer it could get: the request failed.
    LogOnlyDamaged {
        who: NodeRef,
    },
    LogPublishRefused {
        who: NodeRef,
        server: NodeRef,
    },
    /// The lesson: a dishonest server damages the copy of every one of its `clients`.
    InsightDishonestServer {
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
        id: String,
    },
    // issue 13: go back in time. `entry` is a script entry as the link gave it (quoted).
    /// A script entry that is not `seconds:action[:node]` with a known action.
    NoticeScriptEntry {
        entry: String,
    },
    /// A script entry's time is not a number of seconds from 0 to `max`.
    NoticeScriptTime {
        entry: String,
        max: f64,
    },
    /// A script entry names a node these networks do not have.
    NoticeScriptNode {
        entry: String,
    },
    /// More script entries than are played.
    NoticeScriptLong {
        max: usize,
    },
    /// Acting while looking back at `at` seconds cut the later history off.
    HistoryForked {
        at: f64,
    },
    /// Undo brought the cut-off history back; showing `at` seconds.
    HistoryUndone {
        at: f64,
    },
    /// What the timeline's handle says: the moment and both networks' availability
    /// (0..=1; `None` before any request has an outcome).
    TimelineValue {
        at: f64,
        client_server: Option<f64>,
        peer_to_peer: Option<f64>,
    },
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

/// An availability that may not be measured yet, as a fraction 0..=1.
pub type Availability = Option<f64>;

/// What a tour step showed, with the live numbers it quotes.
#[derive(Clone, Debug, PartialEq)]
pub enum Explanation {
    /// Step 1: the server answers everything.
    Server { answered: u64, sent: u64, load: f64 },
    /// Step 2: peers answer each other.
    Peers { answered: u64, load: f64 },
    /// Step 3: the server was a single point of failure.
    SinglePoint {
        failed: u64,
        availability: Availability,
        served: usize,
        requesters: usize,
    },
    /// Step 4: a peer off changes little.
    Resilience {
        availability: Availability,
        served: usize,
        requesters: usize,
    },
    /// Step 5: stale copies after Publish update; `converged_after` in seconds.
    Consistency {
        stale_client_server: usize,
        stale_peers: usize,
        converged_after: Option<f64>,
    },
    /// Step 6: no hidden server among the peers.
    NoHiddenServer {
        served: usize,
        requesters: usize,
        availability: Availability,
        load: f64,
    },
    /// Step 7: several servers are still client-server.
    SeveralServers { served: usize, requesters: usize },
    /// Step 8: the textbook bounds for 100 receivers, in hours.
    Scaling {
        client_server_hours: f64,
        peer_hours: f64,
    },
    /// Issue 15's step, "trust": what checking caught among the peers, what damage is
    /// left there, and how many clients hold a damaged copy.
    Trust {
        rejected: u64,
        corrupt_peers: usize,
        corrupt_clients: usize,
    },
}
