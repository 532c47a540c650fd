//! Reading the aws-cdk-lib requirement out of each packaging format. Pure functions over the
//! file's text: `None` when the file does not name aws-cdk-lib (or cannot be read as its format).

use crate::version::{Version, requirement};

/// What one file says about aws-cdk-lib: the version and whether the file pins it exactly
/// (a lock file, `==2.100.0`) or gives a range (its lower bound).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub version: Version,
    pub exact: bool,
    /// The text as the file writes it (`^2.100.0`, `2.100.0`).
    pub spec: String,
}

fn found(spec: &str) -> Option<Found> {
    let (version, exact) = requirement(spec)?;
    Some(Found {
        version,
        exact,
        spec: spec.trim().to_string(),
    })
}

fn locked(version: &str) -> Option<Found> {
    Some(Found {
        version: Version::parse(version)?,
        exact: true,
        spec: version.trim().to_string(),
    })
}

const NPM: &str = "aws-cdk-lib";

/// `package.json`: `dependencies`, then `devDependencies`, then `peerDependencies`.
pub fn package_json(text: &str) -> Option<Found> {
    let json: serde_json::Value = serde_json::from_str(text).ok()?;
    ["dependencies", "devDependencies", "peerDependencies"]
        .iter()
        .find_map(|section| json.get(section)?.get(NPM)?.as_str())
        .and_then(found)
}

/// `package-lock.json` / `npm-shrinkwrap.json`, lockfile v2/v3 (`packages`) and v1
/// (`dependencies`). The copy the project itself resolves (`node_modules/aws-cdk-lib`) wins
/// over nested copies.
pub fn package_lock(text: &str) -> Option<Found> {
    let json: serde_json::Value = serde_json::from_str(text).ok()?;
    if let Some(packages) = json.get("packages").and_then(|p| p.as_object()) {
        let top = packages
            .get("node_modules/aws-cdk-lib")
            .and_then(|p| p.get("version")?.as_str());
        let nested = || {
            packages
                .iter()
                .filter(|(k, _)| k.ends_with("/node_modules/aws-cdk-lib"))
                .find_map(|(_, p)| p.get("version")?.as_str())
        };
        if let Some(v) = top.or_else(nested) {
            return locked(v);
        }
    }
    json.get("dependencies")?
        .get(NPM)?
        .get("version")?
        .as_str()
        .and_then(locked)
}

/// `pnpm-lock.yaml` (v5 to v9): `importers` / top-level `dependencies` entries
/// (`aws-cdk-lib: 2.100.0` or `specifier:` + `version:` lines), else a `packages` key
/// (`/aws-cdk-lib@2.100.0:`, `/aws-cdk-lib/2.100.0:`, `aws-cdk-lib@2.100.0(constructs@…):`).
/// Read line by line: only these shapes matter, and no YAML library is needed for them.
pub fn pnpm_lock(text: &str) -> Option<Found> {
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        let Some(rest) = t
            .strip_prefix("aws-cdk-lib:")
            .or_else(|| t.strip_prefix("'aws-cdk-lib':"))
        else {
            continue;
        };
        let rest = rest.trim();
        if !rest.is_empty() {
            // v5: `aws-cdk-lib: 2.100.0_constructs@10.0.0` — the peer suffix is not the version.
            // (A v5 `specifiers:` block lists the range first: not a version, read on.)
            if let Some(f) = locked(clean_pnpm_version(rest)) {
                return Some(f);
            }
            continue;
        }
        // v6+: the entry's `version:` line below it.
        for next in lines.iter().skip(i + 1).take(3) {
            if let Some(v) = next.trim().strip_prefix("version:")
                && let Some(f) = locked(clean_pnpm_version(v.trim()))
            {
                return Some(f);
            }
        }
    }
    for line in &lines {
        let t = line.trim().trim_start_matches('/').trim_matches('\'');
        let Some(rest) = t
            .strip_prefix("aws-cdk-lib@")
            .or_else(|| t.strip_prefix("aws-cdk-lib/"))
        else {
            continue;
        };
        let rest = rest.trim_end_matches(':').trim_end_matches('\'');
        if let Some(f) = locked(clean_pnpm_version(rest)) {
            return Some(f);
        }
    }
    None
}

/// `2.100.0(constructs@10.3.0)` / `2.100.0_constructs@10.3.0` / `'2.100.0'` → `2.100.0`.
fn clean_pnpm_version(v: &str) -> &str {
    let v = v.trim().trim_matches(|c| c == '\'' || c == '"');
    let end = v.find(['(', '_', ' ']).unwrap_or(v.len());
    &v[..end]
}

/// `yarn.lock`, v1 (`aws-cdk-lib@^2.100.0:` then `  version "2.100.0"`) and berry
/// (`"aws-cdk-lib@npm:^2.100.0":` then `  version: 2.100.0`).
pub fn yarn_lock(text: &str) -> Option<Found> {
    let mut in_entry = false;
    for line in text.lines() {
        if !line.starts_with(' ') && !line.trim().is_empty() {
            // An entry header lists its descriptors: `aws-cdk-lib@^2.1.0, aws-cdk-lib@^2.5.0:`.
            in_entry = line
                .trim_end_matches(':')
                .split(',')
                .map(|d| d.trim().trim_matches('"'))
                .any(|d| d.starts_with("aws-cdk-lib@"));
            continue;
        }
        if in_entry {
            let t = line.trim();
            if let Some(v) = t
                .strip_prefix("version:")
                .or_else(|| t.strip_prefix("version "))
            {
                return locked(v.trim().trim_matches('"'));
            }
        }
    }
    None
}

/// PEP 503 normalisation: `aws_cdk_lib`, `AWS-CDK-Lib` and `aws.cdk.lib` are one project.
fn is_cdk_lib(name: &str) -> bool {
    let n: String = name
        .trim()
        .chars()
        .map(|c| match c {
            '_' | '.' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    n == "aws-cdk-lib"
}

/// One PEP 508 requirement string (`aws-cdk-lib>=2.100.0,<3.0.0 ; python_version >= "3.8"`,
/// `aws-cdk-lib[extra]==2.100.0`).
fn pep508(line: &str) -> Option<Found> {
    let line = line.split('#').next()?.split(';').next()?.trim();
    let end = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
        .unwrap_or(line.len());
    let (name, rest) = line.split_at(end);
    if !is_cdk_lib(name) {
        return None;
    }
    let rest = match rest.trim_start().strip_prefix('[') {
        Some(r) => r.split_once(']')?.1,
        None => rest,
    };
    let rest = rest.trim().trim_start_matches('(').trim_end_matches(')');
    found(rest)
}

/// `requirements*.txt`: one requirement a line; options (`-r`, `-e`) and comments skipped.
pub fn requirements_txt(text: &str) -> Option<Found> {
    text.lines()
        .filter(|l| !l.trim_start().starts_with('-'))
        .find_map(pep508)
}

/// `pyproject.toml`: PEP 621 `project.dependencies` (and optional dependencies), then Poetry's
/// `tool.poetry.dependencies` (`aws-cdk-lib = "^2.100.0"` or `{ version = "…" }`) and groups.
pub fn pyproject_toml(text: &str) -> Option<Found> {
    let doc: toml::Table = text.parse().ok()?;
    let project = doc.get("project");
    let pep621 = project
        .and_then(|p| p.get("dependencies")?.as_array().cloned())
        .into_iter()
        .flatten()
        .chain(
            project
                .and_then(|p| p.get("optional-dependencies")?.as_table().cloned())
                .into_iter()
                .flat_map(|t| t.into_iter().map(|(_, v)| v))
                .filter_map(|v| v.as_array().cloned())
                .flatten(),
        )
        .find_map(|d| d.as_str().and_then(pep508));
    if pep621.is_some() {
        return pep621;
    }
    let poetry = doc.get("tool")?.get("poetry")?;
    let mut tables = vec![poetry.get("dependencies"), poetry.get("dev-dependencies")];
    if let Some(groups) = poetry.get("group").and_then(|g| g.as_table()) {
        tables.extend(groups.values().map(|g| g.get("dependencies")));
    }
    tables
        .into_iter()
        .flatten()
        .filter_map(|t| t.as_table())
        .flat_map(|t| t.iter())
        .find(|(k, _)| is_cdk_lib(k))
        .and_then(|(_, v)| match v {
            toml::Value::String(s) => found(&poetry_spec(s)),
            toml::Value::Table(t) => found(&poetry_spec(t.get("version")?.as_str()?)),
            _ => None,
        })
}

/// Poetry writes a bare version as a caret requirement: `2.100.0` means `^2.100.0`.
fn poetry_spec(s: &str) -> String {
    let s = s.trim();
    if s.starts_with(|c: char| c.is_ascii_digit()) && !s.contains(',') {
        format!("^{s}")
    } else {
        s.to_string()
    }
}

/// `poetry.lock` / `uv.lock` / `pdm.lock`: a `[[package]]` named aws-cdk-lib and its version.
pub fn python_lock(text: &str) -> Option<Found> {
    let doc: toml::Table = text.parse().ok()?;
    doc.get("package")?
        .as_array()?
        .iter()
        .find(|p| {
            p.get("name")
                .and_then(|n| n.as_str())
                .is_some_and(is_cdk_lib)
        })
        .and_then(|p| locked(p.get("version")?.as_str()?))
}

/// `setup.py`, best effort: the first string literal that is an aws-cdk-lib requirement
/// (`install_requires=["aws-cdk-lib==2.100.0", …]`). The file is code; nothing is run.
pub fn setup_py(text: &str) -> Option<Found> {
    let mut rest = text;
    while let Some(start) = rest.find(['"', '\'']) {
        let quote = rest.as_bytes()[start] as char;
        let after = &rest[start + 1..];
        let Some(end) = after.find(quote) else {
            break;
        };
        let literal = &after[..end];
        if let Some(f) = pep508(literal) {
            return Some(f);
        }
        rest = &after[end + 1..];
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(f: Option<Found>) -> Option<String> {
        f.map(|f| format!("{}{}", f.version, if f.exact { "" } else { "+" }))
    }

    #[test]
    fn package_json_sections() {
        let deps = r#"{"dependencies": {"aws-cdk-lib": "2.100.0", "constructs": "^10"}}"#;
        assert_eq!(show(package_json(deps)), Some("2.100.0".into()));
        let dev = r#"{"devDependencies": {"aws-cdk-lib": "^2.150.1"}}"#;
        assert_eq!(show(package_json(dev)), Some("2.150.1+".into()));
        let peer = r#"{"peerDependencies": {"aws-cdk-lib": ">=2.80.0"}}"#;
        assert_eq!(show(package_json(peer)), Some("2.80.0+".into()));
        assert_eq!(
            show(package_json(r#"{"dependencies": {"aws-cdk": "2.100.0"}}"#)),
            None
        );
        assert_eq!(show(package_json("{ not json")), None);
    }

    #[test]
    fn package_lock_versions() {
        let v3 = r#"{"lockfileVersion": 3, "packages": {"": {"dependencies": {"aws-cdk-lib": "^2.100.0"}},
            "node_modules/aws-cdk-lib": {"version": "2.180.0"},
            "node_modules/foo/node_modules/aws-cdk-lib": {"version": "2.50.0"}}}"#;
        assert_eq!(show(package_lock(v3)), Some("2.180.0".into()));
        let nested =
            r#"{"packages": {"packages/infra/node_modules/aws-cdk-lib": {"version": "2.90.0"}}}"#;
        assert_eq!(show(package_lock(nested)), Some("2.90.0".into()));
        let v1 =
            r#"{"lockfileVersion": 1, "dependencies": {"aws-cdk-lib": {"version": "2.60.0"}}}"#;
        assert_eq!(show(package_lock(v1)), Some("2.60.0".into()));
        assert_eq!(show(package_lock(r#"{"packages": {}}"#)), None);
    }

    #[test]
    fn pnpm_lock_shapes() {
        let v9 = "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      aws-cdk-lib:\n        specifier: ^2.100.0\n        version: 2.170.0(constructs@10.4.2)\n";
        assert_eq!(show(pnpm_lock(v9)), Some("2.170.0".into()));
        let v5 = "lockfileVersion: 5.4\nspecifiers:\n  aws-cdk-lib: ^2.50.0\ndependencies:\n  aws-cdk-lib: 2.55.1_constructs@10.1.0\n";
        // The specifier block comes first in v5; it holds a range, the dependencies block the pin.
        assert_eq!(show(pnpm_lock(v5)), Some("2.55.1".into()));
        let packages = "lockfileVersion: '6.0'\npackages:\n  /aws-cdk-lib@2.120.0(constructs@10.3.0):\n    resolution: {}\n";
        assert_eq!(show(pnpm_lock(packages)), Some("2.120.0".into()));
        assert_eq!(show(pnpm_lock("lockfileVersion: '9.0'\n")), None);
    }

    #[test]
    fn yarn_lock_v1_and_berry() {
        let v1 = "# yarn lockfile v1\n\n\"@aws-cdk/asset-awscli-v1@^2.2.2\":\n  version \"2.2.2\"\n\naws-cdk-lib@^2.100.0, aws-cdk-lib@^2.110.0:\n  version \"2.133.0\"\n  resolved \"https://…\"\n";
        assert_eq!(show(yarn_lock(v1)), Some("2.133.0".into()));
        let berry = "__metadata:\n  version: 6\n\n\"aws-cdk-lib@npm:^2.100.0\":\n  version: 2.140.0\n  resolution: \"aws-cdk-lib@npm:2.140.0\"\n";
        assert_eq!(show(yarn_lock(berry)), Some("2.140.0".into()));
        assert_eq!(show(yarn_lock("aws-cdk@^2:\n  version \"2.1.0\"\n")), None);
    }

    #[test]
    fn requirements_lines() {
        let txt = "# infra\n-r base.txt\naws-cdk-lib==2.100.0\nconstructs>=10.0.0,<11.0.0\n";
        assert_eq!(show(requirements_txt(txt)), Some("2.100.0".into()));
        assert_eq!(
            show(requirements_txt(
                "aws_cdk_lib >= 2.90.0, <3  # pinned later\n"
            )),
            Some("2.90.0+".into())
        );
        assert_eq!(
            show(requirements_txt("aws-cdk-lib[extra]~=2.80\n")),
            Some("2.80.0+".into())
        );
        assert_eq!(show(requirements_txt("aws-cdk.aws-s3==1.200.0\n")), None);
        assert_eq!(show(requirements_txt("aws-cdk-lib-alpha==2.1.0\n")), None);
        assert_eq!(show(requirements_txt("aws-cdk-lib\n")), None);
    }

    #[test]
    fn pyproject_pep621_and_poetry() {
        let pep621 =
            "[project]\nname = 'app'\ndependencies = ['constructs>=10', 'aws-cdk-lib==2.110.0']\n";
        assert_eq!(show(pyproject_toml(pep621)), Some("2.110.0".into()));
        let poetry = "[tool.poetry.dependencies]\npython = '^3.11'\naws-cdk-lib = '^2.95.0'\n";
        assert_eq!(show(pyproject_toml(poetry)), Some("2.95.0+".into()));
        let poetry_bare = "[tool.poetry.dependencies]\naws-cdk-lib = { version = '2.95.0' }\n";
        assert_eq!(show(pyproject_toml(poetry_bare)), Some("2.95.0+".into()));
        let group = "[tool.poetry.group.infra.dependencies]\naws_cdk_lib = '>=2.70'\n";
        assert_eq!(show(pyproject_toml(group)), Some("2.70.0+".into()));
        assert_eq!(show(pyproject_toml("[project]\nname = 'x'\n")), None);
    }

    #[test]
    fn python_lock_files() {
        let lock = "[[package]]\nname = \"attrs\"\nversion = \"23.1.0\"\n\n[[package]]\nname = \"aws-cdk-lib\"\nversion = \"2.120.0\"\n";
        assert_eq!(show(python_lock(lock)), Some("2.120.0".into()));
        assert_eq!(
            show(python_lock("[[package]]\nname = \"x\"\nversion = \"1\"\n")),
            None
        );
    }

    #[test]
    fn setup_py_literals() {
        let setup = "import setuptools\nsetuptools.setup(\n    name='app',\n    install_requires=[\n        'aws-cdk-lib==2.66.0',\n        \"constructs>=10.0.0\",\n    ],\n)\n";
        assert_eq!(show(setup_py(setup)), Some("2.66.0".into()));
        assert_eq!(show(setup_py("setup(install_requires=CDK_DEPS)")), None);
    }
}
