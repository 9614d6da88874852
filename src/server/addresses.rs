//! Where students can reach the server: the base of the join links it prints and puts in
//! the QR codes.

use std::net::{IpAddr, SocketAddr};

/// `SCHEME://IP:PORT` (`http`, or `https` with `--tls`) for each address students can
/// reach: every IPv4 interface when listening on all of them (the LAN ones first), else
/// the one listened on.
pub(super) fn join_base(local: SocketAddr, scheme: &str) -> Vec<String> {
    let port = local.port();
    if !local.ip().is_unspecified() {
        return vec![format!("{scheme}://{local}")];
    }
    let mut ips: Vec<IpAddr> = if_addrs::get_if_addrs()
        .map(|all| {
            all.into_iter()
                .map(|i| i.ip())
                .filter(IpAddr::is_ipv4)
                .collect()
        })
        .unwrap_or_default();
    ips.sort_by_key(|ip| (ip.is_loopback(), *ip));
    ips.dedup();
    if ips.is_empty() {
        ips.push(IpAddr::from([127, 0, 0, 1]));
    }
    ips.into_iter()
        .map(|ip| format!("{scheme}://{ip}:{port}"))
        .collect()
}
