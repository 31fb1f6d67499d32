//! How a Ressort is named to readers: by its Roman numeral as printed and by the ministry that
//! heads it, "IV – MIKWS" where space is short and "IV – Ministerium für Inneres, Kommunales,
//! Wohnen und Sport" in sentences. The heading ministry is the Ressort's first row in the printed
//! table (the dataset's `portfolios[].lead` records the same); its full name is the body's name
//! in the dataset, added by this site where the source prints only the abbreviation.

use crate::i18n::{Lang, UiText};
use crate::model::{Body, Snapshot};

/// A Ressort's names for the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortfolioNames {
    /// "IV – MIKWS": for chart labels, table cells and filter chips.
    pub short: String,
    /// "IV – Ministerium für Inneres, Kommunales, Wohnen und Sport": for sentences and lists.
    pub long: String,
}

/// The body that heads Ressort `id`: its first row in the table.
pub fn lead<'a>(snapshot: &'a Snapshot, id: &str) -> Option<&'a Body> {
    snapshot
        .bodies
        .iter()
        .find(|b| b.portfolio.as_deref() == Some(id))
}

fn names_led_by(id: &str, lead: &Body) -> PortfolioNames {
    let full = lead
        .name
        .as_ref()
        .map_or(lead.abbreviation.as_str(), |n| n.de.as_str());
    PortfolioNames {
        short: format!("{id} – {}", lead.abbreviation),
        long: format!("{id} – {full}"),
    }
}

/// The names of Ressort `id`, or of the bodies without one (`None`).
pub fn portfolio(snapshot: &Snapshot, id: Option<&str>, lang: Lang) -> PortfolioNames {
    let Some(id) = id else {
        let none = UiText::NoPortfolio.get(lang).to_string();
        return PortfolioNames {
            short: none.clone(),
            long: none,
        };
    };
    match lead(snapshot, id) {
        Some(b) => names_led_by(id, b),
        None => PortfolioNames {
            short: id.to_string(),
            long: id.to_string(),
        },
    }
}

/// The names of every Ressort of the table, in one pass over its rows: for code that names many
/// rows (a table of 10,000 generated bodies).
pub fn all_portfolios(snapshot: &Snapshot) -> Vec<(String, PortfolioNames)> {
    let mut out: Vec<(String, PortfolioNames)> = Vec::new();
    for b in &snapshot.bodies {
        if let Some(p) = &b.portfolio {
            if !out.iter().any(|(id, _)| id == p) {
                out.push((p.clone(), names_led_by(p, b)));
            }
        }
    }
    out
}

/// "Ressort IV – Ministerium für Inneres, …" / "no portfolio": a Ressort in running text.
pub fn portfolio_in_text(snapshot: &Snapshot, id: Option<&str>, lang: Lang) -> String {
    match id {
        Some(_) => {
            UiText::PortfolioOption.fill(lang, &[("p", &portfolio(snapshot, id, lang).long)])
        }
        None => UiText::NoPortfolio.get(lang).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_dataset;

    fn shipped() -> crate::model::Dataset {
        parse_dataset(
            &std::fs::read_to_string(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../public/data/dataset.json"
            ))
            .unwrap(),
        )
        .unwrap()
    }

    #[test]
    fn every_ressort_is_named_after_the_lead_the_dataset_records() {
        let d = shipped();
        let s = d.latest();
        for p in &d.portfolios {
            let names = portfolio(s, Some(&p.id), Lang::De);
            assert_eq!(names.short, format!("{} – {}", p.id, p.lead));
            assert!(names.long.starts_with(&format!("{} – ", p.id)));
        }
        let iv = portfolio(s, Some("IV"), Lang::De);
        assert_eq!(
            iv.long,
            "IV – Ministerium für Inneres, Kommunales, Wohnen und Sport"
        );
        assert_eq!(portfolio(s, None, Lang::En).short, "no portfolio");
    }
}
