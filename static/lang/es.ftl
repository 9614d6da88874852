# Español. Cada mensaje recibe $words: «network» (servidor, cliente, par) o «library»
# (la analogía de la biblioteca: bibliotecaria, visitantes, amigos que se prestan libros).
# Un nodo llega como $node (dentro de la frase), $Node (al principio) y $node_role (para la
# concordancia): la bibliotecaria es femenina; los demás papeles, masculinos.

## Sustantivos de los dos vocabularios

server = { $words ->
    [library] bibliotecaria
   *[network] servidor
}
servers = { $words ->
    [library] bibliotecarias
   *[network] servidores
}
client = { $words ->
    [library] visitante
   *[network] cliente
}
clients = { $words ->
    [library] visitantes
   *[network] clientes
}
Clients = { $words ->
    [library] Visitantes
   *[network] Clientes
}
peer = { $words ->
    [library] amigo
   *[network] par
}
peers = { $words ->
    [library] amigos
   *[network] pares
}
Peers = { $words ->
    [library] Amigos
   *[network] Pares
}
Server = { $words ->
    [library] Bibliotecaria
   *[network] Servidor
}
Peer = { $words ->
    [library] Amigo
   *[network] Par
}
el-server = { $words ->
    [library] la bibliotecaria
   *[network] el servidor
}
requests = { $words ->
    [library] peticiones de libros
   *[network] peticiones
}
request = { $words ->
    [library] petición de libro
   *[network] petición
}
off = { $words ->
    [library] no está
   *[network] está apagado
}
resource = { $words ->
    [library] el libro
   *[network] el archivo compartido
}
node-label = { $role ->
    [server] { Server }
    [client] { $words ->
        [library] Visitante
       *[network] Cliente
    }
   *[peer] { Peer }
} { $number }
node-name = { $role ->
    [server] { server }
    [client] { client }
   *[peer] { peer }
} { $number }
El-node = { $node_role ->
    [server] { $words ->
        [library] La { $node }
       *[network] El { $node }
    }
   *[other] El { $node }
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
percent = { $value } %
not-measured = aún sin medir

## Avisos

switched-off = { $words ->
    [library] se ha ido
   *[network] se ha apagado
}
switched-on = { $words ->
    [library] ha vuelto
   *[network] se ha encendido
}
server-off = { El-node } { switched-off }. { $clients ->
    [one] Su { client } ya no puede ser atendido.
   *[other] Sus { $clients } { clients } ya no pueden ser atendidos.
}
server-off-alone = { El-node } { switched-off }. No tenía { clients } propios.
server-on = { El-node } { switched-on }. Sus { clients } volverán a ser atendidos.
client-off = { El-node } { switched-off }. { $words ->
    [library] Deja de pedir libros.
   *[network] Deja de enviar peticiones.
}
client-on = { El-node } { switched-on }. { $words ->
    [library] Vuelve a pedir libros.
   *[network] Vuelve a enviar peticiones.
}
peer-off = { El-node } { switched-off }. Los otros { $others } { peers } siguen atendiéndose entre sí.
peer-off-last = { El-node } { switched-off }. Ya no queda ningún { peer } con un compañero al que preguntar.
peer-on = { El-node } { switched-on }. Vuelve a preguntar y a responder.
restarted = Las dos redes se han reiniciado en t = { $at } s: sus contadores vuelven a cero y el reloj sigue corriendo.
published-servers = { $servers ->
    [the-one] { el-server } la tiene al instante
    [every] cada { server } la tiene al instante
    [none] { $words ->
        [library] no hay ninguna bibliotecaria, así que cada una la recibirá en cuanto vuelva
       *[network] no hay ningún servidor encendido, así que cada uno la recibirá en cuanto se vuelva a encender
    }
   *[those-on] { $words ->
        [library] cada bibliotecaria presente la tiene al instante; la que no está la recibirá en cuanto vuelva
       *[network] cada servidor encendido la tiene al instante; el que está apagado la recibirá en cuanto se vuelva a encender
    }
}
del-resource = { $words ->
    [library] del libro
   *[network] del archivo compartido
}
published = { $same ->
    [true] Versión { $version } { del-resource } publicada.
   *[false] Nuevas versiones { del-resource } publicadas: la versión { $version } en cliente-servidor y la versión { $peer_version } entre pares.
} Cliente-servidor: { published-servers }. Entre pares: { $damaged ->
    [true] parte del { $node }, que es deshonesto: { $words ->
        [library] a esta versión le faltan páginas y su lista de páginas se hizo a partir del libro dañado, así que la comprobación no puede detectarlo.
       *[network] esta versión está dañada y sus huellas se calcularon a partir de la copia dañada, así que la comprobación no puede detectarla.
    } La confianza tiene que empezar en algún sitio.
   *[false] parte del { $node } y se difunde de un { peer } a otro.
}
published-no-peer = Versión { $version } { del-resource } publicada. Cliente-servidor: { published-servers }. Entre pares: no hay ningún { peer } { $words ->
    [library] presente
   *[network] encendido
} para recibirla.
tour-step-opened = Visita guiada, paso { $step } de { $count }: { $title }
tour-closed = Visita guiada cerrada. Se reanudará en el paso { $step } de { $count }.
tour-finished = Visita guiada terminada. Sigue explorando por tu cuenta.

## La lección del momento

insight-only-server-off = { $words ->
    [library] La bibliotecaria no está, así que no se puede atender a ningún visitante: la bibliotecaria es un punto único de fallo.
   *[network] El servidor está apagado, así que no se puede atender a ningún cliente: el servidor es un punto único de fallo.
}
insight-all-servers-off = { $words ->
    [library] No hay ninguna bibliotecaria, así que no se puede atender a ningún visitante.
   *[network] Todos los servidores están apagados, así que no se puede atender a ningún cliente.
}
insight-some-servers-off = { $off ->
    [one] { $off } { server } { off }: solo sus propios { clients } se quedan sin servicio
   *[other] { $off } { servers } { $words ->
        [library] no están
       *[network] están apagados
    }: solo sus propios { clients } se quedan sin servicio
}; { $on ->
    [one] { $words ->
        [library] la otra bibliotecaria sigue atendiendo a los suyos
       *[network] el otro servidor sigue atendiendo a los suyos
    }
   *[other] { $words ->
        [library] las otras { $on } bibliotecarias siguen atendiendo a los suyos
       *[network] los otros { $on } servidores siguen atendiendo a los suyos
    }
}.
insight-one-server = { $words ->
    [library] Cada petición de libro va a la bibliotecaria, así que su carga crece con cada visitante.
   *[network] Cada petición va al servidor, así que su carga crece con cada cliente.
}
insight-servers = { $words ->
    [library] Cada petición de libro va a la bibliotecaria de su visitante, así que la carga de cada bibliotecaria crece con sus propios visitantes.
   *[network] Cada petición va al servidor de su cliente, así que la carga de cada servidor crece con sus propios clientes.
}
insight-all-peers-off = { $words ->
    [library] No hay ningún amigo.
   *[network] Todos los pares están apagados.
}
insight-lone-peer = Solo hay un { peer } { $words ->
    [library] presente
   *[network] encendido
}: sin compañero al que preguntar, no puede ser atendido.
insight-some-peers-off = { $off ->
    [one] { $off } { peer } { off }
   *[other] { $off } { peers } { $words ->
        [library] no están
       *[network] están apagados
    }
}, pero los otros { $on } siguen respondiéndose entre sí: no hay ningún punto central que pueda fallar.
insight-peers-strained = { $off ->
    [one] { $off } { peer } { off }
   *[other] { $off } { peers } { $words ->
        [library] no están
       *[network] están apagados
    }
}: los otros { $on } siguen respondiéndose entre sí, pero solo el { $availability } de las peticiones tienen respuesta, porque un { peer } elige a sus compañeros al azar, sin saber cuáles { $words ->
    [library] no están.
   *[network] están apagados.
}
insight-peers = Cada { peer } pregunta y responde a la vez, así que el trabajo se reparte.

## Resumen para lectores de pantalla: «1 servidor, 4 clientes; apagados: servidor 1; 1 de 4 clientes atendidos»

summary = { $counts }; { $state }; { $served } de { $requesters } { $total ->
    [one] atendido
   *[other] atendidos
}
summary-all-on = todos { $words ->
    [library] presentes
   *[network] encendidos
}
summary-off = { $words ->
    [library] ausentes
   *[network] apagados
}: { $nodes }

## Registro de eventos

# El artículo de un nodo nombrado en medio de una línea: «del par 1», «de la bibliotecaria 1».
el-node = { $node_role ->
    [server] { $words ->
        [library] la
       *[network] el
    }
   *[other] el
}
del-from = { $from_role ->
    [server] { $words ->
        [library] de la
       *[network] del
    }
   *[other] del
}
al-next = { $next_role ->
    [server] { $words ->
        [library] a la
       *[network] al
    }
   *[other] al
}

log-switched = { $node } { $up ->
    [true] { switched-on }
   *[false] { switched-off }
}
log-published = versión { $version } publicada: la tiene { el-node } { $node }
log-updated = { $node } recibió la versión { $version } { del-from } { $from }
log-converged = todas las copias tienen ya la versión { $version } ({ $seconds } s después de publicarla)
log-retried = { $who } → { $silent }: sin respuesta, ahora pregunta { al-next } { $next }
log-own-copy-failed = { $who }: su propia copia está dañada, ahora la pide { al-next } { $next }
log-target-off = { $who } → { $whom }: sin respuesta, { $whom } { off }
log-no-answer = { $who } → { $whom }: sin respuesta a tiempo
log-no-peer-answered = { $who }: ningún { peer } respondió, petición fallida
log-cancelled = { $who } deja de esperar: { $words ->
    [library] se ha ido
   *[network] está apagado
}
log-recovered = { $who } vuelve a ser atendido por { $who_role ->
    [client] { $words ->
        [library] su bibliotecaria
       *[network] su servidor
    }
   *[other] un { peer }
}

## La visita guiada

tour-right = Predijiste «{ $chosen }», y eso es justo lo que pasó.
tour-wrong = Predijiste «{ $chosen }»; la red mostró otra cosa: «{ $answer }».
tour-undone = Deshiciste el experimento antes de que la red pudiera mostrar su efecto, así que no hay veredicto. Pulsa «Reintentar» para repetir el paso.

tour-1-title = Qué hace { el-server }
tour-1-question = En la red cliente-servidor, ¿a quién envía cada { client } sus { requests }?
tour-1-choice-1 = { $words ->
    [library] A la bibliotecaria
   *[network] Al servidor
}
tour-1-choice-2 = A los demás { clients }
tour-1-choice-3 = Al ordenador más cercano
tour-1-prompt = Observa el diagrama cliente-servidor: los círculos son peticiones; los cuadrados, respuestas.
tour-1-explain = Peticiones respondidas: { $answered } de { $sent }, todas { $words ->
    [library] por la bibliotecaria, que
   *[network] por el servidor, que
} atiende { $load } peticiones por segundo mientras cada { client } solo pregunta. Todo el trabajo y todo el control están en un solo lugar.

tour-2-title = Qué hace un { peer }
tour-2-question = En la red entre pares, ¿quién responde a la petición de un { peer }?
tour-2-choice-1 = { $words ->
    [library] Una bibliotecaria central
   *[network] Un servidor central
}
tour-2-choice-2 = Otro { peer }
tour-2-choice-3 = Nadie: los { peers } solo preguntan
tour-2-prompt = Observa el diagrama entre pares y sus barras de carga.
tour-2-explain = Peticiones respondidas: { $answered }, cada una por otro { peer }. Cada { peer } atiende unas { $load } peticiones por segundo y pregunta más o menos con la misma frecuencia: el trabajo se reparte, sin { $words ->
    [library] ninguna bibliotecaria
   *[network] ningún servidor
} en ninguna parte.

tour-3-title = Un punto único de fallo
tour-3-question = ¿Qué les pasará a los { clients } si { el-server } se detiene?
tour-3-choice-1 = Nada: siguen siendo atendidos
tour-3-choice-2 = Solo se ve afectado un { client }
tour-3-choice-3 = No se puede atender a ningún { client }
tour-3-prompt = { $words ->
    [library] Ahora haz que la bibliotecaria se vaya: haz clic en Bibliotecaria 1 en el diagrama cliente-servidor.
   *[network] Ahora apaga el servidor: haz clic en Servidor 1 en el diagrama cliente-servidor.
}
tour-3-explain = Desde que { $words ->
    [library] se fue la bibliotecaria
   *[network] se apagó el servidor
}, peticiones fallidas: { $failed }; disponibilidad: { $availability }; { clients } atendidos: { $served } de { $total }. { $words ->
    [library] Se fue una sola persona y toda la biblioteca se detuvo con ella
   *[network] Se detuvo una sola máquina y todo el servicio se detuvo con ella
}: un punto único de fallo.

tour-4-title = Resiliencia sin centro
tour-4-question = ¿Qué les pasará a los demás { peers } si un { peer } se detiene?
tour-4-choice-1 = Toda la red se detiene
tour-4-choice-2 = Los demás siguen atendiéndose entre sí
tour-4-choice-3 = Solo se detienen sus vecinos
tour-4-prompt = { $words ->
    [library] Ahora haz que se vaya un amigo cualquiera: haz clic en él en el diagrama entre pares.
   *[network] Ahora apaga un par cualquiera: haz clic en él en el diagrama entre pares.
}
tour-4-explain = { $healthy ->
    [unknown] Todavía no se ha respondido ninguna petición ni ha fallado ninguna, así que no hay nada que medir: deja correr el tiempo y observa si los demás { peers } siguen atendiéndose entre sí.
    [yes] Disponibilidad: { $availability }; { peers } atendidos: { $served } de { $total }. Una petición enviada { $words ->
        [library] al amigo que no está
       *[network] al par apagado
    } agota su tiempo de espera, y quien preguntó simplemente prueba con otro { peer }. Sin centro, no hay punto único de fallo.
   *[no] La disponibilidad bajó a { $availability }; { peers } atendidos: { $served } de { $total }. Una petición enviada a un { $words ->
        [library] amigo que no está
       *[network] par apagado
    } agota su tiempo de espera y quien preguntó prueba con otro, pero con tan pocos { $words ->
        [library] amigos presentes
       *[network] pares encendidos
    }, tres intentos a menudo no encuentran a nadie. Ningún { peer } era imprescindible; lo que cuenta es cuántos quedan.
}

tour-5-title = Fácil de gestionar o descentralizado
tour-5-question = Publicas una nueva versión de un archivo compartido. ¿Qué red conserva copias antiguas durante un tiempo?
tour-5-choice-1 = Cliente-servidor
tour-5-choice-2 = Entre pares
tour-5-choice-3 = Ninguna de las dos
tour-5-prompt = Ahora pulsa «Publicar actualización». ({ $words ->
    [library] El amigo 4 no está.
   *[network] El par 4 está apagado.
})
tour-5-explain = La red cliente-servidor tiene { $stale_cs } { $stale_cs ->
    [one] copia desactualizada
   *[other] copias desactualizadas
}: la actualización se hizo en un solo lugar y todas las respuestas desde entonces la incluyen. La red entre pares tiene ahora { $stale_peers } { $stale_peers ->
    [one] copia desactualizada
   *[other] copias desactualizadas
}, y { $converged ->
    [yes] todas las copias se pusieron al día en { $seconds } s
   *[no] la actualización aún se está difundiendo
}; un { $words ->
    [library] amigo que no está no puede ponerse al día hasta que vuelva
   *[network] par apagado no puede ponerse al día hasta que se vuelva a encender
}. El control central es más fácil de gestionar; sin centro, es más difícil mantener todas las copias iguales.

tour-6-title = Idea errónea 1: ¿hay { $words ->
    [library] una bibliotecaria oculta
   *[network] un servidor oculto
}?
tour-6-question = ¿Dirige { $words ->
    [library] el amigo 1
   *[network] el par 1
} en secreto la red entre pares?
tour-6-choice-1 = Sí: sin él, la red se detiene
tour-6-choice-2 = No: cada { peer } pregunta y responde
tour-6-choice-3 = Solo mientras la red es pequeña
tour-6-prompt = { $words ->
    [library] Ahora haz que se vaya el amigo 1 en el diagrama entre pares.
   *[network] Ahora apaga el par 1 en el diagrama entre pares.
}
tour-6-explain = { $healthy ->
    [unknown] Todavía no se ha respondido ninguna petición ni ha fallado ninguna, así que la disponibilidad no se ha medido.
    [yes] { Peers } atendidos: { $served } de { $total }; disponibilidad: { $availability }.
   *[no] { Peers } atendidos: { $served } de { $total }; disponibilidad: solo { $availability }: con varios { $words ->
        [library] amigos ausentes, una petición a menudo da con un amigo que tampoco está.
       *[network] pares apagados, una petición a menudo da con un par que también está apagado.
    }
} Cada { $words ->
    [library] amigo presente
   *[network] par encendido
} atiende unas { $load } peticiones por segundo: ningún { peer } tiene un papel especial, así que la red entre pares realmente no tiene { $words ->
    [library] ninguna bibliotecaria central
   *[network] ningún servidor central
}.

tour-7-title = Idea errónea 2: { $words ->
    [library] varias bibliotecarias
   *[network] varios servidores
}
tour-7-question = Con dos { servers }, ¿qué pasa cuando { $words ->
    [library] la bibliotecaria 1 se va
   *[network] el servidor 1 se detiene
}?
tour-7-choice-1 = Todos los { clients } se quedan sin servicio
tour-7-choice-2 = Solo los { clients } { $words ->
    [library] de la bibliotecaria 1
   *[network] del servidor 1
} se quedan sin servicio
tour-7-choice-3 = { $words ->
    [library] La bibliotecaria 2 se hace cargo de los visitantes de la bibliotecaria 1
   *[network] El servidor 2 se hace cargo de los clientes del servidor 1
}
tour-7-prompt = { $words ->
    [library] Ahora haz que se vaya la bibliotecaria 1 en el diagrama cliente-servidor.
   *[network] Ahora apaga el servidor 1 en el diagrama cliente-servidor.
}
tour-7-explain = { Clients } aún atendidos: { $served } de { $total }, los { $words ->
    [library] de la bibliotecaria 2
   *[network] del servidor 2
}. Los { clients } { $words ->
    [library] de la bibliotecaria 1 solo pueden preguntar a su propia bibliotecaria
   *[network] del servidor 1 solo pueden preguntar a su propio servidor
}, así que esperan en vano. En este modelo, con más { servers } sigue siendo cliente-servidor: { $words ->
    [library] cada bibliotecaria controla a sus propios visitantes, y ninguna se hace cargo de los de otra.
   *[network] cada servidor controla a sus propios clientes, y ninguno se hace cargo de los de otro.
}

tour-8-title = ¿Qué modelo escala?
tour-8-question = { $words ->
    [library] Una bibliotecaria
   *[network] Un servidor
} debe enviar un archivo grande a 100 receptores. En cliente-servidor son 100 { clients }, que solo descargan; entre pares son 100 { peers }, que pueden pasarse fragmentos entre sí. ¿Qué modelo termina antes?
tour-8-choice-1 = { $words ->
    [library] Cliente-servidor: una bibliotecaria muy rápida termina antes
   *[network] Cliente-servidor: un servidor potente termina antes
}
tour-8-choice-2 = Entre pares: cada receptor también sube fragmentos
tour-8-choice-3 = Tardan lo mismo
tour-8-prompt = Mira el gráfico bajo «¿Qué modelo escala?».
tour-8-explain = En el ejemplo clásico de los libros de texto (un { peer } tarda una hora en subir el archivo y { $words ->
    [library] la bibliotecaria es diez veces más rápida), cliente-servidor necesita al menos { $cs_hours } h para 100 receptores, porque la bibliotecaria sube sola
   *[network] el servidor es diez veces más rápido), cliente-servidor necesita al menos { $cs_hours } h para 100 receptores, porque el servidor sube solo
} las 100 copias; entre pares necesita al menos { $p2p_hours } h, porque cada receptor también sube los fragmentos que ya tiene. Con más receptores, el tiempo en cliente-servidor crece en proporción; en la red entre pares se mantiene por debajo de una hora.

## Avisos sobre un enlace: $name es el parámetro; $value, lo que traía el enlace (entre comillas)

# Lo que traía el enlace, citado en un aviso: $text, entre comillas angulares.
quoted = «{ $text }»
# El símbolo de la unidad de los números de un aviso ($unit).
unit-symbol = { $unit ->
    [gigabytes] GB
    [gigabytes-per-hour] GB/h
   *[seconds] s
}

notice-more = … y { $hidden } más, sin listar.
notice-at-least = { $name } debe ser al menos { $min }; se usa { $min }.
notice-at-most = { $name } no puede ser mayor que { $max }; se usa { $max }.
notice-not-whole = { $name }={ $value } no es un número entero de { $min } a { $max }; se usa { $default }.
notice-not-one-of = { $name }={ $value } no es ninguno de estos valores: { $choices }; se usa el valor predeterminado.
notice-repeated = { $name } aparece más de una vez; se usa el primer valor.
notice-empty = { $name } no tiene valor; se usa el valor predeterminado.
notice-seed = seed={ $value } no es un número entero; se usa 1.
notice-lang = lang={ $value } no es un idioma que hable netmodels (en, fr, de, es); la página sigue en inglés.
notice-unknown = { $name } no es un parámetro que netmodels conozca; se ignora.
notice-clients-per-server = { $servers } servidores necesitan al menos { $clients } clientes, uno cada uno; se usan { $clients }.
notice-tour-scene = El paso de la visita guiada monta su propia red, así que { $count ->
    [one] no se usa { $names } del enlace
   *[other] no se usan { $names } del enlace
}.
notice-range = { $name } debe estar entre { $min } y { $max }; se usa { $used }.
notice-range-unit = { $name } debe estar entre { $min } y { $max } { unit-symbol }; se usa { $used } { unit-symbol }.
notice-not-a-number = { $name }={ $value } no es un número; se usa { $default }.
notice-no-node = down: aquí no hay ningún nodo { $id }; se ignora.

## Las etiquetas de la página (botones, títulos, leyendas, avisos)
ui-page-title = netmodels: cliente-servidor o entre pares
ui-language = Idioma
ui-lang-failed = No se pudo cargar el idioma elegido: la página conserva el idioma que tenía.
ui-heading = Redes cliente-servidor y entre pares (P2P)
ui-lede = Las peticiones viajan por los enlaces y las respuestas vuelven. Haz clic o toca cualquier ordenador para apagarlo, y otra vez para encenderlo: mira quién sigue siendo atendido.
ui-reduced-motion = Tu dispositivo pide reducir el movimiento, así que la simulación empieza en pausa. Pulsa Reproducir (o Espacio) para ponerla en marcha, o Paso para avanzar poco a poco.
ui-controls = Controles de la simulación
ui-play = Reproducir
ui-play-hint = Iniciar la simulación (Espacio)
ui-pause = Pausa
ui-pause-hint = Pausar la simulación (Espacio)
ui-step = Paso
ui-step-hint = Avanzar { $seconds } s de tiempo simulado (en pausa)
ui-reset = Reiniciar
ui-reset-hint = Reiniciar las dos redes
ui-tour = Visita guiada
ui-tour-resume = Seguir la visita (paso { $step } de { $count })
ui-more = Más
ui-speed = Velocidad
ui-publish = Publicar actualización
ui-publish-hint = Aparece una nueva versión del archivo compartido en cada servidor encendido y en un par encendido
ui-library-words = Palabras de biblioteca
ui-library-hint = Contar la misma historia como una biblioteca: bibliotecaria, visitantes, amigos que se prestan libros
ui-share = Compartir
ui-share-hint = Copiar un enlace a este escenario
ui-embed = Insertar
ui-embed-hint = Copiar el código para insertar este escenario
ui-model-client-server = Cliente-servidor
ui-model-peer-to-peer = Entre pares
ui-model-analogy-client-server = Cliente-servidor:
ui-model-analogy-peer-to-peer = Entre pares:
ui-analogy-client-server = una biblioteca con su bibliotecaria
ui-analogy-peer-to-peer = amigos que se prestan libros
ui-network-label = { $model ->
    [client-server] Red cliente-servidor
   *[peer-to-peer] Red entre pares
  }: { $summary }
ui-off-tag = APAGADO
ui-servers = Servidores
ui-clients = Clientes
ui-peers = Pares
ui-metric-sent = Peticiones enviadas
ui-metric-answered = Respondidas
ui-metric-failed = Fallidas
ui-metric-availability = Disponibilidad, últimos { $seconds } s
ui-metric-in-flight = En espera
ui-metric-cancelled = Canceladas (emisor apagado)
ui-metric-stale = Copias desactualizadas
ui-metric-converge = La actualización llegó a todas las copias en
ui-seconds = { $value } s
ui-not-yet = todavía no ({ $value } s)
ui-per-second = { $value }/s
ui-queue = { $count } en cola
ui-loads = Carga: peticiones atendidas por segundo
ui-log = Qué ha pasado
ui-legend = Leyenda
ui-legend-heading = Cómo leer los diagramas
ui-legend-request = { $words ->
    [library] Petición de libro: un visitante se lo pide a la bibliotecaria, o un amigo a otro amigo
   *[network] Petición: un cliente o un par pide algo
  }
ui-legend-response = { $words ->
    [library] El libro de vuelta
   *[network] Respuesta: la contestación que vuelve
  }
ui-legend-dropped = Descartado: el paquete llegó a un ordenador apagado
ui-legend-off = Apagado: discontinuo, tachado y marcado APAGADO; no envía ni responde nada
ui-legend-load = Barra de carga: peticiones atendidas por segundo; se llena cuando se alcanza la capacidad ({ $words ->
    [library] una bibliotecaria atiende { $server } por segundo; un amigo, { $peer }
   *[network] un servidor atiende { $server } por segundo; un par, { $peer }
  }); el resto de las peticiones espera en su cola
ui-legend-version = Versión que tiene (tras «Publicar actualización»); en ámbar si está desactualizada
ui-tour-progress = Paso { $step } de { $count }
ui-tour-predict = Predice:
ui-tour-commit = Fijar mi predicción
ui-tour-paused = El tiempo está en pausa: pulsa Reproducir (o Espacio) para observar.
ui-tour-watching = Observando hasta que la red muestre su respuesta (como mucho { $seconds } s más)…
ui-tour-finish = Terminar la visita
ui-tour-next = Paso siguiente
ui-tour-skip = Saltar este paso
ui-tour-back = Atrás
ui-tour-retry = Reintentar
ui-tour-close = Cerrar la visita
ui-tour-close-hint = Salir de la visita (Esc); seguirá donde la dejaste
ui-tour-chart = Ir al gráfico
ui-tour-loading = Cargando la visita guiada…
ui-tour-unavailable = No se ha podido cargar la visita guiada. Comprueba la conexión y vuelve a cargar la página.
ui-share-title = Enlace a este escenario
ui-embed-title = Código para insertar este escenario en una página web
ui-embed-frame-title = netmodels: redes cliente-servidor y entre pares
ui-copied = Copiado al portapapeles.
ui-copy-by-hand = El portapapeles no está disponible aquí: el texto está seleccionado, cópialo con Ctrl+C (⌘C en un Mac).
ui-share-kept-present = Este enlace conserva las redes tal como están ahora (su tamaño, quién está apagado o es deshonesto, si se comprueban las copias), pero no este momento ni lo que llevó a él: la sesión es demasiado larga para que un enlace la reproduzca.
ui-close = Cerrar
ui-notices = Ajustes del enlace que se han cambiado
ui-notices-intro = Algunos ajustes de este enlace no se pudieron usar, así que se aplican los valores por defecto:
ui-dismiss = Descartar
ui-scaling-title = ¿Qué modelo escala?
ui-scaling-intro = Un servidor debe dar a N receptores una copia de un mismo archivo. En cliente-servidor sube él mismo cada copia; entre pares, cada receptor también sube los fragmentos que ya tiene. Las líneas son el tiempo mínimo de cada modelo (las cotas del libro de texto); las marcas son el tiempo de la simulación de esta página, que envía el archivo en { $pieces } fragmentos.
ui-scaling-formulas = Cliente-servidor: D = max(N·F/u_s, F/d_min). Entre pares: D = max(F/u_s, F/d_min, N·F/(u_s + N·u)).
ui-field-file = Tamaño del archivo F:
ui-field-server-upload = Subida del servidor u_s:
ui-field-peer-upload = Subida de cada par u:
ui-field-min-download = Descarga más lenta d_min:
ui-size-unit = GB
ui-rate-unit = GB/h (≈ { $mbit } Mbit/s)
ui-scaling-reset = Ejemplo del libro
ui-axis-receivers = Receptores N
ui-axis-time = Tiempo hasta terminar (horas)
ui-key-client-server = Cliente-servidor: línea = cota, cuadrados = simulado
ui-key-peer-to-peer = Entre pares: línea = cota, rombos = simulado
ui-scaling-done = Simulado cada N de 1 a { $max }.
ui-scaling-running = Simulando… { $done } de { $max }
ui-read-at = Leer el gráfico en N =
ui-hours = { $value } h
ui-readout = Con { $n } receptores: cliente-servidor necesita al menos { $cs } (simulado: { $cs_sim }); entre pares necesita al menos { $p2p } (simulado: { $p2p_sim }).
ui-panic = netmodels se detuvo por un error interno: { $error }. Recarga la página para empezar de nuevo; si vuelve a ocurrir, cuéntanos qué acababas de hacer.

## Imágenes, archivos de datos, copia sin conexión (etiquetas ui- del menú Guardar y de los archivos)

ui-export-title = Redes cliente-servidor y entre pares
ui-export-time = Tiempo simulado: { $seconds } s
ui-export-client-server = Cliente-servidor
ui-export-peer-to-peer = Entre pares
ui-export-on = { $words ->
    [library] presente
   *[network] encendido
}
ui-export-off = { $words ->
    [library] ausente
   *[network] apagado
}
ui-export-off-tag = { $words ->
    [library] AUSENTE
   *[network] APAGADO
}
ui-export-legend-server = { Server }
ui-export-legend-client = { $words ->
    [library] Visitante
   *[network] Cliente
}
ui-export-legend-peer = { Peer }
ui-export-legend-off = { $words ->
    [library] Ausente
   *[network] Apagado
}
ui-export-legend-request = { $words ->
    [library] Petición de libro
   *[network] Petición
}
ui-export-legend-response = { $words ->
    [library] Libro prestado
   *[network] Respuesta
}
ui-export-legend-dropped = Perdido
ui-csv-time = Tiempo (s)
ui-csv-network = Red
ui-csv-node = Nodo
ui-csv-event = Qué pasó
ui-csv-outcome = Resultado
ui-csv-sent = Enviadas
ui-csv-answered = Respondidas
ui-csv-failed = Fallidas
ui-csv-cancelled = Canceladas
ui-csv-waiting = En espera
ui-csv-served = Atendidos
ui-csv-requesters = Solicitantes
ui-csv-availability = Disponibilidad (%)
ui-csv-stale = Copias desactualizadas
ui-csv-receivers = Receptores (N)
ui-csv-cs-bound = Cota cliente-servidor (h)
ui-csv-p2p-bound = Cota entre pares (h)
ui-csv-cs-simulated = Cliente-servidor simulado (h)
ui-csv-p2p-simulated = Entre pares simulado (h)
ui-outcome-on = { $words ->
    [library] ha vuelto
   *[network] encendido
}
ui-outcome-off = { $words ->
    [library] se ha ido
   *[network] apagado
}
ui-outcome-published = versión { $version } publicada
ui-outcome-updated = versión { $version } recibida
ui-outcome-converged = versión { $version } en todas partes
ui-outcome-retried = nuevo intento
ui-outcome-failed = fallida
ui-outcome-cancelled = cancelada
ui-outcome-answered = atendido de nuevo
ui-outcome-dishonest = ahora deshonesto
ui-outcome-honest = honesto otra vez
ui-outcome-corrupted = copia dañada aceptada
ui-outcome-rejected = respuesta dañada rechazada
ui-outcome-refetched = copia propia dañada, pedida de nuevo
ui-outcome-refused = publicación rechazada
## ¿en quién confiar? Nodos deshonestos, copias comprobadas, el servidor como guardián

deshonesto-node = { $node_role ->
    [server] { $words ->
        [library] deshonesta
       *[network] deshonesto
    }
   *[other] deshonesto
}
honrado-node = { $node_role ->
    [server] { $words ->
        [library] honesta
       *[network] honesto
    }
   *[other] honesto
}
honesty-set = { $honest ->
    [true] { El-node } vuelve a ser { honrado-node }: { $words ->
        [library] presta
       *[network] reparte
    } { resource } tal como lo recibió.
   *[false] { $node_role ->
        [server] { El-node } es ahora { deshonesto-node }: { $words ->
            [library] a cada libro que presta a sus visitantes le faltan páginas, y ellos no pueden notarlo.
           *[network] cada copia que envía a sus clientes está dañada, y ellos no pueden notarlo.
        }
        [client] { El-node } es ahora { deshonesto-node }, pero un { client } solo pregunta: no tiene a quién engañar.
       *[peer] { El-node } es ahora { deshonesto-node }: { $words ->
            [library] presta libros con páginas arrancadas a cualquier amigo que se los pida.
           *[network] responde a cada petición con una copia dañada.
        }
    }
}
verify-set = { $on ->
    [true] { $words ->
        [library] Comprobación activada: ahora cada amigo compara cada libro con la lista de páginas de la editorial, rechaza uno dañado y pregunta a otro amigo; un amigo cuyo propio libro está dañado pide uno intacto a otro. Los visitantes confían en su bibliotecaria: nadie revisa los libros que presta, así que allí nada cambia.
       *[network] Comprobación activada: ahora cada par compara cada fragmento con las huellas del editor, rechaza uno dañado y pregunta a otro par; un par cuya propia copia está dañada la descarga de nuevo de otro par. Los clientes confían en su servidor, así que allí nada cambia.
    }
   *[false] Comprobación desactivada: los { peers } aceptan lo que les den.
}
publish-refused = El { $who } intentó publicar una nueva versión y { $words ->
    [library] la
   *[network] el
} { $server } se negó: solo { el-server } puede cambiar { resource }.
published-from = { El-node } publicó la versión { $version } { del-resource }. { $damaged ->
    [true] Está dañada, y sus huellas se calcularon a partir de la copia dañada, así que la comprobación no puede detectarla: la confianza tiene que empezar en algún sitio.
   *[false] Se difunde de un { peer } a otro.
}
publish-not-on = { El-node } { off }, así que no puede publicar.
log-honesty = { $node } { $honest ->
    [true] vuelve a ser { honrado-node }
   *[false] se ha vuelto { deshonesto-node }
}
log-corrupted = { $node } aceptó una copia dañada { del-from } { $from }
log-rejected = { $who } → { $bad }: copia dañada rechazada, ahora pregunta { al-next } { $next }
log-only-damaged = { $who }: todas las respuestas estaban dañadas, { request } fallida
log-publish-refused = { $who } intentó publicar; { $server } se negó
insight-dishonest-server = { $words ->
    [library] Una bibliotecaria deshonesta solo presta libros con páginas arrancadas, así que { $clients ->
        [one] su visitante recibe
       *[other] cada uno de sus { $clients } visitantes recibe
    } uno: los visitantes confían en su bibliotecaria. El control central tiene dos caras.
   *[network] Un servidor deshonesto daña cada respuesta, así que { $clients ->
        [one] su cliente recibe
       *[other] cada uno de sus { $clients } clientes recibe
    } una copia dañada: los clientes confían en su servidor. El control central tiene dos caras.
}
insight-unchecked = { $words ->
    [library] Un amigo presta libros con páginas arrancadas y nadie comprueba nada: los libros dañados pasan de amigo en amigo.
   *[network] Un par deshonesto responde y nadie comprueba nada: las copias dañadas pasan de par en par.
}
insight-checked = { $words ->
    [library] Cada amigo compara cada libro con la lista de páginas de la editorial: uno dañado se rechaza y se pregunta a otro amigo.
   *[network] Cada par compara cada copia con las huellas del editor: una dañada se rechaza y se pregunta a otro par.
}
insight-bad-publisher = El propio editor era deshonesto: sus huellas coinciden con su copia dañada, así que la comprobación no sirve. La confianza tiene que empezar en algún sitio.
notice-no-bad-node = bad: aquí no hay ningún nodo { $id }; se ignora.

tour-9-title = ¿En quién confiar?
tour-9-question = { $words ->
    [library] El amigo 2 presta libros con páginas arrancadas, y otros amigos ya han recibido alguno. ¿Qué pasa cuando cada amigo compara cada libro con la lista de páginas de la editorial?
   *[network] El par 2 reparte copias dañadas, y otros pares ya han recibido alguna. ¿Qué pasa cuando cada par compara cada copia con las huellas del editor?
}
tour-9-choice-1 = Nada cambia: las copias dañadas siguen circulando
tour-9-choice-2 = { $words ->
    [library] Los libros dañados se rechazan, y quien ya tenía uno dañado pide otro intacto
   *[network] Las respuestas dañadas se rechazan, y una copia dañada ya recibida se descarga de nuevo
}
tour-9-choice-3 = { $words ->
    [library] Los libros dañados se rechazan, pero un libro recibido antes sigue dañado
   *[network] Las respuestas dañadas se rechazan, pero una copia recibida antes sigue dañada
}
tour-9-prompt = Activa ahora la comprobación («Comprobar copias» en el diagrama entre pares).
tour-9-explain = { $words ->
    [library] Un amigo prestaba libros con páginas arrancadas. Desde que cada amigo compara cada libro con la lista de páginas de la editorial, { $rejected ->
        [one] se ha rechazado { $rejected } libro dañado
       *[other] se han rechazado { $rejected } libros dañados
    }, y cada vez se preguntó a otro amigo: cuesta un poco de tiempo. Cada amigo revisó también el libro que ya tenía, y quien tenía uno dañado pidió uno intacto a otro amigo. { $corrupt_peers ->
        [one] Queda { $corrupt_peers } libro dañado
       *[other] Quedan { $corrupt_peers } libros dañados
    } entre los amigos. Los visitantes tienen { $corrupt_clients } { $corrupt_clients ->
        [one] libro dañado
       *[other] libros dañados
    }: confían en su bibliotecaria y no revisan los libros que presta. Aquí es honesta; una bibliotecaria deshonesta daría a cada visitante un libro dañado. Si el libro de la editorial hubiera estado dañado, su lista de páginas coincidiría con él: la confianza tiene que empezar en algún sitio.
   *[network] La comprobación detectó { $rejected } { $rejected ->
        [one] respuesta dañada
       *[other] respuestas dañadas
    }, y cada vez el par preguntó a otro: la seguridad cuesta un poco de tiempo. Cada par revisó también la copia que ya tenía, y quien tenía una dañada la descargó de nuevo de otro par, como permiten las huellas de los fragmentos en BitTorrent. { $corrupt_peers ->
        [one] Queda { $corrupt_peers } copia dañada
       *[other] Quedan { $corrupt_peers } copias dañadas
    } entre los pares. Los clientes tienen { $corrupt_clients } { $corrupt_clients ->
        [one] copia dañada
       *[other] copias dañadas
    }: confían en su servidor, que aquí es honesto; un servidor deshonesto las dañaría todas. Y si el propio editor miente, sus huellas coinciden con la copia dañada: la confianza tiene que empezar en algún sitio.
}

ui-trust-node = Nodo para volver deshonesto o desde el que publicar
ui-make-dishonest = Volver deshonesto
ui-make-honest = Volver honesto
ui-verify = Comprobar copias
ui-verify-hint = Los pares comparan cada copia con las huellas del editor, que llegan con la publicación como un archivo .torrent de un sitio de confianza
ui-publish-from = Publicar desde este nodo
ui-dishonest-mark = deshonesto
ui-metric-corrupt = Copias dañadas guardadas
ui-metric-rejected = Respuestas dañadas rechazadas
ui-legend-corrupt = Una copia dañada: la respuesta de un nodo deshonesto, o pasada sin comprobar
ui-legend-dishonest = Deshonesto: marcado con un signo de aviso; reparte copias dañadas
ui-trust = En quién confiar

## Clase en directo (la pantalla del docente y la de un estudiante)
ui-class-host-title = Clase en directo
ui-class-code = Código para unirse:
ui-class-qr = Código QR del enlace para unirse
ui-class-students = Estudiantes presentes:
ui-class-model = La red de la clase
ui-class-client-server = Cliente-servidor
ui-class-peer-to-peer = Entre pares
ui-class-reset = Empezar de nuevo
ui-class-network = Toda la clase
ui-class-neighbourhood = Tu puesto y sus vecinos en la clase
ui-class-join-title = Unirse a la clase
ui-class-name = Tu nombre
ui-class-join = Unirse
ui-class-ask = Pedir
ui-class-idle = Pulsa «Pedir» para enviar una petición.
ui-class-waiting = Esperando una respuesta…
ui-class-served = Atendido: ha llegado una respuesta.
ui-class-failed = Fallo: no ha llegado ninguna respuesta.
ui-class-answers = Respuestas recibidas:
ui-class-leave = Salir
ui-class-lost = Se perdió la conexión con la clase; volviendo a intentarlo…
ui-class-closed = Esta sala se ha cerrado.
ui-class-refused-no-room = No hay ninguna sala con este código (quizá se haya cerrado).
ui-class-refused-not-host = Solo el docente puede hacer eso.
ui-class-refused-full = Esta sala está llena.
ui-class-refused-slow-down = Demasiados intentos: espera un minuto y vuelve a intentarlo.
ui-class-refused-bad-name = Por favor, elige un nombre.
ui-class-refused-busy = El servidor de la clase no tiene sitio para otra clase.

## Volver atrás en el tiempo
notice-script-entry = script: { $entry } no es una entrada tiempo:acción:nodo (como 5:off:s1); se omite.
notice-script-time = script: { $entry } necesita un tiempo en segundos entre 0 y { $max }; se omite.
notice-script-node = script: { $entry } nombra un nodo que estas redes no tienen; se omite.
notice-script-long = script: solo se reproducen las primeras { $max } entradas.
history-forked = Has cambiado lo que ocurrió en t = { $at } s, así que todo lo grabado después de ese instante se ha descartado. «Deshacer» lo recupera.
history-undone = La grabación posterior a t = { $at } s ha vuelto; se muestra ese instante.
timeline-value = t = { $at } s; disponibilidad: cliente-servidor { $client_server }, entre pares { $peer_to_peer }
notice-costly-moment = t: recalcular la sesión hasta { $asked } s con estos tamaños y esta frecuencia de peticiones tardaría demasiado; la página se abre en t = { $used } s.
history-catching-up = Recalculando la sesión hasta t = { $at } s: { $done } % completado.
ui-timeline = Línea de tiempo
ui-timeline-hint = Arrastra o usa las flechas para volver atrás en el tiempo; actuar en el pasado abre un futuro nuevo.
ui-timeline-cs = cliente-servidor
ui-timeline-p2p = entre pares
ui-timeline-down = sombreado: sin servicio
ui-step-back = Paso atrás
ui-step-back-hint = Retroceder un cuarto de segundo en el tiempo simulado
ui-undo = Deshacer
ui-undo-hint = Recuperar lo que siguió al instante que cambiaste
ui-log-jump = Mostrar este instante en la línea de tiempo

## El menú Guardar, cargado la primera vez que se abre; los nombres de los archivos
## (solo ASCII: se convierten en nombres de archivo; el programa añade la extensión)

ui-save = Guardar
ui-save-unavailable = No se pudo cargar el menú Guardar (¿se perdió la conexión?). Ciérralo y vuelve a abrirlo para intentarlo de nuevo.
ui-export-hint = Los archivos se crean en este navegador; no se envía nada.
ui-export-svg = Imagen (SVG)
ui-export-png = Imagen (PNG)
ui-export-events = Registro de eventos (CSV)
ui-export-metrics = Cifras actuales (CSV)
ui-export-timeline = Disponibilidad en el tiempo (CSV)
ui-export-scaling = Gráfico de escalabilidad (CSV)
ui-export-offline = Copia sin conexión (HTML)
ui-export-failed = No se pudo guardar aquí: { $reason }
ui-export-node-state = { $node }: { $state }
ui-csv-cs-availability = Disponibilidad cliente-servidor (%)
ui-csv-p2p-availability = Disponibilidad entre pares (%)
ui-csv-down = { $network }: sin servicio (1 = sí)
ui-export-availability = Disponibilidad en el tiempo (sombreado: una red sin servicio)
ui-file-diagrams = netmodels-diagramas
ui-file-events = netmodels-eventos
ui-file-metrics = netmodels-cifras
ui-file-timeline = netmodels-disponibilidad
ui-file-scaling = netmodels-escalabilidad
ui-file-offline = netmodels-sin-conexion

## Controles del docente (solo en la clase en directo)
room-refused-locked = El docente ha cerrado esta sala con llave: ahora nadie nuevo puede unirse. Pídele que la vuelva a abrir.
room-removed = El docente te ha sacado de la clase: tu puesto queda libre y esta pantalla ya no participa.
room-ended = La clase ha terminado: esta sala está cerrada.
room-ended-host = Recarga la página para abrir una sala nueva.
room-taken-over = Otra pantalla ha abierto esta sala como docente y ahora la dirige; esta ya no envía nada. Recarga la página para recuperar la sala.
room-seats = Estudiantes en la sala
room-seat = Estudiante
room-remove = Retirar
room-new-name = Nombre nuevo
room-rename = Renombrar
room-lock = Cerrar la sala con llave
room-end = Terminar la clase
room-locked = Cerrada con llave: nadie nuevo puede unirse.
room-paused = El docente ha pausado la clase: las peticiones esperan.
room-copy-new = Copia recibida: versión { $version }, la más reciente.
room-copy-old = Copia recibida: versión { $version }, una antigua.
room-current = Estudiantes con la última versión:
room-history = Disponibilidad a lo largo de la clase
room-restarted = El servidor de la clase se reinició: el mismo código y los mismos puestos, pero sus contadores y su historial empiezan de cero.
room-new-room = La sala anterior se había cerrado, así que hay una nueva abierta: da a la clase este código nuevo.
room-refused-unsupported = Este servidor todavía no hace eso.
room-refused-no-model = Esta sala no puede usar esa red.
room-refused-too-many-rooms = Ya abriste todas las salas que puedes: usa una de ellas o termina una.
room-refused-too-many-joins = Demasiadas entradas desde aquí: espera un minuto y vuelve a intentarlo.
room-refused-too-many-connections = El servidor de la clase tiene todas las conexiones que admite.
room-refused-no-seat = Tu puesto pasó a otra persona: elige tu nombre y vuelve a unirte.
