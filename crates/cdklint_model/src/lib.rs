//! The construct model of one CDK source file.
//!
//! One walk over a tree-sitter tree builds a language-neutral view of the app code that every
//! rule reads: which names the CDK imports bind ([`imports`]), the canonical name of any
//! expression ([`resolve`]), and the [`Model`] itself — construct instantiations, static calls
//! on CDK symbols, method calls on bound constructs, references to CDK members, props as one
//! normalised map whatever the spelling, typed [`Value`]s, bindings and stack classes.
//!
//! Architecture Invariant: the model is built once per file and is the same for TypeScript,
//! JavaScript and Python: `new s3.Bucket(this, 'B', { enforceSSL: true })` and
//! `s3.Bucket(self, "B", enforce_ssl=True)` give the same calls, props and values. Comments,
//! trailing commas, parentheses and argument order never change it.
//!
//! Architecture Invariant: the model never guesses. Spreads, `**kwargs`, parameters and
//! anything it cannot see are [`Value::Unknown`] / [`Props::open`], so a rule about a missing
//! prop stays silent rather than crying wolf.

pub mod casts;
mod fasthash;
mod grammar;
pub mod imports;
mod kinds;
pub mod loops;
mod model;
pub mod module_imports;
mod names;
mod parents;
pub mod parse;
pub mod part;
pub mod props;
pub mod regions;
pub mod resolve;
pub mod shell;
pub mod userdata;
pub mod uses;
pub mod v1;
mod value;

pub use casts::Cast;
pub use grammar::{Grammar, QueryLanguage};
pub use kinds::member_name;
pub use loops::{Loop, LoopKind};
pub use model::{Call, CallId, CallKind, ClassInfo, MemberRef, Model};
pub use module_imports::ModuleImport;
pub use names::{normalize_canonical, normalize_name, normalizes_to, snake_case};
pub use resolve::{FileContext, Resolved};
pub use uses::{Use, UseKind};
pub use value::{Prop, Props, Value};
