//! Project rules loaded from disk next to the built-in rules: one broken rule is reported
//! (file, line, key) and left out while everything else loads.

use std::path::Path;

use cdklint_rules::{CustomRules, LoadError, Registry};

fn rule(code: &str, name: &str, condition: &str) -> String {
    format!(
        r#"code = "{code}"
name = "{name}"
tier = "T1"
severity = "warning"
message = "m"

[[match]]
call = "aws_s3.Bucket"
where = [
  {condition},
]

[docs]
what-it-does = "x"
why-is-this-bad = "x"
fix-safety = "x"
references = ["x"]
[docs.example]
typescript = "x"
python = "x"
[docs.use-instead]
typescript = "x"
python = "x"
"#
    )
}

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// The compiled matchers of rule `code`, as text to compare.
fn matchers_of(registry: &Registry, code: &str) -> Option<String> {
    registry.rule(code).map(|r| format!("{:?}", r.matchers))
}

/// The built-in rules with one project rule, `text` written at `rel` in a rules directory of
/// its own (prefix ACME), and the errors loading it gave.
fn with_project_rule(rel: &str, text: &str) -> (Registry, Vec<LoadError>) {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), rel, text);
    Registry::embedded().unwrap().with_custom(&CustomRules {
        dirs: vec![dir.path().to_path_buf()],
        prefix: Some("ACME".into()),
    })
}

#[test]
fn a_broken_project_rule_is_left_out_and_located() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "s3/good-one/rule.toml",
        &rule(
            "ACME001",
            "good-one",
            "{ prop = \"versioned\", present = false }",
        ),
    );
    write(
        root,
        "s3/bad-one/rule.toml",
        &rule(
            "ACME002",
            "bad-one",
            "{ prop = \"versioned\", kind = \"enum\" }",
        ),
    );
    let builtin = Registry::embedded().unwrap();
    let (registry, errors) = builtin.with_custom(&CustomRules {
        dirs: vec![root.to_path_buf()],
        prefix: Some("ACME".into()),
    });
    assert_eq!(errors.len(), 1, "{errors:?}");
    let e = &errors[0];
    assert!(e.file.ends_with("s3/bad-one/rule.toml"), "{e}");
    assert_eq!(e.line, Some(10), "{e}");
    assert_eq!(e.key.as_deref(), Some("[[match]] #1.where[0]"), "{e}");
    let custom = registry.rule("ACME001").expect("the good rule loads");
    assert_eq!(custom.dir, "s3/good-one");
    assert_eq!(
        custom.origin.as_deref(),
        Some(root.join("s3/good-one").as_path())
    );
    assert!(registry.rule("ACME002").is_none());
    assert_eq!(registry.rules().len(), builtin.rules().len() + 1);
    // The matcher is dispatched like a built-in one.
    assert!(
        registry.dispatch().calls["aws_s3.bucket"]
            .iter()
            .any(|(r, _)| registry.rules()[*r].code == "ACME001")
    );
    assert!(registry.validate_all().is_empty());
}

#[test]
fn project_codes_use_the_project_prefix_and_never_a_built_in_one() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let ok = "{ prop = \"versioned\", present = false }";
    write(
        root,
        "a/other-prefix/rule.toml",
        &rule("TEAM001", "other-prefix", ok),
    );
    write(
        root,
        "a/builtin-prefix/rule.toml",
        &rule("NET901", "builtin-prefix", ok),
    );
    write(root, "a/dup-one/rule.toml", &rule("ACME001", "dup-one", ok));
    write(root, "b/dup-two/rule.toml", &rule("ACME001", "dup-two", ok));
    write(
        root,
        "misplaced/rule.toml",
        &rule("ACME003", "misplaced", ok),
    );
    let builtin = Registry::embedded().unwrap();
    let (registry, errors) = builtin.with_custom(&CustomRules {
        dirs: vec![root.to_path_buf()],
        prefix: Some("ACME".into()),
    });
    let shown: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    let has = |file: &str, words: &str| shown.iter().any(|e| e.contains(file) && e.contains(words));
    assert!(
        has(
            "other-prefix/rule.toml:1",
            "must use the project prefix \"ACME\""
        ),
        "{shown:#?}"
    );
    assert!(
        has("builtin-prefix/rule.toml:1", "must use the project prefix"),
        "{shown:#?}"
    );
    assert!(
        has("dup-two/rule.toml:1", "\"ACME001\" is already used by"),
        "{shown:#?}"
    );
    assert!(
        has("misplaced/rule.toml", "<group>/<name>/rule.toml"),
        "{shown:#?}"
    );
    assert_eq!(errors.len(), 4, "{shown:#?}");
    assert!(registry.rule("ACME001").is_some());

    // Without a project prefix, the built-in prefixes are still taken.
    let (_, errors) = builtin.with_custom(&CustomRules {
        dirs: vec![root.to_path_buf()],
        prefix: None,
    });
    assert!(
        errors.iter().any(|e| e
            .to_string()
            .contains("\"NET\", a prefix of the built-in rules")),
        "{errors:?}"
    );
}

/// `cdk-since` on a fix must be a release number; a bad one names the rule file.
#[test]
fn a_fix_release_that_is_not_a_version_is_a_load_error() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let with_fix = |since: &str| {
        rule("ACME003", "with-fix", "{ prop = \"versioned\", present = false }").replace(
            "[docs]",
            &format!(
                "[fix.default]\ntitle = \"t\"\napplicability = \"unsafe\"\ncdk-since = \"{since}\"\nedits = [{{ insert-prop = \"args\", prop = \"versioned\", with = \"{{{{lit:true}}}}\" }}]\n\n[docs]"
            ),
        )
    };
    write(root, "s3/with-fix/rule.toml", &with_fix("soon"));
    let builtin = Registry::embedded().unwrap();
    let custom = CustomRules {
        dirs: vec![root.to_path_buf()],
        prefix: Some("ACME".into()),
    };
    let (_, errors) = builtin.with_custom(&custom);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].file.ends_with("s3/with-fix/rule.toml"),
        "{}",
        errors[0]
    );
    assert!(errors[0].to_string().contains("cdk-since"), "{}", errors[0]);

    write(root, "s3/with-fix/rule.toml", &with_fix("2.180.0"));
    let (registry, errors) = builtin.with_custom(&custom);
    assert!(errors.is_empty(), "{errors:?}");
    let fix = &registry.rule("ACME003").unwrap().fixes["default"];
    let v = |s: &str| cdklint_rules::deprecated::Version::parse(s);
    assert!(fix.available_in(None) && fix.available_in(v("2.180.0")));
    assert!(!fix.available_in(v("2.179.9")));
}

/// A project rule whose matchers share `[conditions]`: a good one loads and matches like its
/// inline form; each mistake is an error at the place to fix.
#[test]
fn named_conditions_load_and_their_mistakes_are_located() {
    let with_conditions = |code: &str, name: &str, condition: &str, conditions: &str| {
        rule(code, name, condition).replace("\n[docs]\n", &format!("\n{conditions}\n[docs]\n"))
    };
    let load = |text: String| {
        let (registry, errors) = with_project_rule("s3/named/rule.toml", &text);
        (matchers_of(&registry, "ACME010"), errors)
    };

    // `use` compiles to the named condition itself.
    let (named, errors) = load(with_conditions(
        "ACME010",
        "named",
        "{ use = \"unversioned\" }",
        "[conditions]\nunversioned = { prop = \"versioned\", present = false }\n",
    ));
    assert!(errors.is_empty(), "{errors:?}");
    let (inline, _) = load(rule(
        "ACME010",
        "named",
        "{ prop = \"versioned\", present = false }",
    ));
    assert_eq!(named, inline);
    assert!(named.is_some());

    // An unknown name: at the `use`.
    let (_, errors) = load(with_conditions(
        "ACME010",
        "named",
        "{ use = \"unversion\" }",
        "[conditions]\nunversioned = { prop = \"versioned\", present = false }\n",
    ));
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].to_string().contains("no [conditions.unversion]"),
        "{}",
        errors[0]
    );
    assert!(
        errors[0].to_string().contains("it has: unversioned"),
        "{}",
        errors[0]
    );
    assert_eq!(errors[0].key.as_deref(), Some("[[match]] #1.where[0]"));
    assert_eq!(errors[0].line, Some(10));

    // A mistake inside a named condition: at the condition, not where it is used.
    let (_, errors) = load(with_conditions(
        "ACME010",
        "named",
        "{ use = \"unversioned\" }",
        "[conditions]\nunversioned = { prop = \"versioned\", kind = \"enum\" }\n",
    ));
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].key.as_deref(), Some("[conditions.unversioned]"));
    assert_eq!(errors[0].line, Some(14), "{}", errors[0]);

    // Never used, used beside other keys, used inside itself.
    for (condition, conditions, says) in [
        (
            "{ prop = \"versioned\", present = false }",
            "[conditions]\nunused = { prop = \"versioned\", present = false }\n",
            "is never used",
        ),
        (
            "{ use = \"unversioned\", prop = \"x\" }",
            "[conditions]\nunversioned = { prop = \"versioned\", present = false }\n",
            "stands alone",
        ),
        (
            "{ use = \"a\" }",
            "[conditions]\na = { not = { use = \"a\" } }\n",
            "inside itself",
        ),
    ] {
        let (_, errors) = load(with_conditions("ACME010", "named", condition, conditions));
        assert_eq!(errors.len(), 1, "{says}: {errors:?}");
        assert!(
            errors[0].to_string().contains(says),
            "{says}: {}",
            errors[0]
        );
        assert!(errors[0].line.is_some(), "{says}: {}", errors[0]);
    }
}

#[test]
fn lists_name_the_classes_of_a_matcher_and_an_unknown_one_is_located() {
    // `rule()`'s matcher says `call = "aws_s3.Bucket"` on line 8, its first condition is on line 10.
    let with = |call: &str, condition: &str, lists: &str| {
        rule("ACME011", "listed", condition)
            .replace("call = \"aws_s3.Bucket\"", call)
            .replace("\n[docs]\n", &format!("\n{lists}\n[docs]\n"))
    };
    let load = |text: String| {
        let (registry, errors) = with_project_rule("s3/listed/rule.toml", &text);
        let matchers = matchers_of(&registry, "ACME011");
        // The dispatch index sees the list's names, as it sees names written in place.
        let dispatched = matchers.is_some()
            && ["aws_s3.bucket", "aws_s3.cfnbucket"].iter().all(|name| {
                registry.dispatch().calls.get(*name).is_some_and(|found| {
                    found
                        .iter()
                        .any(|(r, _)| registry.rules()[*r].code == "ACME011")
                })
            });
        (matchers, dispatched, errors)
    };
    let lists = "[lists]\nstateful = [\"aws_s3.Bucket\", \"aws_s3.CfnBucket\"]\n\
                 factories = [\"aws_s3.Bucket.fromBucketName\"]\n";
    let condition = "{ prop = \"bucket\", call = [\"aws_s3.Bucket.fromBucketName\"] }";

    // `call` and a condition's `call` from lists compile to what the names in place give.
    let (listed, dispatched, errors) = load(with(
        "call = { list = \"stateful\" }",
        "{ prop = \"bucket\", call = { list = \"factories\" } }",
        lists,
    ));
    assert!(errors.is_empty(), "{errors:?}");
    assert!(dispatched);
    let (inline, _, errors) = load(with(
        "call = [\"aws_s3.Bucket\", \"aws_s3.CfnBucket\"]",
        condition,
        lists,
    ));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(listed, inline);
    assert!(listed.is_some());

    // `method` with `on` from a list.
    let (listed, _, errors) = load(with(
        "method = \"applyRemovalPolicy\"\non = { list = \"stateful\" }",
        condition,
        lists,
    ));
    assert!(errors.is_empty(), "{errors:?}");
    let (inline, _, _) = load(with(
        "method = \"applyRemovalPolicy\"\non = [\"aws_s3.Bucket\", \"aws_s3.CfnBucket\"]",
        condition,
        lists,
    ));
    assert_eq!(listed, inline);
    assert!(listed.is_some());

    // An unknown list: at the key naming it, with the lists the rule has.
    for (call, condition, key, line) in [
        (
            "call = { list = \"statefull\" }",
            condition,
            "[[match]] #1.call",
            8,
        ),
        (
            "call = { list = \"stateful\" }",
            "{ prop = \"bucket\", call = { list = \"statefull\" } }",
            "[[match]] #1.where[0].call",
            10,
        ),
    ] {
        let (_, _, errors) = load(with(call, condition, lists));
        assert_eq!(errors.len(), 1, "{errors:?}");
        let shown = errors[0].to_string();
        assert!(shown.contains("no list \"statefull\""), "{shown}");
        assert!(shown.contains("it has: factories, stateful"), "{shown}");
        assert!(errors[0].file.ends_with("s3/listed/rule.toml"), "{shown}");
        assert_eq!(errors[0].key.as_deref(), Some(key), "{shown}");
        assert_eq!(errors[0].line, Some(line), "{shown}");
    }
}

/// `variant-when` is a matcher written once for several variants: it compiles to exactly the
/// matchers written out (each entry's conditions after the shared ones, its replacements, with
/// the entry's variant and report, in order, then the matcher itself unless an entry takes its
/// variant or the last holds wherever it does), and a mistake in an entry is located there.
#[test]
fn variant_when_compiles_to_the_matchers_written_out() {
    // `rule()`'s matcher block, replaced by `matchers`, with the variants they name.
    let with = |matchers: &str| {
        rule("ACME012", "chosen", "{ prop = \"versioned\", present = false }")
            .replace(
                "[[match]]\ncall = \"aws_s3.Bucket\"\nwhere = [\n  { prop = \"versioned\", present = false },\n]\n",
                matchers,
            )
            .replace(
                "\n[docs]\n",
                "\n[variants.named]\nmessage = \"named {name}\"\n\n[variants.open]\nmessage = \"open\"\n\n[docs]\n",
            )
    };
    let load = |text: String| {
        let (registry, errors) = with_project_rule("s3/chosen/rule.toml", &text);
        let matchers = matchers_of(&registry, "ACME012");
        // The dispatch index lists every matcher of the expanded form, in order.
        let dispatched: Vec<usize> = registry
            .dispatch()
            .calls
            .get("aws_s3.bucket")
            .into_iter()
            .flatten()
            .filter(|(r, _)| registry.rules()[*r].code == "ACME012")
            .map(|(_, m)| *m)
            .collect();
        (matchers, dispatched, errors)
    };
    // Each form, and the matchers it stands for written out.
    let head = "[[match]]\ncall = \"aws_s3.Bucket\"\n";
    let cases = [
        // Entries, then the matcher itself with its own variant.
        (
            r#"variant = "open"
where = [{ prop = "versioned", present = false }]
variant-when = [
  { variant = "named", where = [{ prop = "bucketName", capture = "name" }, { not = { prop = "autoDeleteObjects", present = true } }] },
]
"#,
            vec![
                r#"variant = "named"
where = [{ prop = "versioned", present = false }, { prop = "bucketName", capture = "name" }, { not = { prop = "autoDeleteObjects", present = true } }]
"#,
                r#"variant = "open"
where = [{ prop = "versioned", present = false }]
"#,
            ],
        ),
        // An entry without `variant` takes the matcher's own, and says where it is tried: the
        // matcher is not tried again alone.
        (
            r#"variant = "open"
where = [{ prop = "versioned", present = false }]
variant-when = [
  { where = [{ prop = "encryption", present = false }] },
  { variant = "named", report = "name", where = [{ prop = "bucketName", capture = "name" }] },
]
"#,
            vec![
                r#"variant = "open"
where = [{ prop = "versioned", present = false }, { prop = "encryption", present = false }]
"#,
                r#"variant = "named"
report = "name"
where = [{ prop = "versioned", present = false }, { prop = "bucketName", capture = "name" }]
"#,
            ],
        ),
        // The last entry without conditions holds wherever the matcher does.
        (
            r#"where = [{ prop = "versioned", present = false }]
variant-when = [
  { variant = "named", where = [{ prop = "bucketName", capture = "name" }] },
  { where = [{ prop = "encryption", present = false }] },
  { variant = "open" },
]
"#,
            vec![
                r#"variant = "named"
where = [{ prop = "versioned", present = false }, { prop = "bucketName", capture = "name" }]
"#,
                r#"where = [{ prop = "versioned", present = false }, { prop = "encryption", present = false }]
"#,
                r#"variant = "open"
where = [{ prop = "versioned", present = false }]
"#,
            ],
        ),
    ];
    for (form, written) in cases {
        let (chosen, dispatched, errors) = load(with(&format!("{head}{form}")));
        assert!(errors.is_empty(), "{form}: {errors:?}");
        assert_eq!(dispatched, (0..written.len()).collect::<Vec<_>>(), "{form}");
        let out: Vec<String> = written.iter().map(|w| format!("{head}{w}")).collect();
        let (written, _, errors) = load(with(&out.join("\n")));
        assert!(errors.is_empty(), "{errors:?}");
        assert!(chosen.is_some());
        assert_eq!(chosen, written, "{form}");
    }

    // Mistakes in an entry: at the entry (line 11 holds the first), with file and line.
    let entry = |entries: &str| {
        with(&format!(
            "[[match]]\ncall = \"aws_s3.Bucket\"\nwhere = [{{ prop = \"versioned\", present = false }}]\nvariant-when = [\n{entries}]\n"
        ))
    };
    for (entries, key, line, says) in [
        (
            "  { variant = \"named\", where = [{ prop = \"bucketName\", capture = \"name\" }] },\n  { variant = \"open\", where = [{ prop = \"a\" }, { prop = \"b\", kind = \"enum\" }] },\n",
            "[[match]] #1.variant-when[1].where[1]",
            12,
            "is not a value kind",
        ),
        (
            "  { variant = \"nameless\", where = [{ prop = \"bucketName\" }] },\n",
            "[[match]] #1.variant-when[0]",
            11,
            "variant \"nameless\" is not defined under [variants]",
        ),
        (
            "  { variant = \"open\", where = [] },\n  { variant = \"named\", where = [{ prop = \"bucketName\", capture = \"name\" }] },\n",
            "[[match]] #1.variant-when[0]",
            11,
            "only the last entry may leave both out",
        ),
        (
            "  { variant = \"named\", where = [{ prop = \"bucketName\", capture = \"name\" }] },\n  { where = [] },\n",
            "[[match]] #1.variant-when[1]",
            12,
            "the entry is the matcher itself",
        ),
        (
            "  { variant = \"open\", where = [{ use = \"missing\" }] },\n",
            "[[match]] #1.variant-when[0].where[0]",
            11,
            "no [conditions.missing]",
        ),
        (
            "  { variant = \"open\", report = \"nowhere\", where = [{ prop = \"bucketName\" }] },\n",
            "[[match]] #1.variant-when[0]",
            11,
            "`report = \"nowhere\"` names no capture",
        ),
    ] {
        let (_, _, errors) = load(entry(entries));
        assert_eq!(errors.len(), 1, "{says}: {errors:?}");
        let shown = errors[0].to_string();
        assert!(shown.contains(says), "{says}: {shown}");
        assert!(errors[0].file.ends_with("s3/chosen/rule.toml"), "{shown}");
        assert_eq!(errors[0].key.as_deref(), Some(key), "{shown}");
        assert_eq!(errors[0].line, Some(line), "{shown}");
    }

    // The matcher reports a capture only its entries set, and is tried alone after them (no
    // entry takes its variant): at the matcher, saying how to place its variant.
    let (_, _, errors) = load(
        entry(
            "  { variant = \"named\", where = [{ prop = \"bucketName\", capture = \"name\" }] },\n",
        )
        .replace("variant-when", "report = \"name\"\nvariant-when"),
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
    let shown = errors[0].to_string();
    assert!(
        shown.contains("tried alone after its `variant-when` entries"),
        "{shown}"
    );
    assert!(
        shown.contains("(no `variant`, for the rule's message)"),
        "{shown}"
    );
    assert_eq!(errors[0].key.as_deref(), Some("[[match]] #1"), "{shown}");
    assert_eq!(errors[0].line, Some(7), "{shown}");

    // An unknown key in an entry is a deserialisation error at its line.
    let (_, _, errors) = load(entry(
        "  { variant = \"open\", wher = [{ prop = \"bucketName\" }] },\n",
    ));
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].to_string().contains("wher"), "{}", errors[0]);
    assert_eq!(errors[0].line, Some(11), "{}", errors[0]);
}

/// `replace` in a `variant-when` entry: the entry's copy uses another named condition wherever
/// the matcher uses one (inside other named conditions too, but not inside the replacement,
/// which may extend it); the names are checked, and the replaced one must be used.
#[test]
fn variant_when_replace_swaps_named_conditions() {
    let with = |conditions: &str, matchers: &str| {
        rule("ACME013", "swapped", "{ prop = \"versioned\", present = false }")
            .replace(
                "[[match]]\ncall = \"aws_s3.Bucket\"\nwhere = [\n  { prop = \"versioned\", present = false },\n]\n",
                &format!("[conditions]\n{conditions}\n{matchers}"),
            )
            .replace(
                "\n[docs]\n",
                "\n[variants.named]\nmessage = \"named\"\n\n[docs]\n",
            )
    };
    let load = |text: String| {
        let (registry, errors) = with_project_rule("s3/swapped/rule.toml", &text);
        (matchers_of(&registry, "ACME013"), errors, text)
    };
    let conditions = r#"unversioned = { prop = "versioned", present = false }
closed = { all = [{ use = "unversioned" }, { prop = "encryption", present = false }] }
named = { prop = "bucketName", capture = "name" }
labelled = { all = [{ use = "named" }, { not = { prop = "autoDeleteObjects", present = true } }] }
logs = { prop = "bucketName", string = "^logs", capture = "name" }
"#;
    // `closed` extends `unversioned` (inside it, `unversioned` is itself), and `named` is
    // replaced inside `labelled`, which the matcher uses.
    let (swapped, errors, _) = load(with(
        conditions,
        r#"[[match]]
call = "aws_s3.Bucket"
where = [{ use = "unversioned" }, { use = "labelled" }]
variant-when = [{ variant = "named", replace = { unversioned = "closed", named = "logs" } }]
"#,
    ));
    assert!(errors.is_empty(), "{errors:?}");
    let (written, errors, _) = load(with(
        "",
        r#"[[match]]
call = "aws_s3.Bucket"
variant = "named"
where = [{ all = [{ prop = "versioned", present = false }, { prop = "encryption", present = false }] }, { all = [{ prop = "bucketName", string = "^logs", capture = "name" }, { not = { prop = "autoDeleteObjects", present = true } }] }]

[[match]]
call = "aws_s3.Bucket"
where = [{ prop = "versioned", present = false }, { all = [{ prop = "bucketName", capture = "name" }, { not = { prop = "autoDeleteObjects", present = true } }] }]
"#,
    ));
    assert!(errors.is_empty(), "{errors:?}");
    assert!(swapped.is_some());
    assert_eq!(swapped, written);

    // A replacement that contains what uses it: a cycle, at the use.
    let (_, errors, _) = load(with(
        conditions,
        r#"[[match]]
call = "aws_s3.Bucket"
where = [{ use = "unversioned" }, { use = "labelled" }]
variant-when = [{ variant = "named", replace = { named = "labelled" } }]
"#,
    ));
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].to_string().contains("stands for \"labelled\""),
        "{}",
        errors[0]
    );
    assert_eq!(
        errors[0].key.as_deref(),
        Some("[conditions.labelled].all[0]"),
        "{}",
        errors[0]
    );

    // Mistakes: at the name in `replace`, on the entry's line.
    for (replace, key, says) in [
        (
            "{ unversionned = \"closed\" }",
            "[[match]] #1.variant-when[0].replace.unversionned",
            "the rule has no [conditions.unversionned]",
        ),
        (
            "{ unversioned = \"close\" }",
            "[[match]] #1.variant-when[0].replace.unversioned",
            "the rule has no [conditions.close]",
        ),
        (
            "{ unversioned = \"unversioned\" }",
            "[[match]] #1.variant-when[0].replace.unversioned",
            "replaces the condition by itself",
        ),
        (
            "{ closed = \"logs\" }",
            "[[match]] #1.variant-when[0].replace.closed",
            "the matcher uses no [conditions.closed]",
        ),
    ] {
        let (_, errors, text) = load(with(
            conditions,
            &format!(
                "[[match]]\ncall = \"aws_s3.Bucket\"\nwhere = [{{ use = \"unversioned\" }}, {{ use = \"named\" }}]\nvariant-when = [{{ variant = \"named\", replace = {replace} }}]\n"
            ),
        ));
        assert_eq!(errors.len(), 1, "{says}: {errors:?}");
        let shown = errors[0].to_string();
        assert!(shown.contains(says), "{says}: {shown}");
        assert_eq!(errors[0].key.as_deref(), Some(key), "{shown}");
        let line = text
            .lines()
            .position(|l| l.starts_with("variant-when"))
            .unwrap()
            + 1;
        assert_eq!(errors[0].line, Some(line), "{shown}");
    }
}
