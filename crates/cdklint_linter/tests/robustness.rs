//! Linting never fails on user code: arbitrary text and every truncation of real rule fixtures
//! go through `check` and `fix` in every grammar without a panic, and fixes never add syntax
//! errors.

use std::path::Path;

use cdklint_linter::{FixMode, Grammar, LintSettings, Registry, check, count_errors, fix, parse};
use proptest::prelude::*;

fn registry() -> &'static Registry {
    Registry::embedded().expect("rules load")
}

const NAMES: [&str; 4] = ["a.ts", "a.js", "a.py", "a.tsx"];

fn fixture_texts() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../queries");
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if Grammar::for_path(&path).is_some() {
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                out.push((name, std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

fn lint_everything(name: &str, text: &str) {
    let settings = LintSettings::all_rules();
    let result = check(registry(), name, text, &settings);
    assert!(
        result.rule_errors.is_empty(),
        "{name}: {:?}",
        result.rule_errors
    );
    for d in &result.diagnostics {
        assert!(
            d.range.start <= d.range.end && d.range.end <= text.len(),
            "{name}: bad range {:?}",
            d.range
        );
        assert!(text.is_char_boundary(d.range.start) && text.is_char_boundary(d.range.end));
    }
    let out = fix(registry(), name, text, &settings, FixMode::SafeAndUnsafe);
    let grammar = Grammar::for_path(Path::new(name)).unwrap();
    let before = count_errors(&parse(grammar, text, None).unwrap());
    let after = count_errors(&parse(grammar, &out.text, None).unwrap());
    assert!(
        after <= before,
        "{name}: fixing added syntax errors ({before} -> {after})"
    );
}

#[test]
fn every_truncation_of_every_fixture_lints_without_panicking() {
    for (name, text) in fixture_texts() {
        // About 24 cuts per file, spread evenly, plus the whole text: every fixture is cut
        // inside strings, calls, objects and comments without the run growing with the suite.
        let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        let step = (boundaries.len() / 24).max(1);
        let cuts = boundaries.iter().copied().step_by(step).chain([text.len()]);
        for cut in cuts {
            lint_everything(&name, &text[..cut]);
        }
    }
}

#[test]
fn odd_inputs_lint_without_panicking() {
    let huge_line = format!(
        "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nconst x = [{}];\n",
        "ec2.SubnetType.PRIVATE_WITH_NAT, ".repeat(5000)
    );
    let deep = format!("{}{}", "(".repeat(3000), ")".repeat(3000));
    for text in [
        "",
        "\u{feff}",
        "\0\0\0",
        "\r\n\r\n",
        "🪣🪣 桶 \u{202e}",
        "#!/usr/bin/env node\n",
        &huge_line,
        &deep,
    ] {
        for name in NAMES {
            lint_everything(name, text);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_lints_without_panicking(text in "\\PC{0,300}", which in 0usize..4) {
        lint_everything(NAMES[which], &text);
    }

    #[test]
    fn cdk_flavoured_noise_lints_without_panicking(
        parts in prop::collection::vec(prop::sample::select(vec![
            "import * as ec2 from 'aws-cdk-lib/aws-ec2';", "from aws_cdk import aws_s3 as s3", "new s3.Bucket(this, 'B', {",
            "s3.Bucket(self, \"B\",", "removalPolicy: cdk.RemovalPolicy.DESTROY", "removal_policy=RemovalPolicy.DESTROY",
            "ec2.SubnetType.PRIVATE_WITH_NAT", "})", ")", "(", "{", "}", ",", "\n", "// cdklint-disable-next-line NET001",
            "# cdklint: ignore[DAT001]", "route53.RecordTarget.fromIpAddresses(alb.loadBalancerDnsName)", "'", "\"", "`${", "=",
            "...defaults", "**kwargs", "const x = ", "def f(self):\n    ",
        ]), 0..40),
        which in 0usize..4,
    ) {
        lint_everything(NAMES[which], &parts.concat());
    }
}
