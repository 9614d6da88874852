//! "Which model scales?": the textbook lower bounds on the time to distribute one file of
//! size F to N receivers, for client-server and for peer-to-peer.
//!
//! With the server's upload rate u_s, each peer's upload rate u and the slowest download
//! rate d_min:
//! - client-server: D_cs = max(N·F / u_s, F / d_min) — the server alone must upload N
//!   copies, and the slowest receiver must download one;
//! - peer-to-peer: D_p2p = max(F / u_s, F / d_min, N·F / (u_s + N·u)) — the server must
//!   upload at least one copy, and all N copies share the upload capacity of the server
//!   and of every peer.
//!
//! Any consistent units work; with F / u = 1 the times are in units of F / u (the
//! textbook example's hours).

/// Receivers the chart covers: N = 1 to this.
pub const MAX_RECEIVERS: usize = 100;

/// The sizes and rates of one file-distribution problem.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Distribution {
    /// F: the file's size.
    pub file: f64,
    /// u_s: the server's upload rate.
    pub server_upload: f64,
    /// u: each peer's upload rate.
    pub peer_upload: f64,
    /// d_min: the slowest receiver's download rate.
    pub min_download: f64,
}

impl Distribution {
    /// The textbook example: F / u = 1 hour, u_s = 10·u, d_min ≥ u_s (here equal).
    pub fn textbook() -> Distribution {
        Distribution {
            file: 1.0,
            server_upload: 10.0,
            peer_upload: 1.0,
            min_download: 10.0,
        }
    }

    /// The slider ranges of the page, as (min, max) per field: file size in GB, rates in GB
    /// per hour.
    pub const FILE_RANGE: (f64, f64) = (0.1, 10.0);
    /// Server upload u_s, in GB per hour.
    pub const SERVER_UPLOAD_RANGE: (f64, f64) = (1.0, 100.0);
    /// Each peer's upload u, in GB per hour.
    pub const PEER_UPLOAD_RANGE: (f64, f64) = (0.1, 10.0);
    /// The slowest receiver's download d_min, in GB per hour.
    pub const MIN_DOWNLOAD_RANGE: (f64, f64) = (0.5, 100.0);

    /// The same problem with every value inside the page's ranges (anything not a number
    /// takes the textbook value).
    pub fn clamped(self) -> Distribution {
        let t = Distribution::textbook();
        let clamp = |v: f64, (lo, hi): (f64, f64), default: f64| match v.is_nan() {
            true => default,
            false => v.clamp(lo, hi),
        };
        Distribution {
            file: clamp(self.file, Self::FILE_RANGE, t.file),
            server_upload: clamp(
                self.server_upload,
                Self::SERVER_UPLOAD_RANGE,
                t.server_upload,
            ),
            peer_upload: clamp(self.peer_upload, Self::PEER_UPLOAD_RANGE, t.peer_upload),
            min_download: clamp(self.min_download, Self::MIN_DOWNLOAD_RANGE, t.min_download),
        }
    }

    /// The least time client-server distribution can take to `receivers` receivers.
    pub fn client_server_bound(&self, receivers: usize) -> f64 {
        let n = receivers as f64;
        (n * self.file / self.server_upload).max(self.file / self.min_download)
    }

    /// The least time peer-to-peer distribution can take to `receivers` peers.
    pub fn peer_to_peer_bound(&self, receivers: usize) -> f64 {
        let n = receivers as f64;
        let shared = n * self.file / (self.server_upload + n * self.peer_upload);
        (self.file / self.server_upload)
            .max(self.file / self.min_download)
            .max(shared)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_textbook_example_gives_the_textbook_curves() {
        let d = Distribution::textbook();
        for n in 1..=100usize {
            let n_f = n as f64;
            assert!(
                (d.client_server_bound(n) - n_f / 10.0).abs() < 1e-12,
                "N = {n}"
            );
            if n >= 2 {
                let expected = n_f / (n_f + 10.0);
                assert!(
                    (d.peer_to_peer_bound(n) - expected).abs() < 1e-12,
                    "N = {n}"
                );
            }
        }
        // One receiver: the server's one upload (or the download) is the limit.
        assert_eq!(d.peer_to_peer_bound(1), 0.1);
        // Client-server grows without limit; peer-to-peer stays under F / u = 1 hour.
        assert_eq!(d.client_server_bound(100), 10.0);
        assert!(d.peer_to_peer_bound(100) < 1.0);
    }

    #[test]
    fn a_slow_downloader_limits_both_models() {
        let d = Distribution {
            min_download: 0.5,
            ..Distribution::textbook()
        };
        assert_eq!(d.client_server_bound(1), 2.0);
        assert_eq!(d.peer_to_peer_bound(3), 2.0);
    }
}
