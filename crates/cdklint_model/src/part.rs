//! The model of some top-level statements of a file, and what each statement shares with the
//! rest of its file by name.
//!
//! An editor changes one statement at a time. The findings of the other statements stay what
//! they were when nothing they read changed, and everything one statement of the model reads
//! from another goes through a name written in both: a binding (`const bucket = …` followed
//! from `bucket`), a method call on a receiver of that name (`calls_on`), a class found by its
//! name (a stack base class, the id an app gives a stack class). [`Names`] lists, per name,
//! the roles it plays in some statements; `cdklint_linter::incremental` compares them to
//! decide which statements an edit can affect, and builds the model of those alone with
//! [`Part`].

use std::ops::{AddAssign, Range, SubAssign};

use tree_sitter::Node;

use crate::fasthash::FastMap;
use crate::imports::Imports;
use crate::model::{CallKind, Model, binding_key};

/// Which top-level statements to build the model of.
pub struct Part<'a> {
    /// Byte ranges of the statements, sorted by start; any other top-level statement is
    /// stepped over.
    pub statements: &'a [Range<usize>],
    /// Whether a name the part binds `n` times is bound by a skipped statement too: then it
    /// has no single value in the whole file, and none in the part's model. (A name bound
    /// once, by a skipped statement, and read by the part is the caller's to include.)
    pub bound_elsewhere: &'a dyn Fn(&str, u32) -> bool,
    /// The file's imports when the caller has them (read from the whole tree of this very
    /// text before): they are not read again.
    pub imports: Option<&'a Imports>,
}

impl Part<'_> {
    /// Whether the top-level statement `node` is one of the part's.
    pub(crate) fn holds(&self, node: Node) -> bool {
        let start = node.start_byte();
        let i = self.statements.partition_point(|r| r.start <= start);
        i > 0 && self.statements[i - 1].contains(&start)
    }
}

/// The roles one name plays in some statements, counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Roles {
    /// Bindings of the name (`const x = …`, `x = …`, `this.x = …`).
    pub bound: u32,
    /// Bindings whose uses are looked for in the whole file (module level, `var`, plain
    /// assignments: see [`crate::uses`]): other statements' reads are their uses.
    pub bound_file_wide: u32,
    /// Calls whose result the name is bound to (`const b = new Bucket(…)`, a class field): a
    /// relation asks for the method calls on that name.
    pub call_bound: u32,
    /// Method calls on a receiver of that name (`b.grantRead(…)`).
    pub receiver: u32,
    /// Of those, calls that add to a list (`cmds.push(…)`): user data asks for them.
    pub grown: u32,
    /// Reads and writes of the name (identifiers, shorthand props, `this.x`).
    pub mentioned: u32,
    /// Classes declared with that name.
    pub class: u32,
    /// User data commands added through a receiver written this way (`props.userData`): the
    /// user data of one receiver text is one script, whichever statements add to it.
    pub user_data: u32,
}

impl Roles {
    pub fn is_empty(&self) -> bool {
        *self == Roles::default()
    }
}

impl AddAssign for Roles {
    fn add_assign(&mut self, o: Roles) {
        self.bound += o.bound;
        self.bound_file_wide += o.bound_file_wide;
        self.call_bound += o.call_bound;
        self.receiver += o.receiver;
        self.grown += o.grown;
        self.mentioned += o.mentioned;
        self.class += o.class;
        self.user_data += o.user_data;
    }
}

impl SubAssign for Roles {
    fn sub_assign(&mut self, o: Roles) {
        self.bound = self.bound.saturating_sub(o.bound);
        self.bound_file_wide = self.bound_file_wide.saturating_sub(o.bound_file_wide);
        self.call_bound = self.call_bound.saturating_sub(o.call_bound);
        self.receiver = self.receiver.saturating_sub(o.receiver);
        self.grown = self.grown.saturating_sub(o.grown);
        self.mentioned = self.mentioned.saturating_sub(o.mentioned);
        self.class = self.class.saturating_sub(o.class);
        self.user_data = self.user_data.saturating_sub(o.user_data);
    }
}

/// Names and their roles, over the statements a model was built of.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Names(pub rustc_hash::FxHashMap<String, Roles>);

impl Names {
    pub fn get(&self, name: &str) -> Roles {
        self.0.get(name).copied().unwrap_or_default()
    }

    pub fn add(&mut self, other: &Names) {
        for (k, r) in &other.0 {
            *self.0.entry(k.clone()).or_default() += *r;
        }
    }

    pub fn remove(&mut self, other: &Names) {
        for (k, r) in &other.0 {
            if let Some(mine) = self.0.get_mut(k) {
                *mine -= *r;
                if mine.is_empty() {
                    self.0.remove(k);
                }
            }
        }
    }

    fn role(&mut self, name: &str) -> &mut Roles {
        if !self.0.contains_key(name) {
            self.0.insert(name.to_string(), Roles::default());
        }
        self.0.get_mut(name).expect("inserted above")
    }
}

/// Methods that add to a list, normalised (user data reads a spread list only when nothing
/// adds to it).
const GROWING: &[&str] = &["push", "append", "extend", "unshift", "insert", "splice"];

impl Model<'_> {
    /// The names of the statements this model was built of, with their roles.
    pub fn names(&self) -> Names {
        let mut names = Names(FastMap::default());
        for (key, outside) in &self.binding_sites {
            let r = names.role(key);
            r.bound += 1;
            r.bound_file_wide += u32::from(*outside);
        }
        for call in &self.calls {
            if let Some(key) = &call.binding {
                names.role(key).call_bound += 1;
            }
            if call.kind == CallKind::Method
                && let Some(key) = call.receiver.and_then(|r| binding_key(r, self.src()))
            {
                let grows = call.method.as_deref().is_some_and(|m| GROWING.contains(&m));
                let r = names.role(&key);
                r.receiver += 1;
                r.grown += u32::from(grows);
            }
        }
        for key in crate::userdata::receiver_keys(self) {
            names.role(&key).user_data += 1;
        }
        for name in self.occurrences.names(self.src()) {
            names.role(name).mentioned += 1;
        }
        for class in &self.classes {
            names.role(class.name).class += 1;
        }
        names
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Grammar;
    use crate::parse::parse;

    fn roles(grammar: Grammar, src: &str) -> Names {
        let tree = parse(grammar, src, None).unwrap();
        Model::build(&tree, src, grammar, "lib/stack.ts").names()
    }

    /// Which bindings other statements may use: those `uses` looks for in the whole file.
    #[test]
    fn bindings_seen_file_wide_are_those_uses_looks_for_everywhere() {
        let ts = "import * as s3 from 'aws-cdk-lib/aws-s3';\n\
                  const top = new s3.Bucket(app, 'T');\n\
                  let later;\n\
                  class A {\n  constructor() {\n    const local = new s3.Bucket(this, 'L');\n\
                  var hoisted = 1;\n    later = new s3.Bucket(this, 'X');\n\
                  this.field = local;\n    if (x) { const inner = 2; }\n  }\n}\n";
        let n = roles(Grammar::TypeScript, ts);
        for (name, file_wide) in [
            ("top", true),
            ("local", false),
            ("hoisted", true),
            ("later", true),
            ("this.field", false),
            ("inner", false),
        ] {
            assert_eq!(n.get(name).bound, 1, "{name}");
            assert_eq!(n.get(name).bound_file_wide, u32::from(file_wide), "{name}");
        }
        assert_eq!(n.get("local").call_bound, 1);
        assert_eq!(n.get("A").class, 1);

        let py = "from aws_cdk import aws_s3 as s3\n\
                  top = s3.Bucket(app, 'T')\n\
                  class A:\n    shared = 1\n    def __init__(self):\n        local = s3.Bucket(self, 'L')\n\
                  \x20       self.field = local\n        local.grant_read(x)\n";
        let n = roles(Grammar::Python, py);
        for (name, file_wide) in [
            ("top", true),
            ("shared", true),
            ("local", false),
            ("self.field", false),
        ] {
            assert_eq!(n.get(name).bound_file_wide, u32::from(file_wide), "{name}");
        }
        assert_eq!(n.get("local").receiver, 1);
        assert!(n.get("local").mentioned >= 3);
    }

    /// User data added through one receiver text is one script, wherever the calls are.
    #[test]
    fn user_data_receivers_are_named_by_their_text() {
        let ts = "import * as ec2 from 'aws-cdk-lib/aws-ec2';\n\
                  class A { constructor(props) { props.userData.addCommands('yum install -y x'); } }\n\
                  class B { constructor(props) { props.userData.addCommands('set -e'); cmds.push('y'); } }\n";
        let n = roles(Grammar::TypeScript, ts);
        assert_eq!(n.get("user data props.userData").user_data, 2);
        assert_eq!(n.get("cmds").grown, 1);
    }
}
