//! The casts the model walk lists (STR003), the call whose arguments hold a value, and
//! construct instantiations told by their shape.

use cdklint_model::parse::parse;
use cdklint_model::{Grammar, Model};

fn with_model(src: &str, f: impl FnOnce(&Model)) {
    let tree = parse(Grammar::TypeScript, src, None).expect("parses");
    let model = Model::build(&tree, src, Grammar::TypeScript, "lib/stack.ts");
    f(&model);
}

/// `value as type` of every cast, in file order.
fn casts(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    with_model(src, |m| {
        out = m
            .casts
            .iter()
            .map(|c| format!("{} as {}", m.text(c.value), c.type_text(m.src())))
            .collect();
    });
    out
}

#[test]
fn every_as_and_angle_bracket_cast_is_listed_with_its_type() {
    let src = "import * as cdk from 'aws-cdk-lib';\n\
               const a = props as any;\n\
               const b = <any>props;\n\
               const s = scope.node.scope as cdk . Stack;\n\
               const c = (x as unknown) as Record<string, any>;\n\
               const d = y satisfies object;\n";
    assert_eq!(
        casts(src),
        [
            "props as any",
            "props as any",
            "scope.node.scope as cdk.Stack",
            "(x as unknown) as Record<string,any>",
            "x as unknown",
        ]
    );
}

#[test]
fn files_without_cdk_imports_list_no_casts() {
    assert!(casts("const a = props as any;").is_empty());
}

/// The text of the call whose arguments hold the first cast, if any.
fn outer_of_first_cast(src: &str) -> Option<String> {
    let mut out = None;
    with_model(src, |m| {
        let cast = m.casts.first().expect("a cast");
        out = m.outer_call(cast.node).map(|c| {
            let t = m.text(c);
            t.split('(').next().unwrap_or(t).to_string()
        });
    });
    out
}

#[test]
fn outer_call_climbs_through_props_lists_and_spreads_only() {
    let head = "import * as s3 from 'aws-cdk-lib/aws-s3';\n";
    for (body, expected) in [
        (
            "new s3.Bucket(this, 'B', {} as any);",
            Some("new s3.Bucket"),
        ),
        (
            "new s3.Bucket(this, 'B', { cors: [{ allowedMethods: m as any }] });",
            Some("new s3.Bucket"),
        ),
        (
            "new s3.Bucket(this, 'B', { ...(extra as any) });",
            Some("new s3.Bucket"),
        ),
        ("f(g(x as any));", Some("g")),
        // An operator, a callback body or a key stops the climb.
        (
            "new s3.Bucket(this, 'B', { bucketName: (n as any) + 'x' });",
            None,
        ),
        ("new s3.Bucket(this, 'B', { f: () => x as any });", None),
        ("const v = x as any;", None),
    ] {
        assert_eq!(
            outer_of_first_cast(&format!("{head}{body}")).as_deref(),
            expected,
            "{body}"
        );
    }
}

#[test]
fn construct_instantiations_are_told_by_their_shape() {
    let src = "import * as s3 from 'aws-cdk-lib/aws-s3';\n\
               import { TapStack } from '../lib/tap-stack';\n\
               const bucket = new s3.Bucket(this, 'B');\n\
               const own = new TapStack(app, `Tap-${env}`, {});\n\
               const map = new Map<string, number>();\n\
               const date = new Date(0, 'x');\n\
               const made = makeBucket(this, 'B');\n\
               const aliased = bucket;\n";
    with_model(src, |m| {
        let value_of = |name: &str| {
            let line = m
                .src()
                .lines()
                .position(|l| l.starts_with(&format!("const {name} =")))
                .expect("line");
            let call = m
                .calls
                .iter()
                .find(|c| c.node.start_position().row == line)
                .map(|c| c.node);
            call.unwrap_or_else(|| {
                // `const aliased = bucket`: the name itself.
                let start = m.src().find("= bucket;").expect("alias") + 2;
                m.ctx
                    .tree
                    .root_node()
                    .descendant_for_byte_range(start, start + 6)
                    .expect("name")
            })
        };
        assert!(m.is_construct_instantiation(value_of("bucket")));
        assert!(m.is_construct_instantiation(value_of("own")));
        assert!(m.is_construct_instantiation(value_of("aliased")));
        assert!(!m.is_construct_instantiation(value_of("map")));
        assert!(!m.is_construct_instantiation(value_of("date")));
        assert!(!m.is_construct_instantiation(value_of("made")));
    });
}
