//! The shipped dataset: it passes validation, it matches the source text row by row, and its derived
//! figures are right.

mod common;
use common::shipped;
use ox_core::i18n::Lang;
use ox_core::model::*;
use ox_core::notes::data_notes;

const ROMAN: [&str; 9] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];

/// The table rows as the source text prints them: (Ressort, Behörde, MSE, MSE Res, OX, OX %).
fn source_rows() -> Vec<(Option<String>, String, String, String, String, String)> {
    let text = common::repo_file("sources/drucksache-20-4245.txt");
    let start = text.find("MSE Res)").expect("table intro");
    let end = text.find("3. Welche technischen").expect("end of table");
    text[start..end]
        .lines()
        .map(str::trim)
        .filter(|l| l.split_whitespace().count() >= 5)
        .filter(|l| {
            let last = l.split_whitespace().last().unwrap();
            last.chars().all(|c| c.is_ascii_digit() || c == ',')
        })
        .map(|l| {
            let mut tokens: Vec<&str> = l.split_whitespace().collect();
            let nums: Vec<String> = tokens
                .split_off(tokens.len() - 4)
                .iter()
                .map(|s| s.to_string())
                .collect();
            let portfolio = if ROMAN.contains(&tokens[0]) {
                Some(tokens.remove(0).to_string())
            } else {
                None
            };
            (
                portfolio,
                tokens.join(" "),
                nums[0].clone(),
                nums[1].clone(),
                nums[2].clone(),
                nums[3].clone(),
            )
        })
        .collect()
}

#[test]
fn shipped_dataset_is_valid_and_has_all_40_bodies() {
    let ds = shipped();
    assert_eq!(ds.snapshots.len(), 1);
    let s = ds.latest();
    assert_eq!(s.source.number, "20/4245");
    assert_eq!(s.source.date, "2026-03-24");
    assert_eq!(s.bodies.len(), 40);
}

#[test]
fn every_row_matches_the_source_text_as_printed() {
    let ds = shipped();
    let rows = source_rows();
    assert_eq!(rows.len(), 40, "rows read from the source text");
    for (body, (portfolio, name, mse, res, ox, share)) in ds.latest().bodies.iter().zip(&rows) {
        assert_eq!(&body.abbreviation, name);
        assert_eq!(&body.portfolio, portfolio, "{name}: Ressort");
        let printed =
            |field: &str, value: String| body.as_printed.get(field).cloned().unwrap_or(value);
        assert_eq!(
            &printed("exchange_accounts", body.exchange_accounts.to_string()),
            mse,
            "{name}: MSE"
        );
        assert_eq!(
            &printed("exchange_resources", body.exchange_resources.to_string()),
            res,
            "{name}: MSE Res"
        );
        assert_eq!(
            &printed("ox_accounts", body.ox_accounts.to_string()),
            ox,
            "{name}: OX"
        );
        let share_text = format!("{:.1}", body.ox_share_published).replace('.', ",");
        assert_eq!(
            &printed("ox_share_published", share_text),
            share,
            "{name}: OX %"
        );
    }
}

#[test]
fn every_printed_irregularity_has_a_data_note() {
    let ds = shipped();
    let s = ds.latest();
    for body in &s.bodies {
        for field in body.as_printed.keys() {
            assert!(
                s.notes
                    .iter()
                    .any(|n| n.body.as_deref() == Some(&body.abbreviation)
                        && n.field.as_deref() == Some(field)),
                "{}: `{field}` is printed irregularly but has no note",
                body.abbreviation
            );
        }
    }
}

#[test]
fn totals_are_right() {
    let ds = shipped();
    let t = Totals::of(&ds.latest().bodies);
    assert_eq!(t.bodies, 40);
    assert_eq!(t.exchange_accounts, 516);
    assert_eq!(t.exchange_resources, 444);
    assert_eq!(t.ox_accounts, 43_051);
    assert_eq!(t.remaining(), 960);
    assert_eq!(t.all_accounts(), 44_011);
    let share = t.ox_share().unwrap();
    assert!((share - 97.818_727).abs() < 1e-5, "{share}");
    // Only bodies with no Exchange account of either kind count; Finanzämter (printed 100,0) does not.
    // LRH, Landesvertretung, IQSH, SHIBB, DLZP, ALR.
    assert_eq!(t.fully_migrated, 6);
}

#[test]
fn totals_per_portfolio_add_up_and_follow_the_table_order() {
    let ds = shipped();
    let per = totals_by_portfolio(ds.latest());
    let order: Vec<Option<&str>> = per.iter().map(|p| p.portfolio.as_deref()).collect();
    let mut expected = vec![None];
    expected.extend(ROMAN.iter().map(|r| Some(*r)));
    assert_eq!(order, expected);
    let sum: u64 = per.iter().map(|p| p.totals.ox_accounts).sum();
    assert_eq!(sum, 43_051);
    let iv = per
        .iter()
        .find(|p| p.portfolio.as_deref() == Some("IV"))
        .unwrap()
        .totals;
    assert_eq!(
        (
            iv.bodies,
            iv.exchange_accounts,
            iv.exchange_resources,
            iv.ox_accounts
        ),
        (5, 22, 200, 15_711)
    );
    let none = per[0].totals;
    assert_eq!((none.bodies, none.ox_accounts), (2, 586));
}

#[test]
fn only_mekun_and_msjfsig_differ_by_more_than_rounding() {
    let ds = shipped();
    let s = ds.latest();
    let bad: Vec<String> = share_mismatches(s)
        .into_iter()
        .map(|c| c.abbreviation)
        .collect();
    assert_eq!(bad, ["MEKUN", "MSJFSIG"]);
    let mekun = share_checks(s)
        .into_iter()
        .find(|c| c.abbreviation == "MEKUN")
        .unwrap();
    assert!((mekun.recomputed.unwrap() - 97.483_443).abs() < 1e-5);
    // The two rows printed as "100" (no decimal) are checked with the tolerance of what was printed.
    let shibb = share_checks(s)
        .into_iter()
        .find(|c| c.abbreviation == "SHIBB")
        .unwrap();
    assert_eq!(shibb.tolerance, 0.5);
    assert_eq!(checks(s).iter().filter(|c| !c.passed()).count(), 1);
}

#[test]
fn mismatches_become_numbered_data_notes_next_to_the_hand_written_ones() {
    let ds = shipped();
    let notes = data_notes(ds.latest(), Lang::De);
    let automatic: Vec<_> = notes.iter().filter(|n| n.automatic).collect();
    assert_eq!(automatic.len(), 2);
    assert_eq!(automatic[0].body.as_deref(), Some("MEKUN"));
    assert!(
        automatic[0].text.contains("97,4\u{a0}%"),
        "{}",
        automatic[0].text
    );
    assert!(
        automatic[0].text.contains("97,48\u{a0}%"),
        "{}",
        automatic[0].text
    );
    let numbers: Vec<usize> = notes.iter().map(|n| n.number).collect();
    assert_eq!(numbers, (1..=notes.len()).collect::<Vec<_>>());
    assert_eq!(notes.len(), ds.latest().notes.len() + 2);
    let en = data_notes(ds.latest(), Lang::En);
    assert!(en.iter().any(|n| n.text.contains("93.94%")));
}
