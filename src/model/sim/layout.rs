//! Where nodes are drawn: a pure function of role, index and count, in a fixed
//! 400 × 300 diagram space, so SVG, canvas and tests all use the same numbers.

use crate::model::base::role::Role;

/// Width of the diagram space.
pub const WIDTH: f64 = 400.0;
/// Height of the diagram space.
pub const HEIGHT: f64 = 300.0;

/// A point in diagram space.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    /// The point `t` (0..=1) of the way from `self` to `other`.
    pub fn lerp(self, other: Point, t: f64) -> Point {
        let t = t.clamp(0.0, 1.0);
        Point {
            x: self.x + (other.x - self.x) * t,
            y: self.y + (other.y - self.y) * t,
        }
    }
}

fn spread(index: usize, count: usize) -> f64 {
    let margin = 30.0;
    margin + (WIDTH - 2.0 * margin) * (index as f64 + 0.5) / count.max(1) as f64
}

/// Servers sit in a row along the top.
pub fn server_position(index: usize, count: usize) -> Point {
    Point {
        x: spread(index, count),
        y: 55.0,
    }
}

/// Clients sit in a row along the bottom; a crowded row is staggered onto two lines.
pub fn client_position(index: usize, count: usize) -> Point {
    let stagger = if count > 6 && index % 2 == 1 {
        50.0
    } else {
        0.0
    };
    Point {
        x: spread(index, count),
        y: 205.0 + stagger,
    }
}

/// How much to shrink a node's drawing so that `count` of its role fit side by side:
/// 1 up to the classroom sizes, smaller for the large scenes a link may ask for.
pub fn node_scale(role: Role, count: usize) -> f64 {
    let fit = match role {
        Role::Server => return 1.0,
        // Two staggered rows, each node 38 wide.
        Role::Client => 17.0 / count.max(1) as f64,
        // Around a circle of radius 110, each node 40 across.
        Role::Peer => 15.5 / count.max(1) as f64,
    };
    fit.min(1.0)
}

/// Peers sit on a circle, the first at the top.
pub fn peer_position(index: usize, count: usize) -> Point {
    let angle =
        -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * index as f64 / count.max(1) as f64;
    let radius = 110.0;
    Point {
        x: WIDTH / 2.0 + radius * angle.cos(),
        y: HEIGHT / 2.0 + radius * angle.sin(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_position_fits_inside_the_diagram() {
        for count in 1..=12 {
            for i in 0..count {
                for p in [
                    server_position(i, count),
                    client_position(i, count),
                    peer_position(i, count),
                ] {
                    assert!(p.x >= 15.0 && p.x <= WIDTH - 15.0, "{p:?}");
                    assert!(p.y >= 15.0 && p.y <= HEIGHT - 15.0, "{p:?}");
                }
            }
        }
    }

    #[test]
    fn lerp_clamps_to_the_segment() {
        let a = Point { x: 0.0, y: 0.0 };
        let b = Point { x: 10.0, y: 20.0 };
        assert_eq!(a.lerp(b, 0.5), Point { x: 5.0, y: 10.0 });
        assert_eq!(a.lerp(b, 2.0), b);
    }
}
