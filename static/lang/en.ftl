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
restarted = Both networks restarted.
published-servers = { $servers ->
    [the-one] the { server } has it at once
    [every] every { server } has it at once
    [none] no { server } is on, so each gets it as soon as it is switched back on
   *[those-on] every { server } that is on has it at once; one that is off gets it as soon as it is switched back on
}
published = Version { $version } of { resource } published. Client-server: { published-servers }. Peer-to-peer: it starts at { $node } and spreads from { peer } to { peer }.
published-no-peer = Version { $version } of { resource } published. Client-server: { published-servers }. Peer-to-peer: no { peer } is on to take it.
tour-step-opened = Tour step { $step } of { $count }: { $title }.
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
tour-3-explain = { $failed } requests have failed so far and availability is { $availability }: { $served } of { $total } { clients } are served. One machine stopped and the whole service stopped with it: a single point of failure.

tour-4-title = Resilience without a centre
tour-4-question = What will happen to the other { peers } if one { peer } stops?
tour-4-choice-1 = The whole network stops
tour-4-choice-2 = The others keep serving each other
tour-4-choice-3 = Only its neighbours stop
tour-4-prompt = Now switch any { peer } off: click it in the peer-to-peer diagram.
tour-4-explain = Availability is still { $availability }: { $served } of { $total } { peers } are served. A request sent to the { peer } that is off times out, and the asker simply tries another { peer }. With no centre, there is no single point of failure.

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
tour-6-explain = { $served } of { $total } { peers } are still served and availability is { $availability }. Every { peer } that is on serves about { $load } requests per second: no { peer } is special, so peer-to-peer really has no central { server }.

tour-7-title = Confusion 2: several { servers }
tour-7-question = With two { servers }, what happens when { Server } 1 stops?
tour-7-choice-1 = Every { client } is cut off
tour-7-choice-2 = Only { Server } 1's own { clients } are cut off
tour-7-choice-3 = { Server } 2 takes over its { clients }
tour-7-prompt = Now switch { Server } 1 off in the client-server diagram.
tour-7-explain = { $served } of { $total } { clients } are still served: { Server } 2's. { Server } 1's { clients } may only ask their own { server }, so they wait in vain. More { servers } is still client-server: each { server } controls its own { clients }.

tour-8-title = Which model scales?
tour-8-question = A { server } must send a large file to 100 { peers }. Which finishes sooner when the receivers may pass pieces on to each other?
tour-8-choice-1 = Client-server: one strong { server } is fastest
tour-8-choice-2 = Peer-to-peer: every receiver also uploads
tour-8-choice-3 = They take the same time
tour-8-prompt = Look at the chart under “Which model scales?”.
tour-8-explain = In the textbook case (the file takes a { peer } one hour to upload, the { server } is ten times faster), client-server needs at least { $cs_hours } h for 100 receivers, since the { server } uploads all 100 copies alone; peer-to-peer needs at least { $p2p_hours } h, since every receiver also uploads the pieces it has. Add receivers and client-server grows in step; peer-to-peer stays under an hour.

## Notices about a link: $name is the parameter, $value what the link gave (quoted)

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
notice-range-unit = { $name } must be from { $min } to { $max } { $unit }; using { $used } { $unit }.
notice-not-a-number = { $name }={ $value } is not a number; using { $default }.
notice-no-node = down: there is no node { $id } here; ignored.

## issue 13: go back in time
notice-script-entry = script: { $entry } is not a time:action:node entry (such as 5:off:s1); skipped.
notice-script-time = script: { $entry } needs a time in seconds from 0 to { $max }; skipped.
notice-script-node = script: { $entry } names a node these networks do not have; skipped.
notice-script-repeated = script: { $entry } appears more than once; played once.
notice-script-long = script: only the first { $max } entries are played.
history-forked = You changed what happened at t = { $at } s, so everything recorded after that moment is gone. Undo brings it back.
history-undone = The recording after t = { $at } s is back; showing that moment.
timeline-value = t = { $at } s; availability: client-server { $client_server }, peer-to-peer { $peer_to_peer }
ui-timeline = Timeline
ui-timeline-hint = Drag or use the arrow keys to go back in time; acting in the past starts a new future.
ui-timeline-cs = client-server
ui-timeline-p2p = peer-to-peer
ui-step-back = Step back
ui-step-back-hint = Go back a quarter second of simulated time
ui-undo = Undo
ui-undo-hint = Bring back what came after the moment you changed
ui-log-jump = Show this moment on the timeline
