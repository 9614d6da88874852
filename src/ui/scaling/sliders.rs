//! The chart's sliders: the file's size and the three rates, each a range input that sends
//! the problem it sets, clamped to what the model supports.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::model::{Distribution, fixed, shortest};
use crate::text::Value;
use crate::ui::language::Speech;

/// Gigabytes per hour in megabits per second.
const MBIT_PER_S_PER_GB_PER_H: f64 = 8000.0 / 3600.0;

/// Which value a slider sets.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Field {
    File,
    ServerUpload,
    PeerUpload,
    MinDownload,
}

impl Field {
    fn get(self, d: &Distribution) -> f64 {
        match self {
            Field::File => d.file,
            Field::ServerUpload => d.server_upload,
            Field::PeerUpload => d.peer_upload,
            Field::MinDownload => d.min_download,
        }
    }

    fn set(self, d: Distribution, v: f64) -> Distribution {
        let mut d = d;
        match self {
            Field::File => d.file = v,
            Field::ServerUpload => d.server_upload = v,
            Field::PeerUpload => d.peer_upload = v,
            Field::MinDownload => d.min_download = v,
        }
        d.clamped()
    }

    /// (control hook, label, range, step)
    fn describe(self) -> (&'static str, &'static str, (f64, f64), f64) {
        match self {
            Field::File => ("file-size", "ui-field-file", Distribution::FILE_RANGE, 0.1),
            Field::ServerUpload => (
                "server-upload",
                "ui-field-server-upload",
                Distribution::SERVER_UPLOAD_RANGE,
                1.0,
            ),
            Field::PeerUpload => (
                "peer-upload",
                "ui-field-peer-upload",
                Distribution::PEER_UPLOAD_RANGE,
                0.1,
            ),
            Field::MinDownload => (
                "min-download",
                "ui-field-min-download",
                Distribution::MIN_DOWNLOAD_RANGE,
                0.5,
            ),
        }
    }
}

/// One slider with its label and the value it shows; a move sends the new problem.
pub(super) fn slider(
    speech: &Speech,
    field: Field,
    d: Distribution,
    on_change: &Callback<Distribution>,
) -> Html {
    let (control, label, (min, max), step) = field.describe();
    let label = speech.ui(label);
    let value = field.get(&d);
    let unit = match field {
        Field::File => speech.ui("ui-size-unit"),
        _ => speech.ui_with(
            "ui-rate-unit",
            &[(
                "mbit",
                Value::Text(speech.number(value * MBIT_PER_S_PER_GB_PER_H, 1)),
            )],
        ),
    };
    let oninput = {
        let on_change = on_change.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(v) = crate::model::parse_decimal(&input.value()) {
                on_change.emit(field.set(d, v));
            }
        })
    };
    let id = format!("scaling-{control}");
    html! {
        <div class="slider">
            <label for={id.clone()}>{label}{" "}<output>{format!("{} {unit}", trim(speech, value))}</output></label>
            <input type="range" id={id} data-control={control} min={shortest(min)}
                max={shortest(max)} step={shortest(step)} value={shortest(value)} {oninput} />
        </div>
    }
}

/// A number without needless decimals, in the page's language: 10, 0.5, 2.5 (0,5 in French).
pub(super) fn trim(speech: &Speech, v: f64) -> String {
    let s = fixed(v, 2);
    let decimals = s
        .trim_end_matches('0')
        .split('.')
        .nth(1)
        .map_or(0, str::len);
    speech.number(v, decimals as u32)
}
