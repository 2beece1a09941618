//! The model's versions and actions as the literals of the runtime's `ActionTable`, laid
//! out by `tc_errors_internals::actions`: seven literals whatever the number of actions.

use super::raw_string;
use crate::model::Model;
use proc_macro2::{Literal, TokenStream};
use quote::quote;
use tc_errors_internals::actions::{write, ActionRow, Written, CLIENT_TOKEN};

/// `ActionTable { … }` for `model`'s versions.
pub fn action_table(model: &Model) -> TokenStream {
    let mut versions: Vec<(&str, Vec<ActionRow<'_>>)> = model
        .versions
        .iter()
        .map(|version| {
            let rows = version
                .actions
                .iter()
                .map(|action| ActionRow {
                    name: &action.name,
                    flags: if action.client_token { CLIENT_TOKEN } else { 0 },
                    codes: &action.codes,
                })
                .collect();
            (version.date.as_str(), rows)
        })
        .collect();
    let Written {
        versions,
        version_actions,
        names,
        name_bounds,
        codes,
        code_bounds,
        flags,
    } = write(&mut versions);
    let krate = &model.krate;
    let [versions, names] = [versions, names].map(|text| raw_string(&text));
    let [version_actions, name_bounds, codes, code_bounds, flags] =
        [version_actions, name_bounds, codes, code_bounds, flags]
            .map(|bytes| Literal::byte_string(&bytes));
    quote! {
        #krate::__private::ActionTable {
            versions: #versions,
            version_actions: #version_actions,
            names: #names,
            name_bounds: #name_bounds,
            codes: #codes,
            code_bounds: #code_bounds,
            flags: #flags,
        }
    }
}
