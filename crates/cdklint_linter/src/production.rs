//! Is a finding in production code? From config `production` globs when given, else from a
//! file path, stack class or stack id naming `prod` / `production` as a word.

use tree_sitter::Node;

use cdklint_model::imports::string_content;
use cdklint_model::resolve::FileContext;

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

/// The name of the class enclosing `node`, and the ids it is instantiated with in this file
/// (`new ProdStack(app, 'Prod')`, `ProdStack(app, "Prod")`).
fn enclosing_stack_names<'t>(ctx: &FileContext<'t>, node: Node<'t>) -> Vec<String> {
    let mut names = Vec::new();
    let mut cur = Some(node);
    while let Some(n) = cur {
        if matches!(n.kind(), "class_declaration" | "class_definition" | "class")
            && let Some(name) = n.child_by_field_name("name")
        {
            let class = ctx.text(name).to_string();
            names.extend(instantiation_ids(ctx, &class));
            names.push(class);
            break;
        }
        cur = n.parent();
    }
    names
}

fn instantiation_ids(ctx: &FileContext, class: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let src = ctx.src;
    // Cheap text pre-check before walking the tree.
    if src.matches(class).count() < 2 {
        return ids;
    }
    ctx.count_nodes(
        |node| {
            if matches!(node.kind(), "new_expression" | "call") {
                let callee = node
                    .child_by_field_name("constructor")
                    .or_else(|| node.child_by_field_name("function"));
                if callee.is_some_and(|c| ctx.text(c) == class)
                    && let Some(args) = node.child_by_field_name("arguments")
                    && let Some(id) = args.named_child(1)
                    && id.kind() == "string"
                {
                    ids.push(string_content(id, src).to_string());
                }
            }
            false
        },
        1,
    );
    ids
}

pub fn is_production<'t>(
    ctx: &FileContext<'t>,
    node: Node<'t>,
    path: &str,
    configured: Option<&globset::GlobSet>,
) -> bool {
    let stacks = enclosing_stack_names(ctx, node);
    match configured {
        Some(globs) => globs.is_match(path) || stacks.iter().any(|s| globs.is_match(s)),
        None => names_production(path) || stacks.iter().any(|s| names_production(s)),
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
