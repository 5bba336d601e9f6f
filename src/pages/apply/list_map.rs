//! A few values by text key, kept in a list. The form code keeps a handful
//! per map (a draft's entries, a page's problems, this visit's drafts), and every `BTreeMap`
//! type is one more copy of the tree's code in the wasm (about 5 KB each).

#[derive(Debug, Clone, PartialEq)]
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
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut access: A) -> Result<ListMap<V>, A::Error> {
                let mut map = ListMap::new();
                while let Some((key, value)) = access.next_entry()? {
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
        for (key, value) in items {
            map.insert(key, value);
        }
        map
    }
}

#[cfg(test)]
mod tests {
    use super::ListMap;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn behaves_as_a_map() {
        let mut m: ListMap<u32> = [("a".to_owned(), 1), ("b".to_owned(), 2), ("a".to_owned(), 3)]
            .into_iter()
            .collect();
        assert_eq!((m.get("a"), m.get("b"), m.get("c")), (Some(&3), Some(&2), None));
        assert_eq!(m.keys().cloned().collect::<Vec<_>>(), ["a", "b"]);
        m.insert("b".to_owned(), 4);
        m.remove("a");
        assert!(!m.contains_key("a") && m.get("b") == Some(&4));
        m.remove("b");
        assert!(m.is_empty());
    }

    #[wasm_bindgen_test]
    fn reads_and_writes_a_json_object_in_its_order() {
        use crate::api::json;
        let m: ListMap<u32> = [("b".to_owned(), 2), ("a".to_owned(), 1)].into_iter().collect();
        let text = json::to_string(&m).unwrap();
        assert_eq!(text, r#"{"b":2,"a":1}"#);
        assert_eq!(json::from_str::<ListMap<u32>>(&text), Some(m));
        assert_eq!(json::from_str::<ListMap<u32>>("[1]"), None);
        assert_eq!(json::from_str::<ListMap<u32>>(r#"{"a":"x"}"#), None);
    }
}
