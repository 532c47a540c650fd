//! `cargo run -p cdklint_dev -- deprecated-api --version 2.276.0 --every 10 --out queries/api/deprecated-api/`
//!
//! Fetches aws-cdk-lib releases with `npm pack` into a temporary directory (the network is
//! needed here, never when linting), reads their jsii assemblies and writes API001's data file.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};
use cdklint_dev::deprecated_api::{extract, merge};
use cdklint_dev::jsii::Assembly;
use cdklint_rules::deprecated::{DATA_FILE, Version};
use clap::{Parser, Subcommand};

/// Symbols whose deprecation text names a member that does not mean the same.
const NOT_RENAMES: &str = "not-renames.txt";

#[derive(Parser)]
#[command(name = "cdklint_dev", about = "Generators of cdklint's rule data")]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Write the deprecated aws-cdk-lib APIs (API001's data file).
    DeprecatedApi {
        /// The newest release, whose deprecation texts the file keeps.
        #[arg(long)]
        version: String,
        /// Also scan the first release of every N-th minor version (2.0, 2.10, …) to find the
        /// release that first deprecated each symbol.
        #[arg(long)]
        every: Option<u32>,
        /// Also scan these releases (comma-separated).
        #[arg(long, value_delimiter = ',')]
        versions: Vec<String>,
        /// Read assemblies from these `.jsii` files instead of fetching (`version` and
        /// `versions` are then ignored).
        #[arg(long)]
        assembly: Vec<PathBuf>,
        /// The rule directory to write `deprecated-api.tsv` into.
        #[arg(long)]
        out: PathBuf,
        /// Keep the assemblies fetched here (`aws-cdk-lib-<version>.jsii`) and reuse them.
        #[arg(long)]
        cache: Option<PathBuf>,
    },
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().command {
        Cmd::DeprecatedApi {
            version,
            every,
            versions,
            assembly,
            out,
            cache,
        } => deprecated_api(&version, every, versions, assembly, &out, cache.as_deref()),
    }
}

fn deprecated_api(
    newest: &str,
    every: Option<u32>,
    mut versions: Vec<String>,
    assemblies: Vec<PathBuf>,
    out: &Path,
    cache: Option<&Path>,
) -> anyhow::Result<()> {
    let mut releases = Vec::new();
    if !assemblies.is_empty() {
        for path in assemblies {
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("reading {}", path.display()))?;
            releases.push(scan(&text)?);
        }
    } else {
        let newest_v = Version::parse(newest).context("--version is not like 2.276.0")?;
        if let Some(n) = every {
            versions.extend(every_nth_minor(newest_v, n)?);
        }
        versions.push(newest.to_string());
        versions.sort_by_key(|v| Version::parse(v));
        versions.dedup();
        let tmp = tempfile::tempdir()?;
        for v in &versions {
            eprintln!("aws-cdk-lib@{v}");
            let cached = cache.map(|c| c.join(format!("aws-cdk-lib-{v}.jsii")));
            let text = match cached.as_ref().map(std::fs::read_to_string) {
                Some(Ok(text)) => text,
                _ => {
                    let text = fetch(v, tmp.path())?;
                    if let Some(path) = &cached {
                        std::fs::create_dir_all(path.parent().unwrap_or(Path::new(".")))?;
                        std::fs::write(path, &text)?;
                    }
                    text
                }
            };
            releases.push(scan(&text)?);
        }
    }
    let mut api = merge(releases);
    // Renames the text names but that change what is deployed, reviewed by hand: the list
    // lives next to the data so the reason for each entry is kept with it.
    let not_renames = std::fs::read_to_string(out.join(NOT_RENAMES)).unwrap_or_default();
    let not_renames: Vec<&str> = not_renames
        .lines()
        .map(|l| l.split('#').next().unwrap_or_default().trim())
        .filter(|l| !l.is_empty())
        .collect();
    for s in &mut api.symbols {
        if not_renames.contains(&s.name.as_str()) {
            s.replacement = None;
        }
    }
    std::fs::create_dir_all(out)?;
    let path = out.join(DATA_FILE);
    std::fs::write(&path, api.render())?;
    eprintln!("{} symbols -> {}", api.symbols.len(), path.display());
    Ok(())
}

fn scan(text: &str) -> anyhow::Result<(Version, cdklint_dev::deprecated_api::Extracted)> {
    let asm = Assembly::from_json(text)?;
    let version = Version::parse(&asm.version).context("assembly version")?;
    Ok((version, extract(&asm)))
}

/// The first stable 2.x release of every n-th minor version up to `newest`, from npm.
fn every_nth_minor(newest: Version, n: u32) -> anyhow::Result<Vec<String>> {
    let out = Command::new("npm")
        .args(["view", "aws-cdk-lib", "versions", "--json"])
        .output()
        .context("running npm")?;
    if !out.status.success() {
        bail!("npm view failed: {}", String::from_utf8_lossy(&out.stderr));
    }
    let all: Vec<String> = serde_json::from_slice(&out.stdout)?;
    let mut firsts: std::collections::BTreeMap<u32, Version> = Default::default();
    for s in all.iter().filter(|s| !s.contains('-')) {
        if let Some(v) = Version::parse(s)
            && v.major == newest.major
            && v <= newest
            && v.minor % n.max(1) == 0
        {
            let e = firsts.entry(v.minor).or_insert(v);
            *e = (*e).min(v);
        }
    }
    Ok(firsts.values().map(Version::to_string).collect())
}

/// The jsii assembly of one release: `npm pack`, then `.jsii` (or the gzip file it redirects
/// to) out of the tarball.
fn fetch(version: &str, tmp: &Path) -> anyhow::Result<String> {
    let dir = tmp.join(version);
    std::fs::create_dir_all(&dir)?;
    let pack = Command::new("npm")
        .args(["pack", &format!("aws-cdk-lib@{version}"), "--silent"])
        .arg("--pack-destination")
        .arg(&dir)
        .output()
        .context("running npm pack")?;
    if !pack.status.success() {
        bail!("npm pack failed: {}", String::from_utf8_lossy(&pack.stderr));
    }
    let tarball = dir.join(format!("aws-cdk-lib-{version}.tgz"));
    let status = Command::new("tar")
        .arg("-xzf")
        .arg(&tarball)
        .arg("-C")
        .arg(&dir)
        .args(["--wildcards", "package/.jsii*"])
        .status()
        .context("running tar")?;
    if !status.success() {
        bail!("tar could not extract the assembly of {version}");
    }
    std::fs::remove_file(&tarball)?;
    let jsii = dir.join("package/.jsii");
    let text = std::fs::read_to_string(&jsii)?;
    // Newer releases ship a redirect to a gzip'd assembly.
    let redirect: Option<serde_json::Value> = (text.len() < 4096)
        .then(|| serde_json::from_str(&text).ok())
        .flatten();
    let text = match redirect.as_ref().and_then(|r| {
        (r.get("schema")?.as_str()? == "jsii/file-redirect")
            .then(|| r.get("filename")?.as_str())
            .flatten()
    }) {
        Some(file) => {
            let out = Command::new("gzip")
                .arg("-dc")
                .arg(dir.join("package").join(file))
                .output()
                .context("running gzip")?;
            if !out.status.success() {
                bail!("gzip failed on the assembly of {version}");
            }
            String::from_utf8(out.stdout)?
        }
        None => text,
    };
    std::fs::remove_dir_all(&dir)?;
    Ok(text)
}
