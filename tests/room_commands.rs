//! The classroom's teacher speaks the page's vocabulary: each teacher's line is one of the
//! page's [`Command`]s, and the room carries it out on the class's network as the page's
//! `Lab` carries it out on the same network, compared here state for state. Where the room
//! differs, it is by one of its named rules ([`RoomRule`]), each tested by name.

use netmodels::model::{
    Audience, ClientMsg, Command, Lab, ModelKind, Outgoing, Room, RoomRule, RoomSpeed, Scenario,
    ServerMsg, Simulation, Standing, TourCommand, Words,
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

#[test]
fn publish_then_reset_starts_the_versions_over_as_on_the_page() {
    for model in [ModelKind::ClientServer, ModelKind::PeerToPeer] {
        let steps = room_and_page(
            model,
            3,
            &[
                Command::Publish,
                Command::Publish,
                Command::Reset,
                Command::Publish,
            ],
        );
        for (i, (room, page)) in steps.iter().enumerate() {
            assert_eq!(room, page, "{model:?} after command {i}");
        }
        assert_eq!(
            steps[2].0.latest, 1,
            "{model:?}: Reset starts over at the first version"
        );
    }
}

#[test]
fn a_reset_after_a_server_was_pulled_is_the_pages() {
    let steps = room_and_page(
        ModelKind::ClientServer,
        3,
        &[
            toggle(ModelKind::ClientServer, "s1"),
            Command::Publish,
            Command::Reset,
        ],
    );
    for (i, (room, page)) in steps.iter().enumerate() {
        assert_eq!(room, page, "after command {i}");
    }
}

#[test]
fn a_reset_after_the_lesson_ran_is_the_pages() {
    for model in [ModelKind::ClientServer, ModelKind::PeerToPeer] {
        let mut room = class(4, model);
        let mut lab = Lab::new(Scenario {
            clients: 4,
            peers: 4,
            ..Scenario::default()
        });
        let mut out = Vec::new();
        room.teacher(Command::Publish, &mut out);
        lab.apply(Command::Publish);
        // The copies spread, and requests are in flight, differently in each (their
        // traffic is their own): what a Reset leaves is the same.
        for s in 0..4 {
            room.ask(s);
        }
        for _ in 0..40 {
            room.elapse(0.05, &mut out);
            lab.elapse(0.05);
        }
        assert!(room.current() > 0, "{model:?}: the new version spread");
        room.teacher(Command::Reset, &mut out);
        lab.apply(Command::Reset);
        assert_eq!(
            state(room.simulation()),
            state(lab.simulation(model)),
            "{model:?}"
        );
    }
}

#[test]
fn a_reset_tells_every_screen_the_first_version_again() {
    let mut room = class(3, ModelKind::ClientServer);
    let mut out = Vec::new();
    room.teacher(Command::Publish, &mut out);
    for s in 0..3 {
        room.ask(s);
    }
    for _ in 0..60 {
        room.elapse(0.05, &mut out);
    }
    let mut out = Vec::new();
    room.teacher(Command::Reset, &mut out);
    assert!(out.contains(&Outgoing {
        to: Audience::Everyone,
        msg: ServerMsg::Latest(1)
    }));
    for s in 0..3 {
        assert_eq!(
            told(&out, s),
            Some((Standing::Idle, 0, 1)),
            "student {s} holds the first version again, nothing asked yet"
        );
    }
}

#[test]
fn publish_then_servers_starts_the_versions_over_as_on_the_page() {
    for servers in [2, 4, 1] {
        let steps = room_and_page(
            ModelKind::ClientServer,
            4,
            &[Command::Publish, Command::SetServers(servers)],
        );
        for (i, (room, page)) in steps.iter().enumerate() {
            assert_eq!(room, page, "{servers} servers, after command {i}");
        }
    }
}

#[test]
fn more_servers_tell_every_student_their_copy() {
    let mut room = class(4, ModelKind::ClientServer);
    let mut out = Vec::new();
    room.teacher(Command::Publish, &mut out);
    for s in 0..4 {
        room.ask(s);
    }
    for _ in 0..60 {
        room.elapse(0.05, &mut out);
    }
    let mut out = Vec::new();
    room.teacher(Command::SetServers(2), &mut out);
    assert!(out.contains(&Outgoing {
        to: Audience::Everyone,
        msg: ServerMsg::Latest(1)
    }));
    for s in 0..4 {
        assert_eq!(
            told(&out, s).map(|(_, _, version)| version),
            Some(1),
            "student {s} is told the copy their node holds now"
        );
    }
}

#[test]
fn publish_reaches_the_nodes_it_reaches_on_the_page() {
    let steps = room_and_page(
        ModelKind::ClientServer,
        4,
        &[
            Command::SetServers(2),
            toggle(ModelKind::ClientServer, "s2"),
            Command::Publish,
            toggle(ModelKind::ClientServer, "s2"),
            Command::Publish,
        ],
    );
    for (i, (room, page)) in steps.iter().enumerate() {
        assert_eq!(room, page, "after command {i}");
    }
    let steps = room_and_page(
        ModelKind::PeerToPeer,
        3,
        &[
            toggle(ModelKind::PeerToPeer, "p1"),
            Command::Publish,
            toggle(ModelKind::PeerToPeer, "p2"),
            toggle(ModelKind::PeerToPeer, "p3"),
            // No peer on: nothing is published, here as on the page.
            Command::Publish,
        ],
    );
    for (i, (room, page)) in steps.iter().enumerate() {
        assert_eq!(room, page, "peer-to-peer, after command {i}");
    }
}

/// What student `student` was last told of their own requests: standing, answers, version.
fn told(out: &[Outgoing], student: usize) -> Option<(Standing, u64, u32)> {
    out.iter().rev().find_map(|o| match (&o.to, &o.msg) {
        (
            Audience::Student(s),
            ServerMsg::Me {
                standing,
                answers,
                version,
            },
        ) if *s == student => Some((*standing, *answers, *version)),
        _ => None,
    })
}
