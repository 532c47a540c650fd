//! Region facts: whether an expression names an AWS region — a name such as `region`,
//! `regions`, `targetRegions`, `AWS_REGION`, a member `.region` (`this.region`,
//! `Stack.of(this).region`, `props.env.region`), `Aws.REGION`, or a region code literal
//! (`'us-east-1'`) — and whether a list holds region codes.

use tree_sitter::Node;

use crate::model::Model;
use crate::value::Value;

/// How deep an expression is searched for a region name.
const MAX_NODES: usize = 256;

/// A region code: `us-east-1`, `eu-central-2`, `ap-southeast-4`, `us-gov-west-1`,
/// `cn-northwest-1`.
pub fn is_region_code(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let (area, rest) = match parts.as_slice() {
        [area, "gov" | "iso" | "isob" | "isof", rest @ ..] => (*area, rest),
        [area, rest @ ..] => (*area, rest),
        [] => return false,
    };
    let [direction, number] = rest else {
        return false;
    };
    area.len() == 2
        && area.chars().all(|c| c.is_ascii_lowercase())
        && matches!(
            *direction,
            "north"
                | "south"
                | "east"
                | "west"
                | "central"
                | "northeast"
                | "northwest"
                | "southeast"
                | "southwest"
        )
        && !number.is_empty()
        && number.chars().all(|c| c.is_ascii_digit())
}

/// A name whose words include `region` or `regions`: `region`, `targetRegions`,
/// `AWS_REGION`, `replica_regions` — not `regional` or `regionalBucket`.
pub fn names_region(name: &str) -> bool {
    words(name).any(|w| w == "region" || w == "regions")
}

/// The lower-cased words of a camelCase, PascalCase, snake_case or SCREAMING_CASE name.
fn words(name: &str) -> impl Iterator<Item = String> + '_ {
    name.split(['_', '-', '.'])
        .flat_map(|part| {
            let mut out = Vec::new();
            let mut current = String::new();
            let mut prev_lower = false;
            for c in part.chars() {
                if c.is_ascii_uppercase() && prev_lower && !current.is_empty() {
                    out.push(std::mem::take(&mut current));
                }
                prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
                current.push(c.to_ascii_lowercase());
            }
            if !current.is_empty() {
                out.push(current);
            }
            out
        })
        .filter(|w| !w.is_empty())
}

impl<'t> Model<'t> {
    /// The expression names a region anywhere inside it: an identifier or member named like
    /// a region (`region`, `regions`, `this.region`), `Aws.REGION`, a region code literal, or
    /// the context key `'region'` / `'regions'` (`tryGetContext('regions')`). A name the whole
    /// expression is bound to is followed once (`const targets = ['us-east-1', 'eu-west-1']`).
    pub fn mentions_region(&self, node: Node<'t>) -> bool {
        self.mentions_region_in(node) || {
            let followed = self.unwrap(node);
            followed != node && self.mentions_region_in(followed)
        }
    }

    fn mentions_region_in(&self, root: Node<'t>) -> bool {
        let mut cursor = root.walk();
        let mut visited = 0;
        loop {
            let node = cursor.node();
            visited += 1;
            if visited > MAX_NODES {
                return false;
            }
            let hit = match node.kind() {
                "identifier" | "property_identifier" | "shorthand_property_identifier" => {
                    names_region(self.text(node))
                }
                "string" | "template_string" => {
                    let s = crate::imports::string_content(node, self.src());
                    is_region_code(s) || matches!(s, "region" | "regions")
                }
                "member_expression" | "attribute" => {
                    matches!(self.value(node), Value::Ref(r) if r == "cdk.aws.region")
                }
                _ => false,
            };
            if hit {
                return true;
            }
            if !matches!(node.kind(), "string" | "template_string") && cursor.goto_first_child() {
                continue;
            }
            loop {
                if cursor.node() == root {
                    return false;
                }
                if cursor.goto_next_sibling() {
                    break;
                }
                if !cursor.goto_parent() {
                    return false;
                }
            }
        }
    }

    /// The value (followed through bindings) is a list holding a region code literal.
    pub fn holds_region_codes(&self, node: Node<'t>) -> bool {
        match self.value(node) {
            Value::List(items) => items
                .iter()
                .any(|i| matches!(self.value(*i), Value::Str(s) if is_region_code(&s))),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_codes() {
        for ok in [
            "us-east-1",
            "eu-central-2",
            "ap-southeast-4",
            "us-gov-west-1",
            "cn-northwest-1",
            "il-central-1",
        ] {
            assert!(is_region_code(ok), "{ok}");
        }
        for no in [
            "us-east",
            "east-1",
            "us-east-1a",
            "prod",
            "us-middle-1",
            "USA-east-1",
        ] {
            assert!(!is_region_code(no), "{no}");
        }
    }

    #[test]
    fn region_names_are_words() {
        for ok in [
            "region",
            "regions",
            "targetRegions",
            "AWS_REGION",
            "replica_regions",
        ] {
            assert!(names_region(ok), "{ok}");
        }
        for no in ["regional", "regionalBucket", "tenants", "sites", "reg"] {
            assert!(!names_region(no), "{no}");
        }
    }
}
