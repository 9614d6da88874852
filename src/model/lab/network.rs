//! What the page's commands do to one network. The page's [`Lab`](super::Lab) has two
//! networks side by side and the classroom's room has one, the class: both carry out a
//! switch and start a network afresh through these functions, so that a command means the
//! same wherever it is given.

use crate::model::base::clock::Clock;
use crate::model::base::kind::ModelKind;
use crate::model::lab::command::Command;
use crate::model::sim::capacity::Capacity;
use crate::model::sim::engine::Simulation;
use crate::model::sim::rate::Rate;
use crate::model::sim::topology::{NodeIndex, Topology};

/// What a Toggle of `node` in `sim`, the network of `model`, amounts to now: the Switch it
/// makes (on if the node is off, off if it is on); `None` when the network has no such node.
pub(in crate::model) fn toggled(
    sim: &Simulation,
    model: ModelKind,
    node: String,
) -> Option<Command> {
    let index = sim.topology().find(&node)?;
    Some(Command::Switch {
        model,
        on: !sim.is_up(index),
        node,
    })
}

/// Switches `node` of `sim` on or off, whatever its state: the Switch command. Returns the
/// node's index when that changed something (`None`: no such node, or already so).
pub(in crate::model) fn switch(sim: &mut Simulation, node: &str, on: bool) -> Option<NodeIndex> {
    let index = sim.topology().find(node).filter(|&i| sim.is_up(i) != on)?;
    sim.set_up(index, on);
    Some(index)
}

/// A network as Reset and a size change start it: afresh at the present moment `clock`
/// (nothing in flight, every count at zero, every copy the first version again), with the
/// nodes `down` names switched off, in that order, its servers or peers answering at most
/// `capacity` requests per second.
pub(in crate::model) fn start(
    topology: Topology,
    seed: u64,
    rate: Rate,
    capacity: Capacity,
    clock: Clock,
    down: impl IntoIterator<Item = NodeIndex>,
) -> Simulation {
    let mut sim = Simulation::starting_at(topology, seed, rate, capacity, clock);
    for node in down {
        sim.set_up(node, false);
    }
    sim
}
