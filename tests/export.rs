//! The files a person takes away, read back with real parsers: the SVG picture is
//! well-formed XML holding every node with its state, in the page's language and theme;
//! the CSV files round-trip through a CSV reader, tricky fields included, with the
//! separator a spreadsheet in that language expects.
// The parsers are native dev-dependencies only.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use netmodels::export::csv::{self as export_csv, BOM, Table};
use netmodels::export::svg::{self, Shade};
use netmodels::model::{
    Command, Distribution, History, Lab, LabSnapshot, Lang, ModelKind, ScalingChart, Words,
    parse_query,
};
use netmodels::text::{Catalogue, english};

fn catalogue(lang: Lang) -> Catalogue {
    let path = format!(
        "{}/static/lang/{}.ftl",
        env!("CARGO_MANIFEST_DIR"),
        lang.code()
    );
    let source = std::fs::read_to_string(&path).expect("catalogue file");
    Catalogue::parse(lang, &source).0
}

/// The events file of `lab`'s logs.
fn events_of(lab: &Lab, catalogue: &Catalogue) -> Table {
    let log = |kind| lab.simulation(kind).log_entries();
    export_csv::events(
        &log(ModelKind::ClientServer),
        &log(ModelKind::PeerToPeer),
        catalogue,
        lab.state().words,
    )
}

/// A lab with a server and a peer off after `seconds` of running.
fn lab_after(query: &str, seconds: f64) -> Lab {
    let (scenario, notices) = parse_query(query);
    assert!(notices.is_empty(), "{notices:?}");
    let mut lab = Lab::new(scenario);
    let mut t = 0.0;
    while t < seconds {
        lab.elapse(0.1);
        t += 0.1;
    }
    lab
}

/// Every element with `data-node`, by id, with its `data-state` and its title.
fn nodes_in(svg: &str, model: &str) -> BTreeMap<String, (String, String)> {
    let doc = roxmltree::Document::parse(svg).expect("well-formed SVG");
    let diagram = doc
        .descendants()
        .find(|n| n.attribute("data-model") == Some(model))
        .unwrap_or_else(|| panic!("no diagram {model}"));
    diagram
        .descendants()
        .filter_map(|n| {
            let id = n.attribute("data-node")?;
            let title = n
                .children()
                .find(|c| c.has_tag_name("title"))
                .and_then(|t| t.text())
                .unwrap_or_default();
            Some((
                id.to_string(),
                (n.attribute("data-state")?.to_string(), title.to_string()),
            ))
        })
        .collect()
}

fn expected_nodes(snapshot: &LabSnapshot, kind: ModelKind) -> BTreeMap<String, String> {
    snapshot
        .diagram(kind)
        .nodes
        .iter()
        .map(|n| (n.id.clone(), if n.up { "up" } else { "down" }.to_string()))
        .collect()
}

#[test]
fn the_picture_is_well_formed_and_holds_every_node_with_its_state() {
    let mut lab = lab_after("servers=2&clients=5&peers=6&down=c3", 3.0);
    for node in ["s1", "p2"] {
        let model = match node {
            "s1" => ModelKind::ClientServer,
            _ => ModelKind::PeerToPeer,
        };
        lab.apply(Command::Toggle {
            model,
            node: node.into(),
        });
    }
    lab.elapse(0.2);
    let snapshot = lab.snapshot();
    let picture = svg::diagrams(
        &snapshot,
        &[],
        &[ModelKind::ClientServer, ModelKind::PeerToPeer],
        Shade::Light,
        english(),
    );
    for kind in [ModelKind::ClientServer, ModelKind::PeerToPeer] {
        let drawn = nodes_in(&picture, kind.slug());
        let states: BTreeMap<_, _> = drawn
            .iter()
            .map(|(id, (state, _))| (id.clone(), state.clone()))
            .collect();
        assert_eq!(states, expected_nodes(&snapshot, kind), "{}", kind.slug());
    }
    let cs = nodes_in(&picture, "client-server");
    assert_eq!(cs["s1"], ("down".into(), "Server 1: off".into()));
    assert_eq!(cs["c3"].0, "down");
    assert_eq!(cs["c1"], ("up".into(), "Client 1: on".into()));
    assert_eq!(nodes_in(&picture, "peer-to-peer")["p2"].0, "down");

    let doc = roxmltree::Document::parse(&picture).unwrap();
    let root = doc.root_element();
    let (width, height) = svg::size(2);
    assert_eq!(root.attribute("width"), Some(width.to_string().as_str()));
    assert_eq!(root.attribute("height"), Some(height.to_string().as_str()));
    let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
    for wanted in [
        "Client-server and peer-to-peer networks",
        "Client-server",
        "Peer-to-peer",
        "Request",
        "Answer",
    ] {
        assert!(texts.contains(&wanted), "{wanted} in {texts:?}");
    }
    let time = format!("Simulated time: {:.1} s", snapshot.time);
    assert!(texts.contains(&time.as_str()), "{time}");
    // No stylesheet: colours are attributes.
    assert!(doc.descendants().all(|n| !n.has_tag_name("style")));
    assert!(!picture.contains("class="));
}

#[test]
fn one_diagram_alone_holds_only_its_own_nodes() {
    let snapshot = lab_after("peers=5", 1.0).snapshot();
    let picture = svg::diagrams(
        &snapshot,
        &[],
        &[ModelKind::PeerToPeer],
        Shade::Dark,
        english(),
    );
    let doc = roxmltree::Document::parse(&picture).unwrap();
    let models: Vec<&str> = doc
        .descendants()
        .filter_map(|n| n.attribute("data-model"))
        .collect();
    assert_eq!(models, ["peer-to-peer"]);
    assert_eq!(
        nodes_in(&picture, "peer-to-peer").len(),
        snapshot.peer_to_peer.nodes.len()
    );
    assert_eq!(
        doc.root_element().attribute("width"),
        Some(svg::size(1).0.to_string().as_str())
    );
}

#[test]
fn the_theme_changes_the_colours_and_the_language_changes_the_words() {
    let snapshot = lab_after("", 1.0).snapshot();
    let both = [ModelKind::ClientServer, ModelKind::PeerToPeer];
    let background = |shade| {
        let picture = svg::diagrams(&snapshot, &[], &both, shade, english());
        let doc = roxmltree::Document::parse(&picture).unwrap();
        let rect = doc.descendants().find(|n| n.has_tag_name("rect")).unwrap();
        rect.attribute("fill").unwrap().to_string()
    };
    assert_eq!(background(Shade::Light), "#f8fafc");
    assert_eq!(background(Shade::Dark), "#0b1120");

    let french = svg::diagrams(&snapshot, &[], &both, Shade::Light, &catalogue(Lang::Fr));
    let doc = roxmltree::Document::parse(&french).unwrap();
    assert_eq!(
        doc.root_element()
            .attribute(("http://www.w3.org/XML/1998/namespace", "lang")),
        Some("fr")
    );
    let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
    assert!(
        texts.iter().any(|t| t.starts_with("Temps simulé\u{a0}: ")),
        "{texts:?}"
    );
    assert!(texts.contains(&"Pair-à-pair"));
    assert!(!french.contains("Simulated time"));
    // A node's name and state, with French spacing before the colon.
    assert_eq!(
        nodes_in(&french, "client-server")["s1"].1,
        "Serveur 1\u{a0}: allumé"
    );

    let mut library = lab_after("", 1.0);
    library.apply(Command::SetWords(Words::Library));
    let picture = svg::diagrams(&library.snapshot(), &[], &both, Shade::Light, english());
    assert!(
        picture.contains(">Librarian<"),
        "the legend speaks the analogy"
    );
}

#[test]
fn text_from_a_catalogue_is_escaped_not_markup() {
    let tricky = "A <b>bold</b> & \"quoted\" 'title'";
    let (custom, errors) = Catalogue::parse(Lang::En, &format!("ui-export-title = {tricky}\n"));
    assert!(errors.is_empty(), "{errors:?}");
    let snapshot = lab_after("", 0.5).snapshot();
    let picture = svg::diagrams(
        &snapshot,
        &[],
        &[ModelKind::ClientServer],
        Shade::Light,
        &custom,
    );
    let doc = roxmltree::Document::parse(&picture).expect("still well-formed");
    assert!(doc.descendants().all(|n| !n.has_tag_name("b")));
    let title = doc.descendants().find(|n| n.has_tag_name("title")).unwrap();
    assert_eq!(title.text(), Some(tricky));
    // Keys the custom catalogue lacks fall back to English.
    assert!(picture.contains(">Client-server<"));
}

/// `text` read back as CSV with `separator`, after checking and removing the BOM.
fn read(text: &str, separator: u8) -> Vec<Vec<String>> {
    let body = text.strip_prefix(BOM).expect("a byte-order mark first");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(separator)
        .from_reader(body.as_bytes())
        .records()
        .map(|r| {
            r.expect("a valid record")
                .iter()
                .map(String::from)
                .collect()
        })
        .collect()
}

#[test]
fn csv_round_trips_commas_quotes_semicolons_and_line_breaks() {
    let table = Table {
        header: vec!["Temps (s)".into(), "Qué pasó".into(), "Nœud".into()],
        rows: vec![
            vec!["0,5".into(), "a, b; c".into(), "say \"hi\"".into()],
            vec!["12.25".into(), "two\nlines".into(), "cr\r\nlf".into()],
            vec!["".into(), "\"".into(), "plain".into()],
        ],
    };
    for (lang, separator) in [
        (Lang::En, b','),
        (Lang::Fr, b';'),
        (Lang::De, b';'),
        (Lang::Es, b';'),
    ] {
        let text = export_csv::write(&table, lang);
        assert!(text.ends_with("\r\n"));
        let mut expected = vec![table.header.clone()];
        expected.extend(table.rows.clone());
        assert_eq!(read(&text, separator), expected, "{lang:?}");
    }
    // A field without anything special is not quoted.
    assert!(export_csv::write(&table, Lang::En).contains("\r\n,\"\"\"\",plain\r\n"));
}

#[test]
fn the_event_log_file_says_when_where_who_what_and_how_it_ended() {
    let mut lab = lab_after("clients=3&peers=4", 2.0);
    lab.apply(Command::Toggle {
        model: ModelKind::ClientServer,
        node: "s1".into(),
    });
    let mut t = 0.0;
    while t < 8.0 {
        lab.elapse(0.1);
        t += 0.1;
    }
    let rows = read(
        &export_csv::write(&events_of(&lab, english()), Lang::En),
        b',',
    );
    assert_eq!(
        rows[0],
        ["Time (s)", "Network", "Node", "What happened", "Outcome"]
    );
    let body = &rows[1..];
    let off = body
        .iter()
        .find(|r| r[4] == "off")
        .expect("the server's switch is logged");
    assert_eq!(off[1..3], ["Client-server", "Server 1"]);
    let at: f64 = off[0].parse().unwrap();
    assert!((1.9..=2.2).contains(&at), "switched at {at}");
    let failed: Vec<_> = body.iter().filter(|r| r[4] == "failed").collect();
    assert!(!failed.is_empty(), "clients fail once the server is off");
    assert!(failed.iter().all(|r| r[2].starts_with("Client ")));
    let times: Vec<f64> = body.iter().map(|r| r[0].parse().unwrap()).collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "{times:?}");

    // In French: a decimal comma, so a semicolon between fields.
    let french = export_csv::write(&events_of(&lab, &catalogue(Lang::Fr)), Lang::Fr);
    let rows = read(&french, b';');
    assert_eq!(rows[0][0], "Temps (s)");
    let off = rows.iter().find(|r| r[2] == "Serveur 1").unwrap();
    assert!(off[0].contains(','), "{off:?}");
    assert_eq!(off[4], "éteint");
}

#[test]
fn the_numbers_file_matches_what_the_page_shows() {
    let lab = lab_after("clients=4&peers=5&down=p1", 6.0);
    let snapshot = lab.snapshot();
    let rows = read(
        &export_csv::write(&export_csv::metrics(&snapshot, english()), Lang::En),
        b',',
    );
    assert_eq!(rows.len(), 3);
    for (row, kind) in rows[1..]
        .iter()
        .zip([ModelKind::ClientServer, ModelKind::PeerToPeer])
    {
        let m = &snapshot.diagram(kind).metrics;
        let column = |name: &str| {
            let i = rows[0].iter().position(|h| h == name).unwrap();
            row[i].clone()
        };
        assert_eq!(column("Sent"), m.sent.to_string());
        assert_eq!(column("Failed"), m.failed.to_string());
        assert_eq!(column("Served"), m.served.to_string());
        let availability: f64 = column("Availability (%)").parse().unwrap();
        assert!((availability / 100.0 - m.availability.unwrap()).abs() < 0.001);
    }
    assert_eq!(rows[1][1], "Client-server");
    assert_eq!(rows[2][1], "Peer-to-peer");
}

#[test]
fn the_availability_file_has_one_row_per_kept_sample_in_the_page_s_language() {
    let (scenario, _) = parse_query("clients=3&peers=4");
    let mut history = History::new(scenario);
    for _ in 0..40 {
        history.elapse(0.1);
    }
    history.apply(Command::Toggle {
        model: ModelKind::ClientServer,
        node: "s1".into(),
    });
    for _ in 0..80 {
        history.elapse(0.1);
    }
    let samples: Vec<_> = history.samples().iter().copied().collect();
    assert!(samples.len() > 5, "{} samples", samples.len());
    let table = export_csv::timeline(samples.iter(), &catalogue(Lang::Fr), Words::Network);
    let rows = read(&export_csv::write(&table, Lang::Fr), b';');
    assert_eq!(
        rows[0],
        [
            "Temps (s)",
            "Disponibilité client-serveur (%)",
            "Disponibilité pair-à-pair (%)",
            "Client-serveur\u{a0}: hors service (1 = oui)",
            "Pair-à-pair\u{a0}: hors service (1 = oui)",
        ]
    );
    assert_eq!(rows.len(), samples.len() + 1);
    let number = |s: &str| s.replace(',', ".").parse::<f64>().unwrap();
    for (row, sample) in rows[1..].iter().zip(&samples) {
        assert!((number(&row[0]) - sample.seconds()).abs() < 0.01, "{row:?}");
        // The only server went off at 4 s, after that moment's sample; every peer stayed on.
        let server_off = number(&row[0]) > 4.0;
        assert_eq!(row[3], if server_off { "1" } else { "0" }, "{row:?}");
        assert_eq!(row[4], "0", "{row:?}");
        match sample.client_server {
            Some(a) => assert!((number(&row[1]) / 100.0 - a).abs() < 0.001, "{row:?}"),
            None => assert_eq!(row[1], ""),
        }
    }
    // With the only server off, client-server availability ends lower than it was.
    let measured: Vec<f64> = rows[1..]
        .iter()
        .filter(|r| !r[1].is_empty())
        .map(|r| number(&r[1]))
        .collect();
    assert!(
        measured.last() < measured.iter().max_by(|a, b| a.total_cmp(b)),
        "{measured:?}"
    );
}

#[test]
fn the_page_s_english_leaves_the_files_labels_to_the_save_module() {
    // The page carries its own labels only; the files' labels come with the Save module.
    assert!(english().has("ui-save"));
    for key in [
        "ui-export-svg",
        "ui-csv-time",
        "ui-outcome-failed",
        "ui-file-events",
    ] {
        assert!(!english().has(key), "{key} in the page's catalogue");
        assert!(
            netmodels::export::english().has(key),
            "{key} in the files' catalogue"
        );
    }
    assert!(netmodels::export::english().has("ui-save"));
}

#[test]
fn the_scaling_file_has_every_n_and_leaves_unsimulated_times_empty() {
    let mut chart = ScalingChart::new(Distribution::textbook());
    chart.simulate_next();
    chart.simulate_next();
    let table = export_csv::scaling(&chart.points, &catalogue(Lang::De), Words::Network);
    let rows = read(&export_csv::write(&table, Lang::De), b';');
    assert_eq!(rows.len(), 101);
    assert_eq!(rows[0][0], "Empfänger (N)");
    let number = |s: &str| s.replace(',', ".").parse::<f64>().unwrap();
    for (row, point) in rows[1..].iter().zip(&chart.points) {
        assert_eq!(row[0], point.receivers.to_string());
        assert!((number(&row[1]) - point.client_server_bound).abs() < 1e-4);
        assert!((number(&row[2]) - point.peer_to_peer_bound).abs() < 1e-4);
    }
    assert!(!rows[1][3].is_empty() && !rows[2][4].is_empty());
    assert!(rows[3][3].is_empty() && rows[100][4].is_empty());
    // The textbook: client-server needs 10 h for 100 receivers.
    assert_eq!(rows[100][1], "10,0000");
}

/// The colours a theme's block of static/style.css defines, as written there.
fn page_colours(selector: &str) -> Vec<String> {
    let css = std::fs::read_to_string(format!("{}/static/style.css", env!("CARGO_MANIFEST_DIR")))
        .expect("style.css");
    let start = css.find(selector).expect("the theme's block") + selector.len();
    let block = &css[start..start + css[start..].find('}').expect("its end")];
    block
        .split(';')
        .filter_map(|d| d.split_once(':'))
        .filter(|(name, _)| name.trim().starts_with("--"))
        .map(|(_, value)| value.trim().to_string())
        .collect()
}

#[test]
fn the_picture_uses_only_the_page_s_own_colours_in_each_theme() {
    let mut lab = lab_after("clients=4&peers=5", 2.0);
    lab.apply(Command::Toggle {
        model: ModelKind::ClientServer,
        node: "s1".into(),
    });
    lab.elapse(0.2);
    let snapshot = lab.snapshot();
    let both = [ModelKind::ClientServer, ModelKind::PeerToPeer];
    for (shade, selector) in [
        (Shade::Light, ":root {"),
        (Shade::Dark, ":root[data-theme=\"dark\"] {"),
    ] {
        let palette = page_colours(selector);
        let picture = svg::diagrams(&snapshot, &[], &both, shade, english());
        let doc = roxmltree::Document::parse(&picture).unwrap();
        let used: Vec<&str> = doc
            .descendants()
            .flat_map(|n| [n.attribute("fill"), n.attribute("stroke")])
            .flatten()
            .collect();
        assert!(used.len() > 20, "{shade:?}: {used:?}");
        for colour in used {
            assert!(
                palette.iter().any(|p| p == colour),
                "{shade:?}: {colour} is not in style.css's {selector}"
            );
        }
    }
}

#[test]
fn the_event_log_file_keeps_the_session_clock_through_a_reset() {
    // Reset at 3 s, the server off at 6 s: the file says 6, the moment the page's clock,
    // the timeline and a script (`script=6:off:s1`) all name.
    let mut lab = lab_after("clients=3&peers=4", 3.0);
    lab.apply(Command::Reset);
    let mut t = 0.0;
    while t < 3.0 - 1e-9 {
        lab.elapse(0.1);
        t += 0.1;
    }
    lab.apply(Command::Toggle {
        model: ModelKind::ClientServer,
        node: "s1".into(),
    });
    lab.elapse(0.5);
    let rows = read(
        &export_csv::write(&events_of(&lab, english()), Lang::En),
        b',',
    );
    let off = rows[1..]
        .iter()
        .find(|r| r[4] == "off")
        .expect("the server's switch is logged");
    let at: f64 = off[0].parse().unwrap();
    assert!(
        (5.9..=6.1).contains(&at),
        "switched at {at}, on the session's clock"
    );
}

#[test]
fn the_picture_marks_a_peer_to_peer_outage_as_a_band_where_its_line_breaks() {
    let (scenario, _) = parse_query("peers=3");
    let mut history = History::new(scenario);
    let run = |history: &mut History, seconds: f64| {
        for _ in 0..(seconds * 10.0) as usize {
            history.elapse(0.1);
        }
    };
    run(&mut history, 3.0);
    for id in ["p1", "p2", "p3"] {
        history.apply(Command::Toggle {
            model: ModelKind::PeerToPeer,
            node: id.into(),
        });
    }
    run(&mut history, 15.0);
    for id in ["p1", "p2"] {
        history.apply(Command::Toggle {
            model: ModelKind::PeerToPeer,
            node: id.into(),
        });
    }
    run(&mut history, 12.0);
    let samples: Vec<_> = history.samples().iter().copied().collect();
    let both = [ModelKind::ClientServer, ModelKind::PeerToPeer];
    let picture = svg::diagrams(
        &history.snapshot(),
        &samples,
        &both,
        Shade::Light,
        english(),
    );
    let doc = roxmltree::Document::parse(&picture).expect("well-formed");
    let bands: Vec<(&str, &str, &str)> = doc
        .descendants()
        .filter_map(|n| {
            Some((
                n.attribute("data-down")?,
                n.attribute("data-from")?,
                n.attribute("data-to")?,
            ))
        })
        .collect();
    // Off after 3 s's sample, two back after 18 s's: the samples that follow each.
    assert_eq!(bands, [("peer-to-peer", "3.50", "18.50")]);
    let lines = doc
        .descendants()
        .filter(|n| n.attribute("data-series") == Some("peer-to-peer"))
        .count();
    assert_eq!(lines, 2, "one line before the outage, one after");
    let height: f64 = doc
        .root_element()
        .attribute("height")
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(
        height,
        svg::size(2).1,
        "the PNG is made at the picture's size"
    );
}

/// Every server's and peer's drawn load bar in `svg`: node id → filled width.
fn bars_in(svg: &str) -> BTreeMap<String, f64> {
    let doc = roxmltree::Document::parse(svg).expect("well-formed SVG");
    doc.descendants()
        .filter(|n| n.has_attribute("data-load"))
        .map(|bar| {
            let node = bar.parent().and_then(|p| p.attribute("data-node")).unwrap();
            let fill = bar.children().filter(|c| c.is_element()).nth(1).unwrap();
            let width = fill.attribute("width").unwrap().parse().unwrap();
            (node.to_string(), width)
        })
        .collect()
}

#[test]
fn the_picture_s_load_bars_are_full_at_each_node_s_capacity() {
    // Twelve clients asking 6 per second of a server that answers 1; peers well within 2.
    let lab = lab_after("clients=12&capacity=1&peers=4", 12.0);
    let snapshot = lab.snapshot();
    let both = [ModelKind::ClientServer, ModelKind::PeerToPeer];
    let bars = bars_in(&svg::diagrams(
        &snapshot,
        &[],
        &both,
        Shade::Light,
        english(),
    ));
    assert_eq!(bars["s1"], 36.0, "the overloaded server's bar is full");
    for n in &snapshot.peer_to_peer.nodes {
        // A peer's bar is its load's share of 2 per second, 36 units wide when full.
        let expected = 36.0 * n.load / 2.0;
        assert!(
            (bars[&n.id] - expected).abs() <= 0.051,
            "{}: load {} drawn {}",
            n.id,
            n.load,
            bars[&n.id]
        );
        assert!(bars[&n.id] > 3.0, "{} answers something", n.id);
    }
    assert_eq!(bars.len(), 1 + 4, "clients have no bar");
}
