//! The answer at the top of the dashboard: one sentence on how far the move is, as of when and
//! from which source, and the proportions of the bar of the whole beside it. From the same
//! recomputed totals as the key figures, for all bodies or the reader's selection.

use crate::format;
use crate::i18n::{Lang, UiText};
use crate::model::{Snapshot, Totals};

/// What the top of the dashboard says.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// The plain sentence.
    pub sentence: String,
    /// The bar of the whole: the share on Open-Xchange and the share left, in percent (they add up
    /// to 100), none without accounts.
    pub bar: Option<(f64, f64)>,
    /// The bar's legend: Open-Xchange, then Exchange, with counts and shares.
    pub legend: [String; 2],
    /// The bar in words, for screen readers.
    pub bar_label: String,
}

/// The answer for `totals` of `snapshot`; `selected` when they are the reader's selection, not
/// every body.
pub fn answer(totals: &Totals, snapshot: &Snapshot, selected: bool, lang: Lang) -> Answer {
    let n = |v: u64| format::int(v, lang);
    let (ox, left, all) = (
        totals.ox_accounts,
        totals.remaining(),
        totals.all_accounts(),
    );
    let date = format::date(&snapshot.source.date, lang);
    let shares = (all > 0).then(|| {
        let ox_share = ox as f64 * 100.0 / all as f64;
        (ox_share, 100.0 - ox_share)
    });
    let values = |share: &str| {
        [
            ("share", share.to_string()),
            ("ox", n(ox)),
            ("all", n(all)),
            ("left", n(left)),
            ("res", n(totals.exchange_resources)),
            ("date", date.clone()),
            ("number", snapshot.source.number.clone()),
        ]
    };
    let fill = |key: UiText, share: &str| {
        let v = values(share);
        let refs: Vec<(&str, &str)> = v.iter().map(|(k, v)| (*k, v.as_str())).collect();
        key.fill(lang, &refs)
    };
    let sentence = match (shares, selected, totals.bodies) {
        (_, _, 0) => UiText::AnswerNone.get(lang).to_string(),
        (None, _, _) => fill(UiText::AnswerNoAccounts, ""),
        (Some((s, _)), false, _) => fill(UiText::AnswerAll, &format::share(s, lang)),
        (Some((s, _)), true, _) => fill(UiText::AnswerSelection, &format::share(s, lang)),
    };
    let share_text = |s: Option<f64>| s.map(|s| format::share(s, lang)).unwrap_or_default();
    let legend = [
        UiText::WholeBarOx.fill(
            lang,
            &[("n", &n(ox)), ("share", &share_text(shares.map(|s| s.0)))],
        ),
        UiText::WholeBarLeft.fill(
            lang,
            &[("n", &n(left)), ("share", &share_text(shares.map(|s| s.1)))],
        ),
    ];
    let bar_label = format!("{}; {}", legend[0], legend[1]);
    Answer {
        sentence,
        bar: shares,
        legend,
        bar_label: UiText::WholeBarLabel.fill(lang, &[("parts", &bar_label)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_dataset;

    #[test]
    fn the_answer_says_how_far_as_of_when_and_from_where() {
        let ds = parse_dataset(include_str!("../../../public/data/dataset.json")).expect("shipped");
        let s = ds.latest();
        let t = Totals::of(&s.bodies);
        let a = answer(&t, s, false, Lang::De);
        assert_eq!(
            a.sentence,
            "Die Landesverwaltung hat 97,8\u{a0}% ihrer Konten auf Open-Xchange umgestellt (43.051 von 44.011). Noch in Exchange sind 960, davon 444 Ressourcenkonten. Stand: 24.\u{a0}März 2026, Drucksache 20/4245."
        );
        let (ox, left) = a.bar.expect("accounts");
        assert!((ox + left - 100.0).abs() < 1e-9);
        assert!((ox - 43_051.0 * 100.0 / 44_011.0).abs() < 1e-9);
        assert_eq!(a.legend[1], "noch in Exchange: 960 (2,2\u{a0}%)");
        let en = answer(&t, s, true, Lang::En);
        assert!(
            en.sentence
                .starts_with("In your selection, 97.8% of the accounts"),
            "{}",
            en.sentence
        );
        let none = answer(&Totals::default(), s, true, Lang::De);
        assert_eq!(none.sentence, "Keine Behörde passt zur Auswahl.");
        assert_eq!(none.bar, None);
    }
}
