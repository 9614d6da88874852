//! Packets drawn on a canvas, for scenes too large to give each packet a DOM element:
//! one clear and three batched paths per frame, in the same shapes and colours as the SVG.

use std::f64::consts::TAU;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};
use yew::prelude::*;

use crate::model::{DRAWING_HEIGHT, DRAWING_WIDTH, PacketShape, PacketView};

#[derive(Properties, PartialEq)]
pub struct PacketCanvasProps {
    pub packets: Rc<Vec<PacketView>>,
}

fn colour(canvas: &HtmlCanvasElement, name: &str) -> String {
    web_sys::window()
        .and_then(|w| w.get_computed_style(canvas).ok().flatten())
        .and_then(|s| s.get_property_value(name).ok())
        .map(|v| v.trim().to_string())
        .unwrap_or_default()
}

fn draw(canvas: &HtmlCanvasElement, packets: &[PacketView]) -> Option<()> {
    let ratio = web_sys::window()?.device_pixel_ratio();
    let width = (f64::from(canvas.client_width()) * ratio).round() as u32;
    let height = (f64::from(canvas.client_height()) * ratio).round() as u32;
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
                PacketShape::Dropped => {
                    ctx.move_to(x - 7.0, y - 7.0);
                    ctx.line_to(x + 7.0, y + 7.0);
                    ctx.move_to(x - 7.0, y + 7.0);
                    ctx.line_to(x + 7.0, y - 7.0);
                }
            }
        }
        match shape {
            PacketShape::Request | PacketShape::Response => {
                let name = if shape == PacketShape::Request {
                    "--request"
                } else {
                    "--response"
                };
                ctx.set_fill_style_str(&colour(canvas, name));
                ctx.fill();
            }
            PacketShape::Dropped => {
                ctx.set_stroke_style_str(&colour(canvas, "--dropped"));
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
    {
        let canvas_ref = canvas_ref.clone();
        use_effect_with(props.packets.clone(), move |packets| {
            if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                draw(&canvas, packets);
            }
        });
    }
    html! {
        <canvas ref={canvas_ref} class="layer packet-canvas" aria-hidden="true"
            data-packet-count={props.packets.len().to_string()} />
    }
}
