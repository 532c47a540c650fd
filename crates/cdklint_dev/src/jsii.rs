//! The parts of a jsii assembly (`.jsii` of the aws-cdk-lib npm package) that the generators
//! read. Unknown fields are ignored: the assembly is ~90 MB of JSON, most of it docs.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

#[derive(Debug, Deserialize)]
pub struct Assembly {
    pub name: String,
    pub version: String,
    #[serde(default)]
    pub types: BTreeMap<String, Type>,
    #[serde(default)]
    pub submodules: BTreeMap<String, serde::de::IgnoredAny>,
}

#[derive(Debug, Deserialize)]
pub struct Type {
    /// `class`, `interface` or `enum`.
    pub kind: String,
    pub name: String,
    /// A data type (struct): an interface of properties only, a class in Python.
    #[serde(default)]
    pub datatype: bool,
    /// The base class of a class.
    pub base: Option<String>,
    /// Interfaces a class implements or an interface extends.
    #[serde(default)]
    pub interfaces: Vec<String>,
    #[serde(default)]
    pub docs: Docs,
    pub initializer: Option<Callable>,
    #[serde(default)]
    pub methods: Vec<Callable>,
    #[serde(default)]
    pub properties: Vec<Property>,
    /// Enum members.
    #[serde(default)]
    pub members: Vec<Member>,
    #[serde(rename = "abstract", default)]
    pub is_abstract: bool,
}

#[derive(Debug, Default, Deserialize)]
pub struct Docs {
    pub deprecated: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Callable {
    /// Absent on initializers.
    #[serde(default)]
    pub name: String,
    #[serde(rename = "static", default)]
    pub is_static: bool,
    #[serde(default)]
    pub parameters: Vec<Parameter>,
    pub returns: Option<Value>,
    #[serde(default)]
    pub docs: Docs,
}

#[derive(Debug, Deserialize, PartialEq)]
pub struct Parameter {
    /// Compared too: Python callers may pass any parameter by keyword.
    pub name: String,
    #[serde(rename = "type")]
    pub ty: Value,
    #[serde(default)]
    pub optional: bool,
    #[serde(default)]
    pub variadic: bool,
}

#[derive(Debug, Deserialize)]
pub struct Property {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: Value,
    #[serde(rename = "static", default)]
    pub is_static: bool,
    #[serde(default)]
    pub optional: bool,
    #[serde(default)]
    pub docs: Docs,
}

#[derive(Debug, Deserialize)]
pub struct Member {
    pub name: String,
    #[serde(default)]
    pub docs: Docs,
}

impl Callable {
    /// The fully-qualified struct type of the last parameter, if it is one (`props`): in
    /// TypeScript the last argument's object literal, in Python the keyword arguments.
    pub fn last_param_fqn(&self) -> Option<&str> {
        self.parameters.last()?.ty.get("fqn")?.as_str()
    }

    /// Every call of `old` is a call of `self` with the same meaning of each argument: the same
    /// parameters (names, types, optionality) and return type, `self` possibly taking further
    /// optional parameters (`addResourceDependency(target, reason?)` for `addDependsOn(target)`).
    pub fn accepts_calls_of(&self, old: &Callable) -> bool {
        self.is_static == old.is_static
            && self.returns == old.returns
            && self.parameters.len() >= old.parameters.len()
            && self.parameters[..old.parameters.len()] == old.parameters[..]
            && self.parameters[old.parameters.len()..]
                .iter()
                .all(|p| p.optional && !p.variadic)
    }
}

impl Assembly {
    /// Parse an assembly; the generators never hold more than one in memory.
    pub fn from_json(text: &str) -> anyhow::Result<Assembly> {
        Ok(serde_json::from_str(text)?)
    }

    /// The canonical name the model gives a fully-qualified name: the module as Python names
    /// it (`cdk` for the root), then the rest as declared. `aws-cdk-lib.aws_ec2.SubnetType` →
    /// `aws_ec2.SubnetType`; `aws-cdk-lib.SecretValue` → `cdk.SecretValue`.
    pub fn canonical(&self, fqn: &str) -> Option<String> {
        let rest = fqn.strip_prefix(&self.name)?.strip_prefix('.')?;
        let first = rest.split('.').next()?;
        if self
            .submodules
            .contains_key(&format!("{}.{first}", self.name))
        {
            Some(rest.to_string())
        } else {
            Some(format!("cdk.{rest}"))
        }
    }
}
