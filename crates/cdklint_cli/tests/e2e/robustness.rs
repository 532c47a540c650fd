//! Hostile files and paths: line endings, encodings, sizes, links, unreadable files.

use crate::common::{Project, findings};

const NET001: &str =
    "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nconst s = ec2.SubnetType.PRIVATE_WITH_NAT;\n";

fn fixture(rel: &str) -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../queries");
    std::fs::read_to_string(root.join(rel)).unwrap()
}

#[test]
fn cr_and_crlf_line_endings_count_lines_as_lf_does() {
    let p = Project::empty();
    let text = format!("// one\n// two\n{NET001}");
    for (name, ending) in [("lf.ts", "\n"), ("crlf.ts", "\r\n"), ("cr.ts", "\r")] {
        p.write(name, &text.replace('\n', ending));
        // A suppression comment counts lines the same way.
        let suppressed = text.replace("const s", "// cdklint-disable-next-line NET001\nconst s");
        p.write(&format!("quiet-{name}"), &suppressed.replace('\n', ending));
    }
    let run = p.run(&["check", "--select", "NET001", "--format", "json"]);
    let lines: Vec<u64> = findings(&run.json()).iter().map(|f| f.1).collect();
    assert_eq!(lines, vec![4, 4, 4], "{}", run.stdout);
}

#[test]
fn fixes_keep_the_files_line_ending() {
    let p = Project::empty();
    let bad = fixture("dns/alb-record-not-alias/tests/bad_named.ts");
    let fixed = fixture("dns/alb-record-not-alias/tests/bad_named.fixed.ts");
    p.write("a.ts", &bad.replace('\n', "\r\n"));
    p.run(&[
        "check",
        "--select",
        "DNS001",
        "--fix",
        "--unsafe-fixes",
        "a.ts",
    ]);
    assert_eq!(p.read("a.ts"), fixed.replace('\n', "\r\n"));
}

#[test]
fn utf16_files_with_a_bom_are_decoded() {
    let p = Project::empty();
    for (name, bom, be) in [
        ("le.ts", [0xFF, 0xFE], false),
        ("be.ts", [0xFE, 0xFF], true),
    ] {
        let mut bytes = bom.to_vec();
        for unit in NET001.encode_utf16() {
            bytes.extend(if be {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            });
        }
        std::fs::write(p.path().join(name), bytes).unwrap();
    }
    let run = p.run(&["check", "--select", "NET001", "--format", "json"]);
    let found = findings(&run.json());
    assert_eq!(found.len(), 2, "{}{}", run.stdout, run.stderr);
    assert!(!run.stderr.contains("not valid UTF-8"), "{}", run.stderr);
}

#[test]
fn files_over_max_file_size_are_skipped_with_the_reason() {
    let p = Project::empty();
    p.write("small.ts", NET001);
    p.write("big.ts", &format!("{NET001}{}", "// padding\n".repeat(200)));
    let run = p.run(&[
        "check",
        "--select",
        "NET001",
        "--max-file-size",
        "1KB",
        "--format",
        "json",
    ]);
    let files: Vec<String> = findings(&run.json()).into_iter().map(|f| f.0).collect();
    assert_eq!(files, vec!["small.ts"]);
    assert!(
        run.stderr.contains("big.ts: skipped") && run.stderr.contains("max-file-size"),
        "{}",
        run.stderr
    );
    // The same limit from the configuration.
    p.write("cdklint.toml", "max-file-size = 1000\n");
    let run = p.run(&["check", "--select", "NET001", "--format", "json"]);
    assert_eq!(findings(&run.json()).len(), 1, "{}", run.stderr);
}

#[test]
fn config_reads_are_bounded_and_errors_use_the_users_words() {
    let p = Project::empty();
    p.write("a.ts", NET001);
    if cfg!(unix) {
        let run = p.run(&["check", "--config", "/dev/zero", "a.ts"]).expect(2);
        assert!(run.stderr.contains("larger than"), "{}", run.stderr);
    }
    p.write("pyproject.toml", "[tool]\ncdklint = 3\n");
    let run = p.run(&["check", "a.ts"]).expect(2);
    assert!(
        run.stderr.contains("pyproject.toml:2:") && run.stderr.contains("`tool.cdklint`"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("struct"), "{}", run.stderr);
}

#[cfg(unix)]
mod unix {
    use super::*;
    use std::os::unix::fs::{MetadataExt, PermissionsExt, symlink};

    #[test]
    fn unreadable_paths_are_reported_with_the_reason_after_the_others_findings() {
        let p = Project::empty();
        p.write("good.ts", NET001);
        symlink("loop-b.ts", p.path().join("loop-a.ts")).unwrap();
        symlink("loop-a.ts", p.path().join("loop-b.ts")).unwrap();
        let fifo = p.path().join("pipe.ts");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        let run = p.run(&[
            "check",
            "--select",
            "NET001",
            "--format",
            "json",
            "good.ts",
            "loop-a.ts",
            "pipe.ts",
            "missing.ts",
        ]);
        let run = run.expect(2);
        assert_eq!(
            findings(&run.json()).len(),
            1,
            "the readable file is reported"
        );
        assert!(
            run.stderr
                .contains("loop-a.ts: too many levels of symbolic links"),
            "{}",
            run.stderr
        );
        assert!(
            run.stderr.contains("missing.ts: no such file or directory"),
            "{}",
            run.stderr
        );
        if made.is_ok_and(|s| s.success()) {
            assert!(run.stderr.contains("pipe.ts: a FIFO"), "{}", run.stderr);
        }
    }

    #[test]
    fn fix_writes_through_symlinks_and_hard_links_and_refuses_read_only_files() {
        let p = Project::empty();
        p.write("real/a.ts", NET001);
        symlink("real/a.ts", p.path().join("link.ts")).unwrap();
        p.write("b.ts", NET001);
        std::fs::hard_link(p.path().join("b.ts"), p.path().join("b-too.ts")).unwrap();
        p.write("ro.ts", NET001);
        let ro = p.path().join("ro.ts");
        std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o444)).unwrap();
        let run = p.run(&[
            "check", "--select", "NET001", "--fix", "link.ts", "b.ts", "ro.ts",
        ]);
        let fixed = NET001.replace("PRIVATE_WITH_NAT", "PRIVATE_WITH_EGRESS");
        let link = std::fs::symlink_metadata(p.path().join("link.ts")).unwrap();
        assert!(link.file_type().is_symlink(), "the symlink stays a symlink");
        assert_eq!(p.read("real/a.ts"), fixed, "its target is fixed");
        assert_eq!(
            p.read("b-too.ts"),
            fixed,
            "the other hard link sees the fix"
        );
        assert_eq!(std::fs::metadata(p.path().join("b.ts")).unwrap().nlink(), 2);
        assert_eq!(p.read("ro.ts"), NET001, "a read-only file is not replaced");
        assert!(
            run.stderr
                .contains("ro.ts: fixes not written: the file is read-only"),
            "{}",
            run.stderr
        );
    }
}
