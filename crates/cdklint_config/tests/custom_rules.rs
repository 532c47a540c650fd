//! `rules-dirs` and `rule-prefix`: the project's own rules in the configuration.

use std::path::Path;

use cdklint_config::{Config, discover_custom_rules};

fn known(c: &str) -> bool {
    "NET001".starts_with(c)
}

#[test]
fn rules_dirs_resolve_against_the_config_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("cdklint-rules")).unwrap();
    std::fs::write(
        dir.path().join("cdklint.toml"),
        "rules-dirs = [\"cdklint-rules\"]\nrule-prefix = \"ACME\"\n",
    )
    .unwrap();
    std::fs::create_dir_all(dir.path().join("app/lib")).unwrap();
    let (file, custom) = discover_custom_rules(&dir.path().join("app/lib"), None)
        .unwrap()
        .unwrap();
    assert_eq!(file, dir.path().join("cdklint.toml"));
    assert_eq!(custom.dirs, vec![dir.path().join("cdklint-rules")]);
    assert_eq!(custom.prefix.as_deref(), Some("ACME"));
}

#[test]
fn a_config_without_rules_dirs_names_no_project_rules() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cdklint.toml"), "ignore = [\"NET\"]\n").unwrap();
    assert!(discover_custom_rules(dir.path(), None).unwrap().is_none());
}

#[test]
fn bad_rules_settings_name_line_and_key() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cdklint.toml");
    let e = Config::parse(&file, "\nrules-dirs = [\"nope\"]\n", &known).unwrap_err();
    assert_eq!((e.line, e.key.as_deref()), (Some(2), Some("rules-dirs")));
    assert!(e.message.contains("\"nope\" is not a directory"), "{e}");
    let e = Config::parse(&file, "rule-prefix = \"acme\"\n", &known).unwrap_err();
    assert_eq!((e.line, e.key.as_deref()), (Some(1), Some("rule-prefix")));
    let e = Config::parse(&file, "rules-dirs = \"x\"\n", &known).unwrap_err();
    assert!(e.message.contains("must be a list"), "{e}");
    assert!(
        Config::parse(
            Path::new("cdklint.toml"),
            "rule-prefix = \"ACME2\"\n",
            &known
        )
        .is_ok()
    );
}
