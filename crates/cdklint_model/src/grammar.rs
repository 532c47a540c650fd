use std::path::Path;

/// The tree-sitter grammar a file is parsed with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Grammar {
    /// `.ts`, `.mts`, `.cts`: the TypeScript grammar (no JSX, so `<any>x` is a type assertion).
    TypeScript,
    /// `.tsx`, `.js`, `.jsx`, `.mjs`, `.cjs`: the TSX grammar, a superset of JavaScript.
    Tsx,
    /// `.py`, `.pyi`.
    Python,
}

/// Which query file of a rule applies to a grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QueryLanguage {
    TypeScript,
    Python,
}

impl QueryLanguage {
    pub const ALL: [QueryLanguage; 2] = [QueryLanguage::TypeScript, QueryLanguage::Python];

    pub fn file_name(self) -> &'static str {
        match self {
            QueryLanguage::TypeScript => "typescript.scm",
            QueryLanguage::Python => "python.scm",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            QueryLanguage::TypeScript => "typescript",
            QueryLanguage::Python => "python",
        }
    }

    pub fn grammars(self) -> &'static [Grammar] {
        match self {
            QueryLanguage::TypeScript => &[Grammar::TypeScript, Grammar::Tsx],
            QueryLanguage::Python => &[Grammar::Python],
        }
    }
}

impl Grammar {
    pub const ALL: [Grammar; 3] = [Grammar::TypeScript, Grammar::Tsx, Grammar::Python];

    /// The grammar for a file name, by extension. `.d.ts` files hold no CDK code to lint.
    pub fn for_path(path: &Path) -> Option<Grammar> {
        let name = path.file_name()?.to_str()?;
        if name.ends_with(".d.ts") || name.ends_with(".d.mts") || name.ends_with(".d.cts") {
            return None;
        }
        match path.extension()?.to_str()? {
            "ts" | "mts" | "cts" => Some(Grammar::TypeScript),
            "tsx" | "js" | "jsx" | "mjs" | "cjs" => Some(Grammar::Tsx),
            "py" | "pyi" => Some(Grammar::Python),
            _ => None,
        }
    }

    pub fn language(self) -> tree_sitter::Language {
        match self {
            Grammar::TypeScript => tree_sitter_typescript::LANGUAGE_TYPESCRIPT.into(),
            Grammar::Tsx => tree_sitter_typescript::LANGUAGE_TSX.into(),
            Grammar::Python => tree_sitter_python::LANGUAGE.into(),
        }
    }

    pub fn query_language(self) -> QueryLanguage {
        match self {
            Grammar::TypeScript | Grammar::Tsx => QueryLanguage::TypeScript,
            Grammar::Python => QueryLanguage::Python,
        }
    }

    pub fn is_python(self) -> bool {
        self == Grammar::Python
    }

    pub fn name(self) -> &'static str {
        match self {
            Grammar::TypeScript => "typescript",
            Grammar::Tsx => "tsx",
            Grammar::Python => "python",
        }
    }
}
