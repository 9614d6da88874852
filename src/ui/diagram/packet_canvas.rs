//! Packets drawn on a canvas, for scenes too large to give each packet a DOM element:
//! one clear and three batched paths per frame, in the same shapes and colours as the SVG.
//! The colours (from the stylesheet) and the canvas's size on screen are read at most once
//! a second, so a frame neither looks up styles nor forces a layout; a theme change or a
//! resize shows within a second.

use std::cell::RefCell;
use std::f64::consts::TAU;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};
use yew::prelude::*;

use crate::model::{DRAWING_HEIGHT, DRAWING_WIDTH, PacketShape, PacketView};
use crate::ui::browser::frames;

/// How long colours read from the stylesheet are used before being read again.
const COLOURS_KEPT_MS: f64 = 1000.0;

/// The packet colours, as the stylesheet gives them, and the canvas's size in device pixels.
#[derive(Default)]
struct Readings {
    read_at_ms: Option<f64>,
    width: u32,
    height: u32,
    request: String,
    response: String,
    dropped: String,
}

impl Readings {
    fn refresh(&mut self, canvas: &HtmlCanvasElement) {
        let now = frames::now_ms();
        if self.read_at_ms.is_some_and(|t| now - t < COLOURS_KEPT_MS) {
            return;
        }
        let style = web_sys::window().and_then(|w| w.get_computed_style(canvas).ok().flatten());
        let read = |name: &str| {
            style
                .as_ref()
                .and_then(|s| s.get_property_value(name).ok())
                .map(|v| v.trim().to_string())
                .unwrap_or_default()
        };
        self.request = read("--request");
        self.response = read("--response");
        self.dropped = read("--dropped");
        let ratio = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
        self.width = (f64::from(canvas.client_width()) * ratio).round() as u32;
        self.height = (f64::from(canvas.client_height()) * ratio).round() as u32;
        self.read_at_ms = Some(now);
    }
}

#[derive(Properties, PartialEq)]
pub struct PacketCanvasProps {
    pub packets: Rc<Vec<PacketView>>,
}

fn draw(canvas: &HtmlCanvasElement, packets: &[PacketView], readings: &Readings) -> Option<()> {
    let (width, height) = (readings.width, readings.height);
    if canvas.width() != width {
        canvas.set_width(width);
    }
    if canvas.height() != height {
        canvas.set_height(height);
    }
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    // Diagram units to device pixels.
    ctx.set_transform(
        f64::from(width) / DRAWING_WIDTH,
        0.0,
        0.0,
        f64::from(height) / DRAWING_HEIGHT,
        0.0,
        0.0,
    )
    .ok()?;
    ctx.clear_rect(0.0, 0.0, DRAWING_WIDTH, DRAWING_HEIGHT);
    for shape in [
        PacketShape::Request,
        PacketShape::Response,
        PacketShape::Dropped,
        PacketShape::Corrupt,
    ] {
        ctx.begin_path();
        for p in packets.iter().filter(|p| p.shape == shape) {
            let (x, y) = (p.position.x, p.position.y);
            match shape {
                PacketShape::Request => {
                    ctx.move_to(x + 5.5, y);
                    let _ = ctx.arc(x, y, 5.5, 0.0, TAU);
                }
                PacketShape::Response => ctx.rect(x - 5.0, y - 5.0, 10.0, 10.0),
                // The torn square of `network::TORN`.
                PacketShape::Corrupt => {
                    ctx.move_to(x - 5.0, y - 5.0);
                    for (dx, dy) in [
                        (5.0, -5.0),
                        (2.0, -2.5),
                        (5.0, 0.0),
                        (2.0, 2.5),
                        (5.0, 5.0),
                        (-5.0, 5.0),
                    ] {
                        ctx.line_to(x + dx, y + dy);
                    }
                    ctx.close_path();
                }
                PacketShape::Dropped => {
                    ctx.move_to(x - 7.0, y - 7.0);
                    ctx.line_to(x + 7.0, y + 7.0);
                    ctx.move_to(x - 7.0, y + 7.0);
                    ctx.line_to(x + 7.0, y - 7.0);
                }
            }
        }
        match shape {
            PacketShape::Request => {
                ctx.set_fill_style_str(&readings.request);
                ctx.fill();
            }
            PacketShape::Response => {
                ctx.set_fill_style_str(&readings.response);
                ctx.fill();
            }
            PacketShape::Corrupt => {
                ctx.set_fill_style_str(&readings.dropped);
                ctx.fill();
            }
            PacketShape::Dropped => {
                ctx.set_stroke_style_str(&readings.dropped);
                ctx.set_line_width(3.5);
                ctx.stroke();
            }
        }
    }
    Some(())
}

/// The packet layer of a large scene. `data-packet-count` tells tests how many it drew.
#[component]
pub fn PacketCanvas(props: &PacketCanvasProps) -> Html {
    let canvas_ref = use_node_ref();
    let colours = use_mut_ref(Readings::default);
    {
        let canvas_ref = canvas_ref.clone();
        use_effect_with(props.packets.clone(), move |packets| {
            if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                let colours: &RefCell<Readings> = &colours;
                colours.borrow_mut().refresh(&canvas);
                draw(&canvas, packets, &colours.borrow());
            }
        });
    }
    html! {
        <canvas ref={canvas_ref} class="layer packet-canvas" aria-hidden="true"
            data-packet-count={props.packets.len().to_string()} />
    }
}
