//! The classroom's teacher speaks the page's vocabulary: each teacher's line is one of the
//! page's [`Command`]s, and the room carries it out on the class's network as the page's
//! `Lab` carries it out on the same network, compared here state for state. Where the room
//! differs, it is by one of its named rules ([`RoomRule`]), each tested by name.

use netmodels::model::{
    ClientMsg, Command, Lab, ModelKind, Room, RoomRule, RoomSpeed, Scenario, Simulation,
    TourCommand, Words,
};

/// A room of `students` students in `model`.
fn class(students: usize, model: ModelKind) -> Room {
    let mut room = Room::new();
    let mut out = Vec::new();
    room.set_model(model, &mut out);
    for i in 0..students {
        room.join(format!("S{i}"), format!("{i:032x}"), &mut out)
            .expect("a seat");
    }
    room
}

/// What a network is, as far as the teacher's commands go: its nodes, which are on, the
/// copy each holds and the newest version, and how many requests are open.
#[derive(Debug, PartialEq)]
struct Seen {
    nodes: Vec<String>,
    up: Vec<bool>,
    versions: Vec<u32>,
    latest: u32,
    open: usize,
}

fn state(sim: &Simulation) -> Seen {
    Seen {
        nodes: sim.topology().nodes.iter().map(|n| n.id.clone()).collect(),
        up: sim.up().to_vec(),
        versions: (0..sim.topology().nodes.len())
            .map(|i| sim.version(i))
            .collect(),
        latest: sim.latest_version(),
        open: sim.open_requests(),
    }
}

/// The state of a room after each teacher's command, beside the page's network of the same
/// model and size given the same commands.
fn room_and_page(model: ModelKind, students: usize, commands: &[Command]) -> Vec<(Seen, Seen)> {
    let mut room = class(students, model);
    let mut lab = Lab::new(Scenario {
        servers: 1,
        clients: students,
        peers: students,
        ..Scenario::default()
    });
    let mut out = Vec::new();
    commands
        .iter()
        .map(|command| {
            room.teacher(command.clone(), &mut out);
            lab.apply(command.clone());
            (state(room.simulation()), state(lab.simulation(model)))
        })
        .collect()
}

fn toggle(model: ModelKind, node: &str) -> Command {
    Command::Toggle {
        model,
        node: node.into(),
    }
}

#[test]
fn every_teachers_line_is_one_of_the_pages_commands() {
    for (line, command) in [
        ("switch s1", Some(toggle(ModelKind::ClientServer, "s1"))),
        ("switch c12", Some(toggle(ModelKind::ClientServer, "c12"))),
        ("switch p3", Some(toggle(ModelKind::PeerToPeer, "p3"))),
        ("publish", Some(Command::Publish)),
        ("reset", Some(Command::Reset)),
        ("servers 3", Some(Command::SetServers(3))),
        ("pause yes", Some(Command::SetPaused(true))),
        ("pause no", Some(Command::SetPaused(false))),
        ("speed 2", Some(Command::SetSpeed(2.0))),
        ("speed 0.25", Some(Command::SetSpeed(0.25))),
        // The page shows both models side by side: it has no command for the model.
        ("model p2p", None),
        ("ask", None),
        ("leave", None),
        ("create", None),
    ] {
        let msg = ClientMsg::parse(line).expect(line);
        assert_eq!(msg.command(), command, "{line}");
    }
}

#[test]
fn rule_absent_stays_off() {
    let mut room = class(3, ModelKind::ClientServer);
    let mut out = Vec::new();
    // A present student's node: the teacher switches it off and on again, as on the page.
    room.teacher(toggle(ModelKind::ClientServer, "c1"), &mut out);
    assert!(!room.simulation().is_up(1));
    room.teacher(toggle(ModelKind::ClientServer, "c1"), &mut out);
    assert!(room.simulation().is_up(1));
    // An absent student's node stays off, however it is asked for.
    room.leave(1, &mut out);
    for command in [
        toggle(ModelKind::ClientServer, "c2"),
        Command::Switch {
            model: ModelKind::ClientServer,
            node: "c2".into(),
            on: true,
        },
    ] {
        assert_eq!(room.refuses(&command), Some(RoomRule::AbsentStaysOff));
        let mut out = Vec::new();
        room.teacher(command, &mut out);
        assert!(out.is_empty(), "{out:?}");
        assert!(!room.simulation().is_up(2), "c2 stays off");
    }
    // Off is always allowed.
    let off = Command::Switch {
        model: ModelKind::ClientServer,
        node: "c3".into(),
        on: false,
    };
    assert_eq!(room.refuses(&off), None);
}

#[test]
fn rule_one_network() {
    let mut room = class(3, ModelKind::PeerToPeer);
    let line = ClientMsg::parse("switch s1").and_then(|m| m.command());
    let command = line.expect("a command");
    assert_eq!(room.refuses(&command), Some(RoomRule::OneNetwork));
    let before = state(room.simulation());
    let mut out = Vec::new();
    room.teacher(command, &mut out);
    assert!(out.is_empty(), "{out:?}");
    assert_eq!(state(room.simulation()), before);
    assert_eq!(
        room.refuses(&toggle(ModelKind::PeerToPeer, "p1")),
        None,
        "the class's own network"
    );
}

#[test]
fn rule_size_is_the_class() {
    let mut room = class(4, ModelKind::ClientServer);
    for command in [Command::SetClients(9), Command::SetPeers(9)] {
        assert_eq!(room.refuses(&command), Some(RoomRule::SizeIsTheClass));
        let mut out = Vec::new();
        room.teacher(command, &mut out);
        assert!(out.is_empty(), "{out:?}");
        assert_eq!(
            room.simulation().topology().nodes.len(),
            5,
            "1 server, 4 students"
        );
    }
}

#[test]
fn rule_not_in_the_room() {
    let mut room = class(2, ModelKind::PeerToPeer);
    let before = state(room.simulation());
    for command in [
        Command::StepOnce,
        Command::SetWords(Words::Library),
        Command::Tour(TourCommand::Open(None)),
        Command::SetHonest {
            model: ModelKind::PeerToPeer,
            node: "p1".into(),
            honest: false,
        },
        Command::SetVerify(true),
        Command::PublishFrom {
            model: ModelKind::PeerToPeer,
            node: "p1".into(),
        },
        Command::Seek { seconds: 0.0 },
        Command::StepBack,
        Command::Undo,
    ] {
        assert_eq!(
            room.refuses(&command),
            Some(RoomRule::NotInTheRoom),
            "{command:?}"
        );
        let mut out = Vec::new();
        room.teacher(command, &mut out);
        assert!(out.is_empty(), "{out:?}");
    }
    assert_eq!(state(room.simulation()), before);
    assert_eq!(room.lesson_log().count(), 0, "nothing logged");
}

#[test]
fn pause_and_speed_are_the_pages() {
    let mut room = class(2, ModelKind::ClientServer);
    let mut out = Vec::new();
    room.teacher(Command::TogglePaused, &mut out);
    assert!(room.is_paused());
    room.teacher(Command::TogglePaused, &mut out);
    assert!(!room.is_paused());
    // Clamped as the page clamps a speed.
    room.teacher(Command::SetSpeed(100.0), &mut out);
    assert_eq!(room.speed(), RoomSpeed::new(4.0));
    room.teacher(Command::SetSpeed(0.0), &mut out);
    assert_eq!(room.speed().factor(), 0.25);
}

#[test]
fn a_switch_means_the_pages() {
    let steps = room_and_page(
        ModelKind::ClientServer,
        3,
        &[
            toggle(ModelKind::ClientServer, "s1"),
            toggle(ModelKind::ClientServer, "c2"),
            Command::Switch {
                model: ModelKind::ClientServer,
                node: "s1".into(),
                on: false,
            },
            toggle(ModelKind::ClientServer, "s1"),
            toggle(ModelKind::ClientServer, "c9"),
        ],
    );
    for (i, (room, page)) in steps.iter().enumerate() {
        assert_eq!(room, page, "after command {i}");
    }
}
