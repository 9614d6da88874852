//! The chart itself, as SVG: both lower bounds as lines over N = 1…100, and the marks of
//! both bounds and of the simulated times, each with `data-n`, `data-series` and
//! `data-hours`.

use yew::prelude::*;

use super::sliders::trim;
use crate::model::{MAX_RECEIVERS, ScalingChart, ScalingPoint, fixed, shortest};
use crate::ui::language::Speech;

// The chart's drawing area, in SVG units.
const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 320.0;
const LEFT: f64 = 52.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 34.0;
const BOTTOM: f64 = 48.0;

/// A round number at or above `v` for the top of the y axis.
fn nice_ceiling(v: f64) -> f64 {
    let v = v.max(1e-6);
    let magnitude = power_of_ten_at_or_below(v);
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|&c| c >= v * (1.0 - 1e-9))
        .unwrap_or(10.0 * magnitude)
}

/// The largest power of ten at or below `v` (for `v` in 1e-6..=1e300), by steps of ten: no
/// logarithm or power, whose routines weigh about 1 KB of the page's wasm. Below 1 it is one
/// over a power of ten (exact up to 1e22), so it is the double nearest 10^-k, as a power
/// routine gives, and the axis's labels stay short.
fn power_of_ten_at_or_below(v: f64) -> f64 {
    let (mut up, mut down) = (1.0, 1.0);
    for _ in 0..300 {
        if up * 10.0 <= v {
            up *= 10.0;
        } else if 1.0 / down > v {
            down *= 10.0;
        } else {
            break;
        }
    }
    match down > 1.0 {
        true => 1.0 / down,
        false => up,
    }
}

struct Axes {
    top_hours: f64,
}

impl Axes {
    fn x(&self, n: usize) -> f64 {
        LEFT + (n as f64 - 1.0) / (MAX_RECEIVERS as f64 - 1.0) * (WIDTH - LEFT - RIGHT)
    }
    fn y(&self, hours: f64) -> f64 {
        TOP + (1.0 - hours / self.top_hours) * (HEIGHT - TOP - BOTTOM)
    }
}

/// The four series a point can belong to.
#[derive(Clone, Copy)]
enum Series {
    CsFormula,
    P2pFormula,
    CsSimulated,
    P2pSimulated,
}

impl Series {
    fn slug(self) -> &'static str {
        match self {
            Series::CsFormula => "cs-formula",
            Series::P2pFormula => "p2p-formula",
            Series::CsSimulated => "cs-simulated",
            Series::P2pSimulated => "p2p-simulated",
        }
    }

    fn hours(self, p: &ScalingPoint) -> Option<f64> {
        match self {
            Series::CsFormula => Some(p.client_server_bound),
            Series::P2pFormula => Some(p.peer_to_peer_bound),
            Series::CsSimulated => p.client_server_simulated,
            Series::P2pSimulated => p.peer_to_peer_simulated,
        }
    }
}

fn points(series: Series, marks: &[ScalingPoint], axes: &Axes) -> Html {
    html! {
        <g class={classes!("series", series.slug())}>
            { for marks.iter().filter_map(|p| {
                let h = series.hours(p)?;
                let (x, y) = (axes.x(p.receivers), axes.y(h));
                let (n, hours) = (p.receivers.to_string(), fixed(h, 4));
                Some(match series {
                    Series::CsFormula | Series::P2pFormula => html! {
                        <circle data-n={n} data-series={series.slug()} data-hours={hours}
                            cx={fixed(x, 1)} cy={fixed(y, 1)} r="1.4" />
                    },
                    Series::CsSimulated => html! {
                        <rect data-n={n} data-series={series.slug()} data-hours={hours}
                            x={fixed(x - 2.5, 1)} y={fixed(y - 2.5, 1)} width="5" height="5" />
                    },
                    Series::P2pSimulated => html! {
                        <path data-n={n} data-series={series.slug()} data-hours={hours}
                            d={format!("M{} {} l3 3 l-3 3 l-3 -3 Z", fixed(x, 1), fixed(y - 3.0, 1))} />
                    },
                })
            }) }
        </g>
    }
}

fn line(series: Series, chart: &ScalingChart, axes: &Axes) -> Html {
    let d: Vec<String> = chart
        .points
        .iter()
        .filter_map(|p| {
            let h = series.hours(p)?;
            Some(format!(
                "{},{}",
                fixed(axes.x(p.receivers), 1),
                fixed(axes.y(h), 1)
            ))
        })
        .collect();
    html! { <polyline class={classes!("curve", series.slug())} points={d.join(" ")} /> }
}

/// The chart; its 200-odd marks only once the panel is near the window (`visible`): below
/// the fold at start-up, making and laying them out would cost a slow laptop frames just
/// as the networks start moving, for marks nobody sees yet.
pub(super) fn chart_svg(speech: &Speech, chart: &ScalingChart, visible: bool) -> Html {
    let highest = chart
        .points
        .iter()
        .flat_map(|p| {
            [
                Some(p.client_server_bound),
                p.client_server_simulated,
                Some(p.peer_to_peer_bound),
                p.peer_to_peer_simulated,
            ]
        })
        .flatten()
        .fold(0.0, f64::max);
    let axes = Axes {
        top_hours: nice_ceiling(highest),
    };
    let marks: &[ScalingPoint] = if visible { &chart.points } else { &[] };
    let y_ticks = (0..=4).map(|i| axes.top_hours * i as f64 / 4.0);
    let x_ticks = [1usize, 20, 40, 60, 80, 100];
    html! {
        <svg class="chart" viewBox={format!("0 0 {} {}", shortest(WIDTH), shortest(HEIGHT))} aria-hidden="true">
            <g class="grid">
                { for y_ticks.map(|h| html! {
                    <>
                        <line x1={shortest(LEFT)} x2={shortest(WIDTH - RIGHT)}
                            y1={fixed(axes.y(h), 1)} y2={fixed(axes.y(h), 1)} />
                        <text class="tick" x={shortest(LEFT - 6.0)} y={fixed(axes.y(h) + 4.0, 1)}
                            text-anchor="end">{trim(speech, h)}</text>
                    </>
                }) }
                { for x_ticks.iter().map(|&n| html! {
                    <text class="tick" x={fixed(axes.x(n), 1)} y={shortest(HEIGHT - BOTTOM + 20.0)}
                        text-anchor="middle">{n}</text>
                }) }
                <text class="axis-title" x={fixed((LEFT + WIDTH - RIGHT) / 2.0, 1)}
                    y={shortest(HEIGHT - 4.0)} text-anchor="middle">{speech.ui("ui-axis-receivers")}</text>
                <text class="axis-title" x="8" y="18">{speech.ui("ui-axis-time")}</text>
            </g>
            {line(Series::CsFormula, chart, &axes)}
            {line(Series::P2pFormula, chart, &axes)}
            {points(Series::CsFormula, marks, &axes)}
            {points(Series::P2pFormula, marks, &axes)}
            {points(Series::CsSimulated, marks, &axes)}
            {points(Series::P2pSimulated, marks, &axes)}
        </svg>
    }
}
