//! A few values by text key, kept in a list in the order they were first
//! set. A form's answers and the browser's drafts and problems are a few
//! dozen at most, and every `BTreeMap` type is one more copy of the tree's
//! code in the wasm (about 5 KB each).

/// The most entries read from JSON: far more than any form asks.
pub const MOST_ENTRIES: usize = 256;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListMap<V>(Vec<(String, V)>);

impl<V> ListMap<V> {
    pub const fn new() -> Self {
        ListMap(Vec::new())
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Sets the key's value, in its place if it had one.
    pub fn insert(&mut self, key: String, value: V) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some((_, old)) => *old = value,
            None => self.0.push((key, value)),
        }
    }

    pub fn remove(&mut self, key: &str) {
        self.0.retain(|(k, _)| k != key);
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }
}

impl<V> IntoIterator for ListMap<V> {
    type Item = (String, V);
    type IntoIter = std::vec::IntoIter<(String, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<V> Default for ListMap<V> {
    fn default() -> Self {
        ListMap::new()
    }
}

impl<V> Extend<(String, V)> for ListMap<V> {
    fn extend<I: IntoIterator<Item = (String, V)>>(&mut self, items: I) {
        for (key, value) in items {
            self.insert(key, value);
        }
    }
}

impl<V, const N: usize> From<[(String, V); N]> for ListMap<V> {
    fn from(items: [(String, V); N]) -> Self {
        items.into_iter().collect()
    }
}

/// Written as a JSON object, as a `BTreeMap` would be.
impl<V: serde::Serialize> serde::Serialize for ListMap<V> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

impl<'de, V: serde::Deserialize<'de>> serde::Deserialize<'de> for ListMap<V> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entries<V>(std::marker::PhantomData<V>);
        impl<'de, V: serde::Deserialize<'de>> serde::de::Visitor<'de> for Entries<V> {
            type Value = ListMap<V>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                write!(f, "an object of at most {MOST_ENTRIES} entries")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut access: A) -> Result<ListMap<V>, A::Error> {
                let mut map = ListMap::new();
                let mut read = 0;
                while let Some((key, value)) = access.next_entry()? {
                    // Each insert looks through the list: a body of thousands
                    // of keys must not cost the server quadratic time.
                    read += 1;
                    if read > MOST_ENTRIES {
                        return Err(serde::de::Error::invalid_length(read, &self));
                    }
                    map.insert(key, value);
                }
                Ok(map)
            }
        }
        deserializer.deserialize_map(Entries(std::marker::PhantomData))
    }
}

/// A later value for a key replaces an earlier one, as in a map.
impl<V> FromIterator<(String, V)> for ListMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(items: I) -> Self {
        let mut map = ListMap::new();
        map.extend(items);
        map
    }
}

#[cfg(test)]
mod tests {
    use super::{ListMap, MOST_ENTRIES};

    #[test]
    fn behaves_as_a_map_in_the_order_keys_were_first_set() {
        let mut m: ListMap<u32> = [("b".to_owned(), 1), ("a".to_owned(), 2), ("b".to_owned(), 3)]
            .into_iter()
            .collect();
        assert_eq!(
            (m.get("a"), m.get("b"), m.get("c"), m.len()),
            (Some(&2), Some(&3), None, 2)
        );
        assert_eq!(m.keys().cloned().collect::<Vec<_>>(), ["b", "a"]);
        m.insert("a".to_owned(), 4);
        m.remove("b");
        assert!(!m.contains_key("b") && m.get("a") == Some(&4));
        m.remove("a");
        assert!(m.is_empty());
    }

    #[test]
    fn reads_and_writes_a_json_object_in_its_order() {
        let m = ListMap::from([("b".to_owned(), 2), ("a".to_owned(), 1)]);
        let text = serde_json::to_string(&m).unwrap();
        assert_eq!(text, r#"{"b":2,"a":1}"#);
        assert_eq!(serde_json::from_str::<ListMap<u32>>(&text).unwrap(), m);
        // A key given twice keeps its last value, as a map would.
        assert_eq!(
            serde_json::from_str::<ListMap<u32>>(r#"{"a":1,"a":2}"#).unwrap(),
            ListMap::from([("a".to_owned(), 2)])
        );
        assert!(serde_json::from_str::<ListMap<u32>>("[1]").is_err());
        assert!(serde_json::from_str::<ListMap<u32>>(r#"{"a":"x"}"#).is_err());
        let object = |n: usize| {
            format!(
                "{{{}}}",
                (0..n).map(|i| format!(r#""k{i}":{i}"#)).collect::<Vec<_>>().join(",")
            )
        };
        assert_eq!(
            serde_json::from_str::<ListMap<u32>>(&object(MOST_ENTRIES))
                .unwrap()
                .len(),
            MOST_ENTRIES
        );
        assert!(serde_json::from_str::<ListMap<u32>>(&object(MOST_ENTRIES + 1)).is_err());
    }
}
