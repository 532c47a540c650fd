//! The literal prefilter (`may_import_cdk`): a file it rules out must be one the model would
//! have found no CDK binding in, or the CLI would skip a file with findings.

use std::path::{Path, PathBuf};

use cdklint_model::imports::{Imports, may_import_cdk};
use cdklint_model::parse::parse;
use cdklint_model::{Grammar, Model};

fn binds_cdk(grammar: Grammar, src: &str) -> bool {
    let tree = parse(grammar, src, None).expect("parses");
    !Imports::build(&tree, src, grammar).bindings.is_empty()
}

#[test]
fn every_import_spelling_passes_the_prefilter() {
    let typescript = [
        "import * as cdk from 'aws-cdk-lib';",
        "import * as cdk from 'aws-cdk-lib/core';",
        "import { Bucket } from 'aws-cdk-lib/aws-s3';",
        "import { Bucket } from \"@aws-cdk/aws-s3\";",
        "import { Construct } from 'constructs';",
        "import cdk from 'aws-cdk-lib';",
        "const { aws_s3: s3 } = require('aws-cdk-lib');",
        "import sqs = require('@aws-cdk/aws-sqs');",
    ];
    for src in typescript {
        assert!(binds_cdk(Grammar::TypeScript, src), "{src}");
        assert!(may_import_cdk(src), "{src}");
    }
    let python = [
        "import aws_cdk as cdk",
        "import aws_cdk.aws_ec2 as ec2",
        "from aws_cdk import aws_s3 as s3, Stack",
        "from aws_cdk.aws_s3 import Bucket",
        "from aws_cdk import (\n    Duration,\n)",
        "from constructs import Construct",
        "from aws_cdk import core",
    ];
    for src in python {
        assert!(binds_cdk(Grammar::Python, src), "{src}");
        assert!(may_import_cdk(src), "{src}");
    }
}

#[test]
fn files_without_the_cdk_are_ruled_out() {
    for src in [
        "import boto3\n\ndef handler(event, context):\n    return boto3.client('s3').list_buckets()\n",
        "export const handler = async () => ({ statusCode: 200, body: 'aws' });\n",
        "import { S3Client } from '@aws-sdk/client-s3';\n",
    ] {
        assert!(!may_import_cdk(src), "{src}");
    }
}

/// Every fixture and example of the repository: a file that binds the CDK passes.
#[test]
fn no_fixture_with_cdk_bindings_is_ruled_out() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for dir in ["queries", "examples"] {
        collect(&root.join(dir), &mut files);
    }
    let mut checked = 0;
    for file in files {
        let Some(grammar) = Grammar::for_path(&file) else {
            continue;
        };
        let Ok(src) = std::fs::read_to_string(&file) else {
            continue;
        };
        if binds_cdk(grammar, &src) {
            assert!(may_import_cdk(&src), "{} binds the CDK", file.display());
        }
        checked += 1;
    }
    assert!(checked > 100, "only {checked} source files found");
}

/// Ruling a file out gives what the model would: no calls, no classes, no references.
#[test]
fn a_ruled_out_file_has_an_empty_model() {
    let src = "class Stack {}\nnew Stack(this, 'Id', { bucket: new Bucket() });\n";
    assert!(!may_import_cdk(src));
    let tree = parse(Grammar::TypeScript, src, None).unwrap();
    let model = Model::build(&tree, src, Grammar::TypeScript, "lib/stack.ts");
    assert!(model.calls.is_empty() && model.classes.is_empty() && model.refs.is_empty());
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else {
            out.push(path);
        }
    }
}
