# Français. Chaque message reçoit $words : « network » (serveur, client, pair) ou
# « library » (l’analogie : bibliothécaire, lecteurs, amis qui se prêtent des livres).
# Un nœud arrive en $node (dans la phrase), $Node (en tête) et $node_role (pour l’accord) :
# la bibliothécaire est féminine, les autres rôles masculins.

## Noms des deux vocabulaires

server = { $words ->
    [library] bibliothécaire
   *[network] serveur
}
servers = { $words ->
    [library] bibliothécaires
   *[network] serveurs
}
client = { $words ->
    [library] lecteur
   *[network] client
}
clients = { $words ->
    [library] lecteurs
   *[network] clients
}
Clients = { $words ->
    [library] Lecteurs
   *[network] Clients
}
peer = { $words ->
    [library] ami
   *[network] pair
}
peers = { $words ->
    [library] amis
   *[network] pairs
}
Peers = { $words ->
    [library] Amis
   *[network] Pairs
}
Server = { $words ->
    [library] Bibliothécaire
   *[network] Serveur
}
Peer = { $words ->
    [library] Ami
   *[network] Pair
}
le-server = { $words ->
    [library] la bibliothécaire
   *[network] le serveur
}
Le-server = { $words ->
    [library] La bibliothécaire
   *[network] Le serveur
}
du-server = { $words ->
    [library] de la bibliothécaire
   *[network] du serveur
}
requests = { $words ->
    [library] demandes de livres
   *[network] requêtes
}
request = { $words ->
    [library] demande de livre
   *[network] requête
}
off = { $words ->
    [library] absents
   *[network] éteints
}
resource = { $words ->
    [library] le livre
   *[network] le fichier partagé
}
node-label = { $role ->
    [server] { Server }
    [client] { $words ->
        [library] Lecteur
       *[network] Client
    }
   *[peer] { Peer }
} { $number }
node-name = { $role ->
    [server] { server }
    [client] { client }
   *[peer] { peer }
} { $number }
Le-node = { $node_role ->
    [server] { $words ->
        [library] La { $node }
       *[network] Le { $node }
    }
    [client] Le { $node }
   *[peer] { $words ->
        [library] L’{ $node }
       *[network] Le { $node }
    }
}
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
percent = { $value } %
not-measured = pas encore mesurée

## Annonces

switched-off = { $words ->
    [library] { $node_role ->
        [server] est partie
       *[other] est parti
    }
   *[network] est éteint
}
switched-on = { $words ->
    [library] { $node_role ->
        [server] est revenue
       *[other] est revenu
    }
   *[network] est rallumé
}
server-off = { Le-node } { switched-off }. { $clients ->
    [one] Son { client } ne peut plus être servi.
   *[other] Ses { $clients } { clients } ne peuvent plus être servis.
}
server-off-alone = { Le-node } { switched-off }. { $words ->
    [library] Elle
   *[network] Il
} n’avait aucun { client } rattaché.
server-on = { Le-node } { switched-on }. Ses { clients } seront de nouveau servis.
client-off = { Le-node } { switched-off }. { $words ->
    [library] Il ne demande plus de livres.
   *[network] Il n’envoie plus de requêtes.
}
client-on = { Le-node } { switched-on }. { $words ->
    [library] Il demande de nouveau des livres.
   *[network] Il envoie de nouveau des requêtes.
}
peer-off = { Le-node } { switched-off }. Les { $others } autres { peers } continuent de se servir mutuellement.
peer-off-last = { Le-node } { switched-off }. Plus aucun { peer } n’a de partenaire à qui s’adresser.
peer-on = { Le-node } { switched-on }. Il demande et répond de nouveau.
restarted = Les deux réseaux ont redémarré à t = { $at } s : leurs compteurs repartent de zéro, et l’horloge continue de tourner.
published-servers = { $servers ->
    [the-one] { le-server } la reçoit aussitôt
    [every] chaque { server } la reçoit aussitôt
    [none] { $words ->
        [library] aucune bibliothécaire n’est là, chacune la recevra dès son retour
       *[network] aucun serveur n’est allumé, chacun la recevra dès qu’il sera rallumé
    }
   *[those-on] { $words ->
        [library] chaque bibliothécaire présente la reçoit aussitôt ; une absente la recevra dès son retour
       *[network] chaque serveur allumé la reçoit aussitôt ; un serveur éteint la recevra dès qu’il sera rallumé
    }
}
du-resource = { $words ->
    [library] du livre
   *[network] du fichier partagé
}
published = { $same ->
    [true] La version { $version } { du-resource } est publiée.
   *[false] De nouvelles versions { du-resource } sont publiées : la version { $version } en client-serveur, la version { $peer_version } en pair-à-pair.
} Client-serveur : { published-servers }. Pair-à-pair : { $damaged ->
    [true] elle part { $words ->
        [library] de l’{ $node }
       *[network] du { $node }
    }, qui est malhonnête : { $words ->
        [library] cette version a des pages arrachées, et sa liste de pages a été établie d’après le livre abîmé, donc la vérification ne peut pas la détecter.
       *[network] cette version est endommagée, et ses empreintes ont été calculées sur la copie endommagée, donc la vérification ne peut pas la détecter.
    } La confiance doit bien commencer quelque part.
   *[false] elle part { $words ->
        [library] de l’{ $node } et passe d’ami en ami
       *[network] du { $node } et se propage de pair en pair
    }.
}
published-no-peer = La version { $version } { du-resource } est publiée. Client-serveur : { published-servers }. Pair-à-pair : aucun { peer } n’est { $words ->
    [library] là
   *[network] allumé
} pour la recevoir.
tour-step-opened = Visite guidée, étape { $step } sur { $count } : { $title }
tour-closed = Visite guidée fermée. Elle reprendra à l’étape { $step } sur { $count }.
tour-finished = Visite guidée terminée. Continuez à explorer par vous-même.

## La leçon du moment

insight-only-server-off = { $words ->
    [library] La bibliothécaire est absente, donc aucun lecteur ne peut être servi : la bibliothécaire est un point de défaillance unique.
   *[network] Le serveur est éteint, donc aucun client ne peut être servi : le serveur est un point de défaillance unique.
}
insight-all-servers-off = { $words ->
    [library] Toutes les bibliothécaires sont absentes, donc aucun lecteur ne peut être servi.
   *[network] Tous les serveurs sont éteints, donc aucun client ne peut être servi.
}
insight-some-servers-off = { $off ->
    [one] { $off } { server } { $words ->
        [library] est absente
       *[network] est éteint
    } : seuls ses propres { clients } sont privés de service
   *[other] { $off } { servers } { $words ->
        [library] sont absentes
       *[network] sont éteints
    } : seuls leurs propres { clients } sont privés de service
} ; { $on ->
    [one] l’autre { server } continue de servir les siens
   *[other] les { $on } autres { servers } continuent de servir les leurs
}.
insight-one-server = { $words ->
    [library] Chaque demande de livre va à la bibliothécaire, donc sa charge augmente avec chaque lecteur.
   *[network] Chaque requête va au serveur, donc sa charge augmente avec chaque client.
}
insight-servers = { $words ->
    [library] Chaque demande de livre va à la bibliothécaire de son lecteur, donc la charge de chaque bibliothécaire augmente avec ses propres lecteurs.
   *[network] Chaque requête va au serveur de son client, donc la charge de chaque serveur augmente avec ses propres clients.
}
insight-all-peers-off = { $words ->
    [library] Tous les amis sont absents.
   *[network] Tous les pairs sont éteints.
}
insight-lone-peer = Un seul { peer } est { $words ->
    [library] là
   *[network] allumé
} : sans partenaire à qui demander, il ne peut pas être servi.
insight-some-peers-off = { $off ->
    [one] { $off } { peer } est { $words ->
        [library] absent
       *[network] éteint
    }
   *[other] { $off } { peers } sont { off }
}, mais les { $on } autres se répondent toujours : il n’y a pas de point central qui puisse tomber en panne.
insight-peers-strained = { $off ->
    [one] { $off } { peer } est { $words ->
        [library] absent
       *[network] éteint
    }
   *[other] { $off } { peers } sont { $words ->
        [library] absents
       *[network] éteints
    }
} : les { $on } autres se répondent toujours, mais seulement { $availability } des requêtes aboutissent, car un { peer } choisit ses partenaires au hasard, sans savoir lesquels sont { $words ->
    [library] absents.
   *[network] éteints.
}
insight-peers = Chaque { peer } demande et répond à la fois : le travail est partagé.

## Résumé pour les lecteurs d’écran : « 1 serveur, 4 clients ; éteints : serveur 1 ; 1 sur 4 clients servis »

summary = { $counts } ; { $state } ; { $served } sur { $requesters } { $total ->
    [one] servi
   *[other] servis
}
summary-all-on = tous { $words ->
    [library] présents
   *[network] allumés
}
summary-off = { off } : { $nodes }

## Journal des événements

log-switched = { $node } { $up ->
    [true] { switched-on }
   *[false] { switched-off }
}
log-published = version { $version } publiée : { $node }
log-updated = { $from } → { $node } : version { $version } reçue
log-converged = toutes les copies ont la version { $version } ({ $seconds } s après la publication)
log-retried = { $who } → { $silent } : pas de réponse, nouvel essai avec { $next }
log-target-off = { $who } → { $whom } : pas de réponse, { $whom } { $words ->
    [library] { $whom_role ->
        [server] est absente
       *[other] est absent
    }
   *[network] est éteint
}
log-no-answer = { $who } → { $whom } : pas de réponse à temps
log-no-peer-answered = { $who } : aucun { peer } n’a répondu, { $words ->
    [library] demande échouée
   *[network] requête échouée
}
log-cancelled = { $who } cesse d’attendre : il est { $words ->
    [library] parti
   *[network] éteint
}
log-recovered = { $who } est de nouveau servi par { $who_role ->
    [client] { $words ->
        [library] sa bibliothécaire
       *[network] son serveur
    }
   *[other] un { peer }
}

## La visite guidée

tour-right = Vous aviez prédit « { $chosen } », et c’est bien ce qui s’est passé.
tour-wrong = Vous aviez prédit « { $chosen } » ; le réseau a montré autre chose : « { $answer } ».
tour-undone = Vous avez annulé l’expérience avant que le réseau ait pu en montrer l’effet : il n’y a donc pas de verdict. Appuyez sur « Réessayer » pour refaire l’étape.

tour-1-title = Ce que fait { le-server }
tour-1-question = Dans le réseau client-serveur, à qui chaque { client } envoie-t-il ses { requests } ?
tour-1-choice-1 = { $words ->
    [library] À la bibliothécaire
   *[network] Au serveur
}
tour-1-choice-2 = Aux autres { clients }
tour-1-choice-3 = À l’ordinateur le plus proche
tour-1-prompt = Observez le schéma client-serveur : les cercles sont des requêtes, les carrés des réponses.
tour-1-explain = { $answered } { $answered ->
    [one] requête sur { $sent } a reçu une réponse
   *[other] requêtes sur { $sent } ont reçu une réponse, toutes
} de la part { du-server } : { $words ->
    [library] elle
   *[network] il
} en traite { $load } par seconde, tandis que chaque { client } se contente de demander. Tout le travail et tout le contrôle sont concentrés en un seul endroit.

tour-2-title = Ce que fait un { peer }
tour-2-question = Dans le réseau pair-à-pair, qui répond à la { request } d’un { peer } ?
tour-2-choice-1 = { $words ->
    [library] Une bibliothécaire centrale
   *[network] Un serveur central
}
tour-2-choice-2 = Un autre { peer }
tour-2-choice-3 = Personne : les { peers } ne font que demander
tour-2-prompt = Observez le schéma pair-à-pair et ses barres de charge.
tour-2-explain = { $answered } { $answered ->
    [one] requête a reçu
   *[other] requêtes ont reçu
} une réponse, chaque fois de la part d’un autre { peer }. Chaque { peer } en traite environ { $load } par seconde et demande à peu près aussi souvent : le travail est partagé, { $words ->
    [library] sans aucune bibliothécaire
   *[network] sans aucun serveur
}.

tour-3-title = Un point de défaillance unique
tour-3-question = Que va-t-il arriver aux { clients } si { le-server } s’arrête ?
tour-3-choice-1 = Rien : ils continuent d’être servis
tour-3-choice-2 = Un seul { client } est touché
tour-3-choice-3 = Aucun { client } ne peut être servi
tour-3-prompt = { $words ->
    [library] Faites maintenant partir la bibliothécaire : cliquez sur Bibliothécaire 1 dans le schéma client-serveur.
   *[network] Éteignez maintenant le serveur : cliquez sur Serveur 1 dans le schéma client-serveur.
}
tour-3-explain = { $words ->
    [library] Depuis le départ de la bibliothécaire
   *[network] Depuis l’arrêt du serveur
}, requêtes échouées : { $failed } ; disponibilité : { $availability } ; { clients } servis : { $served } sur { $total }. { $words ->
    [library] Une seule personne est partie et toute la bibliothèque s’est arrêtée avec elle
   *[network] Une seule machine s’est arrêtée et tout le service s’est arrêté avec elle
} : c’est un point de défaillance unique.

tour-4-title = La résilience sans centre
tour-4-question = Que va-t-il arriver aux autres { peers } si un { peer } s’arrête ?
tour-4-choice-1 = Tout le réseau s’arrête
tour-4-choice-2 = Les autres continuent de se servir mutuellement
tour-4-choice-3 = Seuls ses voisins s’arrêtent
tour-4-prompt = { $words ->
    [library] Faites maintenant partir l’ami de votre choix : cliquez dessus dans le schéma pair-à-pair.
   *[network] Éteignez maintenant le pair de votre choix : cliquez dessus dans le schéma pair-à-pair.
}
tour-4-explain = { $healthy ->
    [unknown] Aucune requête n’a encore reçu de réponse ni échoué : il n’y a donc rien à mesurer. Laissez le temps s’écouler un peu et regardez si les autres { peers } continuent de se servir mutuellement.
    [yes] Disponibilité : { $availability } ; { peers } servis : { $served } sur { $total }. Une requête envoyée { $words ->
        [library] à l’ami absent
       *[network] au pair éteint
    } expire, et le demandeur s’adresse simplement à un autre { peer }. Sans centre, il n’y a pas de point de défaillance unique.
   *[no] La disponibilité est tombée à { $availability } ; { peers } servis : { $served } sur { $total }. Une requête envoyée à un { $words ->
        [library] ami absent
       *[network] pair éteint
    } expire et le demandeur en essaie un autre, mais avec si peu { $words ->
        [library] d’amis encore présents
       *[network] de pairs encore allumés
    }, trois essais ne trouvent souvent personne. Aucun { peer } n’était indispensable : ce qui compte, c’est combien il en reste.
}

tour-5-title = Facile à gérer, ou décentralisé
tour-5-question = Vous publiez une nouvelle version d’un fichier partagé. Quel réseau conserve d’anciennes copies pendant un certain temps ?
tour-5-choice-1 = Client-serveur
tour-5-choice-2 = Pair-à-pair
tour-5-choice-3 = Aucun des deux
tour-5-prompt = Appuyez maintenant sur « Publier une mise à jour ». ({ $words ->
    [library] L’ami 4 est absent.
   *[network] Le pair 4 est éteint.
})
tour-5-explain = En client-serveur, il reste { $stale_cs } { $stale_cs ->
    [one] copie périmée
   *[other] copies périmées
} : la mise à jour a été faite en un seul endroit, et chaque réponse envoyée depuis la contient. En pair-à-pair, il en reste { $stale_peers } pour l’instant, et { $converged ->
    [yes] toutes les copies étaient à jour au bout de { $seconds } s
   *[no] la mise à jour se propage encore
} ; un { peer } { $words ->
    [library] absent ne peut se mettre à jour qu’à son retour
   *[network] éteint ne peut se mettre à jour qu’une fois rallumé
}. Le contrôle central est plus facile à gérer ; sans centre, il est plus difficile de garder les copies cohérentes.

tour-6-title = Idée reçue 1 : y a-t-il { $words ->
    [library] une bibliothécaire cachée
   *[network] un serveur caché
} ?
tour-6-question = { $words ->
    [library] L’ami 1
   *[network] Le pair 1
} dirige-t-il en secret le réseau pair-à-pair ?
tour-6-choice-1 = Oui : sans lui, le réseau s’arrête
tour-6-choice-2 = Non : chaque { peer } demande et répond
tour-6-choice-3 = Seulement tant que le réseau est petit
tour-6-prompt = { $words ->
    [library] Faites maintenant partir l’ami 1 dans le schéma pair-à-pair.
   *[network] Éteignez maintenant le pair 1 dans le schéma pair-à-pair.
}
tour-6-explain = { $healthy ->
    [unknown] Aucune requête n’a encore reçu de réponse ni échoué : la disponibilité ne peut donc pas encore être mesurée.
    [yes] { Peers } encore servis : { $served } sur { $total } ; disponibilité : { $availability }.
   *[no] { Peers } servis : { $served } sur { $total } ; disponibilité : seulement { $availability } : avec plusieurs { peers } { $words ->
        [library] absents, une requête tombe souvent sur un ami absent lui aussi.
       *[network] éteints, une requête tombe souvent sur un pair éteint lui aussi.
    }
} Chaque { peer } { $words ->
    [library] présent
   *[network] allumé
} traite environ { $load } requêtes par seconde : aucun { peer } n’a de rôle particulier, si bien que le pair-à-pair n’a vraiment { $words ->
    [library] aucune bibliothécaire centrale
   *[network] aucun serveur central
}.

tour-7-title = Idée reçue 2 : plusieurs { servers }
tour-7-question = Avec deux { servers }, que se passe-t-il quand { $words ->
    [library] la bibliothécaire 1 s’en va
   *[network] le serveur 1 s’arrête
} ?
tour-7-choice-1 = Plus aucun { client } n’est servi
tour-7-choice-2 = Seuls les { clients } { du-server } 1 sont privés de service
tour-7-choice-3 = { Le-server } 2 prend en charge les { clients } { du-server } 1
tour-7-prompt = { $words ->
    [library] Faites maintenant partir la bibliothécaire 1 dans le schéma client-serveur.
   *[network] Éteignez maintenant le serveur 1 dans le schéma client-serveur.
}
tour-7-explain = { Clients } encore servis : { $served } sur { $total }, ceux { du-server } 2. Les { clients } { du-server } 1 ne peuvent s’adresser qu’à leur propre { server }, alors ils attendent en vain. Dans ce modèle, plusieurs { servers }, c’est toujours du client-serveur : chaque { server } contrôle ses propres { clients }, et { $words ->
    [library] aucune ne reprend ceux d’une autre.
   *[network] aucun ne reprend ceux d’un autre.
}

tour-8-title = Quel modèle passe à l’échelle ?
tour-8-question = { $words ->
    [library] Une bibliothécaire
   *[network] Un serveur
} doit envoyer un gros fichier à 100 destinataires. En client-serveur, ce sont 100 { clients }, qui ne font que télécharger ; en pair-à-pair, ce sont 100 { peers }, qui peuvent se transmettre des morceaux. Quel modèle termine le plus vite ?
tour-8-choice-1 = { $words ->
    [library] Client-serveur : une bibliothécaire très rapide l’emporte
   *[network] Client-serveur : un serveur puissant est le plus rapide
}
tour-8-choice-2 = Pair-à-pair : chaque destinataire envoie lui aussi des morceaux
tour-8-choice-3 = Les deux prennent le même temps
tour-8-prompt = Regardez le graphique sous « Quel modèle passe à l’échelle ? ».
tour-8-explain = Dans l’exemple classique des manuels (un { peer } met une heure à envoyer le fichier, { le-server } est dix fois plus rapide), le client-serveur nécessite au moins { $cs_hours } h pour 100 destinataires, car { $words ->
    [library] la bibliothécaire envoie seule
   *[network] le serveur envoie seul
} les 100 copies ; le pair-à-pair nécessite au moins { $p2p_hours } h, car chaque destinataire envoie lui aussi les morceaux qu’il a déjà. Ajoutez des destinataires : la durée du client-serveur augmente proportionnellement, celle du pair-à-pair reste sous la barre d’une heure.

## Avis sur les paramètres d’un lien : $name est le paramètre, $value ce que le lien donnait (entre guillemets)

# Ce que le lien donnait, cité dans un avis : $text, entre guillemets français.
quoted = « { $text } »
# Le symbole de l’unité des nombres d’un avis ($unit).
unit-symbol = { $unit ->
    [gigabytes] Go
    [gigabytes-per-hour] Go/h
   *[seconds] s
}

notice-more = … et { $hidden } { $hidden ->
    [one] autre, non affiché
   *[other] autres, non affichés
}.
notice-at-least = { $name } doit valoir au moins { $min } ; valeur utilisée : { $min }.
notice-at-most = { $name } ne peut pas dépasser { $max } ; valeur utilisée : { $max }.
notice-not-whole = { $name }={ $value } n’est pas un nombre entier entre { $min } et { $max } ; valeur utilisée : { $default }.
notice-not-one-of = { $name }={ $value } ne fait pas partie des valeurs possibles ({ $choices }) ; valeur par défaut utilisée.
notice-repeated = { $name } apparaît plusieurs fois ; seule la première valeur compte.
notice-empty = { $name } n’a pas de valeur ; valeur par défaut utilisée.
notice-seed = seed={ $value } n’est pas un nombre entier ; valeur utilisée : 1.
notice-lang = lang={ $value } n’est pas une langue de netmodels (en, fr, de, es) ; la page reste en anglais.
notice-unknown = { $name } n’est pas un paramètre connu de netmodels ; il est ignoré.
notice-clients-per-server = { $servers } serveurs ont besoin d’au moins { $clients } clients, un chacun ; valeur utilisée : { $clients }.
notice-tour-scene = L’étape de la visite guidée installe son propre réseau : { $names } { $count ->
    [one] venant du lien n’est pas pris en compte
   *[other] venant du lien ne sont pas pris en compte
}.
notice-range = { $name } doit être compris entre { $min } et { $max } ; valeur utilisée : { $used }.
notice-range-unit = { $name } doit être compris entre { $min } et { $max } { unit-symbol } ; valeur utilisée : { $used } { unit-symbol }.
notice-not-a-number = { $name }={ $value } n’est pas un nombre ; valeur utilisée : { $default }.
notice-no-node = down : il n’y a pas de nœud { $id } ici ; ignoré.

## Les libellés de la page (boutons, titres, légendes, avis)
ui-page-title = netmodels : client-serveur ou pair-à-pair
ui-language = Langue
ui-lang-failed = La langue choisie n’a pas pu être chargée : la page garde sa langue actuelle.
ui-heading = Réseaux client-serveur et pair-à-pair
ui-lede = Les requêtes circulent le long des liens et les réponses reviennent. Cliquez ou touchez un ordinateur pour l’éteindre, puis de nouveau pour le rallumer : voyez qui est encore servi.
ui-reduced-motion = Votre appareil demande de réduire les animations : la simulation démarre donc en pause. Appuyez sur Lecture (ou Espace) pour la lancer, ou sur Pas à pas pour avancer petit à petit.
ui-controls = Commandes de la simulation
ui-play = Lecture
ui-play-hint = Lancer la simulation (Espace)
ui-pause = Pause
ui-pause-hint = Mettre la simulation en pause (Espace)
ui-step = Pas à pas
ui-step-hint = Avancer de { $seconds } s de temps simulé (en pause)
ui-reset = Réinitialiser
ui-reset-hint = Faire repartir les deux réseaux de zéro
ui-tour = Visite guidée
ui-tour-resume = Reprendre la visite (étape { $step } sur { $count })
ui-more = Plus
ui-speed = Vitesse
ui-publish = Publier une mise à jour
ui-publish-hint = Une nouvelle version du fichier partagé apparaît sur chaque serveur allumé et sur un pair allumé
ui-library-words = Mots de la bibliothèque
ui-library-hint = Raconter la même histoire avec une bibliothèque : bibliothécaire, lecteurs, amis qui se prêtent des livres
ui-share = Partager
ui-share-hint = Copier un lien vers ce scénario
ui-embed = Intégrer
ui-embed-hint = Copier le code pour intégrer ce scénario
ui-model-client-server = Client-serveur
ui-model-peer-to-peer = Pair-à-pair
ui-model-analogy-client-server = Client-serveur :
ui-model-analogy-peer-to-peer = Pair-à-pair :
ui-analogy-client-server = une bibliothèque et sa bibliothécaire
ui-analogy-peer-to-peer = des amis qui se prêtent des livres
ui-network-label = { $model ->
    [client-server] Réseau client-serveur
   *[peer-to-peer] Réseau pair-à-pair
  } : { $summary }
ui-off-tag = ÉTEINT
ui-servers = Serveurs
ui-clients = Clients
ui-peers = Pairs
ui-metric-sent = Requêtes envoyées
ui-metric-answered = Servies
ui-metric-failed = Échouées
ui-metric-availability = Disponibilité, dernières { $seconds } s
ui-metric-in-flight = En attente
ui-metric-cancelled = Annulées (demandeur éteint)
ui-metric-stale = Copies périmées
ui-metric-converge = Mise à jour reçue partout en
ui-seconds = { $value } s
ui-not-yet = pas encore ({ $value } s)
ui-per-second = { $value }/s
ui-queue = { $count } en file d’attente
ui-loads = Charge : requêtes servies par seconde
ui-log = Ce qui s’est passé
ui-legend = Légende
ui-legend-heading = Comment lire les schémas
ui-legend-request = { $words ->
    [library] Demande de livre : un lecteur s’adresse à la bibliothécaire, ou un ami à un ami
   *[network] Requête : un client ou un pair demande quelque chose
  }
ui-legend-response = { $words ->
    [library] Le livre sur le chemin du retour
   *[network] Réponse : la réponse qui revient
  }
ui-legend-dropped = Perdu : le paquet est arrivé à un ordinateur éteint
ui-legend-off = Éteint : en pointillés, barré et marqué ÉTEINT ; il n’envoie et ne répond plus rien
ui-legend-load = Barre de charge : requêtes servies par seconde, pleine quand la capacité est atteinte ({ $words ->
    [library] une bibliothécaire en sert { $server } par seconde, un ami { $peer }
   *[network] un serveur en sert { $server } par seconde, un pair { $peer }
  }) ; au-delà, les requêtes sont mises en file d’attente
ui-legend-version = Version détenue (après « Publier une mise à jour ») ; orange si elle est périmée
ui-tour-progress = Étape { $step } sur { $count }
ui-tour-predict = Prédisez :
ui-tour-commit = Valider ma prédiction
ui-tour-paused = Le temps est en pause : appuyez sur Lecture (ou Espace) pour observer.
ui-tour-watching = Observation jusqu’à ce que le réseau montre sa réponse (encore { $seconds } s au plus)…
ui-tour-finish = Terminer la visite
ui-tour-next = Étape suivante
ui-tour-skip = Passer cette étape
ui-tour-back = Retour
ui-tour-retry = Réessayer
ui-tour-close = Fermer la visite
ui-tour-close-hint = Quitter la visite (Échap) ; elle reprendra là où vous l’avez laissée
ui-tour-chart = Aller au graphique
ui-tour-loading = Chargement de la visite guidée…
ui-tour-unavailable = Impossible de charger la visite guidée. Vérifiez la connexion et rechargez la page.
ui-share-title = Lien vers ce scénario
ui-embed-title = Code pour intégrer ce scénario dans une page web
ui-embed-frame-title = netmodels : réseaux client-serveur et pair-à-pair
ui-copied = Copié dans le presse-papiers.
ui-copy-by-hand = Le presse-papiers n’est pas disponible ici : le texte est sélectionné, copiez-le avec Ctrl+C (⌘C sur un Mac).
ui-share-kept-present = Ce lien garde les réseaux tels qu’ils sont maintenant (leur taille, qui est éteint ou malhonnête, la vérification des copies), mais pas ce moment ni ce qui y a mené : la session est trop longue pour qu’un lien la rejoue.
ui-close = Fermer
ui-notices = Réglages du lien qui ont été modifiés
ui-notices-intro = Certains réglages de ce lien sont inutilisables ; des valeurs par défaut les remplacent :
ui-dismiss = Masquer
ui-scaling-title = Quel modèle passe à l’échelle ?
ui-scaling-intro = Un serveur doit donner à N destinataires une copie d’un même fichier. En client-serveur, il envoie lui-même chaque copie ; en pair-à-pair, chaque destinataire renvoie aussi les morceaux qu’il a déjà reçus. Les lignes sont le temps minimal de chaque modèle (les bornes du cours) ; les marques sont le temps de la simulation de cette page, qui envoie le fichier en { $pieces } morceaux.
ui-scaling-formulas = Client-serveur : D = max(N·F/u_s, F/d_min). Pair-à-pair : D = max(F/u_s, F/d_min, N·F/(u_s + N·u)).
ui-field-file = Taille du fichier F :
ui-field-server-upload = Débit montant du serveur u_s :
ui-field-peer-upload = Débit montant de chaque pair u :
ui-field-min-download = Débit descendant le plus lent d_min :
ui-size-unit = Go
ui-rate-unit = Go/h (≈ { $mbit } Mbit/s)
ui-scaling-reset = Exemple du cours
ui-axis-receivers = Destinataires N
ui-axis-time = Temps pour finir (heures)
ui-key-client-server = Client-serveur : ligne = borne, carrés = simulé
ui-key-peer-to-peer = Pair-à-pair : ligne = borne, losanges = simulé
ui-scaling-done = Chaque N de 1 à { $max } a été simulé.
ui-scaling-running = Simulation… { $done } sur { $max }
ui-read-at = Lire le graphique à N =
ui-hours = { $value } h
ui-readout = Avec { $n } destinataires : le client-serveur nécessite au moins { $cs } (simulé : { $cs_sim }) ; le pair-à-pair nécessite au moins { $p2p } (simulé : { $p2p_sim }).
ui-panic = netmodels s’est arrêté à cause d’une erreur interne : { $error }. Rechargez la page pour recommencer ; si cela se reproduit, merci de signaler ce que vous veniez de faire.

## Images, fichiers de données, copie hors ligne (libellés ui- du menu Enregistrer et des fichiers)

ui-export-title = Réseaux client-serveur et pair-à-pair
ui-export-time = Temps simulé : { $seconds } s
ui-export-client-server = Client-serveur
ui-export-peer-to-peer = Pair-à-pair
ui-export-on = { $words ->
    [library] { $role ->
        [server] présente
       *[other] présent
    }
   *[network] allumé
}
ui-export-off = { $words ->
    [library] { $role ->
        [server] absente
       *[other] absent
    }
   *[network] éteint
}
ui-export-off-tag = { $words ->
    [library] { $role ->
        [server] ABSENTE
       *[other] ABSENT
    }
   *[network] ÉTEINT
}
ui-export-legend-server = { Server }
ui-export-legend-client = { $words ->
    [library] Lecteur
   *[network] Client
}
ui-export-legend-peer = { Peer }
ui-export-legend-off = { $words ->
    [library] Absent
   *[network] Éteint
}
ui-export-legend-request = { $words ->
    [library] Demande de livre
   *[network] Requête
}
ui-export-legend-response = { $words ->
    [library] Livre prêté
   *[network] Réponse
}
ui-export-legend-dropped = Perdu
ui-csv-time = Temps (s)
ui-csv-network = Réseau
ui-csv-node = Nœud
ui-csv-event = Ce qui s’est passé
ui-csv-outcome = Résultat
ui-csv-sent = Envoyées
ui-csv-answered = Servies
ui-csv-failed = Échouées
ui-csv-cancelled = Annulées
ui-csv-waiting = En attente
ui-csv-served = Servis
ui-csv-requesters = Demandeurs
ui-csv-availability = Disponibilité (%)
ui-csv-stale = Copies périmées
ui-csv-receivers = Destinataires (N)
ui-csv-cs-bound = Borne client-serveur (h)
ui-csv-p2p-bound = Borne pair-à-pair (h)
ui-csv-cs-simulated = Client-serveur simulé (h)
ui-csv-p2p-simulated = Pair-à-pair simulé (h)
ui-outcome-on = { $words ->
    [library] { $role ->
        [server] revenue
       *[other] revenu
    }
   *[network] allumé
}
ui-outcome-off = { $words ->
    [library] { $role ->
        [server] partie
       *[other] parti
    }
   *[network] éteint
}
ui-outcome-published = version { $version } publiée
ui-outcome-updated = version { $version } reçue
ui-outcome-converged = version { $version } partout
ui-outcome-retried = nouvel essai
ui-outcome-failed = échec
ui-outcome-cancelled = annulée
ui-outcome-answered = de nouveau servi
ui-outcome-dishonest = devient malhonnête
ui-outcome-honest = redevient honnête
ui-outcome-corrupted = copie endommagée acceptée
ui-outcome-rejected = réponse endommagée rejetée
ui-outcome-refetched = copie endommagée redemandée
ui-outcome-refused = publication refusée
## à qui se fier ? Nœuds malhonnêtes, copies vérifiées, le serveur gardien

# Le pronom sujet d’un nœud : elle pour la bibliothécaire, il sinon.
il-node = { $node_role ->
    [server] { $words ->
        [library] elle
       *[network] il
    }
   *[other] il
}
honesty-set = { $honest ->
    [true] { Le-node } est de nouveau honnête : { il-node } transmet { resource } tel qu’{ il-node } l’a reçu.
   *[false] { $node_role ->
        [server] { Le-node } est désormais malhonnête : { $words ->
            [library] chaque livre qu’elle prête à ses lecteurs a des pages arrachées, et ils ne peuvent pas s’en apercevoir.
           *[network] chaque copie qu’il envoie à ses clients est endommagée, et ils ne peuvent pas s’en apercevoir.
        }
        [client] { Le-node } est désormais malhonnête, mais un { client } ne fait que demander : il n’a personne à tromper.
       *[peer] { Le-node } est désormais malhonnête : { $words ->
            [library] il prête des livres aux pages arrachées à tout ami qui le lui demande.
           *[network] il répond à chaque requête par une copie endommagée.
        }
    }
}
verify-set = { $on ->
    [true] { $words ->
        [library] Vérification activée : chaque ami compare désormais chaque livre à la liste des pages fournie par l’éditeur, refuse un livre abîmé et s’adresse à un autre ami ; un ami dont le propre livre est abîmé en emprunte un intact à un autre ami. Les lecteurs font confiance à leur bibliothécaire : personne ne vérifie les livres qu’elle prête, donc rien ne change de ce côté.
       *[network] Vérification activée : chaque pair compare désormais chaque morceau aux empreintes fournies par l’éditeur, rejette un morceau endommagé et s’adresse à un autre pair ; un pair qui détient lui-même une copie endommagée la télécharge à nouveau auprès d’un autre pair. Les clients font confiance à leur serveur : rien ne change de ce côté.
    }
   *[false] Vérification désactivée : les { peers } acceptent tout ce qu’on leur donne.
}
publish-refused = { $who_role ->
    [peer] { $words ->
        [library] L’{ $who }
       *[network] Le { $who }
    }
   *[other] Le { $who }
} a tenté de publier une nouvelle version, et { $words ->
    [library] la
   *[network] le
} { $server } a refusé : { $words ->
    [library] seule la bibliothécaire peut modifier le livre.
   *[network] seul le serveur peut modifier le fichier partagé.
}
published-from = { Le-node } a publié la version { $version } { du-resource }. { $damaged ->
    [true] Elle est endommagée, et ses empreintes ont été calculées sur la copie endommagée : la vérification ne peut pas la détecter. La confiance doit bien commencer quelque part.
   *[false] Elle se propage { $words ->
        [library] d’ami en ami.
       *[network] de pair en pair.
    }
}
publish-not-on = { Le-node } { $node_role ->
    [server] { $words ->
        [library] est absente
       *[network] est éteint
    }
   *[other] { $words ->
        [library] est absent
       *[network] est éteint
    }
} : impossible de publier.
log-honesty = { $node } { $honest ->
    [true] est de nouveau honnête
   *[false] { $node_role ->
        [server] { $words ->
            [library] est devenue malhonnête
           *[network] est devenu malhonnête
        }
       *[other] est devenu malhonnête
    }
}
log-corrupted = { $from } → { $node } : copie endommagée acceptée
log-rejected = { $who } → { $bad } : copie endommagée rejetée, nouvel essai avec { $next }
log-own-copy-failed = { $who } : sa propre copie est endommagée, nouvel essai avec { $next }
log-only-damaged = { $who } : toutes les réponses étaient endommagées, { $words ->
    [library] demande échouée
   *[network] requête échouée
}
log-publish-refused = { $who } a tenté de publier ; { $server } a refusé
insight-dishonest-server = { $words ->
    [library] Une bibliothécaire malhonnête ne prête que des livres aux pages arrachées : { $clients ->
        [one] son lecteur en reçoit un
       *[other] chacun de ses { $clients } lecteurs en reçoit un
    }, car les lecteurs font confiance à leur bibliothécaire. Le contrôle central a son revers.
   *[network] Un serveur malhonnête endommage chaque réponse : { $clients ->
        [one] son client reçoit
       *[other] chacun de ses { $clients } clients reçoit
    } une copie endommagée, car les clients font confiance à leur serveur. Le contrôle central a son revers.
}
insight-unchecked = { $words ->
    [library] Un ami prête des livres aux pages arrachées et personne ne vérifie : les livres abîmés passent d’ami en ami.
   *[network] Un pair malhonnête répond et personne ne vérifie : les copies endommagées passent de pair en pair.
}
insight-checked = { $words ->
    [library] Chaque ami compare chaque livre à la liste des pages de l’éditeur : un livre abîmé est refusé, et un autre ami est sollicité.
   *[network] Chaque pair compare chaque copie aux empreintes de l’éditeur : une copie endommagée est rejetée, et un autre pair est sollicité.
}
insight-bad-publisher = L’éditeur lui-même était malhonnête : ses empreintes correspondent à sa copie endommagée, donc la vérification ne sert à rien. La confiance doit bien commencer quelque part.
notice-no-bad-node = bad : il n’y a pas de nœud { $id } ici ; ignoré.

tour-9-title = À qui se fier ?
tour-9-question = { $words ->
    [library] L’ami 2 prête des livres aux pages arrachées, et d’autres amis en ont déjà reçu. Que se passe-t-il quand chaque ami compare chaque livre à la liste des pages de l’éditeur ?
   *[network] Le pair 2 distribue des copies endommagées, et d’autres pairs en ont déjà reçu. Que se passe-t-il quand chaque pair compare chaque copie aux empreintes de l’éditeur ?
}
tour-9-choice-1 = Rien ne change : les copies endommagées continuent de circuler
tour-9-choice-2 = { $words ->
    [library] Les livres abîmés sont refusés, et un ami qui en a déjà un abîmé en emprunte un intact
   *[network] Les réponses endommagées sont rejetées, et une copie endommagée déjà reçue est téléchargée à nouveau
}
tour-9-choice-3 = { $words ->
    [library] Les livres abîmés sont refusés, mais un livre reçu auparavant reste abîmé
   *[network] Les réponses endommagées sont rejetées, mais une copie reçue auparavant reste endommagée
}
tour-9-prompt = Activez maintenant la vérification (« Vérifier les copies » dans le schéma pair-à-pair).
tour-9-explain = { $words ->
    [library] Un ami prêtait des livres aux pages arrachées. Depuis que chaque ami compare chaque livre à la liste des pages de l’éditeur, { $rejected } { $rejected ->
        [one] livre abîmé a été refusé
       *[other] livres abîmés ont été refusés
    }, et chaque fois un autre ami a été sollicité : cela coûte un peu de temps. Chaque ami a aussi vérifié le livre qu’il avait déjà, et celui dont le livre était abîmé en a demandé un intact à un autre ami : il reste { $corrupt_peers } { $corrupt_peers ->
        [one] livre abîmé
       *[other] livres abîmés
    } chez les amis. Les lecteurs ont { $corrupt_clients } { $corrupt_clients ->
        [one] livre abîmé
       *[other] livres abîmés
    } : ils font confiance à la bibliothécaire et ne vérifient aucun livre qu’elle prête. Elle est honnête ici ; une bibliothécaire malhonnête donnerait un livre abîmé à chaque lecteur. Si le livre de l’éditeur lui-même avait été abîmé, sa liste de pages y correspondrait : la confiance doit bien commencer quelque part.
   *[network] La vérification a intercepté { $rejected } { $rejected ->
        [one] réponse endommagée
       *[other] réponses endommagées
    }, et chaque fois le pair s’est adressé à un autre : la sécurité coûte un peu de temps. Chaque pair a aussi vérifié la copie qu’il détenait déjà, et celui qui détenait une copie endommagée l’a téléchargée à nouveau auprès d’un autre pair, comme le permettent les empreintes des morceaux dans BitTorrent : il reste { $corrupt_peers } { $corrupt_peers ->
        [one] copie endommagée
       *[other] copies endommagées
    } chez les pairs. Les clients détiennent { $corrupt_clients } { $corrupt_clients ->
        [one] copie endommagée
       *[other] copies endommagées
    } : ils font confiance à leur serveur, honnête ici ; un serveur malhonnête les endommagerait toutes. Et si l’éditeur lui-même ment, ses empreintes correspondent à la copie endommagée : la confiance doit bien commencer quelque part.
}

ui-trust-node = Nœud à rendre malhonnête, ou depuis lequel publier
ui-make-dishonest = Rendre malhonnête
ui-make-honest = Rendre honnête
ui-verify = Vérifier les copies
ui-verify-hint = Les pairs comparent chaque copie aux empreintes de l’éditeur, fournies avec la publication comme un fichier .torrent venant d’un site de confiance
ui-publish-from = Publier depuis ce nœud
ui-dishonest-mark = malhonnête
ui-metric-corrupt = Copies endommagées détenues
ui-metric-rejected = Réponses endommagées rejetées
ui-legend-corrupt = Une copie endommagée : la réponse d’un nœud malhonnête, ou transmise sans vérification
ui-legend-dishonest = Malhonnête : marqué d’un signe d’alerte ; il distribue des copies endommagées
ui-trust = À qui se fier

## La classe en direct (l’écran de l’enseignant et celui d’un élève)
ui-class-host-title = Classe en direct
ui-class-code = Code pour rejoindre :
ui-class-qr = Code QR du lien pour rejoindre
ui-class-students = Élèves présents :
ui-class-model = Le réseau de la classe
ui-class-client-server = Client-serveur
ui-class-peer-to-peer = Pair-à-pair
ui-class-reset = Recommencer
ui-class-network = Toute la classe
ui-class-neighbourhood = Votre place et ses voisines dans la classe
ui-class-join-title = Rejoindre la classe
ui-class-name = Votre prénom
ui-class-join = Rejoindre
ui-class-ask = Demander
ui-class-idle = Appuyez sur Demander pour envoyer une requête.
ui-class-waiting = En attente d’une réponse…
ui-class-served = Servi : une réponse est arrivée.
ui-class-failed = Échec : aucune réponse n’est arrivée.
ui-class-answers = Réponses reçues :
ui-class-leave = Quitter
ui-class-lost = Connexion à la classe perdue ; nouvelle tentative…
ui-class-closed = Cette salle est fermée.
ui-class-refused-no-room = Aucune salle n’a ce code (elle est peut-être fermée).
ui-class-refused-not-host = Seul l’enseignant peut faire cela.
ui-class-refused-full = Cette salle est pleine.
ui-class-refused-slow-down = Trop de tentatives : attendez une minute, puis réessayez.
ui-class-refused-bad-name = Veuillez choisir un prénom.
ui-class-refused-busy = Le serveur de la classe ne peut plus accueillir d’autre classe.

## Remonter le temps
notice-script-entry = script : { $entry } n’est pas une entrée temps:action:nœud (comme 5:off:s1) ; ignorée.
notice-script-time = script : { $entry } doit indiquer un temps en secondes entre 0 et { $max } ; ignorée.
notice-script-node = script : { $entry } désigne un nœud absent de ces réseaux ; ignorée.
notice-script-long = script : seules les { $max } premières entrées sont jouées.
history-forked = Vous avez modifié ce qui s’est passé à t = { $at } s : tout ce qui était enregistré après cet instant est effacé. « Annuler » le rétablit.
history-undone = L’enregistrement après t = { $at } s est rétabli ; cet instant est affiché.
timeline-value = t = { $at } s ; disponibilité : client-serveur { $client_server }, pair-à-pair { $peer_to_peer }
notice-costly-moment = t : recalculer la session jusqu’à { $asked } s serait trop long avec ces tailles et ce rythme de requêtes ; la page s’ouvre à t = { $used } s.
history-catching-up = La session est recalculée jusqu’à t = { $at } s : { $done } % effectués.
ui-timeline = Frise chronologique
ui-timeline-hint = Faites glisser ou utilisez les flèches pour remonter le temps ; agir dans le passé crée un nouvel avenir.
ui-timeline-cs = client-serveur
ui-timeline-p2p = pair-à-pair
ui-timeline-down = zone ombrée : hors service
ui-step-back = Pas en arrière
ui-step-back-hint = Reculer d’un quart de seconde dans le temps simulé
ui-undo = Annuler
ui-undo-hint = Rétablir ce qui suivait l’instant que vous avez modifié
ui-log-jump = Afficher cet instant sur la frise chronologique

## Le menu Enregistrer, chargé à sa première ouverture ; les noms des fichiers
## (ASCII seulement : ils deviennent des noms de fichiers ; le programme ajoute l’extension)

ui-save = Enregistrer
ui-save-unavailable = Impossible de charger le menu Enregistrer (connexion perdue ?). Fermez-le puis rouvrez-le pour réessayer.
ui-export-hint = Les fichiers sont créés dans ce navigateur ; rien n’est envoyé.
ui-export-svg = Image (SVG)
ui-export-png = Image (PNG)
ui-export-events = Journal des événements (CSV)
ui-export-metrics = Chiffres actuels (CSV)
ui-export-timeline = Disponibilité dans le temps (CSV)
ui-export-scaling = Graphique de passage à l’échelle (CSV)
ui-export-offline = Copie hors ligne (HTML)
ui-export-failed = L’enregistrement a échoué : { $reason }
ui-export-node-state = { $node } : { $state }
ui-csv-cs-availability = Disponibilité client-serveur (%)
ui-csv-p2p-availability = Disponibilité pair-à-pair (%)
ui-csv-down = { $network } : hors service (1 = oui)
ui-export-availability = Disponibilité dans le temps (zones ombrées : un réseau hors service)
ui-file-diagrams = netmodels-diagrammes
ui-file-events = netmodels-evenements
ui-file-metrics = netmodels-chiffres
ui-file-timeline = netmodels-disponibilite
ui-file-scaling = netmodels-passage-a-l-echelle
ui-file-offline = netmodels-hors-ligne

## Commandes de l’enseignant (écran de la classe en direct seulement)
room-refused-locked = L’enseignant a verrouillé cette salle : plus personne ne peut la rejoindre pour l’instant. Demandez-lui de la rouvrir.
room-removed = Vous ne faites plus partie de cette leçon : l’enseignant a libéré votre place, et cet écran n’est plus dans la classe.
room-ended = La leçon est terminée : cette salle est fermée.
room-ended-host = Rechargez la page pour ouvrir une nouvelle salle.
room-taken-over = Un autre écran a ouvert cette salle en tant qu’enseignant et la pilote désormais ; celui-ci n’envoie plus rien. Rechargez la page pour reprendre la salle.
room-seats = Élèves dans la salle
room-seat = Élève
room-remove = Retirer
room-new-name = Nouveau nom
room-rename = Renommer
room-lock = Verrouiller la salle
room-end = Terminer la leçon
room-locked = Salle verrouillée : aucun nouvel élève ne peut entrer.
room-paused = L’enseignant a mis la classe en pause : les requêtes attendent.
room-copy-new = Copie reçue : version { $version }, la plus récente.
room-copy-old = Copie reçue : version { $version }, une ancienne.
room-current = Élèves avec la dernière version :
room-history = Disponibilité au fil de la leçon
room-restarted = Le serveur de la classe a redémarré : même code, mêmes places, mais ses compteurs et son historique repartent de zéro.
room-new-room = La salle précédente était fermée, donc une nouvelle a été ouverte : donnez ce nouveau code à la classe.
room-refused-unsupported = Ce serveur ne sait pas encore faire cela.
room-refused-no-model = Cette salle ne peut pas faire tourner ce réseau.
room-refused-too-many-rooms = Vous avez ouvert autant de salles qu’il est permis : utilisez-en une ou terminez-en une.
room-refused-too-many-joins = Trop d’entrées depuis cet appareil : attendez une minute, puis réessayez.
room-refused-too-many-connections = Le serveur de la classe a atteint son nombre maximal de connexions.
room-refused-no-seat = Votre place a été donnée à quelqu’un d’autre : choisissez votre prénom et rejoignez la classe.
