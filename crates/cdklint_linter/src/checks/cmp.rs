//! Named checks and user-data finders of the CMP rules. They read the file's user data as the
//! model gathers it (`cdklint_model::userdata`) and judge its lines with the model's shell
//! scanner (`cdklint_model::shell`).

use std::ops::Range;

use cdklint_model::shell::{self, Handling, Installer};
use cdklint_model::userdata::{Line, LineKind, Script, Shebang};
use cdklint_model::{Model, Value};
use tree_sitter::Node;

use super::CheckFn;

pub(super) const CHECKS: &[(&str, CheckFn)] = &[
    ("health-path-not-served", health_path_not_served),
    ("fixed-size-group", fixed_size_group),
];

/// `fixed-size-group`: a construct whose `minCapacity` and `maxCapacity` are the same number
/// literal: a group of fixed size, which no deployment or policy resizes.
fn fixed_size_group<'t>(_: &[String], model: &Model<'t>, node: Node<'t>) -> bool {
    let Some(props) = model.props_of(node) else {
        return false;
    };
    let number = |key: &str| match props.get(key).map(|p| model.value(p.value)) {
        Some(Value::Number(n)) => Some(n),
        _ => None,
    };
    matches!((number("minCapacity"), number("maxCapacity")), (Some(a), Some(b)) if a == b)
}

/// A user-data command a finder reports: the node it is written in, the bytes of its line, and
/// text captures for the rule's templates.
pub(crate) struct Found<'t> {
    pub node: Node<'t>,
    pub range: Range<usize>,
    pub texts: Vec<(String, String)>,
}

type FinderFn = for<'t> fn(&Model<'t>) -> Vec<Found<'t>>;

pub(crate) const FINDERS: &[(&str, FinderFn)] = &[
    ("unchecked-mount", unchecked_mount),
    ("swallowed-mount", swallowed_mount),
    ("conflicting-install", conflicting_install),
];

/// Text for a message: whitespace collapsed, long commands shortened.
fn short(text: &str) -> String {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.chars().count() > 60 {
        let mut s: String = collapsed.chars().take(57).collect();
        s.push('…');
        s
    } else {
        collapsed
    }
}

fn found<'t>(line: &Line<'t>, texts: Vec<(String, String)>) -> Found<'t> {
    Found {
        node: line.node,
        range: line.range.clone(),
        texts,
    }
}

/// Mount commands of shell scripts with how their failure is handled, skipping those whose
/// handling the file does not show: a shebang it does not show, or a part it does not show
/// before the mount (that part may `set -e`).
fn mounts_judged<'s, 't>(script: &'s Script<'t>) -> Vec<(&'s Line<'t>, String, Handling)> {
    let mut out = Vec::new();
    if !script.is_shell() {
        return out;
    }
    let mut errexit = match &script.shebang {
        Shebang::Known(s) => shell::shebang_errexit(s),
        Shebang::None => false,
        Shebang::Unknown => return out,
    };
    for (i, line) in script.lines.iter().enumerate() {
        match line.kind {
            LineKind::Unknown | LineKind::FromFile => return out,
            LineKind::Command => {}
            LineKind::HeredocBody | LineKind::Comment => continue,
        }
        // A later check of the mount (`if ! mountpoint -q /mnt/s3; then exit 1; fi`, `findmnt`,
        // `grep … /proc/mounts`) handles its failure there.
        let verified = || {
            script.lines[i + 1..].iter().any(|l| {
                l.kind == LineKind::Command
                    && ["mountpoint", "findmnt", "/proc/mounts"]
                        .iter()
                        .any(|w| l.text.contains(w))
            })
        };
        if let Some(on) = shell::errexit(&line.text) {
            errexit = on;
        }
        for (cmd, handling) in shell::mounts(&line.text) {
            let handling = match handling {
                // Under `set -e` an unhandled failure stops the script.
                Handling::None if errexit || verified() => Handling::Handled,
                h => h,
            };
            out.push((line, cmd.words.join(" "), handling));
        }
    }
    out
}

/// `unchecked-mount`: a mount whose failure nothing handles.
fn unchecked_mount<'t>(model: &Model<'t>) -> Vec<Found<'t>> {
    mount_findings(model, Handling::None)
}

/// `swallowed-mount`: a mount whose failure `|| true` / `|| echo` ignores.
fn swallowed_mount<'t>(model: &Model<'t>) -> Vec<Found<'t>> {
    mount_findings(model, Handling::Swallowed)
}

fn mount_findings<'t>(model: &Model<'t>, wanted: Handling) -> Vec<Found<'t>> {
    let mut out = Vec::new();
    for script in &model.user_data().scripts {
        for (line, command, handling) in mounts_judged(script) {
            if handling == wanted {
                out.push(found(line, vec![("command".into(), short(&command))]));
            }
        }
    }
    out
}

/// `conflicting-install`: a package one command of a script installs with `yum`/`dnf` and
/// another with `amazon-linux-extras` (`nginx` and the topic `nginx1`); reported at the later.
fn conflicting_install<'t>(model: &Model<'t>) -> Vec<Found<'t>> {
    let mut out = Vec::new();
    for script in model.user_data().scripts.iter().filter(|s| s.is_shell()) {
        let mut seen: Vec<shell::Install> = Vec::new();
        for line in script.commands() {
            let installs = shell::installs(&line.text);
            for install in &installs {
                let other = seen.iter().find(|o| {
                    matches!(
                        (o.installer, install.installer),
                        (Installer::Yum, Installer::AmazonLinuxExtras)
                            | (Installer::AmazonLinuxExtras, Installer::Yum)
                    ) && o.base_name() == install.base_name()
                });
                if let Some(other) = other {
                    out.push(found(
                        line,
                        vec![
                            ("package".into(), install.package.clone()),
                            ("installer".into(), install.program.clone()),
                            ("other".into(), other.package.clone()),
                            ("earlier".into(), other.program.clone()),
                        ],
                    ));
                }
            }
            seen.extend(installs);
        }
    }
    out
}

/// Commands that write files at a path among their arguments.
const WRITES: &[&str] = &[
    "tee", "cp", "mv", "touch", "mkdir", "ln", "install", "rsync",
];

/// The line writes a file at a path the file does not show: a redirection whose target holds a
/// substitution (`> ${root}/health`), or a writing command with one among its arguments. A
/// substitution only in what is written (`echo "${fsId}:/ /mnt efs" >> /etc/fstab`) is not.
fn writes_to_hidden_path(line: &str) -> bool {
    let hole = cdklint_model::userdata::HOLE;
    let redirected = line.rfind('>').is_some_and(|at| {
        line[at + 1..]
            .split_whitespace()
            .next()
            .is_some_and(|t| t.contains(hole))
    });
    redirected
        || shell::commands(line).iter().any(|c| {
            WRITES.contains(&c.program()) && c.words.iter().skip(1).any(|w| w.contains(hole))
        })
}

/// `health-path-not-served`: the value is a literal health-check path that the file's user
/// data does not serve, while that user data starts a stock web server (`httpd`, `nginx`) and
/// deploys nothing of its own. Silent when the file has no user data, when some of it is not
/// visible (loaded from a file or asset, a parameter, a call's result), or for `/` (the
/// server's own page).
fn health_path_not_served<'t>(_: &[String], model: &Model<'t>, node: Node<'t>) -> bool {
    let Value::Str(path) = model.value(node) else {
        return false;
    };
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let Some(needle) = path.split('/').rfind(|s| !s.is_empty()) else {
        return false;
    };
    let needle = needle.to_ascii_lowercase();
    let scripts: Vec<&Script> = model
        .user_data()
        .scripts
        .iter()
        .filter(|s| s.is_shell())
        .collect();
    if scripts.is_empty() || scripts.iter().any(|s| s.opaque()) {
        return false;
    }
    let lines = || scripts.iter().flat_map(|s| s.lines.iter());
    let commands = || lines().filter(|l| l.kind == LineKind::Command);
    if !commands().any(|l| shell::web_server_started(&l.text).is_some()) {
        return false;
    }
    if commands().any(|l| shell::deploys_content(&l.text)) {
        return false;
    }
    // A file written where the script does not show may be the health page.
    if commands().any(|l| l.holes && writes_to_hidden_path(&l.text)) {
        return false;
    }
    !lines()
        .filter(|l| matches!(l.kind, LineKind::Command | LineKind::HeredocBody))
        .any(|l| mentions_word(&l.text.to_ascii_lowercase(), &needle))
}

/// `word` occurs in `text` with no name character (letter, digit, `_`, `-`) right before or
/// after it: `health` in `/var/www/html/health` and `health.html`, not in `healthy`.
fn mentions_word(text: &str, word: &str) -> bool {
    let is_name = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(is_name) && !after.is_some_and(is_name)
    })
}

#[cfg(test)]
mod tests {
    use super::mentions_word;

    #[test]
    fn hidden_write_targets() {
        use super::writes_to_hidden_path as w;
        assert!(w("echo ok > ${…}/health"));
        assert!(w("cp /tmp/index.html ${…}"));
        assert!(!w(
            "echo \"${…}:/ /var/www/html efs _netdev 0 0\" >> /etc/fstab"
        ));
        assert!(!w("mount -t efs ${…}:/ /mnt/efs"));
    }

    #[test]
    fn words_are_whole() {
        assert!(mentions_word("echo ok > /var/www/html/health", "health"));
        assert!(mentions_word("touch /var/www/html/health.html", "health"));
        assert!(!mentions_word("echo '<h1>healthy</h1>'", "health"));
        assert!(!mentions_word("healthcheck", "health"));
    }
}
