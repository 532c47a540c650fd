//! The probe rule the engine tests load: one rule, `TST001`, written inline by each test.

use std::collections::BTreeMap;

use cdklint_linter::Registry;
use cdklint_rules::LoadError;

/// Load one rule `TST001` (directory `test/probe`). `keys` are the rule's own `rule.toml` keys
/// after code, name, tier and severity (message, languages, `[[match]]` tables…); `files` are
/// its other files (`typescript.scm`). A minimal doc page with an example per language of
/// `languages` is added, as the loader requires.
pub fn probe_load(
    keys: &str,
    languages: &[&str],
    files: &[(&str, &str)],
) -> Result<Registry, Vec<LoadError>> {
    let examples: String = languages.iter().map(|l| format!("{l} = \"x\"\n")).collect();
    let toml = format!(
        "code = \"TST001\"\nname = \"probe\"\ntier = \"T1\"\nseverity = \"info\"\n{keys}\n\
         [docs]\nwhat-it-does = \"test\"\nwhy-is-this-bad = \"test\"\nfix-safety = \"test\"\n\
         references = [\"test\"]\n[docs.example]\n{examples}[docs.use-instead]\n{examples}"
    );
    let mut all = BTreeMap::from([("rule.toml".to_string(), toml)]);
    for (name, text) in files {
        all.insert(name.to_string(), text.to_string());
    }
    Registry::from_memory([("test/probe".to_string(), all)])
}

/// [`probe_load`] for a rule that must load.
#[allow(dead_code)] // Each test binary compiles this module; not all of them load valid rules.
pub fn probe_rule(keys: &str, languages: &[&str], files: &[(&str, &str)]) -> Registry {
    probe_load(keys, languages, files).unwrap_or_else(|e| panic!("{e:?}"))
}
