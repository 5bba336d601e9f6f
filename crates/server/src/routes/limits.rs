//! Rate limits (GCRA, from `governor`): per client address, per person looked
//! up, and for the whole server. A refusal is a 429 telling when to retry.

use crate::error::ApiError;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::hash::Hash;
use std::net::{IpAddr, Ipv6Addr};
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Every limit the API applies, built from the configuration.
pub struct Limits {
    pub lookups: PerAddress,
    pub lookups_global: Global,
    pub lookups_per_person: PerPerson,
    /// Applications, uploads and cancellations.
    pub creations: PerAddress,
    pub bookings: PerAddress,
    pub ratings: PerAddress,
    pub queue_reads: PerAddress,
}

const MINUTE: Duration = Duration::from_secs(60);
const HOUR: Duration = Duration::from_secs(3600);

impl Limits {
    pub fn new(config: &crate::Config) -> Self {
        Limits {
            lookups: PerAddress::new(config.lookups_per_minute, MINUTE),
            lookups_global: Global(RateLimiter::direct(quota(config.lookups_global_per_minute, MINUTE))),
            lookups_per_person: Keyed::new(quota(config.person_lookups_per_hour, HOUR)),
            creations: PerAddress::new(config.creations_per_minute, MINUTE),
            bookings: PerAddress::new(config.bookings_per_hour, HOUR),
            ratings: PerAddress::new(config.ratings_per_hour, HOUR),
            queue_reads: PerAddress::new(config.queue_reads_per_minute, MINUTE),
        }
    }
}

/// `n` per `window`, all of them at once if need be.
pub fn quota(n: u32, window: Duration) -> Quota {
    let n = nonzero(n);
    Quota::with_period(window / n.get())
        .unwrap_or_else(|| Quota::per_second(NonZeroU32::MAX))
        .allow_burst(n)
}

/// The key of one client: its IPv4 address, or its IPv6 /64.
pub fn client_key(ip: IpAddr) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V6(v6) => prefix(v6, 64),
        v4 => v4,
    }
}

fn nonzero(n: u32) -> NonZeroU32 {
    NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN)
}

fn refusal(wait: governor::NotUntil<<DefaultClock as Clock>::Instant>) -> ApiError {
    ApiError::RateLimited {
        retry_after_secs: wait.wait_time_from(DefaultClock::default().now()).as_secs().max(1),
    }
}

/// One quota per key.
pub struct Keyed<K: Hash + Eq + Clone> {
    limiter: DefaultKeyedRateLimiter<K>,
    checks: AtomicU64,
}

impl<K: Hash + Eq + Clone> Keyed<K> {
    pub fn new(quota: Quota) -> Self {
        Keyed {
            limiter: RateLimiter::keyed(quota),
            checks: AtomicU64::new(0),
        }
    }

    pub fn check(&self, key: &K) -> Result<(), ApiError> {
        // Forget keys whose quota has refilled, now and then, so memory stays
        // bounded without a scan on every request.
        if self.checks.fetch_add(1, Ordering::Relaxed).is_multiple_of(4096) {
            self.limiter.retain_recent();
        }
        self.limiter.check_key(key).map_err(refusal)
    }

    /// Takes `n` of the key's quota at once (e.g. kibibytes uploaded);
    /// more than the whole quota is refused like an empty one.
    pub fn check_n(&self, key: &K, n: u32) -> Result<(), ApiError> {
        match self.limiter.check_key_n(key, nonzero(n)) {
            Ok(Ok(())) => Ok(()),
            Ok(Err(wait)) => Err(refusal(wait)),
            Err(_) => Err(ApiError::RateLimited {
                retry_after_secs: 24 * 3600,
            }),
        }
    }
}

/// A per-address limit. An IPv6 client controls at least a /64, and often a
/// /56 or a /48: each prefix length has its own, larger quota, so walking
/// through a /48 gains little.
pub struct PerAddress {
    per_client: Keyed<IpAddr>,
    per_56: Keyed<IpAddr>,
    per_48: Keyed<IpAddr>,
}

fn prefix(ip: Ipv6Addr, bits: u32) -> IpAddr {
    let mask = u128::MAX.checked_shl(128 - bits).unwrap_or(0);
    IpAddr::V6(Ipv6Addr::from(u128::from(ip) & mask))
}

impl PerAddress {
    pub fn new(n: u32, window: Duration) -> Self {
        let scaled = |factor: u32| Keyed::new(quota(n.saturating_mul(factor), window));
        PerAddress {
            per_client: scaled(1),
            per_56: scaled(4),
            per_48: scaled(16),
        }
    }

    pub fn check(&self, ip: IpAddr) -> Result<(), ApiError> {
        // An IPv4 client on a dual-stack listener arrives as `::ffff:a.b.c.d`,
        // whose first 64 bits are zero for everyone: key it by its IPv4 address.
        match ip.to_canonical() {
            v4 @ IpAddr::V4(_) => self.per_client.check(&v4),
            IpAddr::V6(v6) => {
                self.per_client.check(&prefix(v6, 64))?;
                self.per_56.check(&prefix(v6, 56))?;
                self.per_48.check(&prefix(v6, 48))
            }
        }
    }
}

/// One quota for everyone: a ceiling no spread of addresses gets past.
pub struct Global(DefaultDirectRateLimiter);

impl Global {
    pub fn check(&self) -> Result<(), ApiError> {
        self.0.check().map_err(refusal)
    }
}

/// Per person looked up: keyed by a pseudonym of passport number and
/// citizenship, whatever date of birth is tried, so guessing someone's date
/// of birth from many addresses is as slow as from one.
pub type PerPerson = Keyed<[u8; 16]>;

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn allowed(limit: &PerAddress, addrs: &[&str]) -> usize {
        addrs.iter().filter(|a| limit.check(ip(a)).is_ok()).count()
    }

    #[test]
    fn ipv4_clients_on_a_dual_stack_listener_are_told_apart() {
        let limit = PerAddress::new(1, MINUTE);
        assert_eq!(allowed(&limit, &["::ffff:192.0.2.1", "::ffff:198.51.100.7"]), 2);
        assert_eq!(
            allowed(&limit, &["192.0.2.1"]),
            0,
            "the same client as ::ffff:192.0.2.1"
        );
    }

    #[test]
    fn an_ipv6_client_counts_once_for_its_slash_64() {
        let limit = PerAddress::new(1, MINUTE);
        assert_eq!(allowed(&limit, &["2001:db8:1:2:aaaa::1", "2001:db8:1:2:bbbb::2"]), 1);
        assert_eq!(allowed(&limit, &["2001:db8:1:3::1"]), 1);
    }

    #[test]
    fn walking_through_a_slash_48_meets_its_own_quota() {
        let limit = PerAddress::new(1, MINUTE);
        // 256 different /64s in one /56, then in other /56s of the same /48.
        let one_56: Vec<String> = (0..256).map(|i| format!("2001:db8:0:{i:x}::1")).collect();
        let refs: Vec<&str> = one_56.iter().map(String::as_str).collect();
        assert_eq!(allowed(&limit, &refs), 4, "a /56 gets 4 times a client's quota");
        let across: Vec<String> = (1..=255).map(|i| format!("2001:db8:0:{:x}::1", i << 8)).collect();
        let refs: Vec<&str> = across.iter().map(String::as_str).collect();
        assert_eq!(allowed(&limit, &refs), 12, "and a /48 16 times, shared by its /56s");
        assert_eq!(allowed(&limit, &["2001:db8:1::1"]), 1, "another /48 is another client");
    }

    #[test]
    fn the_global_ceiling_holds_whatever_the_address() {
        let g = Global(RateLimiter::direct(quota(3, MINUTE)));
        assert_eq!((0..10).filter(|_| g.check().is_ok()).count(), 3);
        match g.check() {
            Err(ApiError::RateLimited { retry_after_secs }) => assert!((1..=20).contains(&retry_after_secs)),
            other => panic!("expected a 429, got {other:?}"),
        }
    }
}
