//! Sign-in rate limits: at most [`PER_NAME`] failed sign-ins for one account name and [`PER_CLIENT`] from
//! one client address within [`WINDOW`]; beyond that, sign-in is refused (HTTP 429) until the oldest
//! failure leaves the window. Kept in memory: a restart clears it, and one server process is assumed.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub const PER_NAME: usize = 5;
pub const PER_CLIENT: usize = 20;
pub const WINDOW: Duration = Duration::from_secs(15 * 60);

#[derive(Default)]
pub struct Limiter {
    failures: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl Limiter {
    /// Seconds to wait if sign-in is blocked for this name or client now.
    pub fn blocked(&self, name: &str, client: &str) -> Option<u64> {
        let now = Instant::now();
        let mut f = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        let mut wait = None;
        for (key, limit) in [(format!("name:{name}"), PER_NAME), (format!("ip:{client}"), PER_CLIENT)] {
            if let Some(q) = f.get_mut(&key) {
                while q.front().is_some_and(|t| now.duration_since(*t) > WINDOW) {
                    q.pop_front();
                }
                if q.len() >= limit
                    && let Some(oldest) = q.front()
                {
                    let secs = WINDOW.saturating_sub(now.duration_since(*oldest)).as_secs().max(1);
                    wait = Some(wait.map_or(secs, |w: u64| w.max(secs)));
                }
            }
        }
        wait
    }

    pub fn failed(&self, name: &str, client: &str) {
        let now = Instant::now();
        let mut f = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        for key in [format!("name:{name}"), format!("ip:{client}")] {
            f.entry(key).or_default().push_back(now);
        }
        // Bound the memory: forget keys with no failure in the window.
        if f.len() > 10_000 {
            f.retain(|_, q| q.back().is_some_and(|t| now.duration_since(*t) <= WINDOW));
        }
    }

    pub fn succeeded(&self, name: &str) {
        let mut f = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        f.remove(&format!("name:{name}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_failures_block_the_name_and_twenty_the_client() {
        let l = Limiter::default();
        for _ in 0..PER_NAME {
            assert!(l.blocked("alice", "1.2.3.4").is_none());
            l.failed("alice", "1.2.3.4");
        }
        assert!(
            l.blocked("alice", "5.6.7.8").is_some(),
            "the name is blocked from any address"
        );
        assert!(l.blocked("bob", "5.6.7.8").is_none());
        for i in 0..PER_CLIENT {
            l.failed(&format!("user{i}"), "9.9.9.9");
        }
        assert!(
            l.blocked("carol", "9.9.9.9").is_some(),
            "the address is blocked for any name"
        );
        l.succeeded("alice");
        assert!(l.blocked("alice", "5.6.7.8").is_none());
    }
}
