//! `keyed_enum!`: an enum whose variants each have a stable kebab-case key,
//! used in data files, URLs, JSON and Fluent message ids alike.

macro_rules! keyed_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $key:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            const KEYS: &'static [&'static str] = &[$($key),+];

            /// The kebab-case key used in data, URLs and Fluent message ids.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            pub fn from_key(key: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.key() == key)
            }
        }

        // By key, through `key` and `from_key`: serde's derive would add a
        // visitor per enum, which every lazily loaded page that reads one
        // would carry.
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.key())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let key = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                Self::from_key(&key).ok_or_else(|| serde::de::Error::unknown_variant(&key, Self::KEYS))
            }
        }
    };
}
