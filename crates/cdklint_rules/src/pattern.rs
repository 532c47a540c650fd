//! Regexes written in rules, compiled on first use.
//!
//! Compiling a regex costs far more than parsing it, and a rule's patterns are only needed when
//! a file reaches the test that holds them: a run over one small file would otherwise spend
//! most of its time compiling the patterns of rules that never look at it. A pattern's syntax
//! is checked when a project's rule loads, so a bad one is still an error with file, line and
//! key; the built-in rules' patterns are checked and compiled by the test-suite instead
//! (`tests/embedded.rs`), which keeps that parse out of every process's start.

use std::collections::HashMap;
use std::ops::Deref;
use std::sync::{Mutex, OnceLock, PoisonError};

use regex::Regex;

#[derive(Debug, Clone)]
pub struct Pattern {
    source: String,
    compiled: OnceLock<Regex>,
}

impl Pattern {
    /// A pattern whose syntax is valid (the reason as `regex` words it when not).
    pub fn new(source: &str) -> Result<Pattern, String> {
        regex_syntax::Parser::new()
            .parse(source)
            .map_err(|e| e.to_string())?;
        Ok(Pattern {
            source: source.to_string(),
            compiled: OnceLock::new(),
        })
    }

    /// A pattern whose syntax is not checked: for the rules built into the binary, whose every
    /// pattern the test-suite compiles (checking costs more than the rest of loading a rule).
    /// Should one still be invalid, it matches nothing (see [`compile`]).
    pub fn unchecked(source: &str) -> Pattern {
        Pattern {
            source: source.to_string(),
            compiled: OnceLock::new(),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.source
    }
}

impl Deref for Pattern {
    type Target = Regex;

    fn deref(&self) -> &Regex {
        self.compiled.get_or_init(|| compile(&self.source))
    }
}

/// The regex of `source`, compiled once per process: several rules share a pattern (the
/// placeholder words, the cross-account names), and a clone of a compiled regex is cheap.
fn compile(source: &str) -> Regex {
    static COMPILED: OnceLock<Mutex<HashMap<String, Regex>>> = OnceLock::new();
    let cache = COMPILED.get_or_init(Default::default);
    let lock = || cache.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(hit) = lock().get(source) {
        return hit.clone();
    }
    // Compiled outside the lock: other threads go on with other patterns meanwhile. Only a
    // pattern over the compiled-size limit fails here (its syntax was checked at load, or for
    // a built-in rule by the test-suite); it matches nothing rather than failing the run.
    let regex = Regex::new(source).unwrap_or_else(|_| {
        Regex::new(r"[^\s\S]").expect("an empty character class is a valid regex")
    });
    lock().entry(source.to_string()).or_insert(regex).clone()
}

impl PartialEq for Pattern {
    fn eq(&self, other: &Self) -> bool {
        self.source == other.source
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pattern_is_checked_at_once_and_matches_like_its_regex() {
        assert!(Pattern::new("(unclosed").unwrap_err().contains("unclosed"));
        let p = Pattern::new("^aws-waf-logs-").unwrap();
        assert!(p.is_match("aws-waf-logs-app") && !p.is_match("logs"));
        let never = Pattern::new(r"[^\s\S]").unwrap();
        assert!(!never.is_match("anything"));
    }
}
