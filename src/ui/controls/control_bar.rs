//! The shared controls: play/pause, step, reset and the tour in front; speed, Publish,
//! library words, Share, Embed and Save grouped under "More" (folded on a narrow screen, so the
//! bar stays short on a phone); and the simulated clock.

use web_sys::HtmlSelectElement;

use yew::prelude::*;

use super::icons::{icon_pause, icon_play, icon_reset, icon_step, icon_step_back};
use super::save_menu::{Offer, save_menu};
use super::speed::speed_label;
use crate::model::{Command, Controls, STEP_BUTTON_SECONDS, STEP_COUNT, Speed, TourCommand, Words};
use crate::text::Value;
use crate::ui::language::{Speech, use_speech};

/// What the control bar shows, and where its buttons send.
#[derive(Properties, PartialEq)]
pub struct ControlBarProps {
    /// Whether time is paused (Play shows, and Step and Step back are enabled).
    pub paused: bool,
    /// The speed factor in use.
    pub speed: f64,
    /// The simulated clock, in seconds.
    pub time: f64,
    /// How many controls the link asks for (`controls=`): none, the minimal bar, or all.
    pub level: Controls,
    /// The vocabulary in use (the library words button shows it pressed).
    pub words: Words,
    /// Whether the tour is open, and the step it resumes at when it is not.
    pub tour_open: bool,
    /// The step the tour resumes at (1: it starts afresh).
    pub tour_resume: usize,
    /// Where the buttons' commands go.
    pub on_command: Callback<Command>,
    /// Asks for the Share panel.
    pub on_share: Callback<()>,
    /// Asks for the Embed panel.
    pub on_embed: Callback<()>,
    /// Whether "More" ends with the Save menu (not in the offline copy).
    pub save: Offer,
}

/// A switch between network words and the library analogy.
fn labels_toggle(speech: &Speech, words: Words, on_command: &Callback<Command>) -> Html {
    let (pressed, next) = match words {
        Words::Network => (false, Words::Library),
        Words::Library => (true, Words::Network),
    };
    let on_command = on_command.clone();
    html! {
        <button type="button" data-control="labels" aria-pressed={pressed.to_string()}
            title={speech.ui("ui-library-hint")}
            onclick={Callback::from(move |_: MouseEvent| on_command.emit(Command::SetWords(next)))}>
            {speech.ui("ui-library-words")}
        </button>
    }
}

/// Below this width the less-used controls start folded under "More" (as in style.css).
const NARROW_SCREEN: &str = "(max-width: 600px)";

/// Whether the screen is narrow when the page opens. The group is not refolded on a later
/// resize: a person who opened it keeps it open.
fn narrow_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(NARROW_SCREEN).ok().flatten())
        .is_some_and(|m| m.matches())
}

/// The page's control bar (the model's [`Controls`] says how much of it shows).
#[component]
pub fn ControlBar(props: &ControlBarProps) -> Html {
    let speech = use_speech();
    let more_open = *use_memo((), |_| !narrow_screen());
    let send = |command: Command| {
        let on_command = props.on_command.clone();
        Callback::from(move |_: MouseEvent| on_command.emit(command.clone()))
    };
    let on_speed = {
        let on_command = props.on_command.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(factor) = crate::model::parse_decimal(&select.value()) {
                on_command.emit(Command::SetSpeed(factor));
            }
        })
    };
    let (play_icon, play_text, play_hint) = match props.paused {
        true => (icon_play(), "ui-play", "ui-play-hint"),
        false => (icon_pause(), "ui-pause", "ui-pause-hint"),
    };
    let full = match props.level {
        Controls::None => return html! {},
        Controls::Minimal => false,
        Controls::Full => true,
    };
    let play_pause = html! {
        <button type="button" data-control="play-pause" title={speech.ui(play_hint)}
            onclick={send(Command::TogglePaused)}>{play_icon}{speech.ui(play_text)}</button>
    };
    let reset = html! {
        <button type="button" data-control="reset" title={speech.ui("ui-reset-hint")}
            onclick={send(Command::Reset)}>{icon_reset()}{speech.ui("ui-reset")}</button>
    };
    if !full {
        return html! {
            <div class="controls" role="group" aria-label={speech.ui("ui-controls")}>
                {play_pause}{reset}
            </div>
        };
    }
    html! {
        <div class="controls" role="group" aria-label={speech.ui("ui-controls")}>
            {play_pause}
            <button type="button" data-control="step" disabled={!props.paused}
                title={speech.ui_with("ui-step-hint", &[("seconds", Value::Number(STEP_BUTTON_SECONDS, 2))])}
                onclick={send(Command::StepOnce)}>{icon_step()}{speech.ui("ui-step")}</button>
            // A quarter second back, through the kept past; like Step, only while paused.
            <button type="button" data-control="step-back" disabled={!props.paused}
                title={speech.ui("ui-step-back-hint")}
                onclick={send(Command::StepBack)}>{icon_step_back()}
                {speech.ui("ui-step-back")}</button>
            {reset}
            if !props.tour_open {
                <button type="button" data-control="tour" onclick={send(Command::Tour(TourCommand::Open(None)))}>
                    { match props.tour_resume {
                        1 => speech.ui("ui-tour"),
                        n => speech.ui_with("ui-tour-resume",
                            &[("step", Value::count(n)), ("count", Value::count(STEP_COUNT))]),
                    } }
                </button>
            }
            <details class="more" open={more_open}>
                <summary data-control="more">{speech.ui("ui-more")}</summary>
                <div class="more-items">
                    <label class="speed">
                        {speech.ui("ui-speed")}{" "}
                        <select data-control="speed" onchange={on_speed}>
                            { for Speed::new(props.speed).offered().into_iter().map(|f| html! {
                                <option value={f.to_string()} selected={f == props.speed}>
                                    {speed_label(&speech, f)}
                                </option>
                            }) }
                        </select>
                    </label>
                    <button type="button" data-control="publish"
                        title={speech.ui("ui-publish-hint")}
                        onclick={send(Command::Publish)}>{speech.ui("ui-publish")}</button>
                    {labels_toggle(&speech, props.words, &props.on_command)}
                    <button type="button" data-control="share" title={speech.ui("ui-share-hint")}
                        onclick={props.on_share.reform(|_: MouseEvent| ())}>{speech.ui("ui-share")}</button>
                    <button type="button" data-control="embed" title={speech.ui("ui-embed-hint")}
                        onclick={props.on_embed.reform(|_: MouseEvent| ())}>{speech.ui("ui-embed")}</button>
                    {save_menu(&speech, props.save)}
                </div>
            </details>
            <span class="clock" aria-hidden="true">{format!("t = {}", speech.ui_with("ui-seconds", &[("value", Value::Text(speech.number(props.time, 1)))]))}</span>
        </div>
    }
}
