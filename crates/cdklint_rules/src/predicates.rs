//! The closed set of custom predicates a rule query may use.
//!
//! tree-sitter hands any `#name?` it does not evaluate itself to the caller unchecked, so a
//! misspelled predicate would silently never filter. Every general predicate is therefore
//! checked against this table when rules load; the engine (`cdklint_linter`) implements each.

/// One custom predicate and how its arguments are shaped: a capture, then strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PredicateKind {
    /// `(#cdk-ref? @x "aws_ec2.SubnetType.PRIVATE_WITH_NAT" …)`: `@x` resolves, through the
    /// file's imports (and same-file constant bindings), to one of the canonical names.
    CdkRef,
    /// `(#not-cdk-ref? @x "…" …)`: `@x` does not resolve to any of the names.
    NotCdkRef,
    /// `(#cdk-version? @x "1")`: `@x` resolves through an import of CDK major version 1 or 2.
    CdkVersion,
    /// `(#value-member? @x "loadBalancerDnsName" …)`: `@x`, or the value it is bound to in the
    /// file, is a property access whose last name is one of these (spelling-insensitive).
    ValueMember,
    /// `(#value-string? @x "regex")`: `@x`, or the value it is bound to in the file, is a string
    /// literal whose content matches the regex.
    ValueString,
    /// `(#value-new? @x "aws_s3.Bucket" …)`: `@x`, or the value it is bound to in the file, is a
    /// construct created with one of these classes (`new s3.Bucket(…)`, `s3.Bucket(self, …)`).
    ValueNew,
    /// `(#key? @k "removalPolicy" …)`: a prop key or keyword name equals one of the names
    /// (spelling-insensitive: `enforceSSL` = `enforce_ssl`; quoted keys included).
    Key,
    /// `(#has-prop? @props "name" …)`: the object literal / argument list has one of the props.
    HasProp,
    /// `(#lacks-prop? @props "name" …)`: it certainly has none of them — no such prop and no
    /// spread (`...defaults`, `**kwargs`) that might hide one.
    LacksProp,
    /// `(#sole-instance? @x "aws_route53.HostedZone" "aws_route53.HostedZone.fromLookup" …)`:
    /// `@x` (or the value it is bound to in the file) is created by one of these names —
    /// `new X(…)`, Python `X(…)`, or a call `X.method(…)` when the name includes the method —
    /// and no other expression in the file is.
    SoleInstance,
    /// `(#all-strings-match-list? @x "ec2:Describe*" …)`: `@x` (or its same-file binding) is a
    /// string literal, or a non-empty array / list of them, and every string matches one of
    /// the globs (`*` = any run of characters; case-insensitive). Anything else (a variable
    /// element, a spread, an interpolation) fails.
    AllStringsMatchList,
    /// `(#called-with? @x "addToResourcePolicy" "regex")`: `@x` is bound in the file
    /// (`const b = …`, `this.b = …`, `self.b = …`) and that name receives a call
    /// `b.<method>(…)` (either spelling) whose argument text, or the value an identifier
    /// argument is bound to, matches the regex.
    CalledWith,
    /// `(#not-called-with? @x "method" "regex")`: the negation of `#called-with?` (also true
    /// when `@x` is not bound to a name).
    NotCalledWith,
    /// `(#number-range-covers? @x "22" "3389")`: `@x` (or its same-file binding) is a numeric
    /// literal equal to one of the numbers, or a call / argument list whose one or two
    /// positional arguments are numeric literals delimiting a range (`tcpRange(0, 1024)`,
    /// `tcp(22)`) that contains one of them.
    NumberRangeCovers,
    /// `(#prop-number? @props "fromPort" "..22" …)`: the object literal / argument list sets the
    /// prop (either spelling) to a numeric literal (or a name bound to one) within one of the
    /// inclusive ranges `a..b`, `a..`, `..b` or `n`.
    PropNumber,
    /// `(#prop-string? @props "source" "regex")`: the object literal / argument list / struct
    /// call sets the prop to a string literal (or a name bound to one) matching the regex. When
    /// `@props` (or its binding) is an array / list, it must be non-empty and every item must.
    PropString,
    /// `(#passed-to? @x "aws_elasticloadbalancingv2.ApplicationLoadBalancer" …)`: `@x`, or the
    /// name it is bound to in the file, is passed (as a prop or argument, directly or in an
    /// array) to a construct of one of these classes, or to a method called on one
    /// (`lb.addSecurityGroup(sg)`).
    PassedTo,
    /// `(#path-match? @x "regex")`: the path of the linted file (with `/` separators) matches
    /// the regex. The capture only anchors the predicate.
    PathMatch,
    /// `(#value-construct? @x)`: `@x`, or the value it is bound to in the file, is a construct
    /// instantiation: `new X(scope, 'id', …)` / `X(self, "id", …)`.
    ValueConstruct,
    /// `(#cdk-v1-import? @x)`: `@x` is a TypeScript module specifier naming a CDK v1 package
    /// (`'@aws-cdk/aws-s3'`, not `*-alpha`), or a Python import statement of an `aws_cdk`
    /// module in a file that imports `aws_cdk.core` (see `cdklint_model::v1`).
    CdkV1Import,
}

/// Name and argument shape of each predicate.
#[derive(Debug, Clone, Copy)]
pub struct PredicateSpec {
    pub name: &'static str,
    pub kind: PredicateKind,
    /// Minimum and maximum number of string arguments after the capture.
    pub strings: (usize, usize),
    pub doc: &'static str,
}

pub const PREDICATES: &[PredicateSpec] = &[
    PredicateSpec {
        name: "cdk-ref?",
        kind: PredicateKind::CdkRef,
        strings: (1, usize::MAX),
        doc: "capture resolves to one of the canonical CDK names ($list allowed)",
    },
    PredicateSpec {
        name: "not-cdk-ref?",
        kind: PredicateKind::NotCdkRef,
        strings: (1, usize::MAX),
        doc: "capture resolves to none of the canonical CDK names",
    },
    PredicateSpec {
        name: "cdk-version?",
        kind: PredicateKind::CdkVersion,
        strings: (1, 1),
        doc: "capture resolves through an import of CDK major version \"1\" or \"2\"",
    },
    PredicateSpec {
        name: "value-member?",
        kind: PredicateKind::ValueMember,
        strings: (1, usize::MAX),
        doc: "capture (or its same-file binding) is `x.<name>`",
    },
    PredicateSpec {
        name: "value-string?",
        kind: PredicateKind::ValueString,
        strings: (1, 1),
        doc: "capture (or its same-file binding) is a string literal matching the regex",
    },
    PredicateSpec {
        name: "value-new?",
        kind: PredicateKind::ValueNew,
        strings: (1, usize::MAX),
        doc: "capture (or its same-file binding) is `new X(…)` / `X(…)` of one of the classes",
    },
    PredicateSpec {
        name: "key?",
        kind: PredicateKind::Key,
        strings: (1, usize::MAX),
        doc: "prop key / keyword name is one of the names, in either spelling",
    },
    PredicateSpec {
        name: "has-prop?",
        kind: PredicateKind::HasProp,
        strings: (1, usize::MAX),
        doc: "object literal / argument list sets one of the props",
    },
    PredicateSpec {
        name: "lacks-prop?",
        kind: PredicateKind::LacksProp,
        strings: (1, usize::MAX),
        doc: "object literal / argument list certainly sets none of the props (no spread)",
    },
    PredicateSpec {
        name: "sole-instance?",
        kind: PredicateKind::SoleInstance,
        strings: (1, usize::MAX),
        doc: "capture (or its binding) is created by one of the names, and nothing else in the file is ($list allowed)",
    },
    PredicateSpec {
        name: "all-strings-match-list?",
        kind: PredicateKind::AllStringsMatchList,
        strings: (1, usize::MAX),
        doc: "capture (or its binding) is a string / non-empty array of strings, each matching one of the globs ($list allowed)",
    },
    PredicateSpec {
        name: "called-with?",
        kind: PredicateKind::CalledWith,
        strings: (2, 2),
        doc: "the name the capture is bound to receives `.method(…)` with arguments matching the regex",
    },
    PredicateSpec {
        name: "not-called-with?",
        kind: PredicateKind::NotCalledWith,
        strings: (2, 2),
        doc: "no `.method(…)` call with matching arguments on the name the capture is bound to",
    },
    PredicateSpec {
        name: "number-range-covers?",
        kind: PredicateKind::NumberRangeCovers,
        strings: (1, usize::MAX),
        doc: "capture is a number, or a call whose 1-2 numeric arguments span a range, containing one of the numbers",
    },
    PredicateSpec {
        name: "prop-number?",
        kind: PredicateKind::PropNumber,
        strings: (2, usize::MAX),
        doc: "object literal / argument list sets the prop to a number in one of the ranges (`a..b`, `a..`, `..b`, `n`)",
    },
    PredicateSpec {
        name: "prop-string?",
        kind: PredicateKind::PropString,
        strings: (2, 2),
        doc: "object literal / argument list (or every item of an array of them) sets the prop to a string matching the regex",
    },
    PredicateSpec {
        name: "passed-to?",
        kind: PredicateKind::PassedTo,
        strings: (1, usize::MAX),
        doc: "capture (or the name it is bound to) is passed to a construct of one of the classes, or to a method of one",
    },
    PredicateSpec {
        name: "path-match?",
        kind: PredicateKind::PathMatch,
        strings: (1, 1),
        doc: "the linted file's path matches the regex",
    },
    PredicateSpec {
        name: "value-construct?",
        kind: PredicateKind::ValueConstruct,
        strings: (0, 0),
        doc: "capture (or its binding) is `new X(scope, 'id', …)` / `X(self, \"id\", …)`",
    },
    PredicateSpec {
        name: "cdk-v1-import?",
        kind: PredicateKind::CdkV1Import,
        strings: (0, 0),
        doc: "capture is a module specifier of a CDK v1 package, or a Python import of CDK v1",
    },
];

/// An inclusive integer range of `#prop-number?`: `a..b`, `a..`, `..b` or `n`.
pub fn parse_range(s: &str) -> Option<(Option<i64>, Option<i64>)> {
    let bound = |b: &str| -> Option<Option<i64>> {
        let b = b.trim();
        if b.is_empty() {
            Some(None)
        } else {
            b.parse().ok().map(Some)
        }
    };
    match s.split_once("..") {
        Some((lo, hi)) => Some((bound(lo)?, bound(hi)?)),
        None => {
            let n = s.trim().parse().ok()?;
            Some((Some(n), Some(n)))
        }
    }
}

/// Is `n` in the range (as parsed by [`parse_range`])?
pub fn in_range(range: &str, n: i64) -> bool {
    parse_range(range)
        .is_some_and(|(lo, hi)| lo.is_none_or(|l| l <= n) && hi.is_none_or(|h| n <= h))
}

pub fn spec(name: &str) -> Option<&'static PredicateSpec> {
    PREDICATES.iter().find(|p| p.name == name)
}

/// A custom predicate of one query pattern, arguments checked and `$list`s expanded.
#[derive(Debug, Clone)]
pub struct ResolvedPredicate {
    pub kind: PredicateKind,
    pub capture: u32,
    /// String arguments; names already normalised where the predicate compares names.
    pub args: Vec<String>,
    pub regex: Option<regex::Regex>,
}
