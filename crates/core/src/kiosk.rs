//! Kiosk mode: a public touch-screen where one person follows another. After
//! a time without a touch or a key, a dialog counts down; then everything the
//! last person entered is wiped and the home page shows again. The settings
//! come from the deployment's configuration; values a timer cannot honour
//! sensibly are replaced by the defaults.

use crate::Lang;

/// How a kiosk forgets its visitors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KioskSettings {
    /// Seconds without activity before the dialog asks "still there?".
    pub idle_seconds: u32,
    /// Seconds the dialog counts down before the wipe.
    pub warning_seconds: u32,
    /// The language the home page shows in after a wipe.
    pub default_lang: Lang,
}

impl Default for KioskSettings {
    fn default() -> Self {
        KioskSettings {
            idle_seconds: 120,
            warning_seconds: 30,
            default_lang: Lang::Az,
        }
    }
}

/// Where a kiosk is, `idle_ms` after the last touch or key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdlePhase {
    Active,
    /// The dialog shows, this many whole seconds before the wipe (at least 1).
    Warning {
        seconds_left: u32,
    },
    Wipe,
}

impl KioskSettings {
    /// The settings `config.json` gives (`kiosk.idle_seconds`, …): what is
    /// missing, not a whole number or not a language Qapı speaks is the
    /// default, and the rest goes through `sane`.
    pub fn from_config(idle_seconds: Option<f64>, warning_seconds: Option<f64>, default_lang: Option<&str>) -> Self {
        let d = KioskSettings::default();
        let whole = |n: Option<f64>, default: u32| {
            n.filter(|n| n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n))
                .map_or(default, |n| n as u32)
        };
        KioskSettings {
            idle_seconds: whole(idle_seconds, d.idle_seconds),
            warning_seconds: whole(warning_seconds, d.warning_seconds),
            default_lang: default_lang.and_then(|l| l.parse().ok()).unwrap_or(d.default_lang),
        }
        .sane()
    }

    /// The settings with each value a kiosk can honour: an idle time of 1 s
    /// to 1 hour (1 s for tests; a deployment chooses minutes), a countdown
    /// of 1 s to 5 minutes; anything else is the default.
    pub fn sane(self) -> Self {
        let d = KioskSettings::default();
        KioskSettings {
            idle_seconds: Some(self.idle_seconds)
                .filter(|s| (1..=3600).contains(s))
                .unwrap_or(d.idle_seconds),
            warning_seconds: Some(self.warning_seconds)
                .filter(|s| (1..=300).contains(s))
                .unwrap_or(d.warning_seconds),
            default_lang: self.default_lang,
        }
    }

    pub fn phase(&self, idle_ms: f64) -> IdlePhase {
        let idle = f64::from(self.idle_seconds) * 1000.0;
        let wipe = idle + f64::from(self.warning_seconds) * 1000.0;
        // NaN (a clock gone wrong) counts as activity, never as a wipe.
        if idle_ms.is_nan() || idle_ms < idle {
            IdlePhase::Active
        } else if idle_ms < wipe {
            let left = ((wipe - idle_ms) / 1000.0).ceil() as u32;
            IdlePhase::Warning {
                seconds_left: left.max(1),
            }
        } else {
            IdlePhase::Wipe
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn settings(idle: u32, warning: u32) -> KioskSettings {
        KioskSettings {
            idle_seconds: idle,
            warning_seconds: warning,
            default_lang: Lang::En,
        }
    }

    #[test]
    fn active_then_a_countdown_then_the_wipe() {
        let s = settings(120, 30);
        assert_eq!(s.phase(0.0), IdlePhase::Active);
        assert_eq!(s.phase(119_999.0), IdlePhase::Active);
        assert_eq!(s.phase(120_000.0), IdlePhase::Warning { seconds_left: 30 });
        assert_eq!(s.phase(120_001.0), IdlePhase::Warning { seconds_left: 30 });
        assert_eq!(s.phase(149_000.0), IdlePhase::Warning { seconds_left: 1 });
        assert_eq!(s.phase(149_999.0), IdlePhase::Warning { seconds_left: 1 });
        assert_eq!(s.phase(150_000.0), IdlePhase::Wipe);
        assert_eq!(s.phase(f64::NAN), IdlePhase::Active);
        assert_eq!(s.phase(f64::INFINITY), IdlePhase::Wipe);
    }

    #[test]
    fn settings_a_timer_cannot_honour_are_the_defaults() {
        let d = KioskSettings::default();
        let s = settings(0, 100_000).sane();
        assert_eq!((s.idle_seconds, s.warning_seconds), (d.idle_seconds, d.warning_seconds));
        assert_eq!(s.default_lang, Lang::En);
        assert_eq!(settings(3, 2).sane(), settings(3, 2));
    }

    #[test]
    fn read_from_configuration_with_defaults_for_what_is_missing_or_wrong() {
        let s = KioskSettings::from_config(Some(60.0), None, Some("ru"));
        assert_eq!(
            s,
            KioskSettings {
                idle_seconds: 60,
                warning_seconds: 30,
                default_lang: Lang::Ru
            }
        );
        let s = KioskSettings::from_config(Some(2.5), Some(-3.0), Some("de"));
        assert_eq!(s, KioskSettings::default());
        assert_eq!(
            KioskSettings::from_config(Some(f64::NAN), Some(1e12), None),
            KioskSettings::default()
        );
    }

    proptest! {
        /// The countdown only goes down as time passes, and the wipe comes
        /// exactly once the idle time and the countdown have both run out.
        #[test]
        fn the_phase_never_goes_back(idle in 1u32..3600, warning in 1u32..300, a in 0f64..4e6, b in 0f64..4e6) {
            let s = settings(idle, warning);
            let (early, late) = if a <= b { (a, b) } else { (b, a) };
            let rank = |p: IdlePhase| match p {
                IdlePhase::Active => (0, 0),
                IdlePhase::Warning { seconds_left } => (1, u32::MAX - seconds_left),
                IdlePhase::Wipe => (2, 0),
            };
            prop_assert!(rank(s.phase(early)) <= rank(s.phase(late)));
            prop_assert_eq!(s.phase(late) == IdlePhase::Wipe, late >= f64::from(idle + warning) * 1000.0);
        }
    }
}
