//! Version detection over the sample projects of `tests/projects/versions`, one per packaging
//! format: the version, whether it is exact, and the file it was read from.

use std::path::{Path, PathBuf};

use cdklint_project::{ProjectCache, aws_cdk_lib_version, facts_for, project_root};

fn projects() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/projects/versions")
}

/// (version, exact, source file name) for a source file of a sample project.
fn detect(file: &str) -> Option<(String, bool, String)> {
    let v = aws_cdk_lib_version(&projects().join(file))?;
    Some((
        v.version.to_string(),
        v.exact,
        v.source.file_name().unwrap().to_string_lossy().into_owned(),
    ))
}

fn is(v: &str, exact: bool, file: &str) -> Option<(String, bool, String)> {
    Some((v.to_string(), exact, file.to_string()))
}

#[test]
fn lock_files_win_over_manifest_ranges() {
    assert_eq!(
        detect("npm-lock/lib/app-stack.ts"),
        is("2.180.0", true, "package-lock.json")
    );
    assert_eq!(
        detect("pnpm/lib/app-stack.ts"),
        is("2.170.0", true, "pnpm-lock.yaml")
    );
    assert_eq!(
        detect("yarn-v1/lib/app-stack.ts"),
        is("2.133.0", true, "yarn.lock")
    );
    assert_eq!(
        detect("yarn-berry/lib/app-stack.ts"),
        is("2.240.0", true, "yarn.lock")
    );
    assert_eq!(detect("poetry/app.py"), is("2.120.0", true, "poetry.lock"));
}

#[test]
fn a_workspace_lock_above_the_package_counts() {
    assert_eq!(
        detect("workspace-lock/packages/infra/lib/app-stack.ts"),
        is("2.90.0", true, "package-lock.json")
    );
    let root = project_root(&projects().join("workspace-lock/packages/infra/lib/app-stack.ts"));
    assert_eq!(root, Some(projects().join("workspace-lock/packages/infra")));
}

#[test]
fn manifests_give_pins_or_lower_bounds() {
    assert_eq!(
        detect("npm-range/lib/app-stack.ts"),
        is("2.150.1", false, "package.json")
    );
    assert_eq!(
        detect("requirements/stacks/app_stack.py"),
        is("2.100.0", true, "requirements.txt")
    );
    assert_eq!(
        detect("requirements-range/app.py"),
        is("2.90.0", false, "requirements.txt")
    );
    assert_eq!(
        detect("pep621/app/stack.py"),
        is("2.110.0", true, "pyproject.toml")
    );
    assert_eq!(
        detect("poetry-range/app.py"),
        is("2.95.0", false, "pyproject.toml")
    );
    assert_eq!(detect("setup-py/app.py"), is("2.66.0", true, "setup.py"));
}

#[test]
fn a_project_that_names_no_version_has_none() {
    assert_eq!(detect("unknown/bin/app.ts"), None);
    let facts = facts_for(&projects().join("unknown/bin/app.ts"));
    assert_eq!(facts.root, Some(projects().join("unknown")));
    assert_eq!(facts.aws_cdk_lib, None);
}

#[test]
fn messages_say_what_was_read_from_where() {
    let exact = aws_cdk_lib_version(&projects().join("npm-lock/lib/app-stack.ts")).unwrap();
    assert_eq!(exact.describe(), "2.180.0 (package-lock.json)");
    let range = aws_cdk_lib_version(&projects().join("npm-range/lib/app-stack.ts")).unwrap();
    assert_eq!(
        range.describe(),
        "^2.150.1, at least 2.150.1 (package.json)"
    );
}

#[test]
fn the_cache_answers_per_directory() {
    let cache = ProjectCache::new();
    let a = cache.facts(&projects().join("pnpm/lib/app-stack.ts"));
    let b = cache.facts(&projects().join("pnpm/lib/app-stack.ts"));
    assert!(std::sync::Arc::ptr_eq(&a, &b));
    assert_eq!(
        a.aws_cdk_lib.as_ref().unwrap().version.to_string(),
        "2.170.0"
    );
}

#[test]
fn the_cache_agrees_with_reading_each_file_alone() {
    // Every sample's files, asked in an order that visits a nested root (workspace-lock's
    // packages/infra) after its enclosing one, and files of one root from several directories.
    let mut files = Vec::new();
    let mut dirs = vec![projects()];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                dirs.push(p);
            } else {
                files.push(p);
            }
        }
    }
    files.sort();
    assert!(files.len() > 30);
    let cache = ProjectCache::new();
    for f in files.iter().chain(files.iter().rev()) {
        assert_eq!(*cache.facts(f), facts_for(f), "{}", f.display());
    }
}
