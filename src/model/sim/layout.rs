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

/// Peers sit on a circle, the first at the top, going clockwise on screen.
pub fn peer_position(index: usize, count: usize) -> Point {
    let (cos, sin) = turn(index, count.max(1));
    let radius = 110.0;
    // A quarter turn back, so that index 0 is at the top: cos(θ − π/2) = sin θ and
    // sin(θ − π/2) = −cos θ.
    Point {
        x: WIDTH / 2.0 + radius * sin,
        y: HEIGHT / 2.0 - radius * cos,
    }
}

/// The cosine and sine of the angle `index / count` of a full turn.
///
/// The fraction of a turn is split exactly, in integers, into the nearest quarter
/// turn and a remainder of at most an eighth of a turn; only the remainder goes
/// through a polynomial. That spares the page the general `sin`/`cos`, whose
/// reduction of arbitrary arguments weighs about 7 KB of WebAssembly, while the
/// result stays within an ulp or two of it.
fn turn(index: usize, count: usize) -> (f64, f64) {
    let (index, count) = ((index % count) as i64, count as i64);
    // The nearest quarter, rounding halves down, and what is left, in quarters.
    let quarter = (8 * index + count) / (2 * count);
    let left = (4 * index - quarter * count) as f64 / count as f64;
    let x = left * std::f64::consts::FRAC_PI_2;
    let (c, s) = (small_cos(x), small_sin(x));
    match quarter % 4 {
        0 => (c, s),
        1 => (-s, c),
        2 => (-c, -s),
        _ => (s, -c),
    }
}

/// The sine of `x` for |x| ≤ π/4: the minimax polynomial of fdlibm's `__kernel_sin`.
fn small_sin(x: f64) -> f64 {
    const S: [f64; 6] = [
        -0.16666666666666632,
        0.00833333333332249,
        -0.0001984126982985795,
        2.7557313707070068e-06,
        -2.5050760253406863e-08,
        1.58969099521155e-10,
    ];
    let z = x * x;
    let w = z * z;
    let r = S[1] + z * (S[2] + z * S[3]) + z * w * (S[4] + z * S[5]);
    x + z * x * (S[0] + z * r)
}

/// The cosine of `x` for |x| ≤ π/4: the minimax polynomial of fdlibm's `__kernel_cos`.
fn small_cos(x: f64) -> f64 {
    const C: [f64; 6] = [
        0.0416666666666666,
        -0.001388888888887411,
        2.480158728947673e-05,
        -2.7557314351390663e-07,
        2.087572321298175e-09,
        -1.1359647557788195e-11,
    ];
    let z = x * x;
    let w = z * z;
    let r = z * (C[0] + z * (C[1] + z * C[2])) + w * w * (C[3] + z * (C[4] + z * C[5]));
    let half = 0.5 * z;
    let one_less = 1.0 - half;
    one_less + (((1.0 - one_less) - half) + z * r)
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
    fn a_turn_agrees_with_the_general_sine_and_cosine() {
        // The general functions get the angle already rounded to a double (an error
        // of up to about 1e-15 at a full turn), so they are an oracle to within that.
        for count in (1..=200).chain([997, 1000, 4096, 10_000]) {
            for index in 0..count {
                let (cos, sin) = turn(index, count);
                let angle = std::f64::consts::TAU * index as f64 / count as f64;
                assert!((cos - angle.cos()).abs() < 3e-15, "{index}/{count}: {cos}");
                assert!((sin - angle.sin()).abs() < 3e-15, "{index}/{count}: {sin}");
            }
        }
    }

    #[test]
    fn the_first_peer_is_at_the_top_and_the_next_to_its_right() {
        let top = peer_position(0, 4);
        assert_eq!((top.x, top.y), (WIDTH / 2.0, HEIGHT / 2.0 - 110.0));
        let next = peer_position(1, 4);
        assert_eq!((next.x, next.y), (WIDTH / 2.0 + 110.0, HEIGHT / 2.0));
    }

    #[test]
    fn lerp_clamps_to_the_segment() {
        let a = Point { x: 0.0, y: 0.0 };
        let b = Point { x: 10.0, y: 20.0 };
        assert_eq!(a.lerp(b, 0.5), Point { x: 5.0, y: 10.0 });
        assert_eq!(a.lerp(b, 2.0), b);
    }
}
