//! Canonical-name spelling: the one comparison rule for member and prop names in both languages.

/// Normalise a member or prop name for comparison: lower-case, underscores removed, so that
/// `fromIpAddresses` = `from_ip_addresses` and `enforceSSL` = `enforce_ssl`.
pub fn normalize_name(name: &str) -> String {
    // Every name the CDK defines is ASCII: one allocation, no per-char case tables.
    let mut out = String::with_capacity(name.len());
    push_normalized(&mut out, name);
    out
}

/// `normalize_name(name) == normalized`, without building the normalised name.
pub fn normalizes_to(name: &str, normalized: &str) -> bool {
    if !name.is_ascii() {
        return normalize_name(name) == normalized;
    }
    let mut want = normalized.bytes();
    for b in name.bytes().filter(|b| *b != b'_') {
        if want.next() != Some(b.to_ascii_lowercase()) {
            return false;
        }
    }
    want.next().is_none()
}

/// Normalise every segment of a canonical name after the module: `aws_ec2.SubnetType.X`.
pub fn normalize_canonical(name: &str) -> String {
    // memchr rather than `str::split_once`: its generic char search costs more than the copy.
    match memchr::memchr(b'.', name.as_bytes()).map(|i| (&name[..i], &name[i + 1..])) {
        Some((module, rest)) => {
            // `normalize_name` maps each character on its own and keeps `.`, so the segments
            // after the module normalise as one string: one allocation, not one per segment
            // (this runs for every call and reference of every file, and for every name of
            // API001's data at start-up).
            let mut out = String::with_capacity(name.len());
            out.push_str(module);
            out.push('.');
            push_normalized(&mut out, rest);
            out
        }
        None => name.to_string(),
    }
}

/// Append `normalize_name(name)` to `out`.
fn push_normalized(out: &mut String, name: &str) {
    if name.is_ascii() {
        // Copied a run between underscores at a time and lower-cased in place: no work per
        // character beyond what a copy does.
        let start = out.len();
        let mut from = 0;
        for underscore in memchr::memchr_iter(b'_', name.as_bytes()) {
            out.push_str(&name[from..underscore]);
            from = underscore + 1;
        }
        out.push_str(&name[from..]);
        out[start..].make_ascii_lowercase();
    } else {
        out.extend(
            name.chars()
                .filter(|c| *c != '_')
                .flat_map(char::to_lowercase),
        );
    }
}

/// The Python spelling jsii gives a camelCase member or prop: `enforceSSL` → `enforce_ssl`,
/// `loadBalancerDnsName` → `load_balancer_dns_name`. Enum members (`PRIVATE_WITH_NAT`) and
/// class names (`Bucket`) are the same in both languages and come back unchanged.
pub fn snake_case(name: &str) -> String {
    let starts_lower = name.starts_with(|c: char| c.is_ascii_lowercase());
    if !starts_lower {
        return name.to_string();
    }
    // One pass with the previous and next character at hand, no buffer of characters: this
    // runs for every member name a Python file is checked against.
    let mut out = String::with_capacity(name.len() + 4);
    let mut prev: Option<char> = None;
    let mut chars = name.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_uppercase()
            && let Some(prev) = prev
        {
            let next_lower = chars.peek().is_some_and(|n| n.is_ascii_lowercase());
            if prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next_lower)
            {
                out.push('_');
            }
        }
        out.push(c.to_ascii_lowercase());
        prev = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_follows_jsii() {
        assert_eq!(snake_case("enforceSSL"), "enforce_ssl");
        assert_eq!(snake_case("loadBalancerDnsName"), "load_balancer_dns_name");
        assert_eq!(snake_case("fromIpAddresses"), "from_ip_addresses");
        assert_eq!(snake_case("addToResourcePolicy"), "add_to_resource_policy");
        assert_eq!(snake_case("PRIVATE_WITH_NAT"), "PRIVATE_WITH_NAT");
        assert_eq!(snake_case("Bucket"), "Bucket");
        assert_eq!(snake_case("ipv6CidrBlock"), "ipv6_cidr_block");
    }

    #[test]
    fn snake_case_of_odd_names() {
        assert_eq!(snake_case("a"), "a");
        assert_eq!(snake_case("aB"), "a_b");
        assert_eq!(snake_case("aBCd"), "a_b_cd");
        assert_eq!(snake_case("x9Y"), "x9_y");
        assert_eq!(snake_case("grüßeWelt"), "grüße_welt");
        assert_eq!(snake_case("ÄpfelBirnen"), "ÄpfelBirnen");
    }

    #[test]
    fn canonical_names_normalise_per_segment() {
        assert_eq!(normalize_canonical("cdk"), "cdk");
        assert_eq!(normalize_canonical("cdk."), "cdk.");
        assert_eq!(normalize_canonical("aws_s3.Bucket."), "aws_s3.bucket.");
        assert_eq!(
            normalize_canonical("aws_s3.My_Bucket.fromBucketArn"),
            "aws_s3.mybucket.frombucketarn"
        );
        assert_eq!(normalize_canonical("mod.Größe_X.Ä"), "mod.größex.ä");
        assert_eq!(normalize_name("İ_a"), "i\u{307}a");
    }

    #[test]
    fn names_compare_across_spellings() {
        assert_eq!(normalize_name("enforceSSL"), normalize_name("enforce_ssl"));
        assert_eq!(
            normalize_canonical("aws_ec2.SubnetType.PRIVATE_WITH_NAT"),
            "aws_ec2.subnettype.privatewithnat"
        );
    }
}
