//! Developer tools of the cdklint repository (not shipped): generators that turn upstream
//! packages into the data files rules read.

pub mod deprecated_api;
pub mod jsii;
