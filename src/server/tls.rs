//! `--tls CERT KEY`: the classroom over HTTPS and WSS, for a school that has a certificate
//! for the laptop's name. The certificate and key are read and checked once, at start (a
//! bad file stops the server with a sentence saying which file and why); then every
//! connection's TLS handshake runs in a task of its own, bounded in time and in number, so
//! a client that never finishes one (or speaks plain HTTP to this port) is dropped without
//! holding up anyone else's.

use std::io;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, mpsc};
use tokio_rustls::TlsAcceptor;
use tokio_rustls::server::TlsStream;

use super::limits::{ACCEPT_PAUSE, HANDSHAKE_TIME, HANDSHAKES_AT_ONCE};

/// The files of `--tls CERT KEY`, both PEM: the certificate (its chain after it, if any)
/// and its private key.
#[derive(Clone, Debug)]
pub struct TlsFiles {
    /// The certificate chain, the server's own certificate first.
    pub cert: PathBuf,
    /// The private key of that certificate (PKCS#8, PKCS#1 or SEC1).
    pub key: PathBuf,
}

impl TlsFiles {
    /// Reads both files and checks that they make a certificate the server can present
    /// (the key is the certificate's), with ring's cryptography; or says, naming the file,
    /// why not.
    pub(super) fn acceptor(&self) -> Result<TlsAcceptor, String> {
        let cert = self.cert.display();
        let key = self.key.display();
        let certs = CertificateDer::pem_file_iter(&self.cert)
            .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
            .map_err(|e| format!("--tls: cannot read the certificate {cert}: {e}"))?;
        if certs.is_empty() {
            return Err(format!(
                "--tls: {cert} holds no certificate (expected a PEM file with a \
                 BEGIN CERTIFICATE block)"
            ));
        }
        let private = PrivateKeyDer::from_pem_file(&self.key).map_err(|e| match e {
            rustls::pki_types::pem::Error::NoItemsFound => format!(
                "--tls: {key} holds no private key (expected a PEM file with a \
                 PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY block)"
            ),
            e => format!("--tls: cannot read the private key {key}: {e}"),
        })?;
        // ring builds with a C compiler alone (aws-lc, rustls's default, needs cmake and
        // builds for minutes); rustls marks its provider deprecated because ring has no
        // post-quantum key exchange, which a lesson's traffic, worthless within hours,
        // does not need.
        #[allow(deprecated)]
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| format!("--tls: {e}"))?
            .with_no_client_auth()
            .with_single_cert(certs, private)
            .map_err(|e| {
                format!("--tls: the key {key} cannot serve the certificate {cert}: {e}")
            })?;
        Ok(TlsAcceptor::from(Arc::new(config)))
    }
}

/// A listener whose connections have finished their TLS handshake, each with the address
/// it came from (so limits per address and `ConnectInfo` see the real peer, as over
/// plain HTTP).
pub(super) struct TlsListener {
    /// Connections whose handshake succeeded, in the order they finished.
    ready: mpsc::Receiver<(TlsStream<TcpStream>, SocketAddr)>,
    local: SocketAddr,
}

impl TlsListener {
    /// Accepts on `tcp` (listening on `local`) from now on, in a task that ends when this
    /// listener is dropped.
    pub(super) fn new(tcp: TcpListener, local: SocketAddr, acceptor: TlsAcceptor) -> TlsListener {
        let (tx, ready) = mpsc::channel(HANDSHAKES_AT_ONCE);
        tokio::spawn(handshakes(tcp, acceptor, tx));
        TlsListener { ready, local }
    }
}

/// Accepts connections and runs each one's handshake in a task of its own, at most
/// `HANDSHAKES_AT_ONCE` at a time and each for at most `HANDSHAKE_TIME`; a handshake that
/// fails or takes longer drops its connection and nothing else.
async fn handshakes(
    tcp: TcpListener,
    acceptor: TlsAcceptor,
    ready: mpsc::Sender<(TlsStream<TcpStream>, SocketAddr)>,
) {
    let at_once = Arc::new(Semaphore::new(HANDSHAKES_AT_ONCE));
    loop {
        let permit = tokio::select! {
            permit = Arc::clone(&at_once).acquire_owned() => permit,
            () = ready.closed() => return,
        };
        let Ok(permit) = permit else {
            return;
        };
        let accepted = tokio::select! {
            accepted = tcp.accept() => accepted,
            () = ready.closed() => return,
        };
        let (stream, peer) = match accepted {
            Ok(accepted) => accepted,
            // Mostly too many open files: wait a moment rather than spin.
            Err(_) => {
                tokio::time::sleep(ACCEPT_PAUSE).await;
                continue;
            }
        };
        let acceptor = acceptor.clone();
        let ready = ready.clone();
        tokio::spawn(async move {
            let _permit = permit;
            if let Ok(Ok(tls)) = tokio::time::timeout(HANDSHAKE_TIME, acceptor.accept(stream)).await
            {
                let _ = ready.send((tls, peer)).await;
            }
        });
    }
}

impl axum::serve::Listener for TlsListener {
    type Io = TlsStream<TcpStream>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        match self.ready.recv().await {
            Some(connection) => connection,
            // The handshakes' task is gone (it ends only with this listener): nothing more
            // will come.
            None => std::future::pending().await,
        }
    }

    fn local_addr(&self) -> io::Result<SocketAddr> {
        Ok(self.local)
    }
}
