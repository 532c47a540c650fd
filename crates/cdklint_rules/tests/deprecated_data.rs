//! The checked-in data of API001 is exactly what the generator (`cdklint_dev deprecated-api`)
//! writes: parsing and rendering it again gives the same text, its records are sorted, and the
//! hand-kept lists next to it name symbols it holds.

use std::path::PathBuf;

use cdklint_rules::deprecated::{DATA_FILE, DeprecatedApi, SymbolKind};

fn rule_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../queries/api/deprecated-api")
}

fn data() -> (String, DeprecatedApi) {
    let text = std::fs::read_to_string(rule_dir().join(DATA_FILE)).expect("data file");
    let api = DeprecatedApi::parse(&text).unwrap_or_else(|e| panic!("{DATA_FILE}: {e}"));
    (text, api)
}

/// Items of a `<list>.txt` file: one per line, `#` comments.
fn list(name: &str) -> Vec<String> {
    std::fs::read_to_string(rule_dir().join(name))
        .expect("list file")
        .lines()
        .map(|l| l.split('#').next().unwrap_or_default().trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn the_data_file_is_in_the_generators_format() {
    let (text, api) = data();
    assert!(api.is_sorted(), "{DATA_FILE} is not sorted: regenerate it");
    assert!(
        api.render() == text,
        "{DATA_FILE} differs from what the generator writes for the same records: regenerate it"
    );
    let newest = api.version.expect("version");
    assert_eq!(api.scanned.last(), Some(&newest));
    assert!(api.symbols.iter().all(|s| s.since <= newest));
}

#[test]
fn owner_records_belong_to_deprecated_symbols() {
    let (_, api) = data();
    for owner in api.inherits.keys() {
        assert!(
            api.symbols
                .iter()
                .any(|s| s.kind == SymbolKind::Method && s.owner() == owner),
            "`inherits {owner}` but {owner} has no deprecated method"
        );
    }
    for owner in api.takes.keys() {
        assert!(
            api.symbols
                .iter()
                .any(|s| s.kind == SymbolKind::Prop && s.owner() == owner),
            "`takes {owner}` but {owner} has no deprecated prop"
        );
    }
}

#[test]
fn renames_are_other_member_names() {
    let (_, api) = data();
    for s in &api.symbols {
        if let Some(r) = &s.replacement {
            assert!(
                r != s.member() && r.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
                "{}: replacement {r:?} is not another member name",
                s.name
            );
        }
    }
}

#[test]
fn hand_kept_lists_name_symbols_of_the_data() {
    let (_, api) = data();
    for file in ["covered.txt", "not-renames.txt"] {
        for name in list(file) {
            let symbol = api.symbols.iter().find(|s| s.name == name);
            assert!(symbol.is_some(), "{file}: {name} is not in {DATA_FILE}");
            if file == "not-renames.txt" {
                assert_eq!(symbol.and_then(|s| s.replacement.as_ref()), None, "{name}");
            }
        }
    }
}
