//! A small scanner for the shell commands of EC2 user data: enough of `sh` to tell which
//! command a line runs and how its failure is handled, never a full parser.
//!
//! A line is cut into words (quotes kept together, `$(…)` left as one word) and the control
//! operators `;`, `&&`, `||`, `|`, `&`. A simple command is the words between two operators,
//! with `sudo`, `env`, variable assignments and `time`/`nohup`/`exec` prefixes skipped, so that
//! `sudo -E yum -y install nginx` runs `yum`. What the rules ask — packages installed, mounts and
//! their error handling, `set -e`, web servers started, content deployed — is answered per line.

/// One token of a command line.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Word(String),
    /// `;`, `&&`, `||`, `|`, `&`, newline-free.
    Op(&'static str),
}

/// A simple command: its words (prefixes such as `sudo` removed), and the operator that ends it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimpleCommand {
    pub words: Vec<String>,
    /// The control operator after the command (`&&`, `||`, `;`, `|`, `&`), if any.
    pub then: Option<&'static str>,
    /// The command is the condition of `if` / `while` / `until`, or negated with `!`: its
    /// failure is looked at by the script.
    pub tested: bool,
}

impl SimpleCommand {
    /// The program run, without its directory (`/usr/bin/mount` → `mount`).
    pub fn program(&self) -> &str {
        self.words
            .first()
            .map(|w| w.rsplit('/').next().unwrap_or(w))
            .unwrap_or("")
    }

    /// The arguments that are not options (`-y`, `--now`).
    pub fn operands(&self) -> impl Iterator<Item = &str> {
        self.words
            .iter()
            .skip(1)
            .map(String::as_str)
            .filter(|w| !w.starts_with('-'))
    }
}

fn tokenize(line: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut word = String::new();
    let mut chars = line.chars().peekable();
    let flush = |word: &mut String, tokens: &mut Vec<Token>| {
        if !word.is_empty() {
            tokens.push(Token::Word(std::mem::take(word)));
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                // Single quotes: literal up to the next one.
                for d in chars.by_ref() {
                    if d == '\'' {
                        break;
                    }
                    word.push(d);
                }
                if word.is_empty() {
                    word.push_str("''");
                }
            }
            '"' => {
                let mut escaped = false;
                for d in chars.by_ref() {
                    if escaped {
                        word.push(d);
                        escaped = false;
                    } else if d == '\\' {
                        escaped = true;
                    } else if d == '"' {
                        break;
                    } else {
                        word.push(d);
                    }
                }
                if word.is_empty() {
                    word.push_str("\"\"");
                }
            }
            '\\' => {
                if let Some(d) = chars.next() {
                    word.push(d);
                }
            }
            '$' if chars.peek() == Some(&'(') => {
                // `$(…)` stays one word, nested parentheses counted.
                word.push('$');
                let mut depth = 0;
                for d in chars.by_ref() {
                    word.push(d);
                    match d {
                        '(' => depth += 1,
                        ')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
            }
            '#' if word.is_empty() => break,
            c if c.is_whitespace() => flush(&mut word, &mut tokens),
            ';' | '&' | '|' => {
                flush(&mut word, &mut tokens);
                let op = match (c, chars.peek()) {
                    ('&', Some('&')) => {
                        chars.next();
                        "&&"
                    }
                    ('|', Some('|')) => {
                        chars.next();
                        "||"
                    }
                    (';', Some(';')) => {
                        chars.next();
                        ";"
                    }
                    ('&', _) => "&",
                    ('|', _) => "|",
                    _ => ";",
                };
                tokens.push(Token::Op(op));
            }
            '(' | ')' | '{' | '}' if word.is_empty() => {
                // Grouping: a boundary between commands, as `;` is.
                tokens.push(Token::Op(";"));
            }
            c => word.push(c),
        }
    }
    flush(&mut word, &mut tokens);
    tokens
}

/// Words that introduce the next command without being it.
const PREFIXES: &[&str] = &[
    "sudo", "env", "time", "nohup", "exec", "command", "then", "do", "else",
];
/// Words after which the next command's failure is tested by the script.
const TESTING: &[&str] = &["if", "elif", "while", "until", "!"];

/// The simple commands of one line, in order.
pub fn commands(line: &str) -> Vec<SimpleCommand> {
    let mut out = Vec::new();
    let mut words: Vec<String> = Vec::new();
    let mut tested = false;
    // The next word is the argument of a prefix's option (`sudo -u ec2-user …`).
    let mut option_arg = false;
    let push = |words: &mut Vec<String>, then, tested: &mut bool, out: &mut Vec<_>| {
        if !words.is_empty() {
            out.push(SimpleCommand {
                words: std::mem::take(words),
                then,
                tested: *tested,
            });
        }
        // A pipeline's or and-list's later commands are tested with the first: `if a && b`.
        if !matches!(then, Some("&&") | Some("|") | Some("||")) {
            *tested = false;
        }
    };
    for token in tokenize(line) {
        match token {
            Token::Op(op) => push(&mut words, Some(op), &mut tested, &mut out),
            Token::Word(w) => {
                if words.is_empty() {
                    if TESTING.contains(&w.as_str()) {
                        tested = true;
                        continue;
                    }
                    if w == "fi" || w == "done" || w == "esac" {
                        continue;
                    }
                    // `sudo -E`, `sudo -u user`: options of the prefix go with it.
                    if PREFIXES.contains(&w.as_str()) || is_assignment(&w) {
                        words.push(String::new());
                        continue;
                    }
                }
                if words.len() == 1 && words[0].is_empty() {
                    // After a prefix: skip its options (with the user of `sudo -u ec2-user`)
                    // and further assignments.
                    if option_arg {
                        option_arg = false;
                        continue;
                    }
                    if w.starts_with('-') || is_assignment(&w) || PREFIXES.contains(&w.as_str()) {
                        option_arg = matches!(w.as_str(), "-u" | "-g" | "-C" | "-h");
                        continue;
                    }
                    words.clear();
                }
                words.push(w);
            }
        }
    }
    if words.len() == 1 && words[0].is_empty() {
        words.clear();
    }
    push(&mut words, None, &mut tested, &mut out);
    out
}

fn is_assignment(w: &str) -> bool {
    match w.split_once('=') {
        Some((name, _)) => {
            !name.is_empty()
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                && !name.starts_with(|c: char| c.is_ascii_digit())
        }
        None => false,
    }
}

/// The terminators of the heredocs a line opens (`cat <<EOF`, `<<-'END'`), in order.
pub fn heredoc_terminators(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("<<") {
        let after = &rest[at + 2..];
        // `<<<` is a here-string, not a heredoc.
        if after.starts_with('<') {
            rest = after.trim_start_matches('<');
            continue;
        }
        let after = after.strip_prefix('-').unwrap_or(after).trim_start();
        let word: String = after
            .chars()
            .take_while(|c| !c.is_whitespace() && !matches!(c, ';' | '&' | '|' | '>' | '<' | ')'))
            .collect();
        let terminator = word.trim_matches(|c| c == '\'' || c == '"').to_string();
        if !terminator.is_empty() {
            out.push(terminator);
        }
        rest = &after[word.len().min(after.len())..];
    }
    out
}

/// How a package gets installed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Installer {
    /// `yum` / `dnf` / `microdnf`.
    Yum,
    /// `amazon-linux-extras install <topic>`.
    AmazonLinuxExtras,
    /// `apt` / `apt-get`.
    Apt,
}

impl Installer {
    pub fn name(self) -> &'static str {
        match self {
            Installer::Yum => "yum",
            Installer::AmazonLinuxExtras => "amazon-linux-extras",
            Installer::Apt => "apt-get",
        }
    }
}

/// One package a command installs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Install {
    pub installer: Installer,
    /// As written: `nginx`, `nginx1` (an extras topic), `php7.4`.
    pub package: String,
    /// The command as the script spells its program (`yum`, `dnf`, `amazon-linux-extras`).
    pub program: String,
}

impl Install {
    /// The package an extras topic stands for (`nginx1` → `nginx`, `php7.4` → `php`,
    /// `postgresql14` → `postgresql`); other packages as written.
    pub fn base_name(&self) -> &str {
        match self.installer {
            Installer::AmazonLinuxExtras => {
                let trimmed = self
                    .package
                    .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
                if trimmed.is_empty() {
                    &self.package
                } else {
                    trimmed
                }
            }
            _ => &self.package,
        }
    }
}

/// The packages a line installs.
pub fn installs(line: &str) -> Vec<Install> {
    let mut out = Vec::new();
    for cmd in commands(line) {
        let installer = match cmd.program() {
            "yum" | "dnf" | "microdnf" => Installer::Yum,
            "amazon-linux-extras" => Installer::AmazonLinuxExtras,
            "apt" | "apt-get" => Installer::Apt,
            _ => continue,
        };
        let mut operands = cmd.operands();
        if !matches!(operands.next(), Some("install" | "reinstall")) {
            continue;
        }
        for package in operands {
            // Files and URLs (`./x.rpm`, `https://…`), variables and globs are not names.
            if package.contains(['/', '$', '*', '=']) || package.ends_with(".rpm") {
                continue;
            }
            out.push(Install {
                installer,
                package: package.to_string(),
                program: cmd.program().to_string(),
            });
        }
    }
    out
}

/// What happens when a command fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handling {
    /// Nothing: the script goes on (unless `set -e` is in force).
    None,
    /// `|| exit 1`, `|| { …; exit 1; }`, a retry loop, an `if` around it: the script reacts.
    Handled,
    /// `|| true`, `|| echo …`, `|| :`: the failure is explicitly ignored, even under `set -e`.
    Swallowed,
}

/// Commands after `||` that ignore a failure rather than react to it.
const SWALLOWING: &[&str] = &["true", ":", "echo", "printf", "logger", "tee"];

/// A mount command: `mount <args>` (listing mounts with a bare `mount` does not count),
/// `mount-s3`, `mount.efs`, `mount.s3`, `s3fs`.
pub fn is_mount(cmd: &SimpleCommand) -> bool {
    match cmd.program() {
        "mount" => cmd.words.len() > 1 && (cmd.operands().next().is_some() || has_flag(cmd, 'a')),
        "mount-s3" | "mount.efs" | "mount.s3" | "s3fs" => cmd.words.len() > 1,
        _ => false,
    }
}

fn has_flag(cmd: &SimpleCommand, flag: char) -> bool {
    cmd.words
        .iter()
        .skip(1)
        .any(|w| w.starts_with('-') && !w.starts_with("--") && w[1..].contains(flag))
}

/// Every mount of a line with how its failure is handled there.
pub fn mounts(line: &str) -> Vec<(SimpleCommand, Handling)> {
    let cmds = commands(line);
    let mut out = Vec::new();
    for (i, cmd) in cmds.iter().enumerate() {
        if !is_mount(cmd) {
            continue;
        }
        out.push((cmd.clone(), handling(&cmds, i)));
    }
    out
}

/// How the failure of `cmds[i]` is handled on its line: by a test around it, or by the first
/// `||` after the `&&` chain it starts.
fn handling(cmds: &[SimpleCommand], i: usize) -> Handling {
    if cmds[i].tested {
        return Handling::Handled;
    }
    let mut j = i;
    loop {
        match cmds[j].then {
            Some("&&") | Some("|") if j + 1 < cmds.len() => j += 1,
            Some("||") if j + 1 < cmds.len() => {
                let next = &cmds[j + 1];
                return if SWALLOWING.contains(&next.program()) && !ends_in_exit(cmds, j + 1) {
                    Handling::Swallowed
                } else {
                    Handling::Handled
                };
            }
            _ => return Handling::None,
        }
    }
}

/// `|| echo "failed" && exit 1`, `|| { echo failed; exit 1; }` on one line: an exit follows the
/// message.
fn ends_in_exit(cmds: &[SimpleCommand], from: usize) -> bool {
    cmds[from..].iter().any(|c| {
        matches!(
            c.program(),
            "exit" | "return" | "shutdown" | "poweroff" | "halt"
        )
    })
}

/// `Some(true)` for `set -e` (any option cluster with `e`, `set -o errexit`), `Some(false)` for
/// `set +e` / `set +o errexit`, `None` when the line does not change it.
pub fn errexit(line: &str) -> Option<bool> {
    let mut state = None;
    for cmd in commands(line) {
        if cmd.program() != "set" {
            continue;
        }
        let mut words = cmd.words.iter().skip(1).peekable();
        while let Some(w) = words.next() {
            let (on, opts) = match w.as_bytes().first() {
                Some(b'-') => (true, &w[1..]),
                Some(b'+') => (false, &w[1..]),
                _ => continue,
            };
            if opts == "o" {
                if words.peek().is_some_and(|n| *n == "errexit") {
                    state = Some(on);
                }
            } else if opts.contains('e') && opts.chars().all(|c| c.is_ascii_alphabetic()) {
                state = Some(on);
            }
        }
    }
    state
}

/// Whether a shebang (`#!/bin/bash -xe`) turns on `errexit`.
pub fn shebang_errexit(shebang: &str) -> bool {
    let Some(rest) = shebang.trim().strip_prefix("#!") else {
        return false;
    };
    rest.split_whitespace().skip(1).any(|w| {
        w.strip_prefix('-')
            .is_some_and(|o| !o.starts_with('-') && o.contains('e'))
    })
}

/// The stock web server a line starts (`systemctl start httpd`, `systemctl enable --now
/// nginx`, `service httpd start`, `apachectl start`, a bare `nginx`), if any.
pub fn web_server_started(line: &str) -> Option<&'static str> {
    let server = |unit: &str| -> Option<&'static str> {
        match unit.trim_end_matches(".service") {
            "httpd" | "apache2" => Some("httpd"),
            "nginx" => Some("nginx"),
            _ => None,
        }
    };
    for cmd in commands(line) {
        let operands: Vec<&str> = cmd.operands().collect();
        let found = match cmd.program() {
            "systemctl" => {
                let now = cmd.words.iter().any(|w| w == "--now");
                match operands.split_first() {
                    Some((&verb, units))
                        if matches!(verb, "start" | "restart" | "reload-or-restart")
                            || (verb == "enable" && now) =>
                    {
                        units.iter().find_map(|u| server(u))
                    }
                    _ => None,
                }
            }
            "service" => match operands.as_slice() {
                [unit, "start" | "restart", ..] => server(unit),
                _ => None,
            },
            "apachectl" | "apache2ctl" => Some("httpd"),
            "nginx" | "httpd" if cmd.words.len() == 1 => server(cmd.program()),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

/// Programs that start an application server of the instance's own, rather than a stock web
/// server's files.
const APP_SERVERS: &[&str] = &[
    "node", "npm", "npx", "yarn", "pm2", "python", "python3", "gunicorn", "uvicorn", "uwsgi",
    "flask", "java", "dotnet", "php", "ruby", "rails", "bundle", "go", "deno", "bun", "serve",
];

/// The line deploys content or an application of its own: a container (`docker run`,
/// `docker compose up`, `podman run`), a checkout (`git clone`), a copy from S3 (`aws s3 cp` /
/// `sync`), `cfn-init`, the CodeDeploy agent, a download (`curl -o`, `wget`), an application
/// server (`node app.js`, `java -jar`, `gunicorn`), or a reverse proxy to one (`proxy_pass`).
/// What the stock web server then serves is not the script's to say.
pub fn deploys_content(line: &str) -> bool {
    if line.contains("proxy_pass") || line.contains("codedeploy") {
        return true;
    }
    commands(line).iter().any(|cmd| {
        let ops: Vec<&str> = cmd.operands().collect();
        match cmd.program() {
            "docker" | "podman" | "nerdctl" => ops
                .iter()
                .any(|o| matches!(*o, "run" | "up" | "create" | "start")),
            "docker-compose" => ops.contains(&"up"),
            "git" => ops.first().is_some_and(|o| matches!(*o, "clone" | "pull")),
            "aws" => {
                ops.first() == Some(&"s3")
                    && ops.get(1).is_some_and(|o| matches!(*o, "cp" | "sync"))
            }
            "cfn-init" | "wget" | "rsync" | "scp" | "unzip" | "tar" => true,
            "curl" => cmd
                .words
                .iter()
                .any(|w| matches!(w.as_str(), "-o" | "-O" | "--output" | "--remote-name")),
            p => APP_SERVERS.contains(&p),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn programs(line: &str) -> Vec<String> {
        commands(line)
            .into_iter()
            .map(|c| c.program().to_string())
            .collect()
    }

    #[test]
    fn commands_skip_prefixes_and_split_on_operators() {
        assert_eq!(
            programs("sudo -E FOO=1 yum -y install nginx && systemctl start nginx"),
            ["yum", "systemctl"]
        );
        assert_eq!(
            programs("echo 'a && b' | tee /x; ls"),
            ["echo", "tee", "ls"]
        );
        assert_eq!(programs("# a comment"), Vec::<String>::new());
        assert_eq!(
            programs("sudo -u ec2-user mount-s3 b /mnt/s3"),
            ["mount-s3"]
        );
        assert_eq!(
            programs("if ! mount -a; then exit 1; fi"),
            ["mount", "exit"]
        );
    }

    #[test]
    fn heredocs_are_found_with_their_terminators() {
        assert_eq!(heredoc_terminators("cat > /x <<'EOF'"), ["EOF"]);
        assert_eq!(heredoc_terminators("cat <<-END >> /y"), ["END"]);
        assert!(heredoc_terminators("grep x <<< \"$v\"").is_empty());
    }

    #[test]
    fn installs_name_installer_and_package() {
        let got: Vec<(Installer, String)> = installs(
            "sudo yum install -y nginx php ./local.rpm && amazon-linux-extras install -y nginx1",
        )
        .into_iter()
        .map(|i| (i.installer, i.base_name().to_string()))
        .collect();
        assert_eq!(
            got,
            [
                (Installer::Yum, "nginx".into()),
                (Installer::Yum, "php".into()),
                (Installer::AmazonLinuxExtras, "nginx".into())
            ]
        );
        assert!(installs("amazon-linux-extras enable nginx1").is_empty());
        assert!(installs("yum update -y").is_empty());
    }

    #[test]
    fn mount_handling() {
        let h = |l: &str| mounts(l).into_iter().map(|(_, h)| h).collect::<Vec<_>>();
        assert_eq!(h("mount -t efs fs:/ /mnt/efs"), [Handling::None]);
        assert_eq!(
            h("mount -t efs fs:/ /mnt/efs || exit 1"),
            [Handling::Handled]
        );
        assert_eq!(h("mount-s3 bucket /mnt/s3 || true"), [Handling::Swallowed]);
        assert_eq!(h("mount -a || echo 'mount failed'"), [Handling::Swallowed]);
        assert_eq!(
            h("mount -a || { echo 'mount failed'; exit 1; }"),
            [Handling::Handled]
        );
        assert_eq!(h("mount -a && echo ok || exit 1"), [Handling::Handled]);
        assert_eq!(h("if ! mount -a; then exit 1; fi"), [Handling::Handled]);
        assert_eq!(h("until mount -a; do sleep 5; done"), [Handling::Handled]);
        assert!(h("mount | grep efs").is_empty());
        assert!(h("umount /mnt/efs").is_empty());
        assert!(h("echo 'fs:/ /mnt efs defaults 0 0' >> /etc/fstab").is_empty());
    }

    #[test]
    fn errexit_from_set_and_shebang() {
        assert_eq!(errexit("set -e"), Some(true));
        assert_eq!(errexit("set -euxo pipefail"), Some(true));
        assert_eq!(errexit("set -o errexit"), Some(true));
        assert_eq!(errexit("set +e"), Some(false));
        assert_eq!(errexit("set -x"), None);
        assert_eq!(errexit("echo set -e"), None);
        assert!(shebang_errexit("#!/bin/bash -xe"));
        assert!(!shebang_errexit("#!/bin/bash"));
        assert!(!shebang_errexit("#!/usr/bin/env bash"));
    }

    #[test]
    fn web_servers_and_content() {
        assert_eq!(web_server_started("systemctl start httpd"), Some("httpd"));
        assert_eq!(
            web_server_started("sudo systemctl enable --now nginx.service"),
            Some("nginx")
        );
        assert_eq!(web_server_started("service httpd restart"), Some("httpd"));
        assert_eq!(web_server_started("systemctl enable httpd"), None);
        assert_eq!(web_server_started("yum install -y httpd"), None);
        assert!(deploys_content("docker run -d -p 80:80 app"));
        assert!(deploys_content("aws s3 sync s3://b/site /var/www/html"));
        assert!(deploys_content("cd /opt/app && node server.js &"));
        assert!(!deploys_content("echo hello > /var/www/html/index.html"));
        assert!(!deploys_content("yum install -y httpd"));
    }
}
