//! Named checks of the NET rules.

use std::net::{Ipv4Addr, Ipv6Addr};

use cdklint_model::{Model, Value};
use cdklint_rules::normalize_canonical;
use tree_sitter::Node;

use super::CheckFn;

pub(super) const CHECKS: &[(&str, CheckFn)] = &[
    ("port-admits", port_admits),
    ("cidr-prefix-at-most", cidr_prefix_at_most),
    ("passed-to", passed_to),
];

/// Well-known TCP members of `ec2.Port` and their port: a rule about port 22 must know that
/// `Port.SSH` is 22 without the file saying so.
const TCP_MEMBERS: &[(&str, f64)] = &[
    ("aws_ec2.Port.SSH", 22.0),
    ("aws_ec2.Port.SMTP", 25.0),
    ("aws_ec2.Port.DNS_TCP", 53.0),
    ("aws_ec2.Port.HTTP", 80.0),
    ("aws_ec2.Port.HTTPS", 443.0),
    ("aws_ec2.Port.MSSQL", 1433.0),
    ("aws_ec2.Port.MYSQL_AURORA", 3306.0),
    ("aws_ec2.Port.RDP", 3389.0),
    ("aws_ec2.Port.POSTGRES", 5432.0),
];

/// `check-args` = TCP port numbers: the value is an `ec2.Port` that admits TCP traffic to one
/// of them — `Port.tcp(n)`, a `Port.tcpRange(a, b)` containing one, a well-known member
/// (`Port.SSH`), `Port.allTcp()` or `Port.allTraffic()`. Numbers bound to names in the file
/// are followed; anything not literal is not guessed.
fn port_admits<'t>(args: &[String], model: &Model<'t>, node: Node<'t>) -> bool {
    let ports: Vec<f64> = args.iter().filter_map(|a| a.parse().ok()).collect();
    let is = |name: &str, canonical: &str| normalize_canonical(canonical) == name;
    match model.value(node) {
        Value::Ref(r) => TCP_MEMBERS
            .iter()
            .any(|(m, p)| is(&r, m) && ports.contains(p)),
        Value::Call(c) => {
            let Some(call) = model.call_at(c) else {
                return false;
            };
            let Some(name) = call.name.as_deref() else {
                return false;
            };
            let number = |i: usize| match call.args.get(i).map(|a| model.value(*a)) {
                Some(Value::Number(n)) => Some(n),
                _ => None,
            };
            if is(name, "aws_ec2.Port.allTcp") || is(name, "aws_ec2.Port.allTraffic") {
                true
            } else if is(name, "aws_ec2.Port.tcp") {
                number(0).is_some_and(|n| ports.contains(&n))
            } else if is(name, "aws_ec2.Port.tcpRange") {
                match (number(0), number(1)) {
                    (Some(lo), Some(hi)) => ports.iter().any(|p| lo <= *p && *p <= hi),
                    _ => false,
                }
            } else {
                false
            }
        }
        _ => false,
    }
}

/// `check-args = [N]`: the value is a literal IPv4 or IPv6 CIDR whose prefix length is at most
/// N (`10.0.0.0/8` for N = 16): a range of 2^(32-N) addresses or more.
fn cidr_prefix_at_most<'t>(args: &[String], model: &Model<'t>, node: Node<'t>) -> bool {
    let Some(max) = args.first().and_then(|a| a.parse::<u8>().ok()) else {
        return false;
    };
    let Value::Str(s) = model.value(node) else {
        return false;
    };
    let Some((addr, prefix)) = s.trim().split_once('/') else {
        return false;
    };
    let Ok(prefix) = prefix.parse::<u8>() else {
        return false;
    };
    let bits = if addr.parse::<Ipv4Addr>().is_ok() {
        32
    } else if addr.parse::<Ipv6Addr>().is_ok() {
        128
    } else {
        return false;
    };
    prefix <= bits && prefix <= max
}

/// `check-args` = canonical names: the construct (a call, or a name bound to one) is handed to
/// a call of one of these names — as an argument or a prop value, directly or inside a list —
/// or to a method called on a construct of one of these classes (`lb.addSecurityGroup(sg)`).
fn passed_to<'t>(args: &[String], model: &Model<'t>, node: Node<'t>) -> bool {
    let names: Vec<String> = args.iter().map(|a| normalize_canonical(a)).collect();
    let target = model.unwrap(node);
    let is_target = |v: Node<'t>| {
        model.unwrap(v) == target
            || matches!(model.value(v), Value::List(items)
                if items.iter().any(|i| model.unwrap(*i) == target))
    };
    // Only the calls of the named classes (and methods on them) are looked at, through the
    // model's indexes, so a file with many security groups stays linear.
    names
        .iter()
        .flat_map(|n| model.calls_named(n).chain(model.method_calls_on_class(n)))
        .any(|c| {
            c.args.iter().any(|a| is_target(*a))
                || c.props.entries.iter().any(|p| is_target(p.value))
        })
}
