//! Numbers and dates as a reader of each language expects them: 43.051 and 97,8 % in German,
//! 43,051 and 97.8% in English.

use crate::lang::Lang;
use crate::model::{Precision, When};

/// A whole number with thousands separators.
/// A change in a count with its sign: "+1.234", "−56" (a true minus sign), "±0".
pub fn signed(n: i64, lang: Lang) -> String {
    let sign = match n.signum() {
        1 => "+",
        -1 => "\u{2212}",
        _ => "±",
    };
    format!("{sign}{}", int(n.unsigned_abs(), lang))
}

pub fn int(n: u64, lang: Lang) -> String {
    let sep = match lang {
        Lang::De => '.',
        Lang::En => ',',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A decimal number with `decimals` places and the language's decimal mark.
pub fn decimal(x: f64, decimals: usize, lang: Lang) -> String {
    let s = format!("{x:.decimals$}");
    match lang {
        Lang::De => s.replace('.', ","),
        Lang::En => s,
    }
}

/// A percentage: German puts a (non-breaking) space before the sign, English none.
pub fn percent(x: f64, decimals: usize, lang: Lang) -> String {
    let n = decimal(x, decimals, lang);
    match lang {
        Lang::De => format!("{n}\u{a0}%"),
        Lang::En => format!("{n}%"),
    }
}

/// A share in percent, the site's one convention: one decimal; exactly 0 and 100 without decimals;
/// a share that one decimal would round to 0 or 100 although it is not (5,225 of 5,227) is written
/// "> 99,9 %" or "< 0,1 %", so no body looks done, or untouched, when it is not.
pub fn share(x: f64, lang: Lang) -> String {
    let x = x.clamp(0.0, 100.0);
    if x == 0.0 || x == 100.0 {
        return percent(x, 0, lang);
    }
    if x >= 99.95 {
        return format!(">\u{a0}{}", percent(99.9, 1, lang));
    }
    if x < 0.05 {
        return format!("<\u{a0}{}", percent(0.1, 1, lang));
    }
    percent(x, 1, lang)
}

const MONTHS_DE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month_name(month: usize, lang: Lang) -> &'static str {
    let names = match lang {
        Lang::De => &MONTHS_DE,
        Lang::En => &MONTHS_EN,
    };
    names[month.clamp(1, 12) - 1]
}

fn parts(iso: &str) -> (u32, usize, u32) {
    let mut it = iso.split('-').map(|p| p.parse::<u32>().unwrap_or(0));
    let y = it.next().unwrap_or(0);
    let m = it.next().unwrap_or(1) as usize;
    let d = it.next().unwrap_or(1);
    (y, m, d)
}

/// A full date, `YYYY-MM-DD` → "24. März 2026" / "24 March 2026".
pub fn date(iso: &str, lang: Lang) -> String {
    let (y, m, d) = parts(iso);
    match lang {
        Lang::De => format!("{d}.\u{a0}{} {y}", month_name(m, lang)),
        Lang::En => format!("{d}\u{a0}{} {y}", month_name(m, lang)),
    }
}

/// A date as precise as the source gives it: "2. Oktober 2025", "September 2025", "Mitte 2026".
pub fn when(when: &When, lang: Lang) -> String {
    let (y, m, _) = parts(&when.date);
    match (when.precision, lang) {
        (Precision::Day, _) => date(&when.date, lang),
        (Precision::Month, _) => format!("{} {y}", month_name(m, lang)),
        (Precision::MidYear, Lang::De) => format!("Mitte {y}"),
        (Precision::MidYear, Lang::En) => format!("mid-{y}"),
        (Precision::YearEnd, Lang::De) => format!("Ende {y}"),
        (Precision::YearEnd, Lang::En) => format!("end of {y}"),
        (Precision::Year, _) => y.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_carry_their_sign() {
        assert_eq!(signed(1234, Lang::De), "+1.234");
        assert_eq!(signed(-56, Lang::En), "\u{2212}56");
        assert_eq!(signed(0, Lang::De), "±0");
    }
}
