//! The classroom page's root: its language, its connection, the status line, and the
//! teacher's or the student's screen as the address asks.

use yew::prelude::*;

use super::connection::{Connection, connect};
use super::host_screen::host_screen;
use super::student_screen::student_screen;
use super::words::{self, label_with};
use crate::model::{ClassroomMode, Refusal, parse_classroom_lang};
use crate::ui::language::{Speech, use_language};
use crate::ui::panels::Notices;

/// Which screen the page shows.
#[derive(Properties, PartialEq)]
pub struct ClassroomProps {
    /// The teacher's room, or a student's seat in the room of a code.
    pub mode: ClassroomMode,
}

/// The classroom page: the teacher's or a student's screen.
#[component]
pub fn Classroom(props: &ClassroomProps) -> Html {
    // Each screen speaks its own learner's language: the protocol carries no sentences
    // (only codes, node ids, states, counts and names), so a French student and an English
    // teacher in one room each read their own.
    let asked = use_memo((), |_| {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        parse_classroom_lang(&search)
    });
    let title = match props.mode {
        ClassroomMode::Host => |speech: &Speech| words::label(speech, "ui-class-host-title"),
        ClassroomMode::Student(_) => |speech: &Speech| words::label(speech, "ui-class-join-title"),
    };
    let language = use_language(asked.0, title);
    let speech = &language.speech;
    let connection = use_mut_ref(Connection::default);
    let tick = use_state(|| 0u64);
    let redraw = {
        let tick = tick.clone();
        Callback::from(move |()| tick.set(tick.wrapping_add(1)))
    };
    {
        let connection = connection.clone();
        let mode = props.mode.clone();
        let redraw = redraw.clone();
        use_effect_with((), move |_| {
            if let ClassroomMode::Student(code) = &mode {
                connection.borrow_mut().view.code = code.clone();
            }
            connect(&connection, &mode, &redraw);
        });
    }
    let view = connection.borrow().view.clone();
    let lost = connection.borrow().lost;
    let status = match (view.closed, lost, view.refused) {
        // Said on the screen itself (the join form says a lock), not twice.
        _ if view.taken_over || view.removed || view.refused == Some(Refusal::Locked) => {
            String::new()
        }
        (true, _, _) if view.ended => label_with("room-ended", &[]),
        (true, _, _) => words::label(speech, "ui-class-closed"),
        (_, true, _) => words::label(speech, "ui-class-lost"),
        (_, _, Some(why)) => refusal(why, speech),
        _ => String::new(),
    };
    let body = match &props.mode {
        ClassroomMode::Host => host_screen(&view, &connection, speech),
        ClassroomMode::Student(code) => student_screen(&view, &connection, code, &redraw, speech),
    };
    // The context lets components inside (the teacher's controls) follow a switch.
    html! {
        <ContextProvider<Speech> context={speech.clone()}>
            <div class="classroom">
                { language.bar() }
                <Notices notices={asked.1.clone()} />
                <p class="class-status" role="status" aria-live="polite">{ status }</p>
                { body }
            </div>
        </ContextProvider<Speech>>
    }
}

/// A refusal in words: those of protocol version 1 from the page's catalogue, the later
/// ones from the classroom's own part (`room-refused-…`), which the default page does not
/// carry.
fn refusal(why: Refusal, speech: &Speech) -> String {
    match why {
        Refusal::NoRoom
        | Refusal::NotHost
        | Refusal::Full
        | Refusal::SlowDown
        | Refusal::BadName
        | Refusal::Busy => words::label(speech, &format!("ui-class-refused-{}", why.slug())),
        Refusal::Unsupported
        | Refusal::NoModel
        | Refusal::TooManyRooms
        | Refusal::TooManyJoins
        | Refusal::TooManyConnections
        | Refusal::NoSeat
        | Refusal::Locked => label_with(&format!("room-refused-{}", why.slug()), &[]),
    }
}
