//! Scaling benchmark: the release `cdklint check` binary over generated CDK files of 1k, 10k
//! and 100k lines and a one-line minified bundle, one process per file. Prints wall time and
//! the process's peak memory next to the tree-sitter parse floor of the same text, as a table.
//! Linear means the "lint/parse" ratio and "peak/size" stay flat as the size grows.
//!
//! `cargo bench -p cdklint_cli --bench scaling` (a bench binary, never a timed test). Each run
//! is cut off after `LIMIT`; a cut-off run prints its limit with `>`. Peak memory is read from
//! `/proc/<pid>/status` (VmHWM) while the process runs, so it is shown on Linux only.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use cdklint_linter::{Grammar, parse};

const LIMIT: Duration = Duration::from_secs(120);

/// A TypeScript stack of about `lines` lines: buckets, VPCs, certificates, chained calls and
/// removal policies, bound to variables, the shapes that once cost quadratic time.
fn stack(lines: usize) -> String {
    let mut out = String::from(
        "import * as cdk from 'aws-cdk-lib';\nimport * as s3 from 'aws-cdk-lib/aws-s3';\n\
         import * as ec2 from 'aws-cdk-lib/aws-ec2';\nimport * as acm from 'aws-cdk-lib/aws-certificatemanager';\n\
         export class GeneratedStack extends cdk.Stack {\n  constructor(scope: any, id: string) {\n    super(scope, id);\n",
    );
    let mut i = 0;
    while out.lines().count() < lines.saturating_sub(3) {
        out.push_str(&format!(
            "    const bucket{i} = new s3.Bucket(this, 'Bucket{i}', {{\n      versioned: true,\n      \
             removalPolicy: cdk.RemovalPolicy.DESTROY,\n    }});\n    \
             const vpc{i} = new ec2.Vpc(this, 'Vpc{i}', {{ maxAzs: 2 }});\n    \
             const subnets{i} = vpc{i}.selectSubnets({{ subnetType: ec2.SubnetType.PRIVATE_WITH_NAT }});\n    \
             const cert{i} = new acm.Certificate(this, 'Cert{i}', {{ domainName: 'a{i}.example.com' }});\n    \
             bucket{i}.grantRead(vpc{i}.node.defaultChild as any).toString();\n    \
             cdk.Tags.of(cert{i}).add('n', '{i}');\n    this.node.addMetadata('m{i}', subnets{i}.subnetIds.length);\n",
        ));
        i += 1;
    }
    out.push_str("  }\n}\n");
    out
}

/// About `lines` lines of small stack classes that each bind the same names (`bucket`, `vpc`),
/// as generated or copied code does: every name's uses must be looked for in its own class
/// only (this once took 34 s at 5,000 lines).
fn many_stacks(lines: usize) -> String {
    let mut out = String::from(
        "import * as cdk from 'aws-cdk-lib';\nimport * as s3 from 'aws-cdk-lib/aws-s3';\n\
         import * as ec2 from 'aws-cdk-lib/aws-ec2';\nimport { Construct } from 'constructs';\n",
    );
    let mut i = 0;
    while out.lines().count() < lines {
        out.push_str(&format!(
            "export class Stack{i} extends cdk.Stack {{\n  constructor(scope: Construct, id: string) {{\n    \
             super(scope, id);\n    const vpc = new ec2.Vpc(this, 'Vpc', {{ maxAzs: 2 }});\n    \
             const bucket = new s3.Bucket(this, 'Data', {{ versioned: true, enforceSSL: true }});\n    \
             new cdk.CfnOutput(this, 'Out', {{ value: bucket.bucketName + vpc.vpcId }});\n  }}\n}}\n\n",
        ));
        i += 1;
    }
    out
}

/// A minified CommonJS bundle: the same constructs on one line of about `bytes` bytes.
fn bundle(bytes: usize) -> String {
    let mut out = String::from(
        "\"use strict\";const cdk=require(\"aws-cdk-lib\"),s3=require(\"aws-cdk-lib/aws-s3\"),ec2=require(\"aws-cdk-lib/aws-ec2\");class S extends cdk.Stack{constructor(e,t){super(e,t);",
    );
    let mut i = 0;
    while out.len() < bytes {
        out.push_str(&format!(
            "const b{i}=new s3.Bucket(this,\"B{i}\",{{versioned:!0,removalPolicy:cdk.RemovalPolicy.DESTROY}}),v{i}=new ec2.Vpc(this,\"V{i}\",{{maxAzs:2}});v{i}.selectSubnets({{subnetType:ec2.SubnetType.PRIVATE_WITH_NAT}}).subnetIds.map(e=>e.length);"
        ));
        i += 1;
    }
    out.push_str("}}module.exports={S};");
    out
}

fn parse_floor(grammar: Grammar, text: &str) -> Duration {
    (0..3)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(parse(grammar, text, None));
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Peak resident memory of a running process in KiB (Linux), or None.
fn peak_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Run `cdklint check` on one file: wall time (None when cut off) and peak memory.
fn run(bin: &Path, file: &Path) -> (Option<Duration>, Option<u64>) {
    let start = Instant::now();
    let mut child = Command::new(bin)
        .args([
            "check",
            "--max-file-size",
            "1GB",
            "--format",
            "json",
            "--no-config",
        ])
        .arg(file)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the cdklint binary runs");
    let mut peak = None;
    loop {
        if let Some(kib) = peak_kib(child.id()) {
            peak = peak.max(Some(kib));
        }
        if child.try_wait().ok().flatten().is_some() {
            return (Some(start.elapsed()), peak);
        }
        if start.elapsed() > LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            return (None, peak);
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

fn main() {
    let bin = Path::new(env!("CARGO_BIN_EXE_cdklint"));
    let dir = tempfile::tempdir().expect("a temporary directory");
    let cases: Vec<(String, String, Grammar)> = vec![
        ("1k lines".into(), stack(1_000), Grammar::TypeScript),
        ("10k lines".into(), stack(10_000), Grammar::TypeScript),
        ("100k lines".into(), stack(100_000), Grammar::TypeScript),
        (
            "10k lines, 1k stacks".into(),
            many_stacks(10_000),
            Grammar::TypeScript,
        ),
        ("minified, 1 line".into(), bundle(1 << 20), Grammar::Tsx),
    ];
    println!(
        "| {:<20} | {:>9} | {:>10} | {:>10} | {:>10} | {:>9} | {:>10} |",
        "file", "bytes", "parse", "check", "check/parse", "peak", "peak/bytes"
    );
    println!(
        "|{:-<22}|{:->11}|{:->12}|{:->12}|{:->13}|{:->11}|{:->12}|",
        "", "", "", "", "", "", ""
    );
    for (name, text, grammar) in cases {
        let ext = if grammar == Grammar::Tsx { "js" } else { "ts" };
        let file = dir
            .path()
            .join(format!("{}.{ext}", name.replace([' ', ','], "_")));
        std::fs::write(&file, &text).expect("writing the generated file");
        let floor = parse_floor(grammar, &text);
        let (time, peak) = run(bin, &file);
        let ms = |d: Duration| format!("{:.1} ms", d.as_secs_f64() * 1e3);
        let (check, ratio) = match time {
            Some(t) => (
                ms(t),
                format!("{:.1}x", t.as_secs_f64() / floor.as_secs_f64()),
            ),
            None => (format!(">{} s", LIMIT.as_secs()), "-".into()),
        };
        let (peak_s, per_byte) = match peak {
            Some(kib) => (
                format!("{:.1} MB", kib as f64 / 1024.0),
                format!("{:.1}x", kib as f64 * 1024.0 / text.len() as f64),
            ),
            None => ("n/a".into(), "-".into()),
        };
        println!(
            "| {name:<20} | {:>9} | {:>10} | {check:>10} | {ratio:>11} | {peak_s:>9} | {per_byte:>10} |",
            text.len(),
            ms(floor)
        );
    }
    println!("\ncheck = wall time of the release binary (process start, rule loading, lint);");
    println!("peak = its peak resident memory; parse = tree-sitter alone, in this process.");
}
