//! Who is asking: the address rate limits and the audit log key on. Behind a
//! reverse proxy (or the e-Gov portal's gateway) every request comes from the
//! proxy, so the client is read from the proxy's forwarding header, but only
//! from proxies the operator named: anyone else can write that header.

use axum::extract::{ConnectInfo, Request};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::Response;
use ipnet::IpNet;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;

/// Which header the trusted proxies write.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ProxyHeader {
    #[default]
    XForwardedFor,
    /// RFC 7239 `Forwarded: for=…`.
    Forwarded,
}

impl std::str::FromStr for ProxyHeader {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "x-forwarded-for" => Ok(ProxyHeader::XForwardedFor),
            "forwarded" => Ok(ProxyHeader::Forwarded),
            _ => Err(format!("{s:?} is not x-forwarded-for or forwarded")),
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct TrustedProxies {
    pub nets: Vec<IpNet>,
    pub header: ProxyHeader,
}

/// The client's address, put in each request's extensions by [`identify`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientAddr(pub IpAddr);

impl TrustedProxies {
    fn trusts(&self, ip: IpAddr) -> bool {
        self.nets.iter().any(|net| net.contains(&ip))
    }

    /// The right-most address that is not a trusted proxy: each proxy appends
    /// the address it received from, so everything left of the first
    /// untrusted hop may be forged. With no trusted proxies, the peer.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let mut client = peer.to_canonical();
        if !self.trusts(client) {
            return client;
        }
        let name = match self.header {
            ProxyHeader::XForwardedFor => "x-forwarded-for",
            ProxyHeader::Forwarded => "forwarded",
        };
        // Several header lines read as one list, in order.
        let hops: Vec<&str> = headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .collect();
        for hop in hops.into_iter().rev() {
            let parsed = match self.header {
                ProxyHeader::XForwardedFor => parse_node(hop),
                ProxyHeader::Forwarded => forwarded_for(hop).and_then(parse_node),
            };
            // An unreadable or hidden hop (`unknown`, `_secret`): the proxy
            // that reported it is the nearest address known.
            let Some(ip) = parsed else { return client };
            client = ip.to_canonical();
            if !self.trusts(client) {
                return client;
            }
        }
        client
    }
}

/// `for=` of one RFC 7239 element (`for=192.0.2.60;proto=https;by=…`).
fn forwarded_for(element: &str) -> Option<&str> {
    element.split(';').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        k.trim().eq_ignore_ascii_case("for").then_some(v.trim())
    })
}

/// An address as proxies write it: bare, quoted, bracketed IPv6, with or without a port.
fn parse_node(node: &str) -> Option<IpAddr> {
    let node = node.trim().trim_matches('"');
    if let Ok(ip) = node.parse() {
        return Some(ip);
    }
    if let Some(rest) = node.strip_prefix('[') {
        return rest.split_once(']')?.0.parse().ok();
    }
    node.parse::<SocketAddr>().ok().map(|s| s.ip())
}

/// Middleware: works out the client's address once per request.
pub async fn identify(
    axum::extract::State(proxies): axum::extract::State<Arc<TrustedProxies>>,
    mut req: Request,
    next: Next,
) -> Response {
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |c| c.0.ip());
    let client = proxies.client(peer, req.headers());
    req.extensions_mut().insert(ClientAddr(client));
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn proxies(nets: &[&str], header: ProxyHeader) -> TrustedProxies {
        TrustedProxies {
            nets: nets.iter().map(|n| n.parse().unwrap()).collect(),
            header,
        }
    }

    fn headers(name: &'static str, values: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append(name, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn by_default_nothing_is_trusted_and_the_header_is_ignored() {
        let h = headers("x-forwarded-for", &["203.0.113.9"]);
        assert_eq!(
            TrustedProxies::default().client(ip("198.51.100.1"), &h),
            ip("198.51.100.1")
        );
    }

    #[test]
    fn the_right_most_untrusted_hop_is_the_client() {
        let p = proxies(&["10.0.0.0/8"], ProxyHeader::XForwardedFor);
        // The client forged the first entry; the proxies appended the rest.
        let h = headers("x-forwarded-for", &["1.2.3.4, 203.0.113.9", "10.0.0.7"]);
        assert_eq!(p.client(ip("10.0.0.1"), &h), ip("203.0.113.9"));
        // A request straight from an untrusted peer keeps the peer, whatever it claims.
        assert_eq!(p.client(ip("198.51.100.1"), &h), ip("198.51.100.1"));
    }

    #[test]
    fn a_mapped_ipv4_peer_is_matched_against_ipv4_networks() {
        let p = proxies(&["10.0.0.0/8"], ProxyHeader::XForwardedFor);
        let h = headers("x-forwarded-for", &["203.0.113.9"]);
        assert_eq!(p.client(ip("::ffff:10.0.0.1"), &h), ip("203.0.113.9"));
    }

    #[test]
    fn rfc_7239_forms_are_read() {
        let p = proxies(&["10.0.0.0/8", "2001:db8:ffff::/48"], ProxyHeader::Forwarded);
        let h = headers(
            "forwarded",
            &[r#"for=192.0.2.43;proto=https, for="[2001:db8:cafe::17]:4711";by=10.0.0.1"#],
        );
        assert_eq!(p.client(ip("10.0.0.1"), &h), ip("2001:db8:cafe::17"));
        let h = headers("forwarded", &["for=192.0.2.43:8080"]);
        assert_eq!(p.client(ip("10.0.0.1"), &h), ip("192.0.2.43"));
    }

    #[test]
    fn a_hidden_or_missing_hop_leaves_the_proxy_that_reported_it() {
        let p = proxies(&["10.0.0.0/8"], ProxyHeader::Forwarded);
        let h = headers("forwarded", &["for=203.0.113.9, for=unknown, for=10.0.0.8"]);
        assert_eq!(p.client(ip("10.0.0.1"), &h), ip("10.0.0.8"));
        assert_eq!(p.client(ip("10.0.0.1"), &HeaderMap::new()), ip("10.0.0.1"));
    }

    #[test]
    fn the_other_header_is_ignored() {
        let p = proxies(&["10.0.0.0/8"], ProxyHeader::Forwarded);
        let h = headers("x-forwarded-for", &["203.0.113.9"]);
        assert_eq!(p.client(ip("10.0.0.1"), &h), ip("10.0.0.1"));
    }
}
