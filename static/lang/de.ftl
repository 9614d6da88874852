# Deutsch. Jede Nachricht bekommt $words: „network“ (Server, Client, Peer) oder „library“
# (die Bibliotheks-Analogie: Bibliothekarin, Besucher, Freunde, die sich Bücher leihen).
# Ein Knoten kommt als $node (im Satz), $Node (am Satzanfang) und $node_role (für die
# Übereinstimmung): die Bibliothekarin ist feminin, die anderen Rollen maskulin.

## Substantive beider Wortschätze

server = { $words ->
    [library] Bibliothekarin
   *[network] Server
}
servers = { $words ->
    [library] Bibliothekarinnen
   *[network] Server
}
client = { $words ->
    [library] Besucher
   *[network] Client
}
clients = { $words ->
    [library] Besucher
   *[network] Clients
}
peer = { $words ->
    [library] Freund
   *[network] Peer
}
peers = { $words ->
    [library] Freunde
   *[network] Peers
}
Server = { server }
clients-dat = { $words ->
    [library] Besuchern
   *[network] Clients
}
peers-dat = { $words ->
    [library] Freunden
   *[network] Peers
}
Peer = { peer }
der-server = { $words ->
    [library] die Bibliothekarin
   *[network] der Server
}
requests = { $words ->
    [library] Buchanfragen
   *[network] Anfragen
}
request = { $words ->
    [library] Buchanfrage
   *[network] Anfrage
}
off = { $words ->
    [library] nicht da
   *[network] ausgeschaltet
}
resource = { $words ->
    [library] das Buch
   *[network] die gemeinsame Datei
}
node-label = { $role ->
    [server] { server }
    [client] { client }
   *[peer] { peer }
} { $number }
node-name = { node-label }
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
not-measured = noch nicht gemessen

## Ansagen

switched-off = { $words ->
    [library] ist gegangen
   *[network] wurde ausgeschaltet
}
switched-on = { $words ->
    [library] ist zurück
   *[network] wurde eingeschaltet
}
server-off = { $Node } { switched-off }. { $clients ->
    [one] { $words ->
        [library] Ihr Besucher kann
       *[network] Sein Client kann
    }
   *[other] { $words ->
        [library] Ihre { $clients } Besucher können
       *[network] Seine { $clients } Clients können
    }
} nicht mehr bedient werden.
server-off-alone = { $Node } { switched-off }. { $words ->
    [library] Sie hatte keine eigenen Besucher.
   *[network] Er hatte keine eigenen Clients.
}
server-on = { $Node } { switched-on }. { $words ->
    [library] Ihre Besucher
   *[network] Seine Clients
} bekommen wieder Antworten.
client-off = { $Node } { switched-off }. { $words ->
    [library] Er fragt nicht mehr nach Büchern.
   *[network] Er sendet keine Anfragen mehr.
}
client-on = { $Node } { switched-on }. { $words ->
    [library] Er fragt wieder nach Büchern.
   *[network] Er sendet wieder Anfragen.
}
peer-off = { $Node } { switched-off }. Die anderen { $others } { peers } bedienen einander weiterhin.
peer-off-last = { $Node } { switched-off }. Kein { peer } hat mehr einen Partner, den er fragen kann.
peer-on = { $Node } { switched-on }. Er fragt und antwortet wieder.
restarted = Beide Netze wurden neu gestartet.
published-servers = { $servers ->
    [the-one] { $words ->
        [library] Die Bibliothekarin erhält sie sofort
       *[network] Der Server erhält sie sofort
    }
    [every] { $words ->
        [library] Jede Bibliothekarin erhält sie sofort
       *[network] Jeder Server erhält sie sofort
    }
    [none] { $words ->
        [library] Keine Bibliothekarin ist da; jede erhält sie, sobald sie zurück ist
       *[network] Kein Server ist eingeschaltet; jeder erhält sie, sobald er wieder eingeschaltet wird
    }
   *[those-on] { $words ->
        [library] Jede anwesende Bibliothekarin erhält sie sofort; eine abwesende erhält sie, sobald sie zurück ist
       *[network] Jeder eingeschaltete Server erhält sie sofort; ein ausgeschalteter erhält sie, sobald er wieder eingeschaltet wird
    }
}
des-resource = { $words ->
    [library] des Buchs
   *[network] der gemeinsamen Datei
}
published = Version { $version } { des-resource } veröffentlicht. Client-Server: { published-servers }. Peer-to-Peer: Sie beginnt bei { $node } und verbreitet sich von { peer } zu { peer }.
published-no-peer = Version { $version } { des-resource } veröffentlicht. Client-Server: { published-servers }. Peer-to-Peer: Kein { peer } ist { $words ->
    [library] da
   *[network] eingeschaltet
}, um sie anzunehmen.
tour-step-opened = Tour, Schritt { $step } von { $count }: { $title }.
tour-closed = Tour geschlossen. Sie geht bei Schritt { $step } von { $count } weiter.
tour-finished = Tour beendet. Erkunden Sie nun selbst weiter.

## Die Lektion des Augenblicks

insight-only-server-off = { $words ->
    [library] Die Bibliothekarin ist nicht da, also kann kein Besucher bedient werden: Die Bibliothekarin ist ein Single Point of Failure.
   *[network] Der Server ist ausgeschaltet, also kann kein Client bedient werden: Der Server ist ein Single Point of Failure.
}
insight-all-servers-off = { $words ->
    [library] Keine Bibliothekarin ist da, also kann kein Besucher bedient werden.
   *[network] Alle Server sind ausgeschaltet, also kann kein Client bedient werden.
}
insight-some-servers-off = { $off ->
    [one] { $off } { server } ist { off }: Nur { $words ->
        [library] ihre
       *[network] seine
    } eigenen { clients } sind abgeschnitten
   *[other] { $off } { servers } sind { off }: Nur ihre eigenen { clients } sind abgeschnitten
}; { $on ->
    [one] { $words ->
        [library] die andere Bibliothekarin bedient weiter ihre eigenen
       *[network] der andere Server bedient weiter seine eigenen
    }
   *[other] die anderen { $on } { servers } bedienen weiter ihre eigenen
}.
insight-one-server = { $words ->
    [library] Jede Buchanfrage geht an die Bibliothekarin, also wächst ihre Last mit jedem Besucher.
   *[network] Jede Anfrage geht an den Server, also wächst seine Last mit jedem Client.
}
insight-servers = { $words ->
    [library] Jede Buchanfrage geht an die Bibliothekarin des jeweiligen Besuchers, also wächst die Last jeder Bibliothekarin mit ihren eigenen Besuchern.
   *[network] Jede Anfrage geht an den Server des jeweiligen Clients, also wächst die Last jedes Servers mit seinen eigenen Clients.
}
insight-all-peers-off = { $words ->
    [library] Kein Freund ist da.
   *[network] Alle Peers sind ausgeschaltet.
}
insight-lone-peer = Nur ein { peer } ist { $words ->
    [library] da
   *[network] eingeschaltet
}: Ohne Partner, den er fragen kann, kann er nicht bedient werden.
insight-some-peers-off = { $off ->
    [one] { $off } { peer } ist
   *[other] { $off } { peers } sind
} { off }, doch die anderen { $on } antworten einander weiterhin: Es gibt keinen zentralen Punkt, der ausfallen könnte.
insight-peers = Jeder { peer } fragt und antwortet zugleich, also wird die Arbeit geteilt.

## Zusammenfassung für Screenreader: „1 Server, 4 Clients; aus: Server 1; 1 von 4 Clients bedient“

summary = { $counts }; { $state }; bedient: { $served } von { $total }
summary-all-on = alle { $words ->
    [library] da
   *[network] eingeschaltet
}
summary-off = { $words ->
    [library] nicht da
   *[network] aus
}: { $nodes }

## Ereignisprotokoll

log-switched = { $node } { $up ->
    [true] { switched-on }
   *[false] { switched-off }
}
log-published = Version { $version } veröffentlicht bei { $node }
log-updated = { $node } hat Version { $version } von { $from } erhalten
log-converged = alle Kopien haben jetzt Version { $version }, { $seconds } s nach der Veröffentlichung
log-retried = { $who } → { $silent }: keine Antwort, fragt stattdessen { $next }
log-target-off = { $who } → { $whom }: keine Antwort, { $whom } ist { off }
log-no-answer = { $who } → { $whom }: keine Antwort innerhalb der Frist
log-no-peer-answered = { $who }: kein { peer } hat geantwortet, Anfrage fehlgeschlagen
log-cancelled = { $who } wartet nicht mehr: Er ist { off }
log-recovered = { $who } bekommt wieder Antworten { $who_role ->
    [client] { $words ->
        [library] von seiner Bibliothekarin
       *[network] von seinem Server
    }
   *[other] { $words ->
        [library] von einem Freund
       *[network] von einem Peer
    }
}

## Die Tour

tour-right = Sie haben „{ $chosen }“ vorhergesagt, und genau das ist passiert.
tour-wrong = Sie haben „{ $chosen }“ vorhergesagt; das Netz hat etwas anderes gezeigt: „{ $answer }“.

tour-1-title = Was { der-server } tut
tour-1-question = An wen sendet im Client-Server-Netz jeder { client } seine { requests }?
tour-1-choice-1 = { $words ->
    [library] An die Bibliothekarin
   *[network] An den Server
}
tour-1-choice-2 = An die anderen { clients }
tour-1-choice-3 = An den nächstgelegenen Computer
tour-1-prompt = Beobachten Sie das Client-Server-Diagramm: Kreise sind Anfragen, Quadrate sind Antworten.
tour-1-explain = { $answered } von { $sent } Anfragen { $answered ->
    [one] wurde
   *[other] wurden
} beantwortet, jede { $words ->
    [library] von der Bibliothekarin: Sie
   *[network] vom Server: Er
} bedient { $load } Anfragen pro Sekunde, während jeder { client } nur fragt. Die ganze Arbeit und die ganze Kontrolle liegen an einer Stelle.

tour-2-title = Was ein { peer } tut
tour-2-question = Wer beantwortet im Peer-to-Peer-Netz die Anfrage eines { $words ->
    [library] Freundes
   *[network] Peers
}?
tour-2-choice-1 = { $words ->
    [library] Eine zentrale Bibliothekarin
   *[network] Ein zentraler Server
}
tour-2-choice-2 = Ein anderer { peer }
tour-2-choice-3 = Niemand: { peers } fragen nur
tour-2-prompt = Beobachten Sie das Peer-to-Peer-Diagramm und seine Lastbalken.
tour-2-explain = { $answered ->
    [one] 1 Anfrage wurde
   *[other] { $answered } Anfragen wurden
} beantwortet, jede von einem anderen { peer }. Jeder { peer } bedient etwa { $load } Anfragen pro Sekunde und fragt ungefähr genauso oft: Die Arbeit wird geteilt, ganz ohne { server }.

tour-3-title = Ein Single Point of Failure
tour-3-question = Was passiert mit den { $words ->
    [library] Besuchern, wenn die Bibliothekarin geht
   *[network] Clients, wenn der Server ausfällt
}?
tour-3-choice-1 = Nichts: Sie werden weiter bedient
tour-3-choice-2 = Nur ein { client } ist betroffen
tour-3-choice-3 = Kein { client } kann bedient werden
tour-3-prompt = { $words ->
    [library] Schicken Sie jetzt die Bibliothekarin weg: Klicken Sie im Client-Server-Diagramm auf Bibliothekarin 1.
   *[network] Schalten Sie jetzt den Server aus: Klicken Sie im Client-Server-Diagramm auf Server 1.
}
tour-3-explain = Fehlgeschlagene Anfragen bisher: { $failed }; Verfügbarkeit: { $availability }; bedient: { $served } von { $total } { clients-dat }. Eine einzige Maschine ist ausgefallen, und der ganze Dienst ist mit ihr ausgefallen: ein Single Point of Failure.

tour-4-title = Ausfallsicherheit ohne Zentrum
tour-4-question = Was passiert mit den anderen { $words ->
    [library] Freunden
   *[network] Peers
}, wenn ein { peer } ausfällt?
tour-4-choice-1 = Das ganze Netz fällt aus
tour-4-choice-2 = Die anderen bedienen einander weiter
tour-4-choice-3 = Nur seine Nachbarn fallen aus
tour-4-prompt = { $words ->
    [library] Schicken Sie jetzt einen beliebigen Freund weg: Klicken Sie ihn im Peer-to-Peer-Diagramm an.
   *[network] Schalten Sie jetzt einen beliebigen Peer aus: Klicken Sie ihn im Peer-to-Peer-Diagramm an.
}
tour-4-explain = Verfügbarkeit: { $availability }; bedient: { $served } von { $total } { peers-dat }. Eine Anfrage an den { $words ->
    [library] abwesenden Freund
   *[network] ausgeschalteten Peer
} endet mit einer Zeitüberschreitung, und der Fragende versucht es einfach bei einem anderen { peer }. Ohne Zentrum gibt es keinen Single Point of Failure.

tour-5-title = Leicht zu verwalten oder dezentral
tour-5-question = Sie veröffentlichen eine neue Version einer gemeinsamen Datei. Welches Netz behält eine Weile lang alte Kopien?
tour-5-choice-1 = Client-Server
tour-5-choice-2 = Peer-to-Peer
tour-5-choice-3 = Keines von beiden
tour-5-prompt = Drücken Sie jetzt „Update veröffentlichen“. ({ $words ->
    [library] Freund 4 ist nicht da.
   *[network] Peer 4 ist ausgeschaltet.
})
tour-5-explain = Client-Server hat { $stale_cs } { $stale_cs ->
    [one] veraltete Kopie
   *[other] veraltete Kopien
}: Das Update wurde an einer Stelle gemacht, und jede Antwort seitdem enthält es. Peer-to-Peer hat jetzt { $stale_peers } { $stale_peers ->
    [one] veraltete Kopie
   *[other] veraltete Kopien
}, und { $converged ->
    [yes] alle Kopien waren nach { $seconds } s aktuell
   *[no] das Update verbreitet sich noch
}; ein { $words ->
    [library] abwesender Freund erhält das Update erst, wenn er zurück ist
   *[network] ausgeschalteter Peer erhält das Update erst, wenn er wieder eingeschaltet ist
}. Zentrale Kontrolle ist leichter zu verwalten; ohne Zentrum ist es schwerer, alle Kopien gleich zu halten.

tour-6-title = Irrtum 1: Gibt es { $words ->
    [library] eine versteckte Bibliothekarin
   *[network] einen versteckten Server
}?
tour-6-question = Hat { $words ->
    [library] Freund 1
   *[network] Peer 1
} heimlich das Sagen im Peer-to-Peer-Netz?
tour-6-choice-1 = Ja: Ohne ihn fällt das Netz aus
tour-6-choice-2 = Nein: Jeder { peer } fragt und antwortet
tour-6-choice-3 = Nur solange das Netz klein ist
tour-6-prompt = { $words ->
    [library] Schicken Sie jetzt Freund 1 im Peer-to-Peer-Diagramm weg.
   *[network] Schalten Sie jetzt Peer 1 im Peer-to-Peer-Diagramm aus.
}
tour-6-explain = { $served } von { $total } { peers-dat } { $served ->
    [one] wird
   *[other] werden
} weiter bedient; Verfügbarkeit: { $availability }. Jeder { $words ->
    [library] anwesende Freund
   *[network] eingeschaltete Peer
} bedient etwa { $load } Anfragen pro Sekunde: Kein { peer } hat eine Sonderrolle, Peer-to-Peer hat also wirklich { $words ->
    [library] keine zentrale Bibliothekarin
   *[network] keinen zentralen Server
}.

tour-7-title = Irrtum 2: mehrere { servers }
tour-7-question = Was passiert bei zwei { $words ->
    [library] Bibliothekarinnen, wenn Bibliothekarin 1 geht
   *[network] Servern, wenn Server 1 ausfällt
}?
tour-7-choice-1 = Jeder { client } ist abgeschnitten
tour-7-choice-2 = Nur die eigenen { clients } von { server } 1 sind abgeschnitten
tour-7-choice-3 = { $words ->
    [library] Bibliothekarin 2 übernimmt ihre Besucher
   *[network] Server 2 übernimmt seine Clients
}
tour-7-prompt = { $words ->
    [library] Schicken Sie jetzt Bibliothekarin 1 im Client-Server-Diagramm weg.
   *[network] Schalten Sie jetzt Server 1 im Client-Server-Diagramm aus.
}
tour-7-explain = { $served } von { $total } { clients-dat } { $served ->
    [one] wird
   *[other] werden
} weiter bedient: die von { server } 2. Die { clients } von { server } 1 dürfen nur { $words ->
    [library] ihre eigene Bibliothekarin
   *[network] ihren eigenen Server
} fragen, also warten sie vergeblich. Mehr { servers } heißt immer noch Client-Server: { $words ->
    [library] Jede Bibliothekarin kontrolliert ihre eigenen Besucher.
   *[network] Jeder Server kontrolliert seine eigenen Clients.
}

tour-8-title = Welches Modell skaliert?
tour-8-question = { $words ->
    [library] Eine Bibliothekarin
   *[network] Ein Server
} muss eine große Datei an 100 { peers } senden. Welches Modell ist schneller fertig, wenn die Empfänger einander Teile weitergeben dürfen?
tour-8-choice-1 = { $words ->
    [library] Client-Server: Eine sehr schnelle Bibliothekarin gewinnt
   *[network] Client-Server: Ein starker Server ist am schnellsten
}
tour-8-choice-2 = Peer-to-Peer: Jeder Empfänger lädt auch hoch
tour-8-choice-3 = Beide brauchen gleich lang
tour-8-prompt = Sehen Sie sich das Diagramm unter „Welches Modell skaliert?“ an.
tour-8-explain = Im Lehrbuchfall (ein { peer } braucht eine Stunde, um die Datei hochzuladen, { der-server } ist zehnmal schneller) braucht Client-Server für 100 Empfänger mindestens { $cs_hours } h, weil { der-server } alle 100 Kopien allein hochlädt; Peer-to-Peer braucht mindestens { $p2p_hours } h, weil jeder Empfänger die Teile, die er schon hat, ebenfalls hochlädt. Mit mehr Empfängern wächst die Dauer bei Client-Server proportional; bei Peer-to-Peer bleibt sie unter einer Stunde.

## Hinweise zu einem Link: $name ist der Parameter, $value der Wert aus dem Link (in Anführungszeichen)

notice-more = … und { $hidden } weitere, nicht aufgeführt.
notice-at-least = { $name } muss mindestens { $min } sein; verwendet wird { $min }.
notice-at-most = { $name } darf höchstens { $max } sein; verwendet wird { $max }.
notice-not-whole = { $name }={ $value } ist keine ganze Zahl von { $min } bis { $max }; verwendet wird { $default }.
notice-not-one-of = { $name }={ $value } ist keiner der Werte { $choices }; verwendet wird der Standardwert.
notice-repeated = { $name } kommt mehrmals vor; der erste Wert gilt.
notice-empty = { $name } hat keinen Wert; verwendet wird der Standardwert.
notice-seed = seed={ $value } ist keine ganze Zahl; verwendet wird 1.
notice-lang = lang={ $value } ist keine Sprache, die netmodels spricht (en, fr, de, es); die Seite bleibt auf Englisch.
notice-unknown = { $name } ist kein Parameter, den netmodels kennt; er wird ignoriert.
notice-clients-per-server = { $servers } Server brauchen mindestens { $clients } Clients, einen pro Server; verwendet wird { $clients }.
notice-tour-scene = Der Schritt der Tour baut sein eigenes Netz auf, daher { $count ->
    [one] wird { $names } aus dem Link
   *[other] werden { $names } aus dem Link
} nicht verwendet.
notice-range = { $name } muss zwischen { $min } und { $max } liegen; verwendet wird { $used }.
notice-range-unit = { $name } muss zwischen { $min } und { $max } { $unit } liegen; verwendet wird { $used } { $unit }.
notice-not-a-number = { $name }={ $value } ist keine Zahl; verwendet wird { $default }.
notice-no-node = down: Einen Knoten { $id } gibt es hier nicht; der Wert wird ignoriert.

## issue 13: go back in time
notice-script-entry = script: { $entry } ist kein Eintrag der Form Zeit:Aktion:Knoten (etwa 5:off:s1); übersprungen.
notice-script-time = script: { $entry } braucht eine Zeit in Sekunden von 0 bis { $max }; übersprungen.
notice-script-node = script: { $entry } nennt einen Knoten, den diese Netze nicht haben; übersprungen.
notice-script-repeated = script: { $entry } kommt mehrmals vor; wird nur einmal abgespielt.
notice-script-long = script: Nur die ersten { $max } Einträge werden abgespielt.
history-forked = Sie haben das Geschehen bei t = { $at } s geändert; alles danach Aufgezeichnete ist verworfen. Mit „Rückgängig“ kommt es zurück.
history-undone = Die Aufzeichnung nach t = { $at } s ist wieder da; dieser Zeitpunkt wird gezeigt.
timeline-value = t = { $at } s; Verfügbarkeit: Client-Server { $client_server }, Peer-to-Peer { $peer_to_peer }
ui-timeline = Zeitleiste
ui-timeline-hint = Ziehen oder mit den Pfeiltasten in der Zeit zurückgehen; wer in der Vergangenheit handelt, beginnt eine neue Zukunft.
ui-timeline-cs = Client-Server
ui-timeline-p2p = Peer-to-Peer
ui-step-back = Schritt zurück
ui-step-back-hint = Eine Viertelsekunde simulierter Zeit zurückgehen
ui-undo = Rückgängig
ui-undo-hint = Zurückholen, was nach dem geänderten Zeitpunkt kam
ui-log-jump = Diesen Zeitpunkt auf der Zeitleiste zeigen
