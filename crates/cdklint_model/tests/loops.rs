//! Loops and callbacks around a construct, whether they iterate regions, and the conditions
//! that choose a value.

use cdklint_model::{Grammar, LoopKind, Model, parse::parse};

/// For the first call named `name`: each loop around it, innermost first, as
/// `kind iterable vars regions?`.
fn loops(grammar: Grammar, src: &str, name: &str) -> Vec<String> {
    let tree = parse(grammar, src, None).expect("parses");
    let model = Model::build(&tree, src, grammar, "lib/app");
    let call = model
        .calls
        .iter()
        .find(|c| c.name.as_deref() == Some(name))
        .expect("call");
    model
        .loops_around(call.node)
        .iter()
        .map(|l| {
            let kind = match l.kind {
                LoopKind::ForEach => "for-each",
                LoopKind::For => "for",
                LoopKind::While => "while",
                LoopKind::Callback => "callback",
                LoopKind::Comprehension => "comprehension",
            };
            let vars: Vec<&str> = l.vars.iter().map(|v| model.text(*v)).collect();
            format!(
                "{kind} {} [{}] {}",
                l.iterable.map(|i| model.text(i)).unwrap_or("-"),
                vars.join(","),
                if model.loop_iterates_regions(l) {
                    "regions"
                } else {
                    "-"
                }
            )
        })
        .collect()
}

const D: &str = "aws_cloudfront.distribution";

#[test]
fn loops_over_regions_in_typescript() {
    let ts = "import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';\nfor (const region of props.regions) { new cloudfront.Distribution(this, `D${region}`, {}); }\n";
    assert_eq!(
        loops(Grammar::TypeScript, ts, D),
        ["for-each props.regions [region] regions"]
    );
    let ts = "import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';\nconst targets = ['us-east-1', 'eu-west-1'];\ntargets.forEach((t, i) => { new cloudfront.Distribution(this, `D${i}`, {}); });\n";
    assert_eq!(
        loops(Grammar::TypeScript, ts, D),
        ["callback targets [t,i] regions"]
    );
    let ts = "import * as cdk from 'aws-cdk-lib';\nimport * as cloudfront from 'aws-cdk-lib/aws-cloudfront';\nfor (const { code, name } of deployments) {\n  const stack = new cdk.Stack(app, name, { env: { account, region: code } });\n  new cloudfront.Distribution(stack, 'D', {});\n}\n";
    assert_eq!(
        loops(Grammar::TypeScript, ts, D),
        ["for-each deployments [code,name] regions"]
    );
    let ts = "import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';\nfor (let i = 0; i < regions.length; i++) { while (x) { new cloudfront.Distribution(this, 'D', {}); } }\n";
    assert_eq!(
        loops(Grammar::TypeScript, ts, D),
        ["while (x) [] -", "for i < regions.length [i] regions"]
    );
}

#[test]
fn loops_over_tenants_do_not_iterate_regions() {
    let ts = "import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';\nfor (const tenant of props.tenants) { new cloudfront.Distribution(this, tenant.id, { domainNames: [tenant.domain] }); }\n";
    assert_eq!(
        loops(Grammar::TypeScript, ts, D),
        ["for-each props.tenants [tenant] -"]
    );
    let py = "from aws_cdk import aws_cloudfront as cloudfront\nfor site in sites:\n    cloudfront.Distribution(self, site.name, default_behavior=b)\n";
    assert_eq!(loops(Grammar::Python, py, D), ["for-each sites [site] -"]);
    let ts = "import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';\nnew cloudfront.Distribution(this, 'D', {});\nfor (const r of regions) { f(r); }\n";
    assert!(loops(Grammar::TypeScript, ts, D).is_empty());
}

#[test]
fn python_loops_and_comprehensions() {
    let py = "from aws_cdk import aws_cloudfront as cloudfront\nfor r in [\"us-east-1\", \"eu-west-1\"]:\n    cloudfront.Distribution(self, f\"D{r}\", default_behavior=b)\n";
    assert_eq!(
        loops(Grammar::Python, py, D),
        ["for-each [\"us-east-1\", \"eu-west-1\"] [r] regions"]
    );
    let py = "from aws_cdk import aws_cloudfront as cloudfront\nds = [cloudfront.Distribution(self, n, default_behavior=b) for n in REGIONS]\n";
    assert_eq!(
        loops(Grammar::Python, py, D),
        ["comprehension REGIONS [n] regions"]
    );
    let py = "import aws_cdk as cdk\nfrom aws_cdk import aws_cloudfront as cloudfront\nfor name, cfg in config.items():\n    s = cdk.Stack(app, name, env=cdk.Environment(region=cfg.code))\n    cloudfront.Distribution(s, \"D\", default_behavior=b)\n";
    assert_eq!(
        loops(Grammar::Python, py, D),
        ["for-each config.items() [name,cfg] regions"]
    );
}

/// The text of the condition choosing the `cidr` prop of the first `Vpc`.
fn cidr_condition(grammar: Grammar, src: &str) -> Option<(String, bool)> {
    let tree = parse(grammar, src, None).expect("parses");
    let model = Model::build(&tree, src, grammar, "lib/app");
    let vpc = model
        .calls
        .iter()
        .find(|c| c.name.as_deref() == Some("aws_ec2.vpc"))
        .expect("vpc");
    let value = vpc.props.get("cidr")?.value;
    let c = model.condition_of(value)?;
    Some((model.text(c).to_string(), model.mentions_region(c)))
}

#[test]
fn conditions_that_choose_a_value() {
    let ts = "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nconst cidr = this.region === 'us-east-1' ? '10.0.0.0/16' : '10.1.0.0/16';\nnew ec2.Vpc(this, 'V', { cidr });\n";
    assert_eq!(
        cidr_condition(Grammar::TypeScript, ts),
        Some(("this.region === 'us-east-1'".into(), true))
    );
    let ts = "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nlet cidr: string;\nif (props.isProd) { cidr = '10.0.0.0/16'; } else { cidr = '10.1.0.0/16'; }\nnew ec2.Vpc(this, 'V', { cidr: cidr });\n";
    assert_eq!(
        cidr_condition(Grammar::TypeScript, ts),
        Some(("(props.isProd)".into(), false))
    );
    let py = "from aws_cdk import aws_ec2 as ec2\nif region == \"us-east-1\":\n    cidr = \"10.0.0.0/16\"\nelse:\n    cidr = \"10.1.0.0/16\"\nec2.Vpc(self, \"V\", cidr=cidr)\n";
    assert_eq!(
        cidr_condition(Grammar::Python, py),
        Some(("region == \"us-east-1\"".into(), true))
    );
    let py = "from aws_cdk import aws_ec2 as ec2\nec2.Vpc(self, \"V\", cidr=\"10.0.0.0/16\" if self.region == \"us-east-1\" else \"10.1.0.0/16\")\n";
    assert_eq!(
        cidr_condition(Grammar::Python, py),
        Some(("self.region == \"us-east-1\"".into(), true))
    );
    let py = "from aws_cdk import aws_ec2 as ec2\nec2.Vpc(self, \"V\", cidr=\"10.0.0.0/16\")\n";
    assert_eq!(cidr_condition(Grammar::Python, py), None);
}

/// Whether the first call named `name` is created per region.
fn per_region(grammar: Grammar, src: &str, name: &str) -> bool {
    let tree = parse(grammar, src, None).expect("parses");
    let model = Model::build(&tree, src, grammar, "lib/app");
    let call = model
        .calls
        .iter()
        .find(|c| c.name.as_deref() == Some(name))
        .expect("call");
    model.in_region_loop(call.node)
}

#[test]
fn a_region_chosen_inside_the_loop_is_created_once() {
    let ts = "import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';\nfor (const r of regions) {\n  if (r === primary) { new cloudfront.Distribution(this, 'D', {}); }\n}\n";
    assert!(!per_region(Grammar::TypeScript, ts, D));
    let ts = "import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';\nfor (const r of regions) {\n  if (enabled) { new cloudfront.Distribution(this, `D${r}`, {}); }\n}\n";
    assert!(per_region(Grammar::TypeScript, ts, D));
    let py = "from aws_cdk import aws_cloudfront as cloudfront\nfor region in regions:\n    if region == \"us-east-1\":\n        cloudfront.Distribution(self, \"D\", default_behavior=b)\n";
    assert!(!per_region(Grammar::Python, py, D));
    let py = "from aws_cdk import aws_cloudfront as cloudfront\nfor region in regions:\n    if x:\n        pass\n    elif region == \"us-east-1\":\n        cloudfront.Distribution(self, \"D\", default_behavior=b)\n";
    assert!(!per_region(Grammar::Python, py, D));
}
