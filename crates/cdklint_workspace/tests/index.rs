//! The workspace index from models of real source: stack classes and their kinds, where they
//! are instantiated and with which env (own, stage, `super`), across files and languages.

use cdklint_model::{Grammar, Model, parse::parse};
use cdklint_workspace::{Env, Field, FileFacts, Instance, Scope, StackKind, WorkspaceIndex};

fn facts(path: &str, src: &str) -> FileFacts {
    let grammar = Grammar::for_path(std::path::Path::new(path)).unwrap();
    let tree = parse(grammar, src, None).unwrap();
    let model = Model::build(&tree, src, grammar, path);
    FileFacts::from_model(&model)
}

fn region(env: &Env) -> Option<&str> {
    match env.region() {
        Field::Literal(r) => Some(r),
        _ => None,
    }
}

const STACK_TS: &str = "import * as cdk from 'aws-cdk-lib';\n\
    import * as acm from 'aws-cdk-lib/aws-certificatemanager';\n\
    import { Construct } from 'constructs';\n\
    export class WebStack extends cdk.Stack {\n\
      constructor(scope: Construct, id: string, props?: cdk.StackProps) {\n\
        super(scope, id, props);\n\
        new acm.Certificate(this, 'C', { domainName: 'x' });\n\
      }\n\
    }\n\
    export class ProdWebStack extends WebStack {}\n\
    export class AppStage extends cdk.Stage {\n\
      constructor(scope: Construct, id: string, props?: cdk.StageProps) {\n\
        super(scope, id, props);\n\
        new WebStack(this, 'Web');\n\
      }\n\
    }\n";

const APP_TS: &str = "import * as cdk from 'aws-cdk-lib';\n\
    import { WebStack as Web, AppStage } from '../lib/web-stack';\n\
    const app = new cdk.App();\n\
    const REGION = 'eu-west-1';\n\
    new Web(app, 'Web', { env: { account: '1', region: REGION } });\n\
    new Web(app, 'Var', { env: { region: process.env.REGION } });\n\
    new Web(app, 'Bare');\n\
    new Web(app, 'Hidden', props);\n\
    new AppStage(app, 'Prod', { env: { region: 'ap-southeast-2' } });\n";

#[test]
fn classes_and_their_kinds() {
    let f = facts("lib/web-stack.ts", STACK_TS);
    let kinds: Vec<(&str, Option<StackKind>)> = f
        .classes
        .iter()
        .map(|c| (c.name.as_str(), c.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("WebStack", Some(StackKind::Stack)),
            ("ProdWebStack", Some(StackKind::Stack)),
            ("AppStage", Some(StackKind::Stage)),
        ]
    );
    assert_eq!(f.us_east_1_classes, ["WebStack"]);
    // `new WebStack(this, 'Web')` inside the stage.
    assert_eq!(f.instances.len(), 1);
    assert_eq!(f.instances[0].scope, Scope::Class("AppStage".into()));
}

#[test]
fn instantiations_keep_the_imported_name_module_and_env() {
    let f = facts("bin/app.ts", APP_TS);
    type Seen<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Option<&'a str>);
    let seen: Vec<Seen> = f
        .instances
        .iter()
        .map(|i| {
            (
                i.class.as_str(),
                i.module.as_deref(),
                i.id.as_deref(),
                region(&i.env),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            (
                "WebStack",
                Some("../lib/web-stack"),
                Some("Web"),
                Some("eu-west-1")
            ),
            ("WebStack", Some("../lib/web-stack"), Some("Var"), None),
            ("WebStack", Some("../lib/web-stack"), Some("Bare"), None),
            ("WebStack", Some("../lib/web-stack"), Some("Hidden"), None),
            (
                "AppStage",
                Some("../lib/web-stack"),
                Some("Prod"),
                Some("ap-southeast-2")
            ),
        ]
    );
    assert_eq!(f.instances[1].env.region(), &Field::Variable);
    assert_eq!(f.instances[2].env, Env::Absent);
    assert_eq!(f.instances[3].env, Env::Unknown);
}

#[test]
fn placements_follow_stacks_across_files_and_through_stages() {
    let mut index = WorkspaceIndex::new();
    index.update(facts("lib/web-stack.ts", STACK_TS));
    index.update(facts("bin/app.ts", APP_TS));
    let current = facts("lib/web-stack.ts", STACK_TS);
    let view = index.view(&current);
    let regions: Vec<(String, Option<String>)> = view
        .placements("lib/web-stack.ts", "WebStack")
        .iter()
        .map(|p| {
            (
                p.instance.id.clone().unwrap_or_default(),
                region(&p.env).map(str::to_string),
            )
        })
        .collect();
    assert_eq!(
        regions,
        [
            ("Web".to_string(), Some("eu-west-1".to_string())),
            ("Var".to_string(), None),
            ("Bare".to_string(), None),
            ("Hidden".to_string(), None),
            // Inside AppStage, which bin/app.ts deploys to ap-southeast-2.
            ("Web".to_string(), Some("ap-southeast-2".to_string())),
        ]
    );
    assert_eq!(
        view.kind_of("lib/web-stack.ts", "ProdWebStack"),
        Some(StackKind::Stack)
    );
    // bin/app.ts imports its WebStack from ../lib/web-stack: not the class of lib/other.ts.
    let other = facts("lib/other.ts", STACK_TS);
    let view = index.view(&other);
    let placements = view.placements("lib/other.ts", "WebStack");
    assert!(!placements.is_empty());
    assert!(
        placements.iter().all(|p| p.path != "bin/app.ts"),
        "{placements:?}"
    );
}

#[test]
fn replacing_and_removing_one_file() {
    let mut index = WorkspaceIndex::new();
    index.update(facts("lib/web-stack.ts", STACK_TS));
    index.update(facts("bin/app.ts", APP_TS));
    assert_eq!(index.len(), 2);
    index.update(facts(
        "bin/app.ts",
        "import * as cdk from 'aws-cdk-lib';\nnew cdk.App();\n",
    ));
    assert_eq!(index.len(), 2);
    let current = facts("lib/web-stack.ts", STACK_TS);
    assert_eq!(
        index
            .view(&current)
            .placements("lib/web-stack.ts", "WebStack")
            .len(),
        1
    );
    index.remove("bin/app.ts");
    assert_eq!(index.len(), 1);
}

#[test]
fn a_class_env_is_its_own_super_call_not_a_nested_class_one() {
    // The nested class's `super(…)` comes first in the file; each class keeps its own.
    let f = facts(
        "lib/outer.ts",
        "import * as cdk from 'aws-cdk-lib';\n\
         export class Outer extends cdk.Stack {\n\
         \x20 constructor(scope: any, id: string) {\n\
         \x20   const Inner = class Inner extends cdk.Stack {\n\
         \x20     constructor(s: any, i: string) { super(s, i, { env: { region: 'us-east-1' } }); }\n\
         \x20   };\n\
         \x20   super(scope, id, { env: { region: 'eu-west-1' } });\n\
         \x20 }\n\
         }\n\
         export class Plain extends cdk.Stack {}\n",
    );
    let envs: Vec<(&str, Option<&str>)> = f
        .classes
        .iter()
        .map(|c| (c.name.as_str(), region(&c.super_env)))
        .collect();
    assert_eq!(
        envs,
        [
            ("Outer", Some("eu-west-1")),
            ("Inner", Some("us-east-1")),
            ("Plain", None)
        ]
    );
}

#[test]
fn python_env_from_super_and_environment_calls() {
    let base = facts(
        "common/base.py",
        "import aws_cdk as cdk\n\
         class CompanyStack(cdk.Stack):\n\
         \x20   def __init__(self, scope, id, **kwargs):\n\
         \x20       super().__init__(scope, id, env=cdk.Environment(account='1', region='eu-west-1'), **kwargs)\n\
         class UrlStack(CompanyStack):\n\
         \x20   def __init__(self, scope, id, **kwargs):\n\
         \x20       super().__init__(scope, id, **kwargs)\n",
    );
    assert_eq!(region(&base.classes[0].super_env), Some("eu-west-1"));
    assert_eq!(base.classes[1].super_env, Env::Absent);
    let app = facts(
        "app.py",
        "import aws_cdk as cdk\nfrom common.base import UrlStack\napp = cdk.App()\nUrlStack(app, 'Url')\n",
    );
    assert_eq!(app.instances[0].module.as_deref(), Some("common.base"));
    let mut index = WorkspaceIndex::new();
    index.update(base.clone());
    index.update(app);
    let view = index.view(&base);
    let placements = view.placements("common/base.py", "UrlStack");
    // The env the base class passes to `super` is the one it deploys with.
    assert_eq!(region(&placements[0].env), Some("eu-west-1"));
}

#[test]
fn config_recorders_and_rules_are_counted() {
    let f = facts(
        "lib/c.ts",
        "import * as config from 'aws-cdk-lib/aws-config';\n\
         new config.CfnConfigurationRecorder(this, 'R', { roleArn });\n\
         new config.ManagedRule(this, 'M', { identifier });\n\
         new config.CfnConfigRule(this, 'L', { source });\n",
    );
    assert_eq!((f.config_recorders, f.config_rules), (1, 2));
}

/// OPS001's `call` list is the index's list of Config rule calls.
#[test]
fn ops001_names_the_config_rules_the_index_counts() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../queries/ops/config-rule-without-recorder/rule.toml"
    );
    let rule: toml::Table = std::fs::read_to_string(path).unwrap().parse().unwrap();
    let mut calls: Vec<String> = rule["match"].as_array().unwrap()[0]["call"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| cdklint_model::normalize_canonical(c.as_str().unwrap()))
        .collect();
    calls.sort();
    let mut known: Vec<String> = cdklint_workspace::CONFIG_RULE_CALLS
        .iter()
        .map(|s| s.to_string())
        .collect();
    known.sort();
    assert_eq!(calls, known);
}

fn placed(offset: usize, line: usize, id: &str) -> FileFacts {
    FileFacts {
        path: "bin/app.ts".into(),
        instances: vec![Instance {
            class: "WebStack".into(),
            module: Some("../lib/web-stack".into()),
            id: Some(id.into()),
            env: Env::Absent,
            scope: Scope::Other,
            cross_region_references: false,
            offset,
            line,
        }],
        ..FileFacts::default()
    }
}

#[test]
fn only_moved_offsets_are_invisible_to_other_files() {
    assert!(placed(100, 9, "Web").same_for_others(&placed(104, 9, "Web")));
    // Another line is named in the messages of other files.
    assert!(!placed(100, 9, "Web").same_for_others(&placed(101, 10, "Web")));
    assert!(!placed(100, 9, "Web").same_for_others(&placed(100, 9, "Api")));
    let empty = FileFacts {
        path: "bin/app.ts".into(),
        ..FileFacts::default()
    };
    assert!(!placed(100, 9, "Web").same_for_others(&empty));
}

#[test]
fn the_revision_moves_with_every_change_other_files_can_see() {
    let mut index = WorkspaceIndex::new();
    assert_ne!(index.revision(), WorkspaceIndex::new().revision());
    assert!(index.update(placed(100, 9, "Web")));
    let first = index.revision();
    // Typing above the instantiation only moves it.
    assert!(!index.update(placed(104, 9, "Web")));
    assert_eq!(index.revision(), first);
    assert_eq!(index.get("bin/app.ts").unwrap().instances[0].offset, 104);
    assert!(index.update(placed(104, 10, "Web")));
    let second = index.revision();
    assert_ne!(second, first);
    assert!(index.remove("bin/app.ts"));
    assert_ne!(index.revision(), second);
    assert!(!index.remove("bin/app.ts"));
}
