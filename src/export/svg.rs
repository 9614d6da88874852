//! The diagrams as a standalone SVG picture, drawn from a [`LabSnapshot`]: a title, the
//! simulated time, each network as it is now (links, nodes with their state, packets on
//! the wire), the timeline's availability with a band where a network was down, and a
//! small legend. Colours are attributes in the page's light or dark
//! palette, so the file needs no stylesheet; text is escaped for XML.

use std::fmt::Write;

use super::label;
use crate::model::{
    DRAWING_HEIGHT, DRAWING_WIDTH, DiagramSnapshot, LabSnapshot, ModelKind, NodeView, PacketShape,
    Role, Sample, Words, link_views, sample_down_periods,
};
use crate::text::{Catalogue, Value, render};

/// Which of the page's two palettes to draw in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shade {
    /// Dark text on a light background.
    Light,
    /// Light text on a dark background.
    Dark,
}

/// The page's colours (static/style.css), by what they paint.
struct Palette {
    background: &'static str,
    card: &'static str,
    text: &'static str,
    muted: &'static str,
    border: &'static str,
    link: &'static str,
    link_cut: &'static str,
    server: &'static str,
    client: &'static str,
    peer: &'static str,
    node_text: &'static str,
    down_fill: &'static str,
    down_stroke: &'static str,
    down_text: &'static str,
    request: &'static str,
    response: &'static str,
    dropped: &'static str,
    /// A load bar's filled part and its track.
    load: &'static str,
    load_track: &'static str,
}

impl Shade {
    fn palette(self) -> Palette {
        match self {
            Shade::Light => Palette {
                background: "#f8fafc",
                card: "#ffffff",
                text: "#0f172a",
                muted: "#475569",
                border: "#cbd5e1",
                link: "#64748b",
                link_cut: "#cbd5e1",
                server: "#1e3a8a",
                client: "#075985",
                peer: "#0f766e",
                node_text: "#ffffff",
                down_fill: "#e2e8f0",
                down_stroke: "#475569",
                down_text: "#1e293b",
                request: "#c2410c",
                response: "#15803d",
                dropped: "#b91c1c",
                load: "#7c3aed",
                load_track: "#e2e8f0",
            },
            Shade::Dark => Palette {
                background: "#0b1120",
                card: "#111827",
                text: "#e5e7eb",
                muted: "#9ca3af",
                border: "#374151",
                link: "#6b7280",
                link_cut: "#374151",
                server: "#93c5fd",
                client: "#7dd3fc",
                peer: "#5eead4",
                node_text: "#0b1120",
                down_fill: "#1f2937",
                down_stroke: "#9ca3af",
                down_text: "#e5e7eb",
                request: "#fb923c",
                response: "#4ade80",
                dropped: "#f87171",
                load: "#c4b5fd",
                load_track: "#374151",
            },
        }
    }

    fn role(&self, p: &Palette, role: Role) -> &'static str {
        match role {
            Role::Server => p.server,
            Role::Client => p.client,
            Role::Peer => p.peer,
        }
    }
}

/// `text` made safe inside XML text and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters other than tab and newlines are not allowed in XML 1.0.
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// Space between and around the diagrams.
const GAP: f64 = 16.0;
/// Height of the title and time above the diagrams.
const HEADER: f64 = 64.0;
/// Height of a diagram's heading.
const HEADING: f64 = 26.0;
/// Height of the legend below.
const LEGEND: f64 = 44.0;
/// Height of the availability plot under the diagrams, and of its heading above it.
const PLOT: f64 = 56.0;
const PLOT_HEADING: f64 = 20.0;
const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/// The picture's size in CSS pixels for `count` diagrams side by side.
pub fn size(count: usize) -> (f64, f64) {
    let count = count.max(1) as f64;
    (
        GAP + count * (DRAWING_WIDTH + GAP),
        HEADER + HEADING + DRAWING_HEIGHT + GAP + PLOT_HEADING + PLOT + GAP + LEGEND,
    )
}

/// The diagrams of `kinds` (in that order) as they are in `snapshot`, with a title, the
/// simulated time, their availability over the timeline's `samples` (oldest first) and a
/// legend, in `shade` and in `catalogue`'s language.
pub fn diagrams(
    snapshot: &LabSnapshot,
    samples: &[Sample],
    kinds: &[ModelKind],
    shade: Shade,
    catalogue: &Catalogue,
) -> String {
    let p = shade.palette();
    let words = snapshot.words;
    let (width, height) = size(kinds.len());
    let ui = |key: &str, args: &[(&str, Value)]| escape(&label(catalogue, words, key, args));
    let title = ui("ui-export-title", &[]);
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" font-family=\"{FONT}\" role=\"img\" \
         aria-labelledby=\"title\" xml:lang=\"{}\">",
        catalogue.lang().code()
    );
    let _ = write!(out, "<title id=\"title\">{title}</title>");
    let _ = write!(
        out,
        "<rect width=\"{width}\" height=\"{height}\" fill=\"{}\"/>",
        p.background
    );
    let _ = write!(
        out,
        "<text x=\"{GAP}\" y=\"30\" font-size=\"20\" font-weight=\"700\" fill=\"{}\">{title}</text>",
        p.text
    );
    let time = ui(
        "ui-export-time",
        &[("seconds", Value::Number(snapshot.time.max(0.0), 1))],
    );
    let _ = write!(
        out,
        "<text x=\"{GAP}\" y=\"52\" font-size=\"13\" fill=\"{}\" data-time=\"{:.1}\">{time}</text>",
        p.muted,
        snapshot.time.max(0.0)
    );
    for (i, &kind) in kinds.iter().enumerate() {
        let x = GAP + i as f64 * (DRAWING_WIDTH + GAP);
        diagram(
            &mut out,
            snapshot.diagram(kind),
            x,
            &p,
            shade,
            catalogue,
            words,
        );
    }
    availability(
        &mut out,
        samples,
        kinds,
        HEADER + HEADING + DRAWING_HEIGHT + GAP,
        width - 2.0 * GAP,
        &p,
        &ui("ui-export-availability", &[]),
    );
    legend(
        &mut out,
        height - LEGEND,
        width - 2.0 * GAP,
        &p,
        shade,
        catalogue,
        words,
    );
    out.push_str("</svg>");
    out
}

/// The timeline's plot at `y`, `room` wide: a band (`data-down`, `data-from` and
/// `data-to` in session seconds) where a network of `kinds` was down, drawn first, then
/// each network's availability as lines broken where nothing was measured, as the page
/// draws them.
fn availability(
    out: &mut String,
    samples: &[Sample],
    kinds: &[ModelKind],
    y: f64,
    room: f64,
    p: &Palette,
    heading: &str,
) {
    let first = samples.first().map_or(0.0, Sample::seconds);
    let last = samples.last().map_or(0.0, Sample::seconds);
    let x_of = |t: f64| (t - first) / (last - first).max(1.0) * room;
    let y_of = |a: f64| PLOT - a.clamp(0.0, 1.0) * (PLOT - 4.0) - 2.0;
    let colour = |kind| match kind {
        ModelKind::ClientServer => p.server,
        ModelKind::PeerToPeer => p.peer,
    };
    let _ = write!(
        out,
        "<g transform=\"translate({GAP} {y:.1})\" data-timeline=\"\"><text y=\"13\" \
         font-size=\"12\" fill=\"{}\">{heading}</text><g transform=\"translate(0 {PLOT_HEADING})\">\
         <rect width=\"{room:.1}\" height=\"{PLOT}\" rx=\"4\" fill=\"{}\" stroke=\"{}\"/>",
        p.muted, p.card, p.border
    );
    for &kind in kinds {
        for (from, to) in sample_down_periods(samples, kind) {
            let _ = write!(
                out,
                "<rect data-down=\"{}\" data-from=\"{from:.2}\" data-to=\"{to:.2}\" \
                 x=\"{:.1}\" width=\"{:.1}\" height=\"{PLOT}\" fill=\"{}\" fill-opacity=\"0.25\"/>",
                kind.slug(),
                x_of(from),
                (x_of(to) - x_of(from)).max(1.0),
                colour(kind)
            );
        }
    }
    for &kind in kinds {
        let dash = match kind {
            ModelKind::ClientServer => "",
            ModelKind::PeerToPeer => " stroke-dasharray=\"6 3\"",
        };
        // One line per stretch of measured samples.
        for stretch in samples
            .split(|s| s.availability(kind).is_none())
            .filter(|s| !s.is_empty())
        {
            let points: Vec<String> = stretch
                .iter()
                .filter_map(|s| Some((s.seconds(), s.availability(kind)?)))
                .map(|(t, a)| format!("{:.1},{:.1}", x_of(t), y_of(a)))
                .collect();
            let _ = write!(
                out,
                "<polyline data-series=\"{}\" points=\"{}\" fill=\"none\" stroke=\"{}\" \
                 stroke-width=\"2\"{dash}/>",
                kind.slug(),
                points.join(" "),
                colour(kind)
            );
        }
    }
    out.push_str("</g></g>");
}

fn diagram(
    out: &mut String,
    d: &DiagramSnapshot,
    x: f64,
    p: &Palette,
    shade: Shade,
    catalogue: &Catalogue,
    words: Words,
) {
    let heading = match d.kind {
        ModelKind::ClientServer => "ui-export-client-server",
        ModelKind::PeerToPeer => "ui-export-peer-to-peer",
    };
    let heading = escape(&label(catalogue, words, heading, &[]));
    let _ = write!(
        out,
        "<g data-model=\"{}\"><text x=\"{x}\" y=\"{}\" font-size=\"15\" font-weight=\"700\" \
         fill=\"{}\">{heading}</text>",
        d.kind.slug(),
        HEADER + 16.0,
        p.text
    );
    let _ = write!(
        out,
        "<g transform=\"translate({x} {})\"><rect width=\"{DRAWING_WIDTH}\" \
         height=\"{DRAWING_HEIGHT}\" rx=\"8\" fill=\"{}\" stroke=\"{}\"/>",
        HEADER + HEADING,
        p.card,
        p.border
    );
    for l in &link_views(&d.nodes) {
        let (colour, dash) = match l.up {
            true => (p.link, ""),
            false => (p.link_cut, " stroke-dasharray=\"5 5\""),
        };
        let _ = write!(
            out,
            "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{colour}\" \
             stroke-width=\"2\"{dash}/>",
            l.from.x, l.from.y, l.to.x, l.to.y
        );
    }
    for n in &d.nodes {
        node(out, n, p, shade, catalogue, words);
    }
    for packet in &d.packets {
        let (x, y) = (packet.position.x, packet.position.y);
        let _ = write!(
            out,
            "<g transform=\"translate({x:.1} {y:.1})\" data-packet=\"\" data-kind=\"{}\">",
            packet.shape.slug()
        );
        packet_shape(out, packet.shape, p);
        out.push_str("</g>");
    }
    out.push_str("</g></g>");
}

fn packet_shape(out: &mut String, shape: PacketShape, p: &Palette) {
    let _ = match shape {
        PacketShape::Request => write!(out, "<circle r=\"5.5\" fill=\"{}\"/>", p.request),
        PacketShape::Response => write!(
            out,
            "<rect x=\"-5\" y=\"-5\" width=\"10\" height=\"10\" fill=\"{}\"/>",
            p.response
        ),
        PacketShape::Dropped => write!(
            out,
            "<path d=\"M-7 -7 L7 7 M-7 7 L7 -7\" stroke=\"{}\" stroke-width=\"3\" \
             stroke-linecap=\"round\"/>",
            p.dropped
        ),
        // A torn square, as on the page: a damaged copy differs in shape, not colour alone.
        PacketShape::Corrupt => write!(
            out,
            "<path d=\"M-5 -5 H5 L2 -2.5 L5 0 L2 2.5 L5 5 H-5 Z\" fill=\"{}\"/>",
            p.dropped
        ),
    };
}

/// A node's body: servers and clients are boxes, peers circles, as on the page.
fn body(role: Role, fill: &str, stroke: &str) -> String {
    match role {
        Role::Server => format!(
            "<rect x=\"-24\" y=\"-19\" width=\"48\" height=\"38\" rx=\"6\" fill=\"{fill}\"{stroke}/>"
        ),
        Role::Client => format!(
            "<rect x=\"-19\" y=\"-15\" width=\"38\" height=\"30\" rx=\"5\" fill=\"{fill}\"{stroke}/>"
        ),
        Role::Peer => format!("<circle r=\"20\" fill=\"{fill}\"{stroke}/>"),
    }
}

fn node(
    out: &mut String,
    n: &NodeView,
    p: &Palette,
    shade: Shade,
    catalogue: &Catalogue,
    words: Words,
) {
    let scale = match n.scale < 1.0 {
        true => format!(" scale({:.3})", n.scale),
        false => String::new(),
    };
    let state = if n.up { "up" } else { "down" };
    let name = render(&n.label, catalogue, words);
    let role = [("role", Value::Text(n.role.slug().into()))];
    let state_text = match n.up {
        true => label(catalogue, words, "ui-export-on", &role),
        false => label(catalogue, words, "ui-export-off", &role),
    };
    let _ = write!(
        out,
        "<g transform=\"translate({:.1} {:.1}){scale}\" data-node=\"{}\" data-role=\"{}\" \
         data-state=\"{state}\"><title>{}</title>",
        n.position.x,
        n.position.y,
        escape(&n.id),
        n.role.slug(),
        escape(&label(
            catalogue,
            words,
            "ui-export-node-state",
            &[
                ("node", Value::Text(name)),
                ("state", Value::Text(state_text))
            ]
        ))
    );
    match n.up {
        true => out.push_str(&body(n.role, shade.role(p, n.role), "")),
        false => {
            let stroke = format!(
                " stroke=\"{}\" stroke-width=\"2\" stroke-dasharray=\"4 3\"",
                p.down_stroke
            );
            out.push_str(&body(n.role, p.down_fill, &stroke));
            let _ = write!(
                out,
                "<line x1=\"-23\" y1=\"18\" x2=\"23\" y2=\"-18\" stroke=\"{}\" stroke-width=\"3\" \
                 stroke-linecap=\"round\"/><text y=\"-25\" font-size=\"11\" font-weight=\"800\" \
                 text-anchor=\"middle\" fill=\"{}\">{}</text>",
                p.down_stroke,
                p.down_text,
                escape(&label(catalogue, words, "ui-export-off-tag", &role))
            );
        }
    }
    // A server's or peer's load bar, where the page draws it: the share of its capacity
    // the model worked out (`load_fraction`), never a scale of its own.
    if n.up && n.role != Role::Client {
        let _ = write!(
            out,
            "<g transform=\"translate(-18 24)\" data-load=\"{:.3}\">\
             <rect width=\"36\" height=\"5\" rx=\"2\" fill=\"{}\"/>\
             <rect width=\"{:.1}\" height=\"5\" rx=\"2\" fill=\"{}\"/></g>",
            n.load_fraction,
            p.load_track,
            36.0 * n.load_fraction,
            p.load
        );
    }
    // A dishonest node wears the page's warning sign: a shape and a "!", not colour alone.
    if !n.honest {
        let _ = write!(
            out,
            "<g transform=\"translate(-24 -20)\" data-honest=\"false\"><path d=\"M0 -8 L8 6 H-8 Z\" \
             fill=\"{}\"/><text y=\"4.5\" font-size=\"10\" font-weight=\"800\" \
             text-anchor=\"middle\" fill=\"{}\">!</text></g>",
            p.dropped, p.node_text
        );
    }
    let id_colour = if n.up { p.node_text } else { p.down_text };
    let _ = write!(
        out,
        "<text y=\"5\" font-size=\"13\" font-weight=\"700\" text-anchor=\"middle\" \
         fill=\"{id_colour}\">{}</text></g>",
        escape(&n.id.to_ascii_uppercase())
    );
}

/// The legend in rows as wide as `room`.
fn legend(
    out: &mut String,
    y: f64,
    room: f64,
    p: &Palette,
    shade: Shade,
    catalogue: &Catalogue,
    words: Words,
) {
    let text = |key: &str| escape(&label(catalogue, words, key, &[]));
    let _ = write!(
        out,
        "<g transform=\"translate({GAP} {:.1})\" font-size=\"12\" fill=\"{}\" data-legend=\"\">",
        y + 14.0,
        p.text
    );
    let (mut x, mut row) = (0.0, 0.0);
    let mut item = |out: &mut String, mark: String, key: &str| {
        let word = text(key);
        // Room for the mark and the word: a rough width, so no font metrics are needed.
        let wide = 26.0 + 7.0 * word.chars().count() as f64;
        if x > 0.0 && x + wide > room {
            (x, row) = (0.0, row + 20.0);
        }
        let _ = write!(
            out,
            "<g transform=\"translate({x:.1} {row:.1})\">{mark}<text x=\"14\" y=\"4\">{word}</text></g>"
        );
        x += wide;
    };
    for (role, key) in [
        (Role::Server, "ui-export-legend-server"),
        (Role::Client, "ui-export-legend-client"),
        (Role::Peer, "ui-export-legend-peer"),
    ] {
        let mark = format!(
            "<rect x=\"-6\" y=\"-6\" width=\"12\" height=\"12\" rx=\"3\" fill=\"{}\"/>",
            shade.role(p, role)
        );
        item(out, mark, key);
    }
    let off = format!(
        "<rect x=\"-6\" y=\"-6\" width=\"12\" height=\"12\" rx=\"3\" fill=\"{}\" stroke=\"{}\" \
         stroke-dasharray=\"2 2\"/>",
        p.down_fill, p.down_stroke
    );
    item(out, off, "ui-export-legend-off");
    for (shape, key) in [
        (PacketShape::Request, "ui-export-legend-request"),
        (PacketShape::Response, "ui-export-legend-response"),
        (PacketShape::Dropped, "ui-export-legend-dropped"),
    ] {
        let mut mark = String::from("<g transform=\"scale(0.8)\">");
        packet_shape(&mut mark, shape, p);
        mark.push_str("</g>");
        item(out, mark, key);
    }
    out.push_str("</g>");
}
