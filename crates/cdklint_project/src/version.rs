//! A semver-ish version: `major.minor.patch` with an optional pre-release tag, ordered the way
//! package managers order releases (a pre-release sorts before its release).

use std::cmp::Ordering;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Version {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
    /// `rc.1` of `2.100.0-rc.1`; empty for a release.
    pub pre: String,
}

impl Version {
    pub const fn new(major: u64, minor: u64, patch: u64) -> Version {
        Version {
            major,
            minor,
            patch,
            pre: String::new(),
        }
    }

    /// `2.100.0`, `v2.100.0`, `2.100`, `2`, `2.100.0-rc.1`, `2.100.0+build`. Missing parts are 0;
    /// anything else is not a version.
    pub fn parse(text: &str) -> Option<Version> {
        let t = text.trim();
        let t = t.strip_prefix(['v', 'V']).unwrap_or(t);
        let t = t.split('+').next().unwrap_or(t);
        let (nums, pre) = match t.split_once('-') {
            Some((n, p)) => (n, p.to_string()),
            None => (t, String::new()),
        };
        let mut parts = nums.split('.');
        let mut next = |required: bool| -> Option<u64> {
            match parts.next() {
                Some(p) => p.parse().ok(),
                None if required => None,
                None => Some(0),
            }
        };
        let major = next(true)?;
        let minor = next(false)?;
        let patch = next(false)?;
        if parts.next().is_some() {
            return None;
        }
        Some(Version {
            major,
            minor,
            patch,
            pre,
        })
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.major, self.minor, self.patch)
            .cmp(&(other.major, other.minor, other.patch))
            .then_with(|| match (self.pre.is_empty(), other.pre.is_empty()) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Greater,
                (false, true) => Ordering::Less,
                (false, false) => compare_pre(&self.pre, &other.pre),
            })
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Dot-separated identifiers: numeric ones compare as numbers and before alphanumeric ones.
fn compare_pre(a: &str, b: &str) -> Ordering {
    let mut ai = a.split('.');
    let mut bi = b.split('.');
    loop {
        match (ai.next(), bi.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) => {
                let o = match (x.parse::<u64>(), y.parse::<u64>()) {
                    (Ok(m), Ok(n)) => m.cmp(&n),
                    (Ok(_), Err(_)) => Ordering::Less,
                    (Err(_), Ok(_)) => Ordering::Greater,
                    (Err(_), Err(_)) => x.cmp(y),
                };
                if o != Ordering::Equal {
                    return o;
                }
            }
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)?;
        if !self.pre.is_empty() {
            write!(f, "-{}", self.pre)?;
        }
        Ok(())
    }
}

/// A requirement as a manifest writes it (`^2.100.0`, `>=2.100,<3`, `~=2.100.0`, `2.100.0`):
/// the version it pins exactly, or else the lowest version it admits. `None` when it names no
/// lower bound (`*`, `latest`, `<3`, a git URL, `workspace:*`).
pub fn requirement(spec: &str) -> Option<(Version, bool)> {
    let spec = spec.trim().trim_matches(|c| c == '"' || c == '\'');
    // npm alternatives: the lowest lower bound of any of them.
    if spec.contains("||") {
        let bounds: Vec<Version> = spec
            .split("||")
            .map(|alt| requirement(alt).map(|(v, _)| v))
            .collect::<Option<_>>()?;
        return bounds.into_iter().min().map(|v| (v, false));
    }
    let spec = spec.strip_prefix("npm:aws-cdk-lib@").unwrap_or(spec);
    let mut lower: Option<Version> = None;
    let mut exact = false;
    let clauses: Vec<&str> = spec
        .split([',', ' '])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    for clause in &clauses {
        let (op, rest) = split_operator(clause);
        let rest = rest.trim();
        let wildcard = rest.contains(['*', 'x', 'X']);
        let numeric: String = rest
            .split('.')
            .take_while(|p| !matches!(*p, "*" | "x" | "X"))
            .collect::<Vec<_>>()
            .join(".");
        match op {
            "<" | "<=" | "!=" => continue,
            "==" | "===" | "=" | "" if !wildcard && clauses.len() == 1 => {
                let v = Version::parse(&numeric)?;
                // `2.100` as an npm range means 2.100.x; only a full version pins.
                exact = numeric.matches('.').count() == 2;
                lower = Some(v);
            }
            "==" | "===" | "=" | "" | ">=" | "^" | "~" | "~=" | ">" => {
                if numeric.is_empty() {
                    continue;
                }
                let v = Version::parse(&numeric)?;
                lower = Some(match lower {
                    Some(l) if l > v => l,
                    _ => v,
                });
            }
            _ => return None,
        }
    }
    lower.map(|v| (v, exact))
}

fn split_operator(clause: &str) -> (&str, &str) {
    for op in ["===", "==", ">=", "<=", "~=", "!=", "^", "~", ">", "<", "="] {
        if let Some(rest) = clause.strip_prefix(op) {
            return (op, rest);
        }
    }
    ("", clause)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Version {
        Version::parse(s).unwrap()
    }

    #[test]
    fn parses_and_orders() {
        assert_eq!(v("2.100.0"), Version::new(2, 100, 0));
        assert_eq!(v("v2.100"), Version::new(2, 100, 0));
        assert_eq!(v("2"), Version::new(2, 0, 0));
        assert!(v("2.99.1") < v("2.100.0"));
        assert!(v("2.100.0-rc.1") < v("2.100.0"));
        assert!(v("2.100.0-rc.2") < v("2.100.0-rc.10"));
        assert!(v("2.100.0+build.5") == v("2.100.0"));
        assert_eq!(v("2.100.0-alpha.0").to_string(), "2.100.0-alpha.0");
        assert_eq!(Version::parse("2.100.0.1"), None);
        assert_eq!(Version::parse("latest"), None);
        assert_eq!(Version::parse(""), None);
    }

    #[test]
    fn requirements_give_pins_or_lower_bounds() {
        let r = |s: &str| requirement(s).map(|(v, e)| (v.to_string(), e));
        assert_eq!(r("2.100.0"), Some(("2.100.0".into(), true)));
        assert_eq!(r("==2.100.0"), Some(("2.100.0".into(), true)));
        assert_eq!(r("^2.100.0"), Some(("2.100.0".into(), false)));
        assert_eq!(r("~2.100.0"), Some(("2.100.0".into(), false)));
        assert_eq!(r(">=2.100.0,<3.0.0"), Some(("2.100.0".into(), false)));
        assert_eq!(r(">=2.100.0 <3.0.0"), Some(("2.100.0".into(), false)));
        assert_eq!(r("~=2.100"), Some(("2.100.0".into(), false)));
        assert_eq!(r("==2.100.*"), Some(("2.100.0".into(), false)));
        assert_eq!(r("2.x"), Some(("2.0.0".into(), false)));
        assert_eq!(r("2.100"), Some(("2.100.0".into(), false)));
        assert_eq!(r("^2.150.0 || ^2.100.0"), Some(("2.100.0".into(), false)));
        assert_eq!(r("*"), None);
        assert_eq!(r("latest"), None);
        assert_eq!(r("<3"), None);
        assert_eq!(r("workspace:*"), None);
        assert_eq!(r("github:aws/aws-cdk"), None);
    }
}
