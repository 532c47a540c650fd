//! Canonical-name spelling: the one comparison rule for member and prop names in both languages.

/// Normalise a member or prop name for comparison: lower-case, underscores removed, so that
/// `fromIpAddresses` = `from_ip_addresses` and `enforceSSL` = `enforce_ssl`.
pub fn normalize_name(name: &str) -> String {
    if name.is_ascii() {
        // Every name the CDK defines; one allocation, no per-char case tables.
        let mut out = String::with_capacity(name.len());
        out.extend(
            name.bytes()
                .filter(|b| *b != b'_')
                .map(|b| b.to_ascii_lowercase() as char),
        );
        return out;
    }
    name.chars()
        .filter(|c| *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

/// `normalize_name(name) == normalized`, without building the normalised name.
pub(crate) fn normalizes_to(name: &str, normalized: &str) -> bool {
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
    match name.split_once('.') {
        Some((module, rest)) => {
            let mut out = String::with_capacity(name.len());
            out.push_str(module);
            for segment in rest.split('.') {
                out.push('.');
                out.push_str(&normalize_name(segment));
            }
            out
        }
        None => name.to_string(),
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
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            if prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next_lower)
            {
                out.push('_');
            }
        }
        out.push(c.to_ascii_lowercase());
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
    fn names_compare_across_spellings() {
        assert_eq!(normalize_name("enforceSSL"), normalize_name("enforce_ssl"));
        assert_eq!(
            normalize_canonical("aws_ec2.SubnetType.PRIVATE_WITH_NAT"),
            "aws_ec2.subnettype.privatewithnat"
        );
    }
}
