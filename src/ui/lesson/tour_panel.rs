//! The guided tour's panel: step n of 8, the question with its answers, what to do, and
//! the explanation once the learner has watched. Every decision is the model's
//! ([`crate::model::Tour`]); this only draws a [`TourView`] and sends tour commands.

use yew::prelude::*;

use crate::model::{Command, Msg, Stage, TourCommand, TourView, Words};
use crate::text::Value;
use crate::ui::language::use_speech;

#[derive(Properties, PartialEq)]
pub struct TourProps {
    pub tour: TourView,
    pub words: Words,
    pub paused: bool,
    pub on_command: Callback<Command>,
}

#[component]
pub fn TourPanel(props: &TourProps) -> Html {
    let t = &props.tour;
    let speech = use_speech();
    let say = |m: &Msg| speech.say(m, props.words);
    let heading = use_node_ref();
    // A new step moves the focus to its heading, so keyboard and screen-reader users start
    // reading there.
    {
        let heading = heading.clone();
        use_effect_with(t.step, move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }
    let send = |command: TourCommand| {
        let on_command = props.on_command.clone();
        Callback::from(move |_: MouseEvent| on_command.emit(Command::Tour(command)))
    };
    let onkeydown = {
        let on_command = props.on_command.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_command.emit(Command::Tour(TourCommand::Close));
            }
        })
    };
    let predicting = t.phase == Stage::Predict;
    let stage = match t.phase {
        Stage::Predict => html! {
            <button type="button" class="primary" data-control="tour-commit"
                disabled={t.chosen.is_none()} onclick={send(TourCommand::Commit)}>
                {speech.ui("ui-tour-commit")}
            </button>
        },
        Stage::Act => html! {
            <>
                <p class="tour-task" data-task="">{say(&t.prompt)}</p>
                if t.offers_publish {
                    <button type="button" class="primary" data-control="tour-publish"
                        onclick={props.on_command.reform(|_: MouseEvent| Command::Publish)}>
                        {speech.ui("ui-publish")}
                    </button>
                }
                if t.offers_verify {
                    <button type="button" class="primary" data-control="tour-verify"
                        onclick={props.on_command.reform(|_: MouseEvent| Command::SetVerify(true))}>
                        {speech.ui("ui-verify")}
                    </button>
                }
            </>
        },
        Stage::Observe => html! {
            <>
                <p class="tour-task" data-task="">{say(&t.prompt)}</p>
                <p class="tour-watch">
                    { match props.paused {
                        true => speech.ui("ui-tour-paused"),
                        false => speech.ui_with("ui-tour-watching",
                            &[("seconds", Value::Number(t.remaining.ceil(), 0))]),
                    } }
                </p>
            </>
        },
        // The verdict and explanation are said in the result region below when they come.
        Stage::Explain => html! {},
        // The page's live region announces the same sentence (the model says it there);
        // the step waits here for the learner, however long they take to read it.
        Stage::Undone => html! {
            <>
                <p class="verdict" data-undone="">{t.explanation.as_ref().map(say).unwrap_or_default()}</p>
                <button type="button" class="primary" data-control="tour-retry"
                    onclick={send(TourCommand::Open(Some(t.step)))}>
                    {speech.ui("ui-tour-retry")}
                </button>
            </>
        },
    };
    let last = t.step == t.count;
    let next_text = match (t.phase, last) {
        (Stage::Explain, true) => "ui-tour-finish",
        (Stage::Explain, false) => "ui-tour-next",
        (Stage::Predict | Stage::Act | Stage::Observe | Stage::Undone, _) => "ui-tour-skip",
    };
    let next_text = speech.ui(next_text);
    html! {
        <section class="tour" data-panel="tour" data-step={t.step.to_string()} data-phase={t.phase.slug()}
            aria-labelledby="tour-title" {onkeydown}>
            <p class="tour-progress" data-tour-progress="">{speech.ui_with("ui-tour-progress", &[("step", Value::count(t.step)), ("count", Value::count(t.count))])}</p>
            <h2 id="tour-title" tabindex="-1" ref={heading}>{say(&t.title)}</h2>
            <fieldset class="choices" disabled={!predicting}>
                <legend>{speech.ui("ui-tour-predict")}{" "}{say(&t.question)}</legend>
                { for t.choices.iter().enumerate().map(|(i, text)| {
                    let on_command = props.on_command.clone();
                    let onchange = Callback::from(move |_: Event| {
                        on_command.emit(Command::Tour(TourCommand::Choose(i)))
                    });
                    html! {
                        <label class="choice">
                            <input type="radio" name="tour-choice" data-choice={i.to_string()}
                                checked={t.chosen == Some(i)} {onchange} />
                            {say(text)}
                        </label>
                    }
                }) }
            </fieldset>
            {stage}
            // Always in the page, so a screen reader announces the verdict when the watch
            // ends; it stays until the learner moves on, however long they read.
            <div class="tour-result" aria-live="polite">
                if t.phase == Stage::Explain {
                    <p class="verdict" data-verdict="">{t.verdict.as_ref().map(say).unwrap_or_default()}</p>
                    <p class="explanation" data-explanation="">{t.explanation.as_ref().map(say).unwrap_or_default()}</p>
                }
            </div>
            if t.about_chart {
                <p><a href="#scaling-title" data-control="tour-chart">{speech.ui("ui-tour-chart")}</a></p>
            }
            <div class="tour-nav">
                <button type="button" data-control="tour-back" disabled={t.step == 1}
                    onclick={send(TourCommand::Back)}>{speech.ui("ui-tour-back")}</button>
                <button type="button" data-control="tour-next" onclick={send(TourCommand::Next)}>
                    {next_text}</button>
                <button type="button" data-control="tour-close" title={speech.ui("ui-tour-close-hint")}
                    onclick={send(TourCommand::Close)}>{speech.ui("ui-tour-close")}</button>
            </div>
        </section>
    }
}
