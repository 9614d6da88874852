//! Publishing an update: one copy in client-server, copies spreading peer to peer, and a
//! peer that was off staying stale until it is back. Checked natively.

use netmodels::model::{Consistency, Role, Simulation, Topology};

fn run(sim: &mut Simulation, seconds: f64) {
    let until = sim.now() + seconds;
    while sim.now() < until - 1e-9 {
        sim.step(1.0 / 60.0);
        sim.clear_events();
    }
}

fn versions(sim: &Simulation, role: Role) -> Vec<u32> {
    (0..sim.topology().nodes.len())
        .filter(|&i| sim.topology().nodes[i].role == role)
        .map(|i| sim.version(i))
        .collect()
}

#[test]
fn client_server_has_one_copy_so_an_update_is_never_stale() {
    let mut sim = Simulation::new(Topology::client_server(2, 6), 3);
    run(&mut sim, 3.0);
    assert_eq!(sim.consistency(), Consistency::Original);
    let at = sim.publish(None);
    assert_eq!(at.len(), 2, "published at both servers");
    assert_eq!(sim.stale(), 0);
    assert_eq!(
        sim.consistency(),
        Consistency::Converged {
            version: 2,
            after_seconds: 0.0
        }
    );
    // Every client hears the new version with its next answer.
    run(&mut sim, 8.0);
    assert_eq!(versions(&sim, Role::Client), vec![2; 6]);
}

#[test]
fn an_update_spreads_peer_to_peer_and_an_off_peer_stays_stale_until_it_is_back() {
    let mut sim = Simulation::new(Topology::peer_to_peer(6), 11);
    let p4 = sim.topology().find("p4").unwrap();
    sim.set_up(p4, false);
    run(&mut sim, 2.0);
    assert_eq!(sim.publish(None), vec![0], "the first peer that is on");
    assert_eq!(sim.stale(), 5);
    let mut stale_over_time = vec![sim.stale()];
    for _ in 0..30 {
        run(&mut sim, 1.0);
        stale_over_time.push(sim.stale());
    }
    // Staleness only ever falls, and everyone who is on catches up...
    assert!(
        stale_over_time.windows(2).all(|w| w[1] <= w[0]),
        "{stale_over_time:?}"
    );
    assert!(
        stale_over_time[1] > 0,
        "it takes time to spread: {stale_over_time:?}"
    );
    // ...except the peer that is off.
    assert_eq!(sim.stale(), 1);
    assert!(sim.is_stale(p4));
    assert!(matches!(
        sim.consistency(),
        Consistency::Spreading { version: 2, for_seconds } if for_seconds >= 30.0
    ));
    sim.set_up(p4, true);
    run(&mut sim, 12.0);
    assert_eq!(sim.stale(), 0);
    match sim.consistency() {
        Consistency::Converged {
            version: 2,
            after_seconds,
        } => assert!((30.0..42.0).contains(&after_seconds), "{after_seconds}"),
        other => panic!("not converged: {other:?}"),
    }
    assert_eq!(versions(&sim, Role::Peer), vec![2; 6]);
}

#[test]
fn nothing_is_published_when_every_peer_is_off() {
    let mut sim = Simulation::new(Topology::peer_to_peer(3), 1);
    for i in 0..3 {
        sim.set_up(i, false);
    }
    assert!(sim.publish(None).is_empty());
    assert_eq!(sim.latest_version(), 1);
    assert_eq!(sim.consistency(), Consistency::Original);
}

#[test]
fn version_spreading_replays_identically_from_a_seed() {
    let converge = || {
        let mut sim = Simulation::new(Topology::peer_to_peer(9), 42);
        run(&mut sim, 1.0);
        sim.publish(Some(4));
        run(&mut sim, 40.0);
        sim.consistency()
    };
    let first = converge();
    assert!(matches!(first, Consistency::Converged { .. }), "{first:?}");
    assert_eq!(first, converge());
}

#[test]
fn a_server_that_is_off_misses_an_update_until_it_is_back() {
    let mut sim = Simulation::new(Topology::client_server(2, 6), 3);
    run(&mut sim, 3.0);
    sim.set_up(1, false);
    let at = sim.publish(None);
    assert_eq!(at, vec![0], "only the server that is on takes it");
    assert_eq!(versions(&sim, Role::Server), vec![2, 1]);
    assert_eq!(sim.stale(), 1);
    run(&mut sim, 5.0);
    assert!(matches!(
        sim.consistency(),
        Consistency::Spreading { version: 2, .. }
    ));
    sim.set_up(1, true);
    assert_eq!(
        versions(&sim, Role::Server),
        vec![2, 2],
        "brought up to date at once"
    );
    assert_eq!(
        sim.consistency(),
        Consistency::Converged {
            version: 2,
            after_seconds: 5.0
        }
    );
    // Even with every server off, the operator's new version waits for them.
    sim.set_up(0, false);
    sim.set_up(1, false);
    assert!(sim.publish(None).is_empty());
    assert_eq!((sim.latest_version(), sim.stale()), (3, 2));
    sim.set_up(0, true);
    assert_eq!(versions(&sim, Role::Server), vec![3, 2]);
}
