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
percent = { $value } %
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
restarted = Beide Netze wurden bei t = { $at } s neu gestartet: Die Zähler beginnen wieder bei null, und die Uhr läuft weiter.
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
published = { $same ->
    [true] Version { $version } { des-resource } veröffentlicht.
   *[false] Neue Versionen { des-resource } veröffentlicht: Version { $version } im Client-Server-Netz, Version { $peer_version } im Peer-to-Peer-Netz.
} Client-Server: { published-servers }. Peer-to-Peer: { $damaged ->
    [true] Sie beginnt bei { $node }, der unehrlich ist: { $words ->
        [library] Dieser Version fehlen Seiten, und ihre Seitenliste wurde nach dem beschädigten Buch erstellt, also kann die Prüfung den Schaden nicht erkennen.
       *[network] Diese Version ist beschädigt, und ihre Fingerabdrücke wurden aus der beschädigten Kopie berechnet, also kann die Prüfung den Schaden nicht erkennen.
    } Irgendwo muss Vertrauen beginnen.
   *[false] Sie beginnt bei { $node } und verbreitet sich von { peer } zu { peer }.
}
published-no-peer = Version { $version } { des-resource } veröffentlicht. Client-Server: { published-servers }. Peer-to-Peer: Kein { peer } ist { $words ->
    [library] da
   *[network] eingeschaltet
}, um sie anzunehmen.
tour-step-opened = Tour, Schritt { $step } von { $count }: { $title }
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
insight-peers-strained = { $off ->
    [one] { $off } { peer } ist
   *[other] { $off } { peers } sind
} { off }: Die anderen { $on } antworten einander weiterhin, doch nur { $availability } der Anfragen sind erfolgreich, denn ein { peer } fragt zufällig gewählte Partner, ohne zu wissen, welche { $words ->
    [library] nicht da sind.
   *[network] ausgeschaltet sind.
}
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
log-converged = alle Kopien haben jetzt Version { $version } ({ $seconds } s nach der Veröffentlichung)
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
tour-undone = Sie haben das Experiment rückgängig gemacht, bevor das Netz die Wirkung zeigen konnte, daher gibt es keine Auswertung. Drücken Sie „Noch einmal“, um den Schritt zu wiederholen.

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
tour-3-choice-1 = Nichts: Die { clients } werden weiter bedient
tour-3-choice-2 = Nur ein { client } ist betroffen
tour-3-choice-3 = Kein { client } kann bedient werden
tour-3-prompt = { $words ->
    [library] Schicken Sie jetzt die Bibliothekarin weg: Klicken Sie im Client-Server-Diagramm auf Bibliothekarin 1.
   *[network] Schalten Sie jetzt den Server aus: Klicken Sie im Client-Server-Diagramm auf Server 1.
}
tour-3-explain = Fehlgeschlagene Anfragen, seit { $words ->
    [library] die Bibliothekarin weg ist
   *[network] der Server aus ist
}: { $failed }; Verfügbarkeit: { $availability }; bedient: { $served } von { $total } { clients-dat }. { $words ->
    [library] Eine einzige Person ist gegangen, und damit steht die ganze Bibliothek still
   *[network] Eine einzige Maschine ist ausgefallen, und der ganze Dienst ist mit ihr ausgefallen
}: ein Single Point of Failure.

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
tour-4-explain = { $healthy ->
    [unknown] Bisher wurde keine Anfrage beantwortet, und keine ist fehlgeschlagen: Es gibt also nichts zu messen. Lassen Sie die Zeit etwas laufen und beobachten Sie, ob die anderen { peers } einander weiter bedienen.
    [yes] Verfügbarkeit: { $availability }; bedient: { $served } von { $total } { peers-dat }. Eine Anfrage an den { $words ->
        [library] abwesenden Freund
       *[network] ausgeschalteten Peer
    } endet mit einer Zeitüberschreitung, und der Fragende versucht es einfach bei einem anderen { peer }. Ohne Zentrum gibt es keinen Single Point of Failure.
   *[no] Die Verfügbarkeit ist auf { $availability } gesunken; bedient: { $served } von { $total } { peers-dat }. Eine Anfrage an einen { $words ->
        [library] abwesenden Freund
       *[network] ausgeschalteten Peer
    } endet mit einer Zeitüberschreitung, und der Fragende versucht einen anderen, doch mit so wenigen { $words ->
        [library] anwesenden Freunden
       *[network] eingeschalteten Peers
    } finden auch drei Versuche oft niemanden. Kein einzelner { peer } war unentbehrlich; entscheidend ist, wie viele noch übrig sind.
}

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
    [yes] alle Kopien waren nach { $seconds } s aktuell
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
tour-6-explain = { $healthy ->
    [unknown] Bisher wurde keine Anfrage beantwortet, und keine ist fehlgeschlagen: Die Verfügbarkeit lässt sich noch nicht messen.
    [yes] { $served } von { $total } { peers-dat } { $served ->
        [one] wird
       *[other] werden
    } weiter bedient; Verfügbarkeit: { $availability }.
   *[no] { $served } von { $total } { peers-dat } { $served ->
        [one] wird
       *[other] werden
    } bedient; Verfügbarkeit: nur { $availability }. Da mehrere { $words ->
        [library] Freunde nicht da sind, trifft eine Anfrage oft auf einen, der ebenfalls nicht da ist.
       *[network] Peers ausgeschaltet sind, trifft eine Anfrage oft auf einen, der ebenfalls ausgeschaltet ist.
    }
} Jeder { $words ->
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
    [library] Bibliothekarin 2 übernimmt die Besucher von Bibliothekarin 1
   *[network] Server 2 übernimmt die Clients von Server 1
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
} fragen, also warten sie vergeblich. In diesem Modell heißt mehr { servers } immer noch Client-Server: { $words ->
    [library] Jede Bibliothekarin kontrolliert ihre eigenen Besucher, und keine übernimmt die einer anderen.
   *[network] Jeder Server kontrolliert seine eigenen Clients, und keiner übernimmt die eines anderen.
}

tour-8-title = Welches Modell skaliert?
tour-8-question = { $words ->
    [library] Eine Bibliothekarin
   *[network] Ein Server
} muss eine große Datei an 100 Empfänger senden. Bei Client-Server sind es 100 { clients }, die nur herunterladen; bei Peer-to-Peer sind es 100 { peers }, die einander Teile weitergeben dürfen. Welches Modell ist schneller fertig?
tour-8-choice-1 = { $words ->
    [library] Client-Server: Eine sehr schnelle Bibliothekarin gewinnt
   *[network] Client-Server: Ein starker Server ist am schnellsten
}
tour-8-choice-2 = Peer-to-Peer: Jeder Empfänger lädt auch hoch
tour-8-choice-3 = Beide brauchen gleich lang
tour-8-prompt = Sehen Sie sich die Grafik unter „Welches Modell skaliert?“ an.
tour-8-explain = Im Lehrbuchfall (ein { peer } braucht eine Stunde, um die Datei hochzuladen, { der-server } ist zehnmal schneller) braucht Client-Server für 100 Empfänger mindestens { $cs_hours } h, weil { der-server } alle 100 Kopien allein hochlädt; Peer-to-Peer braucht mindestens { $p2p_hours } h, weil jeder Empfänger die Teile, die er schon hat, ebenfalls hochlädt. Mit mehr Empfängern wächst die Dauer bei Client-Server proportional; bei Peer-to-Peer bleibt sie unter einer Stunde.

## Hinweise zu einem Link: $name ist der Parameter, $value der Wert aus dem Link (in Anführungszeichen)

# Was der Link enthielt, in einem Hinweis zitiert: $text, in deutschen Anführungszeichen.
quoted = „{ $text }“
# Das Zeichen der Einheit, in der die Zahlen eines Hinweises stehen ($unit).
unit-symbol = { $unit ->
    [gigabytes] GB
    [gigabytes-per-hour] GB/h
   *[seconds] s
}

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
notice-range-unit = { $name } muss zwischen { $min } und { $max } { unit-symbol } liegen; verwendet wird { $used } { unit-symbol }.
notice-not-a-number = { $name }={ $value } ist keine Zahl; verwendet wird { $default }.
notice-no-node = down: Einen Knoten { $id } gibt es hier nicht; der Wert wird ignoriert.

## Die Beschriftungen der Seite (Schaltflächen, Überschriften, Legenden, Hinweise)
ui-page-title = netmodels: Client-Server oder Peer-to-Peer
ui-language = Sprache
ui-lang-failed = Die gewählte Sprache konnte nicht geladen werden; die Seite behält ihre bisherige Sprache.
ui-heading = Client-Server- und Peer-to-Peer-Netze
ui-lede = Anfragen laufen über die Verbindungen, Antworten kommen zurück. Klicken oder tippen Sie auf einen Computer, um ihn auszuschalten, und noch einmal, um ihn wieder einzuschalten: Wer wird noch bedient?
ui-reduced-motion = Ihr Gerät wünscht weniger Bewegung, deshalb startet die Simulation angehalten. Drücken Sie Start (oder die Leertaste), um sie laufen zu lassen, oder Schritt, um ein kleines Stück weiterzugehen.
ui-controls = Steuerung der Simulation
ui-play = Start
ui-play-hint = Simulation starten (Leertaste)
ui-pause = Pause
ui-pause-hint = Simulation anhalten (Leertaste)
ui-step = Schritt
ui-step-hint = { $seconds } s simulierte Zeit weitergehen (nur angehalten)
ui-reset = Neustart
ui-reset-hint = Beide Netze neu starten
ui-tour = Geführte Tour
ui-tour-resume = Tour fortsetzen (Schritt { $step } von { $count })
ui-more = Mehr
ui-speed = Tempo
ui-publish = Update veröffentlichen
ui-publish-hint = Eine neue Version der geteilten Datei erscheint auf jedem eingeschalteten Server und auf einem eingeschalteten Peer
ui-library-words = Bibliothekswörter
ui-library-hint = Dieselbe Geschichte als Bibliothek erzählen: Bibliothekarin, Besucher, Freunde, die sich Bücher leihen
ui-share = Teilen
ui-share-hint = Einen Link zu diesem Szenario kopieren
ui-embed = Einbetten
ui-embed-hint = Code zum Einbetten dieses Szenarios kopieren
ui-model-client-server = Client-Server
ui-model-peer-to-peer = Peer-to-Peer
ui-model-analogy-client-server = Client-Server:
ui-model-analogy-peer-to-peer = Peer-to-Peer:
ui-analogy-client-server = eine Bibliothek mit Bibliothekarin
ui-analogy-peer-to-peer = Freunde, die sich Bücher leihen
ui-network-label = { $model ->
    [client-server] Client-Server-Netz
   *[peer-to-peer] Peer-to-Peer-Netz
  }: { $summary }
ui-off-tag = AUS
ui-servers = Server
ui-clients = Clients
ui-peers = Peers
ui-metric-sent = Gesendete Anfragen
ui-metric-answered = Beantwortet
ui-metric-failed = Fehlgeschlagen
ui-metric-availability = Verfügbarkeit, letzte { $seconds } s
ui-metric-in-flight = Wartend
ui-metric-cancelled = Abgebrochen (Absender aus)
ui-metric-stale = Veraltete Kopien
ui-metric-converge = Update überall angekommen nach
ui-seconds = { $value } s
ui-not-yet = noch nicht ({ $value } s)
ui-per-second = { $value }/s
ui-queue = { $count } in der Warteschlange
ui-loads = Last: bediente Anfragen pro Sekunde
ui-log = Was passiert ist
ui-legend = Legende
ui-legend-heading = So liest man die Diagramme
ui-legend-request = { $words ->
    [library] Buchanfrage: Ein Besucher fragt die Bibliothekarin, oder ein Freund fragt einen Freund
   *[network] Anfrage: Ein Client oder Peer bittet um etwas
  }
ui-legend-response = { $words ->
    [library] Das Buch auf dem Rückweg
   *[network] Antwort: Sie läuft zum Absender zurück
  }
ui-legend-dropped = Verworfen: Das Paket kam bei einem ausgeschalteten Computer an
ui-legend-off = Aus: gestrichelt, durchgestrichen und mit AUS markiert; er sendet und beantwortet nichts
ui-legend-load = Lastbalken: bediente Anfragen pro Sekunde, voll, sobald die Kapazität erreicht ist ({ $words ->
    [library] eine Bibliothekarin schafft { $server } pro Sekunde, ein Freund { $peer }
   *[network] ein Server schafft { $server } pro Sekunde, ein Peer { $peer }
  }); weitere Anfragen warten in einer Warteschlange
ui-legend-version = Gehaltene Version (nach „Update veröffentlichen“); orange, wenn veraltet
ui-tour-progress = Schritt { $step } von { $count }
ui-tour-predict = Vorhersage:
ui-tour-commit = Vorhersage festlegen
ui-tour-paused = Die Zeit ist angehalten: Drücken Sie Start (oder die Leertaste), um zuzusehen.
ui-tour-watching = Beobachten, bis das Netz seine Antwort zeigt (höchstens noch { $seconds } s) …
ui-tour-finish = Tour beenden
ui-tour-next = Nächster Schritt
ui-tour-skip = Schritt überspringen
ui-tour-back = Zurück
ui-tour-retry = Noch einmal
ui-tour-close = Tour schließen
ui-tour-close-hint = Tour verlassen (Esc); sie geht dort weiter, wo Sie aufgehört haben
ui-tour-chart = Zur Grafik
ui-tour-loading = Die Tour wird geladen …
ui-tour-unavailable = Die Tour konnte nicht geladen werden. Prüfen Sie die Verbindung und laden Sie die Seite neu.
ui-share-title = Link zu diesem Szenario
ui-embed-title = Code, um dieses Szenario in eine Webseite einzubetten
ui-embed-frame-title = netmodels: Client-Server- und Peer-to-Peer-Netze
ui-copied = In die Zwischenablage kopiert.
ui-copy-by-hand = Die Zwischenablage ist hier nicht verfügbar: Der Text ist markiert, kopieren Sie ihn mit Strg+C (⌘C auf einem Mac).
ui-share-kept-present = Dieser Link behält die Netze so, wie sie jetzt sind (ihre Größe, wer aus oder unehrlich ist, ob Kopien geprüft werden), aber nicht diesen Moment und nicht, wie es dazu kam: Die Sitzung ist zu lang, um sie mit einem Link wiederzugeben.
ui-close = Schließen
ui-notices = Geänderte Einstellungen aus dem Link
ui-notices-intro = Einige Einstellungen in diesem Link waren nicht verwendbar, deshalb gelten Standardwerte:
ui-dismiss = Ausblenden
ui-scaling-title = Welches Modell skaliert?
ui-scaling-intro = Ein Server muss N Empfängern je eine Kopie einer Datei geben. Bei Client-Server lädt er jede Kopie selbst hoch; bei Peer-to-Peer lädt jeder Empfänger auch die Teile weiter, die er schon hat. Die Linien sind die kürzeste mögliche Zeit jedes Modells (die Schranken aus dem Lehrbuch); die Markierungen sind die Zeit der Simulation dieser Seite, die die Datei in { $pieces } Teilen verschickt.
ui-scaling-formulas = Client-Server: D = max(N·F/u_s, F/d_min). Peer-to-Peer: D = max(F/u_s, F/d_min, N·F/(u_s + N·u)).
ui-field-file = Dateigröße F:
ui-field-server-upload = Upload des Servers u_s:
ui-field-peer-upload = Upload jedes Peers u:
ui-field-min-download = Langsamster Download d_min:
ui-size-unit = GB
ui-rate-unit = GB/h (≈ { $mbit } Mbit/s)
ui-scaling-reset = Lehrbuchbeispiel
ui-axis-receivers = Empfänger N
ui-axis-time = Dauer (Stunden)
ui-key-client-server = Client-Server: Linie = Schranke, Quadrate = simuliert
ui-key-peer-to-peer = Peer-to-Peer: Linie = Schranke, Rauten = simuliert
ui-scaling-done = Jedes N von 1 bis { $max } simuliert.
ui-scaling-running = Simulation … { $done } von { $max }
ui-read-at = Grafik ablesen bei N =
ui-hours = { $value } h
ui-readout = Bei { $n } Empfängern braucht Client-Server mindestens { $cs } (simuliert: { $cs_sim }); Peer-to-Peer braucht mindestens { $p2p } (simuliert: { $p2p_sim }).
ui-panic = netmodels wurde wegen eines internen Fehlers angehalten: { $error }. Laden Sie die Seite neu, um von vorn zu beginnen; falls es wieder passiert, beschreiben Sie uns bitte Ihre letzten Schritte davor.

## Bilder, Datendateien, Offline-Kopie (ui-Beschriftungen des Speichern-Menüs und der Dateien)

ui-export-title = Client-Server- und Peer-to-Peer-Netze
ui-export-time = Simulierte Zeit: { $seconds } s
ui-export-client-server = Client-Server
ui-export-peer-to-peer = Peer-to-Peer
ui-export-on = { $words ->
    [library] da
   *[network] eingeschaltet
}
ui-export-off = { $words ->
    [library] nicht da
   *[network] ausgeschaltet
}
ui-export-off-tag = { $words ->
    [library] NICHT DA
   *[network] AUS
}
ui-export-legend-server = { $words ->
    [library] Bibliothekarin
   *[network] Server
}
ui-export-legend-client = { $words ->
    [library] Besucher
   *[network] Client
}
ui-export-legend-peer = { $words ->
    [library] Freund
   *[network] Peer
}
ui-export-legend-off = { $words ->
    [library] Nicht da
   *[network] Ausgeschaltet
}
ui-export-legend-request = { $words ->
    [library] Buchanfrage
   *[network] Anfrage
}
ui-export-legend-response = { $words ->
    [library] Verliehenes Buch
   *[network] Antwort
}
ui-export-legend-dropped = Verloren
ui-csv-time = Zeit (s)
ui-csv-network = Netz
ui-csv-node = Knoten
ui-csv-event = Was geschah
ui-csv-outcome = Ergebnis
ui-csv-sent = Gesendet
ui-csv-answered = Beantwortet
ui-csv-failed = Fehlgeschlagen
ui-csv-cancelled = Abgebrochen
ui-csv-waiting = Wartend
ui-csv-served = Bedient
ui-csv-requesters = Anfragende
ui-csv-availability = Verfügbarkeit (%)
ui-csv-stale = Veraltete Kopien
ui-csv-receivers = Empfänger (N)
ui-csv-cs-bound = Schranke Client-Server (h)
ui-csv-p2p-bound = Schranke Peer-to-Peer (h)
ui-csv-cs-simulated = Client-Server simuliert (h)
ui-csv-p2p-simulated = Peer-to-Peer simuliert (h)
ui-outcome-on = { $words ->
    [library] wieder da
   *[network] eingeschaltet
}
ui-outcome-off = { $words ->
    [library] gegangen
   *[network] ausgeschaltet
}
ui-outcome-published = Version { $version } veröffentlicht
ui-outcome-updated = Version { $version } erhalten
ui-outcome-converged = Version { $version } überall
ui-outcome-retried = neuer Versuch
ui-outcome-failed = fehlgeschlagen
ui-outcome-cancelled = abgebrochen
ui-outcome-answered = wieder bedient
ui-outcome-dishonest = jetzt unehrlich
ui-outcome-honest = wieder ehrlich
ui-outcome-corrupted = beschädigte Kopie übernommen
ui-outcome-rejected = beschädigte Antwort zurückgewiesen
ui-outcome-refetched = eigene beschädigte Kopie neu geholt
ui-outcome-refused = Veröffentlichung abgelehnt
## Wem kann man trauen? Unehrliche Knoten, geprüfte Kopien, der Server als Torwächter

# Das Pronomen eines Knotens als Subjekt: sie für die Bibliothekarin, sonst er.
er-node = { $node_role ->
    [server] { $words ->
        [library] sie
       *[network] er
    }
   *[other] er
}
Er-node = { $node_role ->
    [server] { $words ->
        [library] Sie
       *[network] Er
    }
   *[other] Er
}
honesty-set = { $honest ->
    [true] { $Node } ist wieder ehrlich: { Er-node } gibt { resource } so weiter, wie { er-node } { $words ->
        [library] es
       *[network] sie
    } erhalten hat.
   *[false] { $node_role ->
        [server] { $Node } ist jetzt unehrlich: { $words ->
            [library] Jedem Buch, das sie ihren Besuchern verleiht, fehlen Seiten, und die Besucher können das nicht erkennen.
           *[network] Jede Kopie, die er seinen Clients schickt, ist beschädigt, und die Clients können das nicht erkennen.
        }
        [client] { $Node } ist jetzt unehrlich, doch ein { client } stellt nur Fragen: Er hat niemanden, den er täuschen könnte.
       *[peer] { $Node } ist jetzt unehrlich: { $words ->
            [library] Er leiht jedem Freund, der fragt, Bücher mit herausgerissenen Seiten.
           *[network] Er beantwortet jede Anfrage mit einer beschädigten Kopie.
        }
    }
}
verify-set = { $on ->
    [true] { $words ->
        [library] Prüfung an: Jeder Freund vergleicht nun jedes Buch mit der Seitenliste des Verlags, weist ein beschädigtes zurück und fragt einen anderen Freund; ein Freund, dessen eigenes Buch beschädigt ist, leiht sich bei einem anderen ein unbeschädigtes. Die Besucher vertrauen ihrer Bibliothekarin: Niemand prüft die Bücher, die sie verleiht, dort ändert sich also nichts.
       *[network] Prüfung an: Jeder Peer vergleicht nun jedes Teil mit den Fingerabdrücken des Herausgebers, weist ein beschädigtes zurück und fragt einen anderen Peer; ein Peer, dessen eigene Kopie beschädigt ist, holt sie neu von einem anderen Peer. Clients vertrauen ihrem Server, dort ändert sich also nichts.
    }
   *[false] Prüfung aus: Die { peers } nehmen jede Kopie an, die sie bekommen.
}
publish-refused = { $Who } wollte eine neue Version veröffentlichen, und { $server } hat abgelehnt: Nur { der-server } darf { resource } ändern.
published-from = { $Node } hat Version { $version } { des-resource } veröffentlicht. { $damaged ->
    [true] Sie ist beschädigt, und ihre Fingerabdrücke wurden aus der beschädigten Kopie berechnet, also kann die Prüfung sie nicht erkennen: Irgendwo muss Vertrauen beginnen.
   *[false] Sie verbreitet sich von { peer } zu { peer }.
}
publish-not-on = { $Node } ist { off } und kann daher nichts veröffentlichen.
log-honesty = { $node } { $honest ->
    [true] ist wieder ehrlich
   *[false] ist unehrlich geworden
}
log-corrupted = { $node } hat von { $from } eine beschädigte Kopie angenommen
log-rejected = { $who } → { $bad }: beschädigte Kopie zurückgewiesen, fragt stattdessen { $next }
log-own-copy-failed = { $who }: eigene Kopie beschädigt, holt sie neu von { $next }
log-only-damaged = { $who }: jede Antwort war beschädigt, { request } fehlgeschlagen
log-publish-refused = { $who } wollte veröffentlichen; { $server } hat abgelehnt
insight-dishonest-server = { $words ->
    [library] Eine unehrliche Bibliothekarin verleiht nur Bücher mit herausgerissenen Seiten, also bekommt { $clients ->
        [one] ihr Besucher
       *[other] jeder ihrer { $clients } Besucher
    } eines: Besucher vertrauen ihrer Bibliothekarin. Zentrale Kontrolle hat zwei Seiten.
   *[network] Ein unehrlicher Server beschädigt jede Antwort, also bekommt { $clients ->
        [one] sein Client
       *[other] jeder seiner { $clients } Clients
    } eine beschädigte Kopie: Clients vertrauen ihrem Server. Zentrale Kontrolle hat zwei Seiten.
}
insight-unchecked = { $words ->
    [library] Ein Freund verleiht Bücher mit herausgerissenen Seiten, und niemand prüft: Beschädigte Bücher wandern von Freund zu Freund.
   *[network] Ein unehrlicher Peer antwortet, und niemand prüft: Beschädigte Kopien wandern von Peer zu Peer.
}
insight-checked = { $words ->
    [library] Jeder Freund vergleicht jedes Buch mit der Seitenliste des Verlags: Ein beschädigtes wird zurückgewiesen und ein anderer Freund gefragt.
   *[network] Jeder Peer vergleicht jede Kopie mit den Fingerabdrücken des Herausgebers: Eine beschädigte wird zurückgewiesen und ein anderer Peer gefragt.
}
insight-bad-publisher = Schon der Herausgeber war unehrlich: Seine Fingerabdrücke passen zu seiner beschädigten Kopie, also hilft die Prüfung nicht. Irgendwo muss Vertrauen beginnen.
notice-no-bad-node = bad: Einen Knoten { $id } gibt es hier nicht; der Wert wird ignoriert.

tour-9-title = Wem kann man trauen?
tour-9-question = { $words ->
    [library] Freund 2 verleiht Bücher mit herausgerissenen Seiten, und andere Freunde haben schon welche bekommen. Was passiert, wenn jeder Freund jedes Buch mit der Seitenliste des Verlags vergleicht?
   *[network] Peer 2 verteilt beschädigte Kopien, und andere Peers haben schon welche angenommen. Was passiert, wenn jeder Peer jede Kopie mit den Fingerabdrücken des Herausgebers vergleicht?
}
tour-9-choice-1 = Nichts ändert sich: Beschädigte Kopien verbreiten sich weiter
tour-9-choice-2 = { $words ->
    [library] Beschädigte Bücher werden zurückgewiesen, und wer schon ein beschädigtes hat, leiht sich ein unbeschädigtes
   *[network] Beschädigte Antworten werden zurückgewiesen, und eine schon vorhandene beschädigte Kopie wird neu geholt
}
tour-9-choice-3 = { $words ->
    [library] Beschädigte Bücher werden zurückgewiesen, aber ein vorher angenommenes bleibt beschädigt
   *[network] Beschädigte Antworten werden zurückgewiesen, aber eine vorher angenommene Kopie bleibt beschädigt
}
tour-9-prompt = Schalten Sie jetzt die Prüfung ein („Kopien prüfen“ im Peer-to-Peer-Diagramm).
tour-9-explain = { $words ->
    [library] Ein Freund verlieh Bücher mit herausgerissenen Seiten. Seit jeder Freund jedes Buch mit der Seitenliste des Verlags vergleicht, { $rejected ->
        [one] wurde { $rejected } beschädigtes Buch
       *[other] wurden { $rejected } beschädigte Bücher
    } zurückgewiesen, und jedes Mal wurde ein anderer Freund gefragt: Das kostet etwas Zeit. Jeder Freund hat auch das Buch geprüft, das er schon hatte, und wer ein beschädigtes hatte, hat sich bei einem anderen Freund ein unbeschädigtes geliehen: Bei den Freunden { $corrupt_peers ->
        [one] bleibt { $corrupt_peers } beschädigtes Buch
       *[other] bleiben { $corrupt_peers } beschädigte Bücher
    }. Die Besucher haben { $corrupt_clients } { $corrupt_clients ->
        [one] beschädigtes Buch
       *[other] beschädigte Bücher
    } und prüfen nichts, denn sie vertrauen ihrer Bibliothekarin. Hier ist sie ehrlich; eine unehrliche Bibliothekarin würde jedem Besucher ein beschädigtes Buch geben. Wäre schon das Buch des Verlags beschädigt gewesen, würde seine Seitenliste dazu passen: Irgendwo muss Vertrauen beginnen.
   *[network] Die Prüfung hat { $rejected } beschädigte { $rejected ->
        [one] Antwort
       *[other] Antworten
    } abgefangen, und jedes Mal fragte der Peer einen anderen: Sicherheit kostet etwas Zeit. Jeder Peer hat auch die Kopie geprüft, die er schon hatte, und wer eine beschädigte hatte, hat sie neu von einem anderen Peer geholt, wie es die Prüfsummen der Teile bei BitTorrent erlauben: Bei den Peers { $corrupt_peers ->
        [one] bleibt { $corrupt_peers } beschädigte Kopie
       *[other] bleiben { $corrupt_peers } beschädigte Kopien
    }. Die Clients haben { $corrupt_clients } beschädigte { $corrupt_clients ->
        [one] Kopie
       *[other] Kopien
    } und prüfen nichts, denn sie vertrauen ihrem Server, der hier ehrlich ist; ein unehrlicher Server würde jede Kopie beschädigen. Und wenn der Herausgeber selbst lügt, passen seine Fingerabdrücke zur beschädigten Kopie: Irgendwo muss Vertrauen beginnen.
}

ui-trust-node = Knoten, der unehrlich werden oder veröffentlichen soll
ui-make-dishonest = Unehrlich machen
ui-make-honest = Ehrlich machen
ui-verify = Kopien prüfen
ui-verify-hint = Die Peers vergleichen jede Kopie mit den Fingerabdrücken des Herausgebers, die mit der Veröffentlichung kommen wie eine .torrent-Datei von einer vertrauenswürdigen Seite
ui-publish-from = Von hier veröffentlichen
ui-dishonest-mark = unehrlich
ui-metric-corrupt = Beschädigte Kopien vorhanden
ui-metric-rejected = Beschädigte Antworten zurückgewiesen
ui-legend-corrupt = Eine beschädigte Kopie: die Antwort eines unehrlichen Knotens oder ungeprüft weitergegeben
ui-legend-dishonest = Unehrlich: mit einem Warnzeichen markiert; verteilt beschädigte Kopien
ui-trust = Wem kann man trauen

## Live-Unterricht (der Bildschirm der Lehrkraft und der eines Schülers)
ui-class-host-title = Live-Unterricht
ui-class-code = Beitrittscode:
ui-class-qr = QR-Code des Beitrittslinks
ui-class-students = Anwesende Schülerinnen und Schüler:
ui-class-model = Das Netz der Klasse
ui-class-client-server = Client-Server
ui-class-peer-to-peer = Peer-to-Peer
ui-class-reset = Neu beginnen
ui-class-network = Die ganze Klasse
ui-class-neighbourhood = Ihr Platz und seine Nachbarn in der Klasse
ui-class-join-title = Der Klasse beitreten
ui-class-name = Ihr Name
ui-class-join = Beitreten
ui-class-ask = Anfragen
ui-class-idle = Tippen Sie auf „Anfragen“, um eine Anfrage zu senden.
ui-class-waiting = Warten auf eine Antwort …
ui-class-served = Bedient: Eine Antwort kam zurück.
ui-class-failed = Fehlgeschlagen: Es kam keine Antwort zurück.
ui-class-answers = Erhaltene Antworten:
ui-class-leave = Verlassen
ui-class-lost = Verbindung zur Klasse verloren; neuer Versuch …
ui-class-closed = Dieser Raum ist geschlossen.
ui-class-refused-no-room = Es gibt keinen Raum mit diesem Code (vielleicht wurde er geschlossen).
ui-class-refused-not-host = Nur die Lehrkraft kann das tun.
ui-class-refused-full = Dieser Raum ist voll.
ui-class-refused-slow-down = Zu viele Versuche: Warten Sie eine Minute und versuchen Sie es dann erneut.
ui-class-refused-bad-name = Bitte wählen Sie einen Namen.
ui-class-refused-busy = Der Klassenserver kann keine weitere Klasse aufnehmen.

## In der Zeit zurückgehen
notice-script-entry = script: { $entry } ist kein Eintrag der Form Zeit:Aktion:Knoten (etwa 5:off:s1); übersprungen.
notice-script-time = script: { $entry } braucht eine Zeit in Sekunden von 0 bis { $max }; übersprungen.
notice-script-node = script: { $entry } nennt einen Knoten, den diese Netze nicht haben; übersprungen.
notice-script-long = script: Nur die ersten { $max } Einträge werden abgespielt.
history-forked = Sie haben das Geschehen bei t = { $at } s geändert; alles danach Aufgezeichnete wurde verworfen. Mit „Rückgängig“ kommt es zurück.
history-undone = Die Aufzeichnung nach t = { $at } s ist wieder da; dieser Zeitpunkt wird gezeigt.
timeline-value = t = { $at } s; Verfügbarkeit: Client-Server { $client_server }, Peer-to-Peer { $peer_to_peer }
notice-costly-moment = t: Die Sitzung bis { $asked } s nachzurechnen, dauert bei dieser Größe und Anfragerate zu lange; die Seite öffnet sich stattdessen bei t = { $used } s.
history-catching-up = Die Sitzung wird bis t = { $at } s nachgerechnet: { $done } % erledigt.
ui-timeline = Zeitleiste
ui-timeline-hint = Ziehen Sie oder nutzen Sie die Pfeiltasten, um in der Zeit zurückzugehen; wer in der Vergangenheit eingreift, beginnt eine neue Zukunft.
ui-timeline-cs = Client-Server
ui-timeline-p2p = Peer-to-Peer
ui-timeline-down = schattiert: ausgefallen
ui-step-back = Schritt zurück
ui-step-back-hint = Eine Viertelsekunde simulierter Zeit zurückgehen
ui-undo = Rückgängig
ui-undo-hint = Die Aufzeichnung nach dem geänderten Zeitpunkt zurückholen
ui-log-jump = Diesen Zeitpunkt auf der Zeitleiste zeigen

## Das Speichern-Menü, beim ersten Öffnen geladen; die Dateinamen
## (nur ASCII: daraus werden Dateinamen; das Programm hängt die Endung an)

ui-save = Speichern
ui-save-unavailable = Das Menü „Speichern“ konnte nicht geladen werden (Verbindung unterbrochen?). Schließen Sie es und öffnen Sie es erneut.
ui-export-hint = Die Dateien entstehen in diesem Browser; nichts wird gesendet.
ui-export-svg = Bild (SVG)
ui-export-png = Bild (PNG)
ui-export-events = Ereignisprotokoll (CSV)
ui-export-metrics = Aktuelle Zahlen (CSV)
ui-export-timeline = Verfügbarkeit im Zeitverlauf (CSV)
ui-export-scaling = Skalierungsgrafik (CSV)
ui-export-offline = Offline-Kopie (HTML)
ui-export-failed = Speichern ist hier fehlgeschlagen: { $reason }
ui-export-node-state = { $node }: { $state }
ui-csv-cs-availability = Verfügbarkeit Client-Server (%)
ui-csv-p2p-availability = Verfügbarkeit Peer-to-Peer (%)
ui-csv-down = { $network }: ausgefallen (1 = ja)
ui-export-availability = Verfügbarkeit im Zeitverlauf (schattiert: ein Netz ausgefallen)
ui-file-diagrams = netmodels-diagramme
ui-file-events = netmodels-ereignisse
ui-file-metrics = netmodels-zahlen
ui-file-timeline = netmodels-verfuegbarkeit
ui-file-scaling = netmodels-skalierung
ui-file-offline = netmodels-offline-kopie

## Bedienelemente der Lehrkraft (nur im Live-Unterricht)
room-refused-locked = Die Lehrkraft hat diesen Raum abgeschlossen: Gerade kann niemand Neues beitreten. Bitten Sie sie, ihn wieder zu öffnen.
room-removed = Die Lehrkraft hat Sie aus dieser Stunde genommen: Ihr Platz ist frei, und dieser Bildschirm gehört nicht mehr zur Klasse.
room-ended = Die Stunde ist beendet: Dieser Raum ist geschlossen.
room-ended-host = Laden Sie die Seite neu, um einen neuen Raum zu öffnen.
room-taken-over = Ein anderer Bildschirm hat diesen Raum als Lehrkraft geöffnet und steuert ihn jetzt; dieser hier sendet nichts mehr. Laden Sie die Seite neu, um den Raum zurückzuholen.
room-seats = Schülerinnen und Schüler im Raum
room-seat = Platz
room-remove = Entfernen
room-new-name = Neuer Name
room-rename = Umbenennen
room-lock = Raum abschließen
room-end = Stunde beenden
room-locked = Abgeschlossen: Niemand Neues kann beitreten.
room-paused = Von der Lehrkraft angehalten: Anfragen warten.
room-copy-new = Erhaltene Kopie: Version { $version }, die neueste.
room-copy-old = Erhaltene Kopie: Version { $version }, eine alte.
room-current = Mit der neuesten Version:
room-history = Verfügbarkeit im Verlauf der Stunde
room-restarted = Der Klassenserver wurde neu gestartet: gleicher Code, gleiche Plätze, aber Zähler und Verlauf beginnen wieder bei null.
room-new-room = Der vorige Raum war geschlossen, darum ist ein neuer offen: Geben Sie der Klasse diesen neuen Code.
room-refused-unsupported = Das kann dieser Server noch nicht.
room-refused-no-model = Dieses Netz kann dieser Raum nicht betreiben.
room-refused-too-many-rooms = Sie haben so viele Räume geöffnet wie erlaubt: Nutzen Sie einen davon oder beenden Sie einen.
room-refused-too-many-joins = Zu viele Beitritte von hier: Warten Sie eine Minute und versuchen Sie es dann erneut.
room-refused-too-many-connections = Der Klassenserver hat so viele Verbindungen, wie er annehmen kann.
room-refused-no-seat = Ihr Platz ging an jemand anderen: Wählen Sie Ihren Namen und treten Sie erneut bei.
