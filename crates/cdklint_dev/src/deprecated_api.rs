//! `deprecated-api`: every symbol aws-cdk-lib marks `@deprecated`, from its jsii assembly,
//! merged over several releases into the data file of API001 (`cdklint_rules::deprecated`).

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::sync::LazyLock;

use cdklint_rules::deprecated::{
    DeprecatedApi, Symbol, SymbolKind, Version, one_line, python_name,
};
use regex::Regex;

use crate::jsii::{Assembly, Type};

/// One symbol as one release describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub python: String,
    pub replacement: Option<String>,
    pub text: String,
}

/// What one release deprecates.
#[derive(Debug, Default)]
pub struct Extracted {
    pub symbols: BTreeMap<(String, SymbolKind), Found>,
    pub inherits: BTreeMap<String, BTreeSet<String>>,
    pub takes: BTreeMap<String, BTreeSet<String>>,
}

/// The first paragraph of a deprecation text on one line: the rest is usually the member's
/// ordinary documentation that jsii appended.
fn first_paragraph(text: &str) -> String {
    let normalized = text.replace("\r\n", "\n");
    let para = normalized.split("\n\n").next().unwrap_or_default();
    // Many texts start with a bullet dash (`- use X instead`), a leftover of the doc comment.
    one_line(para.trim_start().trim_start_matches("- ").trim_start())
}

/// Every deprecated symbol of one assembly, with the classes inheriting deprecated methods and
/// the calls taking structs with deprecated props.
pub fn extract(asm: &Assembly) -> Extracted {
    let mut out = Extracted::default();
    // Subtypes by supertype: a class's base and interfaces, an interface's bases.
    let mut children: HashMap<&str, Vec<&str>> = HashMap::new();
    for (fqn, ty) in &asm.types {
        for parent in ty.base.iter().chain(&ty.interfaces) {
            children
                .entry(parent.as_str())
                .or_default()
                .push(fqn.as_str());
        }
    }
    for (fqn, ty) in &asm.types {
        let Some(canonical) = asm.canonical(fqn) else {
            continue;
        };
        let mut add = |kind: SymbolKind, name: String, python: String, repl, text: &str| {
            out.symbols.insert(
                (name, kind),
                Found {
                    python,
                    replacement: repl,
                    text: first_paragraph(text),
                },
            );
        };
        if let Some(text) = &ty.docs.deprecated {
            let kind = match (ty.kind.as_str(), ty.datatype) {
                ("class", _) => SymbolKind::Class,
                ("enum", _) => SymbolKind::Enum,
                (_, true) => SymbolKind::Struct,
                _ => SymbolKind::Interface,
            };
            add(kind, canonical.clone(), ty.name.clone(), None, text);
        }
        for m in &ty.methods {
            let Some(text) = &m.docs.deprecated else {
                continue;
            };
            let kind = if m.is_static {
                SymbolKind::StaticMethod
            } else {
                SymbolKind::Method
            };
            let repl = replacement(ty, kind, &m.name, text);
            add(
                kind,
                format!("{canonical}.{}", m.name),
                python_name(&m.name),
                repl,
                text,
            );
            if kind == SymbolKind::Method {
                let heirs = heirs(
                    asm,
                    &children,
                    fqn,
                    |t| t.kind == "class",
                    |t| t.methods.iter().any(|x| x.name == m.name),
                );
                if !heirs.is_empty() {
                    out.inherits
                        .entry(canonical.clone())
                        .or_default()
                        .extend(heirs);
                }
            }
        }
        for p in &ty.properties {
            let Some(text) = &p.docs.deprecated else {
                continue;
            };
            let kind = match (ty.datatype, p.is_static) {
                (true, _) => SymbolKind::Prop,
                (false, true) => SymbolKind::StaticProperty,
                (false, false) => SymbolKind::Property,
            };
            let repl = replacement(ty, kind, &p.name, text);
            add(
                kind,
                format!("{canonical}.{}", p.name),
                python_name(&p.name),
                repl,
                text,
            );
            if kind == SymbolKind::Prop {
                let takes = takers(asm, &children, fqn, &p.name);
                out.takes
                    .entry(canonical.clone())
                    .or_default()
                    .extend(takes);
            }
        }
        for member in &ty.members {
            if let Some(text) = &member.docs.deprecated {
                let repl = replacement(ty, SymbolKind::EnumMember, &member.name, text);
                add(
                    SymbolKind::EnumMember,
                    format!("{canonical}.{}", member.name),
                    member.name.clone(),
                    repl,
                    text,
                );
            }
        }
    }
    out
}

/// The subtypes of `root` (transitively) that `keep` selects, not descending below a subtype
/// that declares the member again (`redeclares`): its own declaration is then what it has.
fn heirs(
    asm: &Assembly,
    children: &HashMap<&str, Vec<&str>>,
    root: &str,
    keep: impl Fn(&Type) -> bool,
    redeclares: impl Fn(&Type) -> bool,
) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut seen = BTreeSet::new();
    let mut queue: VecDeque<&str> = children.get(root).into_iter().flatten().copied().collect();
    while let Some(fqn) = queue.pop_front() {
        if !seen.insert(fqn) {
            continue;
        }
        let Some(ty) = asm.types.get(fqn) else {
            continue;
        };
        if redeclares(ty) {
            continue;
        }
        if keep(ty)
            && let Some(c) = asm.canonical(fqn)
        {
            out.insert(c);
        }
        queue.extend(children.get(fqn).into_iter().flatten().copied());
    }
    out
}

/// The calls whose props are of the struct `root` or of a struct extending it (without
/// declaring `prop` again): the struct classes themselves (Python calls them), classes whose
/// constructor takes one as its last parameter, and static methods that do.
fn takers(
    asm: &Assembly,
    children: &HashMap<&str, Vec<&str>>,
    root: &str,
    prop: &str,
) -> BTreeSet<String> {
    let mut structs: BTreeSet<String> = heirs(
        asm,
        children,
        root,
        |t| t.datatype,
        |t| t.properties.iter().any(|p| p.name == prop),
    );
    structs.extend(asm.canonical(root));
    let mut out = structs.clone();
    for (fqn, ty) in &asm.types {
        if ty.kind != "class" {
            continue;
        }
        let Some(class) = asm.canonical(fqn) else {
            continue;
        };
        let takes = |fqn: Option<&str>| {
            fqn.and_then(|f| asm.canonical(f))
                .is_some_and(|c| structs.contains(&c))
        };
        if !ty.is_abstract
            && ty
                .initializer
                .as_ref()
                .is_some_and(|i| takes(i.last_param_fqn()))
        {
            out.insert(class.clone());
        }
        for m in &ty.methods {
            if m.is_static && takes(m.last_param_fqn()) {
                out.insert(format!("{class}.{}", m.name));
            }
        }
    }
    out
}

/// "Use `X` instead", "use X()", "- superseded by `X`": the one name the text offers.
static NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*-?\s*(?:use|superseded by|replaced by)\s+(?:the\s+)?`?(?:([A-Za-z_]\w*)\.)?([A-Za-z_]\w*)(?:\(\))?`?(?:\s+(?:instead|property|method|member))*\s*[.!]?\s*$",
    )
    .expect("valid regex")
});

/// A replacement the fix may write in place of the deprecated name: the text names exactly one
/// member, of the same type, not deprecated itself, that takes every call of the old one with
/// the same parameters (names included, for Python keywords; further optional ones allowed)
/// and return type, or has the same property type and optionality. Boolean props are left out: a renamed flag
/// may have flipped its sense (`ignoreErrorOnMissingContext` → `mustExist`).
pub fn replacement(ty: &Type, kind: SymbolKind, member: &str, text: &str) -> Option<String> {
    let text = first_paragraph(text);
    let caps = NAMED.captures(&text)?;
    if caps.get(1).is_some_and(|q| q.as_str() != ty.name) {
        return None;
    }
    let name = caps.get(2)?.as_str();
    if name == member {
        return None;
    }
    let found = match kind {
        SymbolKind::EnumMember => ty
            .members
            .iter()
            .any(|m| m.name == name && m.docs.deprecated.is_none()),
        SymbolKind::StaticMethod | SymbolKind::Method => {
            let old = ty.methods.iter().find(|m| m.name == member)?;
            ty.methods
                .iter()
                .any(|m| m.name == name && m.docs.deprecated.is_none() && m.accepts_calls_of(old))
        }
        SymbolKind::StaticProperty | SymbolKind::Prop => {
            let old = ty.properties.iter().find(|p| p.name == member)?;
            let boolean = old.ty.get("primitive").and_then(|p| p.as_str()) == Some("boolean");
            !boolean
                && ty.properties.iter().any(|p| {
                    p.name == name
                        && p.docs.deprecated.is_none()
                        && p.is_static == old.is_static
                        && p.ty == old.ty
                        && p.optional == old.optional
                })
        }
        _ => false,
    };
    found.then(|| name.to_string())
}

/// Merge the releases: each symbol once, described by the newest release that deprecates it,
/// `since` the oldest.
pub fn merge(releases: Vec<(Version, Extracted)>) -> DeprecatedApi {
    let mut releases = releases;
    releases.sort_by_key(|(v, _)| *v);
    let mut api = DeprecatedApi {
        version: releases.last().map(|(v, _)| *v),
        scanned: releases.iter().map(|(v, _)| *v).collect(),
        ..Default::default()
    };
    let mut symbols: BTreeMap<(String, SymbolKind), (Version, Found)> = BTreeMap::new();
    for (version, extracted) in &releases {
        for (key, found) in &extracted.symbols {
            symbols
                .entry(key.clone())
                .and_modify(|(_, f)| *f = found.clone())
                .or_insert((*version, found.clone()));
        }
    }
    api.symbols = symbols
        .into_iter()
        .map(|((name, kind), (since, found))| Symbol {
            kind,
            name,
            since,
            python: found.python,
            replacement: found.replacement,
            text: found.text,
        })
        .collect();
    // Owners of the newest release that describes them; older releases fill in owners that
    // no longer exist.
    for (_, extracted) in releases.iter().rev() {
        for (owner, set) in &extracted.inherits {
            api.inherits
                .entry(owner.clone())
                .or_insert_with(|| set.clone());
        }
        for (owner, set) in &extracted.takes {
            api.takes
                .entry(owner.clone())
                .or_insert_with(|| set.clone());
        }
    }
    api.sort();
    api
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A miniature assembly in the shape aws-cdk-lib's has.
    const ASSEMBLY: &str = r#"{
      "name": "aws-cdk-lib", "version": "2.100.0",
      "submodules": { "aws-cdk-lib.aws_lambda": {}, "aws-cdk-lib.aws_ec2": {} },
      "types": {
        "aws-cdk-lib.SecretValue": { "kind": "class", "name": "SecretValue", "methods": [
          { "name": "plainText", "static": true, "docs": { "deprecated": "Use `unsafePlainText()` instead." },
            "parameters": [{ "name": "secret", "type": { "primitive": "string" } }],
            "returns": { "type": { "fqn": "aws-cdk-lib.SecretValue" } } },
          { "name": "unsafePlainText", "static": true,
            "parameters": [{ "name": "secret", "type": { "primitive": "string" } }],
            "returns": { "type": { "fqn": "aws-cdk-lib.SecretValue" } } },
          { "name": "cfnParameter", "static": true, "docs": { "deprecated": "use `unsafePlainText`\n\nmore docs" },
            "parameters": [{ "name": "p", "type": { "fqn": "aws-cdk-lib.CfnParameter" } }],
            "returns": { "type": { "fqn": "aws-cdk-lib.SecretValue" } } }
        ] },
        "aws-cdk-lib.CfnResource": { "kind": "class", "name": "CfnResource", "methods": [
          { "name": "addDependsOn", "docs": { "deprecated": "Use `addResourceDependency` instead." },
            "parameters": [{ "name": "target", "type": { "fqn": "aws-cdk-lib.CfnResource" } }] },
          { "name": "addResourceDependency",
            "parameters": [{ "name": "target", "type": { "fqn": "aws-cdk-lib.CfnResource" } },
              { "name": "reason", "optional": true, "type": { "primitive": "string" } }] }
        ] },
        "aws-cdk-lib.aws_ec2.CfnVPC": { "kind": "class", "name": "CfnVPC", "base": "aws-cdk-lib.CfnResource" },
        "aws-cdk-lib.aws_ec2.SubnetType": { "kind": "enum", "name": "SubnetType", "members": [
          { "name": "PRIVATE_WITH_EGRESS" },
          { "name": "PRIVATE_WITH_NAT", "docs": { "deprecated": "use `PRIVATE_WITH_EGRESS`" } }
        ] },
        "aws-cdk-lib.aws_lambda.FunctionOptions": { "kind": "interface", "datatype": true, "name": "FunctionOptions",
          "properties": [
            { "name": "logRetention", "optional": true, "type": { "fqn": "aws-cdk-lib.aws_logs.RetentionDays" },
              "docs": { "deprecated": "use `logGroup` instead" } },
            { "name": "logGroup", "optional": true, "type": { "fqn": "aws-cdk-lib.aws_logs.ILogGroup" } }
          ] },
        "aws-cdk-lib.aws_lambda.FunctionProps": { "kind": "interface", "datatype": true, "name": "FunctionProps",
          "interfaces": ["aws-cdk-lib.aws_lambda.FunctionOptions"] },
        "aws-cdk-lib.aws_lambda.Function": { "kind": "class", "name": "Function",
          "initializer": { "parameters": [
            { "name": "scope", "type": { "fqn": "constructs.Construct" } },
            { "name": "id", "type": { "primitive": "string" } },
            { "name": "props", "type": { "fqn": "aws-cdk-lib.aws_lambda.FunctionProps" } } ] } }
      }
    }"#;

    #[test]
    fn extracts_each_kind_with_owners_and_safe_renames() {
        let asm = Assembly::from_json(ASSEMBLY).unwrap();
        let x = extract(&asm);
        let get = |name: &str, kind| x.symbols.get(&(name.to_string(), kind)).unwrap();
        let plain = get("cdk.SecretValue.plainText", SymbolKind::StaticMethod);
        assert_eq!(plain.python, "plain_text");
        assert_eq!(plain.replacement.as_deref(), Some("unsafePlainText"));
        // Named, but with another signature: no rename.
        let cfn = get("cdk.SecretValue.cfnParameter", SymbolKind::StaticMethod);
        assert_eq!(cfn.replacement, None);
        assert_eq!(cfn.text, "use `unsafePlainText`");
        assert_eq!(
            get(
                "aws_ec2.SubnetType.PRIVATE_WITH_NAT",
                SymbolKind::EnumMember
            )
            .replacement
            .as_deref(),
            Some("PRIVATE_WITH_EGRESS")
        );
        assert_eq!(
            get("cdk.CfnResource.addDependsOn", SymbolKind::Method)
                .replacement
                .as_deref(),
            Some("addResourceDependency")
        );
        // Different type: no rename.
        assert_eq!(
            get("aws_lambda.FunctionOptions.logRetention", SymbolKind::Prop).replacement,
            None
        );
        assert_eq!(
            x.inherits["cdk.CfnResource"],
            BTreeSet::from(["aws_ec2.CfnVPC".to_string()])
        );
        assert_eq!(
            x.takes["aws_lambda.FunctionOptions"],
            BTreeSet::from([
                "aws_lambda.Function".to_string(),
                "aws_lambda.FunctionOptions".to_string(),
                "aws_lambda.FunctionProps".to_string(),
            ])
        );
    }

    #[test]
    fn merged_symbols_are_since_their_oldest_release() {
        let asm = Assembly::from_json(ASSEMBLY).unwrap();
        let old = Assembly::from_json(&ASSEMBLY.replace(
            r#"{ "name": "cfnParameter", "static": true, "docs": { "deprecated": "use `unsafePlainText`\n\nmore docs" },"#,
            r#"{ "name": "cfnParameter", "static": true,"#,
        ))
        .unwrap();
        let v = |s| Version::parse(s).unwrap();
        let api = merge(vec![
            (v("2.100.0"), extract(&asm)),
            (v("2.50.0"), extract(&old)),
        ]);
        let since = |name: &str| api.symbols.iter().find(|s| s.name == name).unwrap().since;
        assert_eq!(since("cdk.SecretValue.plainText"), v("2.50.0"));
        assert_eq!(since("cdk.SecretValue.cfnParameter"), v("2.100.0"));
        assert_eq!(api.version, Some(v("2.100.0")));
        assert!(api.is_sorted());
        assert_eq!(DeprecatedApi::parse(&api.render()).unwrap(), api);
    }
}
