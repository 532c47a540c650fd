//! The matcher conditions and named checks added for the NET rules, each shown to accept and
//! to reject: `cdk-version`, `capture-entry`, `for-each`, the `member` capture, and the checks
//! `port-admits`, `cidr-prefix-at-most` and `passed-to`.

mod common;

use cdklint_linter::{LintSettings, Registry, check};
use common::{probe_load, probe_rule};

/// A registry with one TypeScript rule made of `matchers` (and optional fixes).
fn rule(matchers: &str) -> Registry {
    probe_rule(
        &format!("message = \"hit\"\nlanguages = [\"typescript\"]\n{matchers}"),
        &["typescript"],
        &[],
    )
}

const IMPORTS: &str = "import * as ec2 from 'aws-cdk-lib/aws-ec2';\nimport * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';\n";

/// The text of every finding's range, in order.
fn found(registry: &Registry, src: &str) -> Vec<String> {
    check(registry, "probe.ts", src, &LintSettings::all_rules())
        .diagnostics
        .iter()
        .filter(|d| d.code == "TST001")
        .map(|d| src[d.range.clone()].to_string())
        .collect()
}

fn proves(matchers: &str, accept: &str, reject: &str) {
    let r = rule(matchers);
    assert_eq!(
        found(&r, &format!("{IMPORTS}{accept}")).len(),
        1,
        "should accept:\n{accept}"
    );
    assert!(
        found(&r, &format!("{IMPORTS}{reject}")).is_empty(),
        "should reject:\n{reject}"
    );
}

#[test]
fn cdk_version_tells_v1_from_v2() {
    let r = rule("[[match]]\nref = \"aws_ec2.SubnetType.PRIVATE\"\nwhere = [{ cdk-version = 1 }]");
    let v1 = "import * as ec2 from '@aws-cdk/aws-ec2';\nconst t = ec2.SubnetType.PRIVATE;\n";
    assert_eq!(found(&r, v1), ["ec2.SubnetType.PRIVATE"]);
    assert!(found(&r, &format!("{IMPORTS}const t = ec2.SubnetType.PRIVATE;\n")).is_empty());
    // On a call, the callee decides.
    let r = rule("[[match]]\ncall = \"aws_ec2.Vpc\"\nwhere = [{ cdk-version = 2 }]");
    assert_eq!(
        found(&r, &format!("{IMPORTS}new ec2.Vpc(this, 'V');\n")).len(),
        1
    );
    let v1 = "import * as ec2 from '@aws-cdk/aws-ec2';\nnew ec2.Vpc(this, 'V');\n";
    assert!(found(&r, v1).is_empty());
}

#[test]
fn member_capture_is_the_last_name_of_a_reference() {
    let r = rule("[[match]]\nref = \"aws_ec2.SubnetType.PUBLIC\"\nreport = \"member\"");
    assert_eq!(
        found(&r, &format!("{IMPORTS}const t = ec2.SubnetType.PUBLIC;\n")),
        ["PUBLIC"]
    );
}

#[test]
fn capture_entry_is_the_whole_prop_entry() {
    let r = rule(
        "[[match]]\ncall = \"aws_ec2.Vpc\"\nreport = \"entry\"\nwhere = [{ prop = \"cidr\", capture-entry = \"entry\" }]",
    );
    let src = format!(
        "{IMPORTS}const cidr = 'x';\nnew ec2.Vpc(this, 'A', {{ cidr: '10.0.0.0/16' }});\nnew ec2.Vpc(this, 'B', {{ cidr }});\nnew ec2.Vpc(this, 'C', {{ maxAzs: 2 }});\n"
    );
    assert_eq!(found(&r, &src), ["cidr: '10.0.0.0/16'", "cidr"]);
}

#[test]
fn capture_entry_needs_a_prop_selector() {
    let keys = "message = \"hit\"\nlanguages = [\"typescript\"]\n[[match]]\ncall = \"aws_ec2.Vpc\"\nwhere = [{ arg = 0, capture-entry = \"e\", present = true }]";
    assert!(probe_load(keys, &["typescript"], &[]).is_err());
}

#[test]
fn for_each_reports_every_matching_item() {
    let r = rule(
        "[[match]]\ncall = \"aws_ec2.CfnSecurityGroup\"\nfor-each = \"securityGroupIngress\"\nreport = \"cidr\"\nwhere = [{ prop = \"cidrIp\", string = \"/0$\", capture = \"cidr\" }]",
    );
    let src = format!(
        "{IMPORTS}new ec2.CfnSecurityGroup(this, 'S', {{ securityGroupIngress: [{{ cidrIp: '0.0.0.0/0' }}, {{ cidrIp: '10.0.0.0/8' }}, {{ cidrIp: '1.0.0.0/0' }}] }});\nnew ec2.CfnSecurityGroup(this, 'T', {{ groupDescription: 'x' }});\n"
    );
    assert_eq!(found(&r, &src), ["'0.0.0.0/0'", "'1.0.0.0/0'"]);
}

#[test]
fn port_admits_knows_ranges_members_and_bound_numbers() {
    let m = "[[match]]\nmethod = \"allow\"\nwhere = [{ arg = 0, check = \"port-admits\", check-args = [\"22\"] }]";
    proves(
        m,
        "x.allow(ec2.Port.tcpRange(20, 25));",
        "x.allow(ec2.Port.tcpRange(23, 25));",
    );
    proves(m, "x.allow(ec2.Port.SSH);", "x.allow(ec2.Port.HTTPS);");
    proves(
        m,
        "const P = 22;\nx.allow(ec2.Port.tcp(P));",
        "x.allow(ec2.Port.udp(22));",
    );
    proves(
        m,
        "x.allow(ec2.Port.allTraffic());",
        "x.allow(ec2.Port.allIcmp());",
    );
    proves(m, "x.allow(ec2.Port.allTcp());", "x.allow(Port.allTcp());");
}

#[test]
fn cidr_prefix_at_most_reads_ipv4_and_ipv6_literals() {
    let m = "[[match]]\nmethod = \"allow\"\nwhere = [{ arg = 0, check = \"cidr-prefix-at-most\", check-args = [\"16\"] }]";
    proves(m, "x.allow('10.0.0.0/8');", "x.allow('10.0.0.0/17');");
    proves(m, "x.allow('2001:db8::/16');", "x.allow('2001:db8::/48');");
    proves(m, "x.allow('172.16.0.0/16');", "x.allow('host/8');");
    proves(
        m,
        "const c = '0.0.0.0/0';\nx.allow(c);",
        "x.allow(`${c}/8`);",
    );
}

#[test]
fn passed_to_follows_bindings_into_props_lists_and_methods() {
    let m = "[[match]]\ncall = \"aws_ec2.SecurityGroup\"\nwhere = [{ check = \"passed-to\", check-args = [\"aws_elasticloadbalancingv2.ApplicationLoadBalancer\", \"aws_ec2.NatProvider.instanceV2\"] }]";
    proves(
        m,
        "const sg = new ec2.SecurityGroup(this, 'S');\nnew elbv2.ApplicationLoadBalancer(this, 'A', { securityGroup: sg });",
        "const sg = new ec2.SecurityGroup(this, 'S');\nnew elbv2.NetworkLoadBalancer(this, 'A', { securityGroup: sg });",
    );
    proves(
        m,
        "this.sg = new ec2.SecurityGroup(this, 'S');\nconst alb = new elbv2.ApplicationLoadBalancer(this, 'A', {});\nalb.addSecurityGroup(this.sg);",
        "this.sg = new ec2.SecurityGroup(this, 'S');\nconst alb = new elbv2.ApplicationLoadBalancer(this, 'A', {});\nalb.addSecurityGroup(other);",
    );
    proves(
        m,
        "const sg = new ec2.SecurityGroup(this, 'S');\nec2.NatProvider.instanceV2({ securityGroups: [sg] });",
        "const sg = new ec2.SecurityGroup(this, 'S');\nec2.NatProvider.instance({ securityGroup: sg });",
    );
}
