//! The rules built into the binary load from a faster form than a project's rules (JSON made
//! from each `rule.toml` at build time, regexes unchecked at start-up). These tests hold that
//! form to the one a project rule goes through: same rules, every regex valid.

use cdklint_rules::{Cond, Registry, Target, Test};

#[test]
fn every_embedded_rule_has_its_json_form() {
    for rule in Registry::embedded_sources() {
        assert!(
            rule.rule_json.is_some(),
            "{}/rule.toml was not converted to JSON at build time (is it valid TOML?)",
            rule.dir
        );
    }
}

#[test]
fn embedded_rules_load_the_same_from_json_as_from_toml() {
    // A registry of its own rather than `Registry::embedded()`: another test compiling a
    // pattern of the shared one would change its `Debug` text.
    let fast = Registry::from_embedded(Registry::embedded_sources())
        .unwrap_or_else(|e| panic!("embedded rules: {e:?}"));
    // The project rules' path: TOML, and every regex's syntax checked.
    let checked =
        Registry::embedded_from_toml().unwrap_or_else(|e| panic!("embedded rules: {e:?}"));
    assert_eq!(fast.rules().len(), checked.rules().len());
    assert!(fast.rules().len() > 40, "{}", fast.rules().len());
    for (a, b) in fast.rules().iter().zip(checked.rules()) {
        // `Rule` has no `PartialEq`; its `Debug` text shows every field.
        assert_eq!(format!("{a:#?}"), format!("{b:#?}"), "{}", a.dir);
    }
    let (fi, fd) = fast.deprecated().expect("API001 data");
    let (ci, cd) = checked.deprecated().expect("API001 data");
    assert_eq!(fi, ci);
    assert_eq!(fd.api, cd.api);
    assert_eq!(fd.by_name, cd.by_name);
    assert_eq!(fd.props, cd.props);
    assert_eq!(fd.methods, cd.methods);
}

#[test]
fn a_broken_embedded_rule_still_names_file_line_and_key() {
    let files: &'static [(&'static str, &'static str)] = &[(
        "rule.toml",
        "code = \"ZZZ001\"\nname = \"broken\"\ntier = \"core\"\nseverity = 3\n",
    )];
    // As build.rs would have written it; `severity` is not a string, so the JSON does not
    // deserialise and the TOML words the error.
    let embedded = [cdklint_rules::EmbeddedRule {
        dir: "zz/broken",
        rule_json: Some(r#"{"code":"ZZZ001","name":"broken","tier":"core","severity":3}"#),
        files,
    }];
    let errors = Registry::from_embedded(&embedded).unwrap_err();
    let from_toml = Registry::from_memory([(
        "zz/broken".to_string(),
        [("rule.toml".to_string(), files[0].1.to_string())].into(),
    )])
    .unwrap_err();
    assert_eq!(errors, from_toml);
    assert_eq!(errors[0].file, "zz/broken/rule.toml");
    assert_eq!(errors[0].line, Some(4), "{errors:?}");
    assert_eq!(errors[0].key.as_deref(), Some("severity"), "{errors:?}");
}

/// Start-up leaves the built-in rules' regexes unchecked (`Pattern::unchecked`): each one must
/// compile, or it would silently match nothing.
#[test]
fn every_embedded_pattern_compiles() {
    let registry = Registry::from_embedded(Registry::embedded_sources()).unwrap();
    let mut patterns = Vec::new();
    for rule in registry.rules() {
        for m in &rule.matchers {
            match &m.target {
                Target::Key {
                    pattern: Some(p), ..
                }
                | Target::Cast {
                    pattern: Some(p), ..
                } => patterns.push((rule.dir.clone(), p.0.as_str().to_string())),
                _ => {}
            }
            for c in &m.conditions {
                cond_patterns(&rule.dir, c, &mut patterns);
            }
        }
    }
    assert!(patterns.len() > 10, "{patterns:?}");
    for (dir, source) in patterns {
        if let Err(e) = regex::Regex::new(&source) {
            panic!("{dir}: {source:?} is not a valid regex: {e}");
        }
    }
}

fn cond_patterns(dir: &str, cond: &Cond, out: &mut Vec<(String, String)>) {
    for test in &cond.tests {
        match test {
            Test::Str(p) | Test::Text(p) | Test::Contains(p) => {
                out.push((dir.to_string(), p.as_str().to_string()))
            }
            Test::AnyItem(c) | Test::EveryItem(c) | Test::AnyArg(c) | Test::Not(c) => {
                cond_patterns(dir, c, out)
            }
            Test::Called { conditions, .. } | Test::All(conditions) | Test::Any(conditions) => {
                for c in conditions {
                    cond_patterns(dir, c, out);
                }
            }
            Test::Used(filter) => {
                for c in &filter.conditions {
                    cond_patterns(dir, c, out);
                }
            }
            _ => {}
        }
    }
}
