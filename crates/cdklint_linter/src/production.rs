//! Is a finding in production code? From config `production` globs when given, else from a
//! file path, stack class or stack id naming `prod` / `production` as a word.

use std::cell::OnceCell;
use std::collections::HashMap;

use cdklint_model::Model;
use cdklint_model::imports::string_content;
use tree_sitter::Node;

/// Split an identifier or path into lower-case words at non-alphanumerics and camelCase humps.
fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in s.chars() {
        if !c.is_alphanumeric() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        cur.extend(c.to_lowercase());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

pub fn names_production(s: &str) -> bool {
    words(s).iter().any(|w| w == "prod" || w == "production")
}

/// Production facts of one file, gathered once: the ids each class of the file is instantiated
/// with (`new ProdStack(app, 'Prod')`, `ProdStack(app, "Prod")`).
pub struct Production<'m, 't> {
    model: &'m Model<'t>,
    ids: OnceCell<HashMap<&'t str, Vec<String>>>,
}

impl<'m, 't> Production<'m, 't> {
    pub fn new(model: &'m Model<'t>) -> Self {
        Production {
            model,
            ids: OnceCell::new(),
        }
    }

    fn ids(&self, class: &str) -> &[String] {
        let table = self.ids.get_or_init(|| {
            let mut table: HashMap<&'t str, Vec<String>> = HashMap::new();
            for call in &self.model.calls {
                if call.name.is_some() || !matches!(call.callee.kind(), "identifier") {
                    continue;
                }
                if let Some(id) = call.args.get(1)
                    && id.kind() == "string"
                {
                    table
                        .entry(self.model.text(call.callee))
                        .or_default()
                        .push(string_content(*id, self.model.src()).to_string());
                }
            }
            table
        });
        table.get(class).map(Vec::as_slice).unwrap_or_default()
    }

    /// Why a finding at `node` is in production code, or `None` when it is not: config
    /// `production` globs when given, else a file path, stack class or stack id naming
    /// `prod` / `production` as a word.
    pub fn reason(
        &self,
        node: Node<'t>,
        path: &str,
        configured: Option<&globset::GlobSet>,
    ) -> Option<String> {
        let class = self.model.enclosing_class(node).map(|c| c.name);
        let mut stacks: Vec<&str> = Vec::new();
        if let Some(class) = class {
            stacks.push(class);
            stacks.extend(self.ids(class).iter().map(String::as_str));
        }
        let matches = |s: &str| match configured {
            Some(globs) => globs.is_match(s),
            None => names_production(s),
        };
        let what = if configured.is_some() {
            "matches a `production` pattern of the config"
        } else {
            "names production"
        };
        if matches(path) {
            return Some(format!("the file path {what}"));
        }
        stacks
            .into_iter()
            .find(|s| matches(s))
            .map(|s| format!("stack `{s}` {what}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn production_is_a_whole_word() {
        assert!(names_production("lib/prod-stack.ts"));
        assert!(names_production("ProdDatabaseStack"));
        assert!(names_production("stacks/production/db.py"));
        assert!(names_production("my_prod_stack"));
        assert!(!names_production("lib/product-catalog.ts"));
        assert!(!names_production("ProductStack"));
        assert!(!names_production("reproduce.py"));
    }
}
