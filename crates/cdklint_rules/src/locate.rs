//! Where in `rule.toml` a validation error is: the loader validates the parsed rule, which has
//! no spans, so the line is found afterwards from the key path the message names
//! (`[[match]] #2.where[0].any[1]`, `fix \`retain\``, `` `code` ``) in the TOML's own spans.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::LoadError;

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

/// The key written on the line holding `offset` (`name = …` or a `[table]` header).
pub(crate) fn key_at(text: &str, offset: usize) -> Option<String> {
    let start = text.get(..offset)?.rfind('\n').map_or(0, |i| i + 1);
    let line = text[start..].lines().next()?.trim();
    let key = match line.strip_prefix('[') {
        Some(header) => header.trim_start_matches('[').split(']').next()?,
        None => line.split('=').next()?,
    };
    let key = key.trim();
    (!key.is_empty() && line.len() > key.len()).then(|| key.to_string())
}

#[derive(Debug, Clone, PartialEq)]
enum Seg {
    Key(String),
    Index(usize),
}

/// Give a validation error of `rule.toml` (whose `text` this is) its line and key.
pub(crate) fn locate(text: &str, mut err: LoadError) -> LoadError {
    if err.line.is_some() {
        return err;
    }
    let Ok(root) = DeTable::parse(text) else {
        return err;
    };
    let (path, key) = match path_of(&err.message, root.get_ref()) {
        Some(found) => found,
        // An error about the rule as a whole (a missing query file, a `languages` mismatch):
        // the top of the file.
        None => {
            err.line = Some(1);
            return err;
        }
    };
    let offset = deepest_span(root.get_ref(), &path).unwrap_or(0);
    err.line = Some(line_column(text, offset).0);
    err.key = Some(key);
    err
}

/// The key path an error message is about, and its display form.
fn path_of(message: &str, root: &DeTable) -> Option<(Vec<Seg>, String)> {
    let key = |s: &str| Seg::Key(s.to_string());
    // `.where[0].not` after a matcher or a named condition: keys and list indexes.
    let descend = |path: &mut Vec<Seg>, place: &str| -> Option<()> {
        for part in place.split('.').filter(|p| !p.is_empty()) {
            match part.split_once('[') {
                Some((name, index)) => {
                    path.push(key(name));
                    path.push(Seg::Index(index.trim_end_matches(']').parse().ok()?));
                }
                None => path.push(key(part)),
            }
        }
        Some(())
    };
    if let Some(rest) = message.strip_prefix("[[match]] #") {
        let place = rest.split(':').next().unwrap_or_default();
        let digits: String = place.chars().take_while(char::is_ascii_digit).collect();
        let n: usize = digits.parse().ok()?;
        let mut path = vec![key("match"), Seg::Index(n.checked_sub(1)?)];
        descend(&mut path, &place[digits.len()..])?;
        return Some((path, format!("[[match]] #{place}")));
    }
    if let Some(rest) = message.strip_prefix("[conditions.") {
        let (name, after) = rest.split_once(']')?;
        let place = after.split(':').next().unwrap_or_default();
        let mut path = vec![key("conditions"), key(name)];
        descend(&mut path, place)?;
        return Some((path, format!("[conditions.{name}]{place}")));
    }
    for (section, keys) in [
        ("[docs.example]", "example"),
        ("[docs.use-instead]", "use-instead"),
    ] {
        if message.starts_with(section) {
            return Some((vec![key("docs"), key(keys)], format!("docs.{keys}")));
        }
    }
    let quoted = |after: &str| -> Option<String> {
        let rest = message.strip_prefix(after)?.strip_prefix('`')?;
        Some(rest.split('`').next()?.to_string())
    };
    for (prefix, table) in [
        ("[docs] ", "docs"),
        ("fix ", "fix"),
        ("variant ", "variants"),
        ("list ", "lists"),
    ] {
        if let Some(name) = quoted(prefix) {
            return Some((vec![key(table), key(&name)], format!("{table}.{name}")));
        }
    }
    if message.starts_with("templates use") {
        return Some((vec![key("message")], "message".into()));
    }
    if message.starts_with("with several fixes") {
        return Some((vec![key("fix")], "fix".into()));
    }
    // Otherwise the first `key` the message names that the file has at its top level.
    message
        .split('`')
        .skip(1)
        .step_by(2)
        .find(|k| entry(root, k).is_some())
        .map(|k| (vec![key(k)], k.to_string()))
}

fn entry<'a, 'i>(table: &'a DeTable<'i>, key: &str) -> Option<(usize, &'a Spanned<DeValue<'i>>)> {
    table
        .iter()
        .find(|(k, _)| k.get_ref().as_ref() == key)
        .map(|(k, v)| (k.span().start, v))
}

/// The start of the deepest part of `path` the document has.
fn deepest_span(root: &DeTable, path: &[Seg]) -> Option<usize> {
    let mut found = None;
    let mut table = Some(root);
    let mut value: Option<&Spanned<DeValue>> = None;
    for seg in path {
        match seg {
            Seg::Key(k) => {
                let (start, v) = entry(table?, k)?;
                found = Some(start);
                value = Some(v);
            }
            Seg::Index(i) => {
                let item = value?.get_ref().as_array()?.get(*i)?;
                found = Some(item.span().start);
                value = Some(item);
            }
        }
        table = value.and_then(|v| v.get_ref().as_table());
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULE: &str = r#"code = "ACME001"
name = "x"

[fix.add]
title = "t"

[[match]]
call = "aws_s3.Bucket"
where = [
  { prop = "a" },
  { any = [
      { prop = "b" },
      { prop = "c", bogus = 1 },
  ] },
]
"#;

    fn place(message: &str) -> (Option<usize>, Option<String>) {
        let e = locate(RULE, LoadError::new("rule.toml", message));
        (e.line, e.key)
    }

    #[test]
    fn match_paths_find_the_condition_line() {
        assert_eq!(
            place("[[match]] #1.where[1].any[1]: bad"),
            (Some(13), Some("[[match]] #1.where[1].any[1]".into()))
        );
        assert_eq!(place("[[match]] #1: bad").0, Some(7));
    }

    #[test]
    fn named_keys_find_their_line() {
        assert_eq!(
            place("`code` \"x\" must be …"),
            (Some(1), Some("code".into()))
        );
        assert_eq!(
            place("fix `add` has no `edits`"),
            (Some(4), Some("fix.add".into()))
        );
        assert_eq!(place("something about the whole rule").0, Some(1));
    }

    #[test]
    fn columns_count_characters() {
        assert_eq!(line_column("ab\né x", 6), (2, 3));
    }
}
