//! Every import of a module, with the CDK version it loads (API002).

use cdklint_model::parse::parse;
use cdklint_model::{Grammar, Model};

/// `module as written: version` of every import, in file order.
fn imports(grammar: Grammar, src: &str) -> Vec<String> {
    let tree = parse(grammar, src, None).expect("parses");
    let model = Model::build(&tree, src, grammar, "lib/app");
    model
        .module_imports
        .iter()
        .map(|i| {
            let version = i.cdk_version.map_or("-".to_string(), |v| v.to_string());
            format!("{}: {version}", model.text(i.module))
        })
        .collect()
}

#[test]
fn typescript_imports_exports_and_requires_anywhere() {
    let src = "import '@aws-cdk/core';\n\
               import * as cdk from 'aws-cdk-lib';\n\
               import { Bucket } from '@aws-cdk/aws-s3';\n\
               import { IntegTest } from '@aws-cdk/integ-tests-alpha';\n\
               import spec = require('@aws-cdk/aws-service-spec');\n\
               import { Construct } from 'constructs';\n\
               export * from '@aws-cdk/aws-sqs';\n\
               export const x = 1;\n\
               function load() { return require('@aws-cdk/pipelines'); }\n\
               const path = require('path');\n\
               const dynamic = require(name);\n";
    assert_eq!(
        imports(Grammar::TypeScript, src),
        [
            "'@aws-cdk/core': 1",
            "'aws-cdk-lib': 2",
            "'@aws-cdk/aws-s3': 1",
            "'@aws-cdk/integ-tests-alpha': 2",
            "'@aws-cdk/aws-service-spec': -",
            "'constructs': -",
            "'@aws-cdk/aws-sqs': 1",
            "'@aws-cdk/pipelines': 1",
            "'path': -",
        ]
    );
}

#[test]
fn python_imports_are_v1_in_a_file_that_imports_core() {
    let v1 = "from aws_cdk import core\n\
              import aws_cdk.aws_s3 as s3, aws_cdk.aws_sqs as sqs\n\
              from aws_cdk.aws_lambda_python_alpha import PythonFunction\n\
              from constructs import Construct\n\
              import os\n";
    assert_eq!(
        imports(Grammar::Python, v1),
        [
            "aws_cdk: 1",
            "aws_cdk.aws_s3 as s3: 1",
            "aws_cdk.aws_lambda_python_alpha: 2",
            "constructs: -",
            "os: -",
        ]
    );
    let v2 = "import aws_cdk as core\nfrom aws_cdk import aws_s3\nimport json\n";
    assert_eq!(
        imports(Grammar::Python, v2),
        ["aws_cdk as core: 2", "aws_cdk: 2", "json: -"]
    );
}

#[test]
fn files_without_cdk_imports_list_none() {
    assert!(
        imports(
            Grammar::TypeScript,
            "import * as fs from 'fs';\nrequire('x');"
        )
        .is_empty()
    );
}

#[test]
fn files_binding_no_cdk_name_list_their_top_level_cdk_imports() {
    assert_eq!(
        imports(
            Grammar::TypeScript,
            "import '@aws-cdk/core';\nimport * as fs from 'fs';\n\
             export * from 'aws-cdk-lib/aws-s3';\nexport { x } from './x';\n\
             function load() { return require('@aws-cdk/pipelines'); }\n"
        ),
        ["'@aws-cdk/core': 1", "'aws-cdk-lib/aws-s3': 2"]
    );
}
