# English: the page's own words, and the fallback for any message another catalogue lacks.
# Every message gets $words: "network" (server, client, peer) or "library" (the analogy).
# Node arguments come as $node (inside a sentence), $Node (at its start) and $node_role.

## Nouns of both vocabularies

server = { $words ->
    [library] librarian
   *[network] server
}
servers = { $words ->
    [library] librarians
   *[network] servers
}
client = { $words ->
    [library] visitor
   *[network] client
}
clients = { $words ->
    [library] visitors
   *[network] clients
}
peer = { $words ->
    [library] friend
   *[network] peer
}
peers = { $words ->
    [library] friends
   *[network] peers
}
Server = { $words ->
    [library] Librarian
   *[network] Server
}
Peer = { $words ->
    [library] Friend
   *[network] Peer
}
requests = { $words ->
    [library] book requests
   *[network] requests
}
request = { $words ->
    [library] book request
   *[network] request
}
off = { $words ->
    [library] away
   *[network] off
}
resource = { $words ->
    [library] the book
   *[network] the shared file
}
node-label = { $role ->
    [server] { Server }
    [client] { $words ->
        [library] Visitor
       *[network] Client
    }
   *[peer] { Peer }
} { $number }
node-name = { $role ->
    [server] { server }
    [client] { client }
   *[peer] { peer }
} { $number }
role-count = { $count } { $role ->
    [server] { $count ->
        [one] { server }
       *[other] { servers }
    }
    [client] { $count ->
        [one] { client }
       *[other] { clients }
    }
   *[peer] { $count ->
        [one] { peer }
       *[other] { peers }
    }
}
percent = { $value } %
not-measured = not measured yet

## Announcements

switched-off = { $words ->
    [library] went away
   *[network] switched off
}
switched-on = { $words ->
    [library] came back
   *[network] switched on
}
server-off = { $Node } { switched-off }. Its { $clients ->
    [one] 1 { client }
   *[other] { $clients } { clients }
} can no longer be served.
server-off-alone = { $Node } { switched-off }. It had no { clients } of its own.
server-on = { $Node } { switched-on }. Its { clients } will be answered again.
client-off = { $Node } { switched-off }. It stops sending { requests }.
client-on = { $Node } { switched-on }. It starts sending { requests } again.
peer-off = { $Node } { switched-off }. The other { $others } { peers } keep serving each other.
peer-off-last = { $Node } { switched-off }. No { peer } is left with a partner to ask.
peer-on = { $Node } { switched-on }. It asks and answers again.
restarted = Both networks restarted at t = { $at } s: their counts start again from zero, and the clock runs on.
published-servers = { $servers ->
    [the-one] the { server } has it at once
    [every] every { server } has it at once
    [none] no { server } is on, so each gets it as soon as it is switched back on
   *[those-on] every { server } that is on has it at once; one that is off gets it as soon as it is switched back on
}
published = { $same ->
    [true] Version { $version } of { resource } published.
   *[false] New versions of { resource } published: version { $version } in client-server, version { $peer_version } in peer-to-peer.
} Client-server: { published-servers }. Peer-to-peer: { $damaged ->
    [true] it starts at { $node }, { $words ->
        [library] who is dishonest: the release has pages torn out and its list of pages was made from the damaged book, so checking cannot catch it.
       *[network] which is dishonest: the release is damaged and its fingerprints were made from the damaged copy, so checking cannot catch it.
    } Trust has to start somewhere.
   *[false] it starts at { $node } and spreads from { peer } to { peer }.
}
published-no-peer = Version { $version } of { resource } published. Client-server: { published-servers }. Peer-to-peer: no { peer } is on to take it.
# No period after $title: a title may end in its own "?" ("Which model scales?").
tour-step-opened = Tour step { $step } of { $count }: { $title }
tour-closed = Tour closed. It resumes at step { $step } of { $count }.
tour-finished = Tour finished. Keep exploring on your own.

## The lesson of the moment

insight-only-server-off = The { server } is { off }, so no { client } can be served: the { server } is a single point of failure.
insight-all-servers-off = Every { server } is { off }, so no { client } can be served.
insight-some-servers-off = { $off ->
    [one] 1 { server } is { off }: only its
   *[other] { $off } { servers } are { off }: only their
} own { clients } are cut off; { $on ->
    [one] the other { server } keeps serving its own
   *[other] the other { $on } { servers } keep serving theirs
}.
insight-one-server = Every { request } goes to the { server }, so its load grows with each { client }.
insight-servers = Each { request } goes to its { client }'s own { server }, so each { server }'s load grows with its own { clients }.
insight-all-peers-off = Every { peer } is { off }.
insight-lone-peer = Only one { peer } is on: with no partner to ask, it cannot be served.
insight-some-peers-off = { $off ->
    [one] 1 { peer } is
   *[other] { $off } { peers } are
} { off }, yet the other { $on } still answer each other: there is no central point to fail.
insight-peers-strained = { $off ->
    [one] 1 { peer } is
   *[other] { $off } { peers } are
} { off }: the other { $on } still answer each other, yet only { $availability } of requests succeed, since a { peer } asks partners at random, without knowing which are { off }.
insight-peers = Each { peer } both asks and answers, so the work is shared.

## Screen readers' summary: "1 server, 4 clients; off: server 1; 1 of 4 clients served"

summary = { $counts }; { $state }; { $served } of { $requesters } served
summary-all-on = all on
summary-off = { off }: { $nodes }

## Event log

log-switched = { $node } { $up ->
    [true] { switched-on }
   *[false] { switched-off }
}
log-published = version { $version } published at { $node }
log-updated = { $node } got version { $version } from { $from }
log-converged = every copy has version { $version } now, { $seconds } s after publishing
log-retried = { $who } → { $silent }: no answer, asking { $next } instead
log-target-off = { $who } → { $whom }: no answer, { $whom } is { off }
log-no-answer = { $who } → { $whom }: no answer in time
log-no-peer-answered = { $who }: no { peer } answered, request failed
log-cancelled = { $who } stopped waiting: it is { off }
log-recovered = { $who } is answered again by { $who_role ->
    [client] its { server }
   *[other] a { peer }
}

## The guided tour

tour-right = You predicted “{ $chosen }”, and that is what happened.
tour-wrong = You predicted “{ $chosen }”; the network showed otherwise: “{ $answer }”.
tour-undone = You undid the experiment before the network could show its effect, so there is no verdict. Press “Try again” to repeat the step.

tour-1-title = What a { server } does
tour-1-question = In the client-server network, where does each { client } send its requests?
tour-1-choice-1 = To the { server }
tour-1-choice-2 = To the other { clients }
tour-1-choice-3 = To whichever computer is nearest
tour-1-prompt = Watch the client-server diagram: circles are requests, squares are answers.
tour-1-explain = { $answered } of { $sent } requests were answered, every one by the { server }: it serves { $load } requests per second while each { client } only asks. All the work and all the control sit in one place.

tour-2-title = What a { peer } does
tour-2-question = In the peer-to-peer network, who answers a { peer }'s request?
tour-2-choice-1 = A central { server }
tour-2-choice-2 = Another { peer }
tour-2-choice-3 = Nobody: { peers } only ask
tour-2-prompt = Watch the peer-to-peer diagram and its load bars.
tour-2-explain = { $answered } requests were answered, each by another { peer }. Each { peer } serves about { $load } per second and asks about as often: the work is shared, with no { server } anywhere.

tour-3-title = A single point of failure
tour-3-question = What will happen to the { clients } if the { server } stops?
tour-3-choice-1 = Nothing: they keep being served
tour-3-choice-2 = Only one { client } is affected
tour-3-choice-3 = No { client } can be served
tour-3-prompt = Now switch the { server } off: click { Server } 1 in the client-server diagram.
tour-3-explain = { $words ->
    [library] Since the librarian went away
   *[network] Since the server stopped
}, { $failed } { $failed ->
    [one] request has
   *[other] requests have
} failed and availability is { $availability }: { $served } of { $total } { clients } are served. { $words ->
    [library] One person went away and the whole library stopped with her
   *[network] One machine stopped and the whole service stopped with it
}: a single point of failure.

tour-4-title = Resilience without a centre
tour-4-question = What will happen to the other { peers } if one { peer } stops?
tour-4-choice-1 = The whole network stops
tour-4-choice-2 = The others keep serving each other
tour-4-choice-3 = Only its neighbours stop
tour-4-prompt = Now switch any { peer } off: click it in the peer-to-peer diagram.
tour-4-explain = { $healthy ->
    [unknown] No request has been answered and none has failed yet, so there is nothing to measure: let time run a little and watch whether the other { peers } still serve each other.
    [yes] Availability is still { $availability }: { $served } of { $total } { peers } are served. A request sent to the { peer } that is { off } times out, and the asker simply tries another { peer }. With no centre, there is no single point of failure.
   *[no] Availability fell to { $availability }: { $served } of { $total } { peers } are served. A request sent to a { peer } that is { off } times out and the asker tries another, but with so few { peers } left { $words ->
        [library] around
       *[network] on
    }, three tries often find nobody. No single { peer } was essential; what matters is how many are left.
}

tour-5-title = Easy to manage, or decentralised
tour-5-question = You publish a new version of a shared file. Which network keeps old copies around for a while?
tour-5-choice-1 = Client-server
tour-5-choice-2 = Peer-to-peer
tour-5-choice-3 = Neither
tour-5-prompt = Now press “Publish update”. ({ Peer } 4 is off.)
tour-5-explain = Client-server has { $stale_cs } { $stale_cs ->
    [one] stale copy
   *[other] stale copies
}: the update was made in one place, and every answer since carries it. Peer-to-peer has { $stale_peers } { $stale_peers ->
    [one] stale copy
   *[other] stale copies
} now, and { $converged ->
    [yes] every copy caught up after { $seconds } s
   *[no] it is still spreading
}; a { peer } that is off cannot catch up until it is back. Central control is easier to manage; no centre is harder to keep consistent.

tour-6-title = Confusion 1: is there a hidden { server }?
tour-6-question = Is { Peer } 1 secretly in charge of the peer-to-peer network?
tour-6-choice-1 = Yes: without it the network stops
tour-6-choice-2 = No: every { peer } asks and answers
tour-6-choice-3 = Only while the network is small
tour-6-prompt = Now switch { Peer } 1 off in the peer-to-peer diagram.
tour-6-explain = { $healthy ->
    [unknown] No request has been answered and none has failed yet, so availability is not measured.
    [yes] { $served } of { $total } { peers } are still served and availability is { $availability }.
   *[no] { $served } of { $total } { peers } are served and availability is only { $availability }: with several { peers } { off }, a request often finds its partner { off } too.
} Every { peer } that is on serves about { $load } requests per second: no { peer } is special, so peer-to-peer really has no central { server }.

tour-7-title = Confusion 2: several { servers }
tour-7-question = With two { servers }, what happens when { Server } 1 stops?
tour-7-choice-1 = Every { client } is cut off
tour-7-choice-2 = Only { Server } 1's own { clients } are cut off
tour-7-choice-3 = { Server } 2 takes over its { clients }
tour-7-prompt = Now switch { Server } 1 off in the client-server diagram.
tour-7-explain = { $served } of { $total } { clients } are still served: { Server } 2's. { Server } 1's { clients } may only ask their own { server }, so they wait in vain. In this model, more { servers } is still client-server: each { server } controls its own { clients }, and none takes over another's.

tour-8-title = Which model scales?
tour-8-question = A { server } must send a large file to 100 receivers. In client-server they are 100 { clients }, who only download; in peer-to-peer they are 100 { peers }, who may pass pieces on to each other. Which model finishes sooner?
tour-8-choice-1 = Client-server: one strong { server } is fastest
tour-8-choice-2 = Peer-to-peer: every receiver also uploads
tour-8-choice-3 = They take the same time
tour-8-prompt = Look at the chart under “Which model scales?”.
tour-8-explain = In the textbook case (the file takes a { peer } one hour to upload, the { server } is ten times faster), client-server needs at least { $cs_hours } h for 100 receivers, since the { server } uploads all 100 copies alone; peer-to-peer needs at least { $p2p_hours } h, since every receiver also uploads the pieces it has. Add receivers and client-server grows in step; peer-to-peer stays under an hour.

## Notices about a link: $name is the parameter, $value what the link gave (quoted)

# What a link gave, said back in a notice: $text, in this language's quotation marks.
quoted = “{ $text }”
# The symbol of the unit a notice's numbers are in ($unit).
unit-symbol = { $unit ->
    [gigabytes] GB
    [gigabytes-per-hour] GB/h
   *[seconds] s
}

notice-more = …and { $hidden } more, not listed.
notice-at-least = { $name } must be at least { $min }; using { $min }.
notice-at-most = { $name } can be at most { $max }; using { $max }.
notice-not-whole = { $name }={ $value } is not a whole number from { $min } to { $max }; using { $default }.
notice-not-one-of = { $name }={ $value } is not one of { $choices }; using the default.
notice-repeated = { $name } appears more than once; the first value is used.
notice-empty = { $name } has no value; using the default.
notice-seed = seed={ $value } is not a whole number; using 1.
notice-lang = lang={ $value } is not a language netmodels speaks (en, fr, de, es); using English.
notice-unknown = { $name } is not a parameter netmodels knows; ignored.
notice-clients-per-server = { $servers } servers need at least { $clients } clients, one each; using { $clients }.
notice-tour-scene = The tour's step sets up its own network, so { $names } from the link { $count ->
    [one] is
   *[other] are
} not used.
notice-range = { $name } must be from { $min } to { $max }; using { $used }.
notice-range-unit = { $name } must be from { $min } to { $max } { unit-symbol }; using { $used } { unit-symbol }.
notice-not-a-number = { $name }={ $value } is not a number; using { $default }.
notice-no-node = down: there is no node { $id } here; ignored.

## The page's own labels (buttons, headings, captions, notices)
ui-page-title = netmodels: client-server vs peer-to-peer
ui-language = Language
ui-lang-failed = The chosen language could not be loaded, so the page keeps the language it had.
ui-heading = Client-server and peer-to-peer networks
ui-lede = Requests travel along the links and answers come back. Click or tap any computer to switch it off, and again to switch it on: see who is still served.
ui-reduced-motion = Your device asks for reduced motion, so the simulation starts paused. Press Play (or Space) to run it, or Step to advance a little at a time.
ui-controls = Simulation controls
ui-play = Play
ui-play-hint = Start the simulation (Space)
ui-pause = Pause
ui-pause-hint = Pause the simulation (Space)
ui-step = Step
ui-step-hint = Advance { $seconds } s of simulated time (while paused)
ui-reset = Reset
ui-reset-hint = Start both networks over
ui-tour = Guided tour
ui-tour-resume = Resume tour (step { $step } of { $count })
ui-more = More
ui-speed = Speed
ui-publish = Publish update
ui-publish-hint = A new version of the shared file appears at every server that is on, and at one peer that is on
ui-library-words = Library words
ui-library-hint = Tell the same story as a library: librarian, visitors, friends sharing books
ui-share = Share
ui-share-hint = Copy a link to this scenario
ui-embed = Embed
ui-embed-hint = Copy code to embed this scenario
ui-model-client-server = Client-server
ui-model-peer-to-peer = Peer-to-peer
ui-model-analogy-client-server = Client-server:
ui-model-analogy-peer-to-peer = Peer-to-peer:
ui-analogy-client-server = a library with a librarian
ui-analogy-peer-to-peer = friends sharing books
ui-network-label = { $model ->
    [client-server] Client-server network
   *[peer-to-peer] Peer-to-peer network
  }: { $summary }
ui-off-tag = OFF
ui-servers = Servers
ui-clients = Clients
ui-peers = Peers
ui-metric-sent = Requests sent
ui-metric-answered = Answered
ui-metric-failed = Failed
ui-metric-availability = Availability, last { $seconds } s
ui-metric-in-flight = Waiting
ui-metric-cancelled = Cancelled (asker off)
ui-metric-stale = Stale copies
ui-metric-converge = Update reached all copies in
ui-seconds = { $value } s
ui-not-yet = not yet ({ $value } s)
ui-per-second = { $value }/s
ui-queue = { $count } in queue
ui-loads = Load: requests served per second
ui-log = What happened
ui-legend = Legend
ui-legend-heading = How to read the diagrams
ui-legend-request = { $words ->
    [library] Asking for a book: a visitor asks the librarian, or a friend asks a friend
   *[network] Request: a client or peer asks for something
  }
ui-legend-response = { $words ->
    [library] The book on its way back
   *[network] Response: the answer travelling back
  }
ui-legend-dropped = Dropped: the packet reached a computer that is off
ui-legend-off = Off: dashed, struck through and marked OFF; it sends and answers nothing
ui-legend-load = Load bar: requests served per second, full when a node answers all it can ({ $words ->
    [library] a librarian { $server } per second, a friend { $peer } per second
   *[network] a server { $server } per second, a peer { $peer } per second
  }); requests beyond that wait in its queue
ui-legend-version = Version held (after Publish update); amber when out of date
ui-tour-progress = Step { $step } of { $count }
ui-tour-predict = Predict:
ui-tour-commit = Lock in my prediction
ui-tour-paused = Time is paused: press Play (or Space) to watch.
ui-tour-watching = Watching until the network shows its answer (at most { $seconds } s more)…
ui-tour-finish = Finish the tour
ui-tour-next = Next step
ui-tour-skip = Skip this step
ui-tour-back = Back
ui-tour-retry = Try again
ui-tour-close = Close tour
ui-tour-close-hint = Leave the tour (Escape); it resumes where you left it
ui-tour-chart = Go to the chart
ui-tour-loading = Loading the tour…
ui-tour-unavailable = The tour could not be loaded. Check the connection and reload the page.
ui-share-title = Link to this scenario
ui-embed-title = Code to embed this scenario in a web page
ui-embed-frame-title = netmodels: client-server and peer-to-peer networks
ui-copied = Copied to the clipboard.
ui-copy-by-hand = The clipboard is not available here: the text is selected, copy it with Ctrl+C (⌘C on a Mac).
ui-share-kept-present = This link keeps the networks as they are now (their sizes, who is off or dishonest, whether copies are checked), not this moment or what led to it: the session is longer than a link can replay.
ui-close = Close
ui-notices = Settings from the link that were changed
ui-notices-intro = Some settings in this link could not be used, so defaults stand in:
ui-dismiss = Dismiss
ui-scaling-title = Which model scales?
ui-scaling-intro = A server must give N receivers a copy of one file. In client-server it uploads every copy itself; in peer-to-peer each receiver also uploads the pieces it already has. Lines are the least time each model can take (the textbook bounds); marks are the time of this model's own simulation, which sends the file in { $pieces } pieces.
ui-scaling-formulas = Client-server: D = max(N·F/u_s, F/d_min). Peer-to-peer: D = max(F/u_s, F/d_min, N·F/(u_s + N·u)).
ui-field-file = File size F:
ui-field-server-upload = Server upload u_s:
ui-field-peer-upload = Each peer's upload u:
ui-field-min-download = Slowest download d_min:
ui-size-unit = GB
ui-rate-unit = GB/h (≈ { $mbit } Mbit/s)
ui-scaling-reset = Textbook example
ui-axis-receivers = Receivers N
ui-axis-time = Time to finish (hours)
ui-key-client-server = Client-server: line = bound, squares = simulated
ui-key-peer-to-peer = Peer-to-peer: line = bound, diamonds = simulated
ui-scaling-done = Simulated every N from 1 to { $max }.
ui-scaling-running = Simulating… { $done } of { $max }
ui-read-at = Read the chart at N =
ui-hours = { $value } h
ui-readout = With { $n } receivers: client-server needs at least { $cs } (simulated { $cs_sim }); peer-to-peer needs at least { $p2p } (simulated { $p2p_sim }).
ui-panic = netmodels stopped because of an internal error: { $error }. Reload the page to start again; if it happens again, please report what you did just before.

## Pictures, data files, the offline copy (ui- labels of the Save menu and the files)

ui-export-title = Client-server and peer-to-peer networks
ui-export-time = Simulated time: { $seconds } s
ui-export-client-server = Client-server
ui-export-peer-to-peer = Peer-to-peer
ui-export-on = { $words ->
    [library] here
   *[network] on
}
ui-export-off = { off }
ui-export-off-tag = { $words ->
    [library] AWAY
   *[network] OFF
}
ui-export-legend-server = { Server }
ui-export-legend-client = { $words ->
    [library] Visitor
   *[network] Client
}
ui-export-legend-peer = { Peer }
ui-export-legend-off = { $words ->
    [library] Away
   *[network] Off
}
ui-export-legend-request = { $words ->
    [library] Book request
   *[network] Request
}
ui-export-legend-response = { $words ->
    [library] Book lent
   *[network] Answer
}
ui-export-legend-dropped = Lost
ui-csv-time = Time (s)
ui-csv-network = Network
ui-csv-node = Node
ui-csv-event = What happened
ui-csv-outcome = Outcome
ui-csv-sent = Sent
ui-csv-answered = Answered
ui-csv-failed = Failed
ui-csv-cancelled = Cancelled
ui-csv-waiting = Waiting
ui-csv-served = Served
ui-csv-requesters = Asking
ui-csv-availability = Availability (%)
ui-csv-stale = Stale copies
ui-csv-receivers = Receivers (N)
ui-csv-cs-bound = Client-server bound (h)
ui-csv-p2p-bound = Peer-to-peer bound (h)
ui-csv-cs-simulated = Client-server simulated (h)
ui-csv-p2p-simulated = Peer-to-peer simulated (h)
ui-outcome-on = { $words ->
    [library] back
   *[network] on
}
ui-outcome-off = { off }
ui-outcome-published = version { $version } published
ui-outcome-updated = got version { $version }
ui-outcome-converged = version { $version } everywhere
ui-outcome-retried = retried
ui-outcome-failed = failed
ui-outcome-cancelled = cancelled
ui-outcome-answered = answered again
ui-outcome-dishonest = now dishonest
ui-outcome-honest = honest again
ui-outcome-corrupted = damaged copy taken
ui-outcome-rejected = damaged answer rejected
ui-outcome-refetched = own damaged copy fetched again
ui-outcome-refused = publishing refused
## Who can you trust? Dishonest nodes, checked copies, the server as gatekeeper

honesty-set = { $honest ->
    [true] { $Node } is honest again: it hands out { resource } as it received it.
   *[false] { $node_role ->
        [server] { $Node } is now dishonest: { $words ->
            [library] every book it lends to its visitors has pages torn out, and they cannot tell.
           *[network] every copy it sends its clients is damaged, and they cannot tell.
        }
        [client] { $Node } is now dishonest, but a { client } only asks: it has nobody to mislead.
       *[peer] { $Node } is now dishonest: { $words ->
            [library] it lends books with pages torn out to any friend who asks.
           *[network] it answers every request with a damaged copy.
        }
    }
}
verify-set = { $on ->
    [true] { $words ->
        [library] Checking on: every friend now compares each book against the publisher's list of pages, refuses a damaged one and asks another friend; a friend whose own book has pages torn out borrows an intact one instead. Visitors trust their librarian: nobody checks the books she lends, so nothing changes there.
       *[network] Checking on: every peer now compares each piece with the publisher's fingerprints, rejects a damaged one and asks another peer; a peer whose own copy is damaged fetches it again. Clients trust their server, so nothing changes there.
    }
   *[false] Checking off: { peers } take whatever they are given.
}
publish-refused = { $Who } tried to publish a new version, and { $server } refused: only the { server } may change { resource }.
published-from = { $Node } published version { $version } of { resource }. { $damaged ->
    [true] It is damaged, and its fingerprints were made from the damaged copy, so checking cannot catch it: trust has to start somewhere.
   *[false] It spreads from { peer } to { peer }.
}
publish-not-on = { $Node } is { off }, so it cannot publish.
log-honesty = { $node } { $honest ->
    [true] is honest again
   *[false] turned dishonest
}
log-corrupted = { $node } took a damaged copy from { $from }
log-rejected = { $who } → { $bad }: damaged copy rejected, asking { $next } instead
log-own-copy-failed = { $who }: own copy damaged, fetching it again from { $next }
log-only-damaged = { $who }: every answer was damaged, { request } failed
log-publish-refused = { $who } tried to publish; { $server } refused
insight-dishonest-server = { $words ->
    [library] A dishonest librarian lends only books with pages torn out, so { $clients ->
        [one] her visitor gets
       *[other] each of her { $clients } visitors gets
    } one: visitors trust their librarian. Central control cuts both ways.
   *[network] A dishonest { server } damages every answer, so { $clients ->
        [one] its { client } gets
       *[other] each of its { $clients } { clients } gets
    } a damaged copy: { clients } trust their { server }. Central control cuts both ways.
}
insight-unchecked = { $words ->
    [library] A friend lends books with pages torn out, and nobody checks: damaged books pass from friend to friend.
   *[network] A dishonest { peer } is answering and nobody checks: damaged copies pass from { peer } to { peer }.
}
insight-checked = { $words ->
    [library] Every friend checks each book against the publisher's list of pages: a damaged one is refused and another friend asked.
   *[network] Every { peer } checks each copy against the publisher's fingerprints: a damaged one is rejected and another { peer } asked.
}
insight-bad-publisher = The publisher itself was dishonest: its fingerprints match its damaged copy, so checking cannot help. Trust has to start somewhere.
notice-no-bad-node = bad: there is no node { $id } here; ignored.

tour-9-title = Who can you trust?
tour-9-question = { $words ->
    [library] Friend 2 lends books with pages torn out, and other friends have already taken some. What happens once every friend checks each book against the publisher's list of pages?
   *[network] Peer 2 hands out damaged copies, and other peers have already taken some. What happens once every peer checks each copy against the publisher's fingerprints?
}
tour-9-choice-1 = Nothing changes: damaged copies keep spreading
tour-9-choice-2 = { $words ->
    [library] Damaged books are refused, and a friend who already has one borrows an intact copy
   *[network] Damaged answers are rejected, and a damaged copy already held is fetched again
}
tour-9-choice-3 = { $words ->
    [library] Damaged books are refused, but a book taken before stays damaged
   *[network] Damaged answers are rejected, but a copy taken before stays damaged
}
tour-9-prompt = Now switch checking on (“Check copies” in the peer-to-peer diagram).
tour-9-explain = { $words ->
    [library] A friend was lending books with pages torn out. Since every friend checks each book against the publisher's list of pages, { $rejected } damaged { $rejected ->
        [one] book was
       *[other] books were
    } refused, and each time another friend was asked: it costs a little time. Each friend also checked the book already on their shelf, and one whose book had pages torn out asked another friend for an intact copy: { $corrupt_peers } damaged { $corrupt_peers ->
        [one] book is
       *[other] books are
    } left among the friends. The visitors hold { $corrupt_clients } damaged { $corrupt_clients ->
        [one] book
       *[other] books
    }: they trust their librarian and check nothing she lends. She is honest here; a dishonest librarian would hand every visitor a damaged book. Had the publisher's own copy been damaged, its list of pages would match it: trust has to start somewhere.
   *[network] Checking caught { $rejected } damaged { $rejected ->
        [one] answer
       *[other] answers
    }, and each time the { peer } asked another one: safety costs a little time. Each { peer } also checked the copy it already held, and one holding a damaged copy fetched it again from another { peer }, as BitTorrent's piece hashes allow: { $corrupt_peers } damaged { $corrupt_peers ->
        [one] copy is
       *[other] copies are
    } left among the { peers }. The { clients } hold { $corrupt_clients } damaged { $corrupt_clients ->
        [one] copy
       *[other] copies
    }: they trust their { server }, which is honest here; a dishonest { server } would damage every one of them. And if the publisher itself lies, its fingerprints match the damaged copy: trust has to start somewhere.
}

ui-trust-node = Node to make dishonest, or to publish from
ui-make-dishonest = Make dishonest
ui-make-honest = Make honest
ui-verify = Check copies
ui-verify-hint = Peers check every copy against the publisher's fingerprints, which come with the publication like a .torrent file from a trusted site
ui-publish-from = Publish from it
ui-dishonest-mark = dishonest
ui-metric-corrupt = Damaged copies held
ui-metric-rejected = Damaged answers rejected
ui-legend-corrupt = A damaged copy: an answer from a dishonest node, or passed on unchecked
ui-legend-dishonest = Dishonest: marked with a warning sign; it hands out damaged copies
ui-trust = Who can you trust

## Live classroom (the teacher's and a student's screen)
ui-class-host-title = Live classroom
ui-class-code = Join code:
ui-class-qr = QR code of the join link
ui-class-students = Students here:
ui-class-model = The class's network
ui-class-client-server = Client-server
ui-class-peer-to-peer = Peer-to-peer
ui-class-reset = Start over
ui-class-network = The whole class
ui-class-neighbourhood = Your seat and its neighbours in the class
ui-class-join-title = Join the class
ui-class-name = Your name
ui-class-join = Join
ui-class-ask = Ask
ui-class-idle = Press Ask to send a request.
ui-class-waiting = Waiting for an answer…
ui-class-served = Served: an answer came back.
ui-class-failed = Failed: no answer came back.
ui-class-answers = Answers received:
ui-class-leave = Leave
ui-class-lost = Connection to the classroom lost; trying again…
ui-class-closed = This room has closed.
ui-class-refused-no-room = There is no room with this code (it may have closed).
ui-class-refused-not-host = Only the teacher can do that.
ui-class-refused-full = This room is full.
ui-class-refused-slow-down = Too many attempts: wait a minute, then try again.
ui-class-refused-bad-name = Please choose a name.
ui-class-refused-busy = The classroom server has no room left for another class.

## Go back in time
notice-script-entry = script: { $entry } is not a time:action:node entry (such as 5:off:s1); skipped.
notice-script-time = script: { $entry } needs a time in seconds from 0 to { $max }; skipped.
notice-script-node = script: { $entry } names a node these networks do not have; skipped.
notice-script-long = script: only the first { $max } entries are played.
history-forked = You changed what happened at t = { $at } s, so everything recorded after that moment is gone. Undo brings it back.
history-undone = The recording after t = { $at } s is back; showing that moment.
notice-costly-moment = t: catching up to { $asked } s would take too long with these sizes and this request rate; the page opens at t = { $used } s instead.
history-catching-up = Catching up to t = { $at } s: { $done } % done.
timeline-value = t = { $at } s; availability: client-server { $client_server }, peer-to-peer { $peer_to_peer }
ui-timeline = Timeline
ui-timeline-hint = Drag or use the arrow keys to go back in time; acting in the past starts a new future.
ui-timeline-cs = client-server
ui-timeline-p2p = peer-to-peer
ui-timeline-down = shaded: down
ui-step-back = Step back
ui-step-back-hint = Go back a quarter second of simulated time
ui-undo = Undo
ui-undo-hint = Bring back what came after the moment you changed
ui-log-jump = Show this moment on the timeline

## The Save menu, loaded the first time it is opened; the files' names
## (ASCII only: they become file names; the program adds the extension)

ui-save = Save
ui-save-unavailable = The Save menu could not be loaded (is the connection lost?). Close it and open it again to retry.
ui-export-hint = Files are made in this browser; nothing is sent anywhere.
ui-export-svg = Picture (SVG)
ui-export-png = Picture (PNG)
ui-export-events = Event log (CSV)
ui-export-metrics = Numbers now (CSV)
ui-export-timeline = Availability over time (CSV)
ui-export-scaling = Scaling chart (CSV)
ui-export-offline = Offline copy (HTML)
ui-export-failed = Saving did not work here: { $reason }
ui-export-node-state = { $node }: { $state }
ui-csv-cs-availability = Client-server availability (%)
ui-csv-p2p-availability = Peer-to-peer availability (%)
ui-csv-down = { $network } down (1 = yes)
ui-export-availability = Availability over time (shaded: a network down)
ui-file-diagrams = netmodels-diagrams
ui-file-events = netmodels-events
ui-file-metrics = netmodels-metrics
ui-file-timeline = netmodels-availability
ui-file-scaling = netmodels-scaling
ui-file-offline = netmodels-offline

## Teacher controls, only on the live classroom's screens (build.rs moves every room- key out of the page)
# Kept out of the default page by build.rs: only the classroom's screens use these.
room-refused-locked = The teacher has locked this room: nobody new can join now. Ask the teacher to open it again.
room-removed = The teacher took you out of this lesson: your seat is free, and this screen is no longer part of the class.
room-ended = The lesson has ended: this room is closed.
room-ended-host = Reload this page to open a new room.
room-taken-over = Another screen opened this room as the teacher and runs it now; this one sends nothing any more. Reload this page to take the room back.
room-seats = Students in the room
room-seat = Student
room-remove = Remove
room-new-name = New name
room-rename = Rename
room-lock = Lock the room
room-end = End lesson
room-locked = Locked: nobody new can join.
room-paused = Paused by the teacher: requests wait.
room-copy-new = Your copy: version { $version }, the newest.
room-copy-old = Your copy: version { $version }, an old one.
room-current = Students with the newest version:
room-history = Availability over the lesson
room-restarted = The classroom server restarted: the same code and seats, but its counts and history start again from zero.
room-new-room = The previous room had closed, so a new one is open: give the class this new code.
room-refused-unsupported = This server does not do that yet.
room-refused-no-model = This room cannot run that network.
room-refused-too-many-rooms = You have opened as many rooms as you may: use one you have, or end one.
room-refused-too-many-joins = Too many joins from here: wait a minute, then try again.
room-refused-too-many-connections = The classroom server has as many connections as it can take.
room-refused-no-seat = Your seat went to someone else: choose your name and join again.
