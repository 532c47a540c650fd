//! Which import statements load CDK v1 (API002): packages by name in TypeScript, and in Python
//! every `aws_cdk` import of a file that imports `aws_cdk.core`.

use cdklint_model::Grammar;
use cdklint_model::imports::Imports;
use cdklint_model::parse::parse;
use cdklint_model::v1::{imports_cdk_v1, is_v1_package};
use tree_sitter::Node;

#[test]
fn v1_packages_by_name() {
    for v1 in [
        "@aws-cdk/core",
        "@aws-cdk/aws-s3",
        "@aws-cdk/aws-s3/lib/bucket",
        "@aws-cdk/pipelines",
        "@aws-cdk/custom-resources",
    ] {
        assert!(is_v1_package(v1), "{v1}");
    }
    for not in [
        "aws-cdk-lib",
        "aws-cdk-lib/aws-s3",
        "@aws-cdk/aws-lambda-python-alpha",
        "@aws-cdk/integ-tests-alpha",
        "@aws-cdk/aws-service-spec",
        "@aws-cdk/asset-awscli-v1",
        "constructs",
        "@aws-cdk",
    ] {
        assert!(!is_v1_package(not), "{not}");
    }
}

/// The import statements of a Python file that import CDK v1, by their first line.
fn python_v1_statements(src: &str) -> Vec<String> {
    let tree = parse(Grammar::Python, src, None).expect("parses");
    let imports = Imports::build(&tree, src, Grammar::Python);
    let root = tree.root_node();
    let mut cursor = root.walk();
    let statements: Vec<Node> = root.named_children(&mut cursor).collect();
    statements
        .into_iter()
        .filter(|s| imports_cdk_v1(*s, src, &imports))
        .map(|s| {
            src[s.byte_range()]
                .lines()
                .next()
                .unwrap_or_default()
                .to_string()
        })
        .collect()
}

#[test]
fn python_v1_is_a_file_that_imports_core() {
    let v1 = "from aws_cdk import core\n\
              import aws_cdk.aws_s3 as s3\n\
              from aws_cdk.aws_lambda_python_alpha import PythonFunction\n\
              from constructs import Construct\n\
              import os\n";
    assert_eq!(
        python_v1_statements(v1),
        ["from aws_cdk import core", "import aws_cdk.aws_s3 as s3"]
    );
    let v1_dotted = "import aws_cdk.core as cdk\nfrom aws_cdk.aws_ec2 import Vpc\n";
    assert_eq!(python_v1_statements(v1_dotted).len(), 2);
    // Without `aws_cdk.core` the same module names are v2's.
    let v2 = "import aws_cdk as core\n\
              import aws_cdk.aws_s3 as s3\n\
              from aws_cdk import aws_ec2 as ec2\n";
    assert!(python_v1_statements(v2).is_empty());
}

#[test]
fn typescript_import_sources_are_judged_by_package() {
    let judge = |src: &str| {
        let tree = parse(Grammar::TypeScript, src, None).expect("parses");
        let imports = Imports::build(&tree, src, Grammar::TypeScript);
        let stmt = tree.root_node().named_child(0).expect("statement");
        let source = stmt.child_by_field_name("source").expect("source");
        imports_cdk_v1(source, src, &imports)
    };
    assert!(judge("import * as s3 from '@aws-cdk/aws-s3';"));
    assert!(judge("export { Bucket } from '@aws-cdk/aws-s3';"));
    assert!(!judge(
        "import * as p from '@aws-cdk/aws-lambda-python-alpha';"
    ));
    assert!(!judge("import * as s3 from 'aws-cdk-lib/aws-s3';"));
}
