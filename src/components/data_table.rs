use leptos::prelude::*;
use ox_core::charts::DataTable;

/// A chart's data as a real table, with caption and header scopes.
#[component]
pub fn DataTableView(table: DataTable) -> impl IntoView {
    let mut columns = table.columns.into_iter();
    let first = columns.next().unwrap_or_default();
    view! {
        <section class="table-scroll" tabindex="0" aria-label=table.caption.clone()>
            <table class="data">
                <caption>{table.caption.clone()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{first}</th>
                        {columns.map(|c| view! { <th scope="col" class="num">{c}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {table
                        .rows
                        .into_iter()
                        .map(|r| {
                            view! {
                                <tr>
                                    <th scope="row">{r.header}</th>
                                    {r.cells.into_iter().map(|c| view! { <td class="num">{c}</td> }).collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </section>
    }
}
