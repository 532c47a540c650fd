//! Message and fix templates: literal text with `{capture}` and `{ref:canonical.Name}` holes.
//!
//! `{capture}` is the source text of a capture; `{ref:aws_route53_targets.LoadBalancerTarget}`
//! is how this file spells that CDK symbol — adding the import in the file's style when the
//! file does not import it yet; `{sole:list}` is the one name bound in the file to a value
//! created by a symbol of the rule's list. `{{` and `}}` are literal braces.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Capture(String),
    Ref(String),
    /// `{sole:list}`: the name of the one binding in the file whose value is created by a
    /// symbol of the rule's list `list` (before the match); no fix when there is not exactly one.
    Sole(String),
    /// `{name:enforceSSL}`: a member or prop name as the file's language spells it
    /// (`enforce_ssl` in Python).
    Name(String),
    /// `{set:enforceSSL=true}`: a prop assignment as the file's language writes it
    /// (`enforceSSL: true` / `enforce_ssl=True`); the value is a `lit:` word or written as is.
    Set(String, String),
    /// `{lit:true}`, `{lit:false}`, `{lit:null}`: a literal in the file's language; `{lit:new}`
    /// is `new ` in TypeScript and nothing in Python.
    Lit(String),
}

impl Piece {
    /// The text of a language-dependent piece (`Name`, `Lit`); `None` for the others.
    pub fn render_in(&self, python: bool) -> Option<String> {
        match self {
            Piece::Set(name, value) => {
                let value = Piece::Lit(value.clone())
                    .render_in(python)
                    .filter(|_| matches!(value.as_str(), "true" | "false" | "null"))
                    .unwrap_or_else(|| value.clone());
                Some(if python {
                    format!("{}={value}", cdklint_model::snake_case(name))
                } else {
                    format!("{name}: {value}")
                })
            }
            Piece::Name(n) if python => Some(cdklint_model::snake_case(n)),
            Piece::Name(n) => Some(n.clone()),
            Piece::Lit(l) => Some(
                match (l.as_str(), python) {
                    ("true", false) => "true",
                    ("true", true) => "True",
                    ("false", false) => "false",
                    ("false", true) => "False",
                    ("null", false) => "undefined",
                    ("null", true) => "None",
                    // `{lit:new}`: TypeScript instantiates with `new`, Python calls the class.
                    ("new", false) => "new ",
                    _ => "",
                }
                .to_string(),
            ),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Template {
    pub pieces: Vec<Piece>,
}

impl Template {
    pub fn parse(src: &str) -> Result<Template, String> {
        let mut pieces = Vec::new();
        let mut text = String::new();
        let mut chars = src.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            match c {
                '{' if chars.peek().map(|p| p.1) == Some('{') => {
                    chars.next();
                    text.push('{');
                }
                '}' if chars.peek().map(|p| p.1) == Some('}') => {
                    chars.next();
                    text.push('}');
                }
                '{' => {
                    let rest = &src[i + 1..];
                    let Some(end) = rest.find('}') else {
                        return Err(format!("unclosed `{{` at byte {i} in template {src:?}"));
                    };
                    let hole = &rest[..end];
                    for _ in 0..=hole.chars().count() {
                        chars.next();
                    }
                    if !text.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut text)));
                    }
                    pieces.push(parse_hole(hole).map_err(|e| format!("{e} in template {src:?}"))?);
                }
                '}' => {
                    return Err(format!(
                        "unmatched `}}` at byte {i} in template {src:?} (write `}}}}`)"
                    ));
                }
                c => text.push(c),
            }
        }
        if !text.is_empty() {
            pieces.push(Piece::Text(text));
        }
        Ok(Template { pieces })
    }

    pub fn captures(&self) -> impl Iterator<Item = &str> {
        self.pieces.iter().filter_map(|p| match p {
            Piece::Capture(c) => Some(c.as_str()),
            _ => None,
        })
    }

    pub fn sole_lists(&self) -> impl Iterator<Item = &str> {
        self.pieces.iter().filter_map(|p| match p {
            Piece::Sole(l) => Some(l.as_str()),
            _ => None,
        })
    }

    pub fn refs(&self) -> impl Iterator<Item = &str> {
        self.pieces.iter().filter_map(|p| match p {
            Piece::Ref(r) => Some(r.as_str()),
            _ => None,
        })
    }
}

fn is_ident(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
}

fn parse_hole(hole: &str) -> Result<Piece, String> {
    if let Some(list) = hole.strip_prefix("sole:") {
        if !is_ident(list) || list.contains('.') {
            return Err(format!(
                "`{{sole:{list}}}` must name one of the rule's lists"
            ));
        }
        return Ok(Piece::Sole(list.to_string()));
    }
    if let Some(name) = hole.strip_prefix("name:") {
        if !is_ident(name) || name.contains('.') {
            return Err(format!("`{{name:{name}}}` must be one member or prop name"));
        }
        return Ok(Piece::Name(name.to_string()));
    }
    if let Some(set) = hole.strip_prefix("set:") {
        return match set.split_once('=') {
            Some((name, value)) if is_ident(name) && !name.contains('.') && !value.is_empty() => {
                Ok(Piece::Set(name.to_string(), value.to_string()))
            }
            _ => Err(format!("`{{set:{set}}}` must be `set:propName=value`")),
        };
    }
    if let Some(lit) = hole.strip_prefix("lit:") {
        if !matches!(lit, "true" | "false" | "null" | "new") {
            return Err(format!("`{{lit:{lit}}}` must be true, false, null or new"));
        }
        return Ok(Piece::Lit(lit.to_string()));
    }
    if let Some(name) = hole.strip_prefix("ref:") {
        let segments: Vec<&str> = name.split('.').collect();
        if segments.len() < 2 || !segments.iter().all(|s| is_ident(s)) {
            return Err(format!(
                "`{{ref:{name}}}` must name a canonical symbol such as `aws_ec2.SubnetType`"
            ));
        }
        return Ok(Piece::Ref(name.to_string()));
    }
    if !is_ident(hole) || hole.contains('.') {
        return Err(format!("`{{{hole}}}` is not a capture name"));
    }
    Ok(Piece::Capture(hole.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_captures_refs_and_escapes() {
        let t = Template::parse("{ref:aws_route53.RecordTarget}.fromAlias({{ {lb} }})").unwrap();
        assert_eq!(
            t.pieces,
            vec![
                Piece::Ref("aws_route53.RecordTarget".into()),
                Piece::Text(".fromAlias({ ".into()),
                Piece::Capture("lb".into()),
                Piece::Text(" })".into()),
            ]
        );
    }

    #[test]
    fn rejects_malformed_holes() {
        assert!(Template::parse("{unclosed").is_err());
        assert!(Template::parse("stray }").is_err());
        assert!(Template::parse("{ref:Bucket}").is_err());
        assert!(Template::parse("{two words}").is_err());
    }
}
