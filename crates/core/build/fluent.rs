//! Compiles the Fluent files into Rust tables at build time, with the
//! reference `fluent-syntax` parser: the browser then ships no parser and
//! parses nothing at start-up. Message references are inlined; what the
//! runtime does not implement (functions, terms, non-integer number keys) is
//! a build error naming the message, as is any syntax error.

use crate::section::Section;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write;

type Messages<'s> = HashMap<&'s str, &'s fluent_syntax::ast::Message<&'s str>>;

/// The Rust source of one language's tables, one per section of the interface
/// (`static NAME_BASE: [Entry; N]`, `NAME_FORMS` …), each sorted by id.
pub fn compile(name: &str, file: &str, source: &str) -> Result<String, String> {
    let resource =
        fluent_syntax::parser::parse(source).map_err(|(_, errors)| format!("{file}: syntax errors: {errors:?}"))?;
    let mut messages: Messages = HashMap::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(m) if messages.insert(m.id.name, m).is_some() => {
                return Err(format!("{file}: {} is defined twice", m.id.name));
            }
            Entry::Term(t) => return Err(format!("{file}: term -{} is not supported", t.id.name)),
            _ => {}
        }
    }
    let mut ids: Vec<&str> = messages.keys().copied().collect();
    ids.sort_unstable();
    let mut out = String::new();
    for section in Section::ALL {
        let in_part: Vec<&str> = ids.iter().copied().filter(|id| Section::of(id) == section).collect();
        let table = format!("{name}_{}", section.name().to_uppercase());
        let blob = RefCell::new(String::new());
        let lit = |text: &str| {
            let mut b = blob.borrow_mut();
            let a = b.len();
            b.push_str(text);
            format!("s({table}_S, {a}, {})", b.len())
        };
        writeln!(out, "static {table}: [Entry; {}] = [", in_part.len()).unwrap();
        for id in in_part {
            let m = messages[id];
            let writer = |what: &str| Writer {
                messages: &messages,
                at: format!("{file}: {id}{what}"),
                lit: &lit,
            };
            let value = match &m.value {
                Some(p) => format!("Some({})", writer("").pattern(p, 0)?),
                None => "None".to_owned(),
            };
            let mut attrs = String::new();
            for a in &m.attributes {
                let p = writer(&format!(".{}", a.id.name)).pattern(&a.value, 0)?;
                write!(attrs, "({}, {p}), ", lit(a.id.name)).unwrap();
            }
            writeln!(
                out,
                "    Entry {{ id: {}, value: {value}, attrs: &[{attrs}] }},",
                lit(id)
            )
            .unwrap();
        }
        out.push_str("];\n");
        writeln!(out, "const {table}_S: &str = {:?};", blob.borrow()).unwrap();
    }
    Ok(out)
}

/// Writes one message's patterns; `at` names it in errors, `depth` counts
/// inlined references (to stop a loop).
struct Writer<'m, 's> {
    messages: &'m Messages<'s>,
    at: String,
    lit: &'m dyn Fn(&str) -> String,
}

impl Writer<'_, '_> {
    fn pattern(&self, p: &Pattern<&str>, depth: usize) -> Result<String, String> {
        let mut parts = Vec::new();
        self.elements(p, depth, &mut parts)?;
        Ok(format!("&[{}]", parts.join(", ")))
    }

    fn elements(&self, p: &Pattern<&str>, depth: usize, parts: &mut Vec<String>) -> Result<(), String> {
        for element in &p.elements {
            match element {
                PatternElement::TextElement { value } => parts.push(format!("Part::Text({})", (self.lit)(value))),
                PatternElement::Placeable { expression: e } => self.expression(e, depth, parts)?,
            }
        }
        Ok(())
    }

    fn expression(&self, e: &Expression<&str>, depth: usize, parts: &mut Vec<String>) -> Result<(), String> {
        let at = &self.at;
        match e {
            Expression::Inline(inline) => self.inline_expression(inline, depth, parts),
            Expression::Select { selector, variants } => {
                let InlineExpression::VariableReference { id } = selector else {
                    return Err(format!("{at}: only a variable can select a variant"));
                };
                let mut keyed = String::new();
                let mut default = None;
                for v in variants {
                    let value = self.pattern(&v.value, depth)?;
                    if v.default {
                        default = Some(value.clone());
                    }
                    let key = match &v.key {
                        VariantKey::Identifier { name } => format!("Key::Name({})", (self.lit)(name)),
                        VariantKey::NumberLiteral { value } => match value.parse::<u64>() {
                            Ok(n) => format!("Key::Number({n})"),
                            Err(_) => return Err(format!("{at}: variant key {value} is not a whole number")),
                        },
                    };
                    write!(keyed, "({key}, {value}), ").unwrap();
                }
                let default = default.ok_or_else(|| format!("{at}: a select has no default variant"))?;
                parts.push(format!(
                    "Part::Select(&Select {{ var: {}, variants: &[{keyed}], default: {default} }})",
                    (self.lit)(id.name)
                ));
                Ok(())
            }
        }
    }

    fn inline_expression(
        &self,
        e: &InlineExpression<&str>,
        depth: usize,
        parts: &mut Vec<String>,
    ) -> Result<(), String> {
        let at = &self.at;
        match e {
            InlineExpression::VariableReference { id } => parts.push(format!("Part::Var({})", (self.lit)(id.name))),
            InlineExpression::StringLiteral { value } => {
                let text = fluent_syntax::unicode::unescape_unicode_to_string(value);
                parts.push(format!("Part::Text({})", (self.lit)(&text)));
            }
            InlineExpression::Placeable { expression: inner } => self.expression(inner, depth, parts)?,
            InlineExpression::MessageReference { id, attribute } => {
                if depth > 8 {
                    return Err(format!("{at}: message references loop"));
                }
                let target = self
                    .messages
                    .get(id.name)
                    .ok_or_else(|| format!("{at}: refers to {}, which does not exist", id.name))?;
                let referenced = match attribute {
                    Some(a) => target.attributes.iter().find(|x| x.id.name == a.name).map(|x| &x.value),
                    None => target.value.as_ref(),
                }
                .ok_or_else(|| format!("{at}: refers to {} without the text it needs", id.name))?;
                self.elements(referenced, depth + 1, parts)?;
            }
            InlineExpression::NumberLiteral { .. }
            | InlineExpression::FunctionReference { .. }
            | InlineExpression::TermReference { .. } => {
                return Err(format!("{at}: number literals, functions and terms are not supported"));
            }
        }
        Ok(())
    }
}
