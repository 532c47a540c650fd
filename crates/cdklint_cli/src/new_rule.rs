//! `cdklint new-rule GROUP/NAME --code CODE`: a new project rule that passes `cdklint test` as
//! created — rule.toml with every doc heading and a working matcher, and fixtures for
//! TypeScript and Python — for the author to change into the rule they mean.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use cdklint_linter::Registry;
use cdklint_rules::{CustomRules, reserved_prefixes};

use crate::args::NewRuleArgs;
use crate::{files, project_rules};

const RULE_TOML: &str = r#"code = "@CODE@"
name = "@NAME@"
# T1: one construct call decides it; T2: it needs the rest of the file; T3: other files.
tier = "T1"
severity = "warning"
# `{callee}` is the source text of what the matcher reports; `{name:versioned}` is
# `versioned` in TypeScript and Python alike (`{name:enforceSSL}` would be `enforce_ssl`).
message = "`{callee}` is created without `{name:versioned}`"

# What the rule flags, over the construct model: one matcher serves TypeScript, JavaScript and
# Python. This one flags `new s3.Bucket(…)` / `s3.Bucket(…)` whose props do not set `versioned`.
# Every key is documented in docs/writing-rules.md.
[[match]]
call = "aws_s3.Bucket"
where = [
  { prop = "versioned", present = false },
]

# A fix, when the rule has a safe one (then add tests/<name>.fixed.<ext>, or run
# `cdklint test --bless` and review what it wrote):
# [fix.default]
# title = "Add `{set:versioned=true}`"
# applicability = "safe"
# edits = [{ insert-prop = "args", prop = "versioned", with = "{lit:true}" }]

[docs]
what-it-does = """
Flags S3 buckets created without `versioned`.
"""
why-is-this-bad = """
Without versioning, an overwritten or deleted object cannot be recovered.
"""
fix-safety = """
No automatic fix.
"""
references = [
  "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html",
]

# Each example must report exactly one finding of this rule, each use-instead none:
# `cdklint test` checks them.
[docs.example]
typescript = """
import * as s3 from 'aws-cdk-lib/aws-s3';
new s3.Bucket(this, 'Data');
"""
python = """
from aws_cdk import aws_s3 as s3
s3.Bucket(self, "Data")
"""

[docs.use-instead]
typescript = """
import * as s3 from 'aws-cdk-lib/aws-s3';
new s3.Bucket(this, 'Data', { versioned: true });
"""
python = """
from aws_cdk import aws_s3 as s3
s3.Bucket(self, "Data", versioned=True)
"""
"#;

const BAD_TS: &str = r#"import { Stack, StackProps } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export class StorageStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    // A finding must start on each line annotated with its code, like the next one.
    new s3.Bucket(this, 'Data'); // expect: @CODE@
  }
}
"#;

const GOOD_TS: &str = r#"import { Stack, StackProps } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

// A local class that shares a CDK name is not the CDK's: never flagged.
class Bucket {
  constructor(readonly scope: Construct, readonly id: string) {}
}

export class StorageStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    new s3.Bucket(this, 'Data', { versioned: true });
    new Bucket(this, 'Local');
  }
}
"#;

const BAD_PY: &str = r#"from aws_cdk import Stack, aws_s3 as s3
from constructs import Construct


class StorageStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        # A finding must start on each line annotated with its code, like the next one.
        s3.Bucket(self, "Data")  # expect: @CODE@
"#;

const GOOD_PY: &str = r#"from aws_cdk import Stack, aws_s3 as s3
from constructs import Construct


class Bucket:
    """A local class that shares a CDK name is not the CDK's: never flagged."""

    def __init__(self, scope: Construct, construct_id: str) -> None:
        self.scope = scope


class StorageStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        s3.Bucket(self, "Data", versioned=True)
        Bucket(self, "Local")
"#;

/// The files of a new rule, by path under its directory.
pub fn scaffold(code: &str, name: &str) -> Vec<(&'static str, String)> {
    let fill = |t: &str| t.replace("@CODE@", code).replace("@NAME@", name);
    vec![
        ("rule.toml", fill(RULE_TOML)),
        ("tests/bad.ts", fill(BAD_TS)),
        ("tests/good.ts", fill(GOOD_TS)),
        ("tests/bad.py", fill(BAD_PY)),
        ("tests/good.py", fill(GOOD_PY)),
    ]
}

fn kebab(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

pub fn run(builtin: &'static Registry, args: NewRuleArgs) -> anyhow::Result<u8> {
    let Some((group, name)) = args.rule.split_once('/') else {
        bail!(
            "`{}`: name the rule as GROUP/NAME, e.g. tags/stack-tags",
            args.rule
        );
    };
    if !kebab(group) || !kebab(name) {
        bail!(
            "`{}`: the group and the name are lower-case words joined by `-`, e.g. tags/stack-tags",
            args.rule
        );
    }
    let code = args.code.trim();
    let digits = code.len().saturating_sub(3);
    let code_ok = code.len() >= 4
        && code.starts_with(|c: char| c.is_ascii_uppercase())
        && code
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && code[digits..].chars().all(|c| c.is_ascii_digit());
    if !code_ok {
        bail!("--code {code:?}: write a project prefix and three digits, like ACME001");
    }
    let prefix = &code[..digits];
    let cwd = std::env::current_dir()?;
    let loaded = project_rules::load(builtin, &cwd, None)?;
    if let Some(project) = &loaded.custom.prefix
        && project != prefix
    {
        bail!("--code {code}: the project's rules use the prefix {project} (`rule-prefix`)");
    }
    if reserved_prefixes(builtin).contains(prefix) {
        bail!(
            "--code {code}: {prefix} is a prefix of the built-in rules; give the project's rules their own (`rule-prefix`, like ACME)"
        );
    }
    if let Some(r) = loaded
        .registry
        .rules()
        .iter()
        .find(|r| r.code == code || r.name == name)
    {
        bail!(
            "{} {} already exists{}",
            r.code,
            r.name,
            r.origin
                .as_deref()
                .map(|d| format!(" in {}", files::display(d)))
                .unwrap_or_default()
        );
    }
    let rules_dir: PathBuf = args
        .dir
        .clone()
        .or_else(|| loaded.custom.dirs.first().cloned())
        .unwrap_or_else(|| PathBuf::from("cdklint-rules"));
    let target = rules_dir.join(group).join(name);
    if target.exists() {
        bail!("{} already exists", files::display(&target));
    }
    for (rel, text) in scaffold(code, name) {
        let path = target.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("creating {}", parent.display()))?;
        }
        std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
    }
    println!(
        "Created {code} {name} in {}: rule.toml, tests/bad.ts, tests/good.ts, tests/bad.py, tests/good.py.",
        files::display(&target)
    );
    let configured = |dirs: &CustomRules| {
        let want = rules_dir.canonicalize().ok();
        dirs.dirs.iter().any(|d| d.canonicalize().ok() == want)
    };
    if !configured(&loaded.custom) {
        println!(
            "Add `rules-dirs = [\"{}\"]` to cdklint.toml (or [tool.cdklint]) so that `cdklint check` runs it.",
            Path::new(&files::display(&rules_dir)).display()
        );
    }
    println!(
        "Change the matcher, message, docs and fixtures, then run `cdklint test {}`.",
        files::display(&rules_dir)
    );
    Ok(0)
}
