//! Dates and plans from the answer: each dated fact (and the answer's own date) as a point on a
//! time axis, one row per event, earliest at the top. Ignores the body filter.

use super::theme::{self, Ticks};
use super::{ChartId, ChartInput, ChartPoint, ChartSpec, DataRow, DataTable, Item};
use crate::format;
use crate::i18n::{ChartText, Lang};
use crate::model::{Fact, FactKind, Precision, Qualifier, Relation, Unit, When};
use charming::datatype::{CompositeValue, DataPointItem};
use charming::element::{ItemStyle, Symbol};
use charming::element::{Tooltip, Trigger};
use charming::series::Scatter;

#[derive(Clone, Copy, PartialEq)]
enum Lane {
    Milestone,
    Plan,
    Answer,
}

const LANES: [(Lane, ChartText, Symbol); 3] = [
    (Lane::Milestone, ChartText::SeriesMilestone, Symbol::Circle),
    (Lane::Plan, ChartText::SeriesPlan, Symbol::Diamond),
    (Lane::Answer, ChartText::SeriesAnswer, Symbol::Rect),
];

struct Event<'a> {
    /// `YYYY-MM-DD` where the point is drawn; approximate unless the answer gives the day.
    plotted: String,
    approximate: bool,
    when: When,
    lane: Lane,
    fact: Option<&'a Fact>,
    /// Short label, and the date as the answer puts it ("bis Mitte 2026").
    label: String,
    said: String,
}

fn parts(iso: &str) -> (i32, u32, u32) {
    let mut it = iso.split('-').map(|p| p.parse::<u32>().unwrap_or(1));
    let y = it.next().map_or(2000, |y| y as i32);
    (
        y,
        it.next().unwrap_or(1).clamp(1, 12),
        it.next().unwrap_or(1),
    )
}

/// The time axis, counted in months: a month before the first event to at least six months after
/// the last, ticked every 1, 2, 3, 6 or 12 months (at most five steps, so the dates fit on a
/// phone), each tick at the start of a month written "10/2025". Linear in months, so the gaps
/// between events are true to within the few days by which months differ.
struct MonthScale {
    /// The first month drawn, as months since year 0.
    start: i32,
    step: u64,
    /// Months from the start to the end of the axis: a whole number of steps.
    months: u64,
}

impl MonthScale {
    fn new(first: (i32, u32, u32), last: (i32, u32, u32)) -> MonthScale {
        let index = |(y, m, _): (i32, u32, u32)| y * 12 + m as i32 - 1;
        let start = index(first) - 1;
        let span = (index(last) + 6 - start).max(1) as u64;
        let step = [1, 2, 3, 6, 12]
            .into_iter()
            .find(|s| span.div_ceil(*s) <= Ticks::MAX_STEPS)
            .unwrap_or(12 * span.div_ceil(12 * Ticks::MAX_STEPS));
        MonthScale {
            start,
            step,
            months: span.div_ceil(step) * step,
        }
    }

    /// Where a day is drawn: months since the start, and the part of its month gone by.
    fn position(&self, (y, m, d): (i32, u32, u32)) -> f64 {
        let month = y * 12 + m as i32 - 1 - self.start;
        let days = days_in_month(y, m);
        f64::from(month) + f64::from(d.clamp(1, days) - 1) / f64::from(days)
    }

    /// "10/2025" for the month `months` after the start.
    fn label(&self, months: u64) -> String {
        let total = self.start + months as i32;
        format!("{:02}/{}", total.rem_euclid(12) + 1, total.div_euclid(12))
    }
}

fn days_in_month(y: i32, m: u32) -> u32 {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    match m {
        4 | 6 | 9 | 11 => 30,
        2 => 28 + u32::from(leap),
        _ => 31,
    }
}

/// Where a date is drawn: the day itself, mid-month for a month, the end of the named month for
/// "mid-year" and "end of year", and 1 July for a bare year.
fn plotted(w: &When) -> (String, bool) {
    let (y, m, d) = parts(&w.date);
    let last = days_in_month(y, m);
    let (m, d) = match w.precision {
        Precision::Day => (m, d),
        Precision::Month => (m, 15),
        Precision::MidYear | Precision::YearEnd => (m, last),
        Precision::Year => (7, 1),
    };
    let approximate = w.precision != Precision::Day;
    (format!("{y:04}-{m:02}-{d:02}"), approximate)
}

/// "am 2. Oktober 2025", "bis Mitte 2026", "im Laufe des Jahres 2026".
fn said(w: &When, lang: Lang) -> String {
    let when = format::when(w, lang);
    let c = match (w.relation, w.precision) {
        (Relation::On, _) | (Relation::In, Precision::Day) => ChartText::RelOn,
        (Relation::In, Precision::Year) => ChartText::RelInYear,
        (Relation::In, Precision::Month) => ChartText::RelIn,
        (Relation::In, _) => return when,
        (Relation::From, _) => ChartText::RelFrom,
        (Relation::By, _) => ChartText::RelBy,
        (Relation::During, Precision::Year) => ChartText::RelDuringYear,
        (Relation::During, _) => ChartText::RelDuring,
    };
    c.fill(lang, &[("when", &when)])
}

fn workstations(f: &Fact) -> Option<u64> {
    let g = f.figure.as_ref()?;
    (g.unit == Unit::Workstations && g.qualifier == Qualifier::UpTo).then_some(g.value)
}

/// The short label of a fact: written for the known facts, else the fact's first clause.
fn label(f: &Fact, earlier_linux: bool, lang: Lang) -> String {
    let n = workstations(f).map(|v| format::int(v, lang));
    let known = match (f.id.as_str(), &n) {
        ("migration-completed", _) => ChartText::EvMigrationCompleted,
        ("load-problems-resolved", _) => ChartText::EvLoadProblems,
        ("follow-up-project", _) => ChartText::EvFollowUp,
        ("integrations-2026", _) => ChartText::EvIntegrations,
        (id, Some(_)) if id.starts_with("linux") && earlier_linux => ChartText::EvLinuxMore,
        (id, Some(_)) if id.starts_with("linux") => ChartText::EvLinux,
        _ => {
            let text = lang.pick(&f.text.de, &f.text.en);
            let clause = text.split([',', ':', ';', '.']).next().unwrap_or(text);
            return match clause.char_indices().nth(48) {
                Some((cut, _)) => format!("{}…", &clause[..cut]),
                None => clause.to_string(),
            };
        }
    };
    known.fill(lang, &[("n", n.as_deref().unwrap_or_default())])
}

/// The dated facts and the answer itself, earliest first.
fn events<'a>(input: &ChartInput<'a>) -> Vec<Event<'a>> {
    let lang = input.lang;
    let answer = When {
        date: input.snapshot.source.date.clone(),
        precision: Precision::Day,
        relation: Relation::On,
    };
    let dated = input
        .snapshot
        .facts
        .iter()
        .filter_map(|f| Some((Some(f), f.when.clone()?)));
    let mut events: Vec<Event> = dated
        .chain([(None, answer)])
        .map(|(fact, when)| {
            let (plotted, approximate) = plotted(&when);
            let lane = match fact.map(|f| f.kind) {
                None => Lane::Answer,
                Some(FactKind::Plan) => Lane::Plan,
                Some(_) => Lane::Milestone,
            };
            let said = said(&when, lang);
            Event {
                plotted,
                approximate,
                when,
                lane,
                fact,
                label: String::new(),
                said,
            }
        })
        .collect();
    crate::model::sort::sort_by(&mut events, |a, b| a.plotted.cmp(&b.plotted));
    let mut linux_seen = false;
    for e in &mut events {
        e.label = match e.fact {
            Some(f) => label(f, linux_seen, lang),
            None => ChartText::EvAnswer.get(lang).to_string(),
        };
        linux_seen |= e.fact.and_then(workstations).is_some();
    }
    events
}

pub(super) fn build(input: &ChartInput) -> ChartSpec {
    let lang = input.lang;
    let p = input.theme.palette();
    let events = events(input);
    // Never empty: the answer itself is always an event.
    let (Some(first), Some(last)) = (events.first(), events.last()) else {
        return theme::empty(
            ChartId::Timeline,
            input,
            ChartText::TimelineTitle,
            table(&[], lang),
        );
    };

    let names: Vec<String> = LANES
        .iter()
        .filter(|l| events.iter().any(|e| e.lane == l.0))
        .map(|l| l.1.get(lang).into())
        .collect();
    let scale = MonthScale::new(parts(&first.plotted), parts(&last.plotted));
    let [months, numbers] = theme::linear_axes(
        Ticks {
            step: scale.step,
            top: scale.months,
        },
        0,
        None,
        |m| scale.label(m),
        &p,
    );
    let legend_height = theme::legend_height(names.len());
    let mut chart = theme::base(input)
        .grid(theme::grid(legend_height + 8.0).right(40))
        .legend(theme::legend(names, &p))
        // Item tooltips show the data name, HTML-encoded by ECharts (see `theme::axis_tooltip`).
        .tooltip(Tooltip::new().trigger(Trigger::Item).formatter("{b}"))
        .y_axis(theme::category_axis(
            // The date as the answer says it goes under the event's name, beside the axis: a label
            // at the point would run into the names on a phone.
            events
                .iter()
                .map(|e| format!("{}\n{}", e.label, e.said))
                .collect(),
            true,
            &p,
        ))
        .x_axis(months)
        .x_axis(numbers);
    for (lane, name, symbol) in LANES {
        let colour = match lane {
            Lane::Milestone => p.ox,
            Lane::Plan => p.mse_res,
            Lane::Answer => p.highlight,
        };
        let data: Vec<DataPointItem> = events
            .iter()
            .enumerate()
            .filter(|(_, e)| e.lane == lane)
            .map(|(i, e)| {
                let tip = if e.approximate {
                    ChartText::TimelineTipApprox
                } else {
                    ChartText::TimelineTip
                };
                let tip = tip.fill(lang, &[("when", &e.said), ("what", &e.label)]);
                let value: Vec<CompositeValue> = vec![
                    scale.position(parts(&e.plotted)).into(),
                    (i as i64).into(),
                    e.said.as_str().into(),
                ];
                let item = DataPointItem::new(value).name(tip);
                // Hollow where the date is only approximate.
                let hollow = ItemStyle::new().color("transparent").border_color(colour);
                if e.approximate {
                    item.item_style(hollow.border_width(2))
                } else {
                    item
                }
            })
            .collect();
        if !data.is_empty() {
            chart = chart.series(
                Scatter::new()
                    .name(name.get(lang))
                    .symbol(symbol)
                    .symbol_size(14)
                    .item_style(ItemStyle::new().color(colour).border_color(colour))
                    .data(data),
            );
        }
    }

    let mut questions: Vec<u32> = events
        .iter()
        .filter_map(|e| Some(e.fact?.question))
        .collect();
    crate::model::sort::sort(&mut questions);
    questions.dedup();
    let approx = events.iter().filter(|e| e.approximate).count();
    let description = ChartText::TimelineDescription.fill(
        lang,
        &[
            ("n", &events.len().to_string()),
            ("first", &format::when(&first.when, lang)),
            ("last", &format::when(&last.when, lang)),
            ("approx", &approx.to_string()),
        ],
    );

    let note = ChartText::TimelineNote.get(lang).to_string();
    ChartSpec {
        id: ChartId::Timeline,
        title: ChartText::TimelineTitle.get(lang).to_string(),
        takeaway: takeaway(&events, input),
        source: theme::source_line(input, &questions),
        description: format!("{description} {note}"),
        note,
        chart,
        table: table(&events, lang),
        height: theme::height(events.len(), 80, 120),
        click_targets: Vec::new(),
        series_offsets: Vec::new(),
        points: points(&events, lang),
    }
}

/// One keyboard stop per event, earliest (top) first; each is the item of its lane's series.
fn points(events: &[Event], lang: Lang) -> Vec<ChartPoint> {
    // Series are made only for lanes with events, in the order of `LANES`.
    let lanes: Vec<Lane> = LANES
        .iter()
        .map(|l| l.0)
        .filter(|lane| events.iter().any(|e| e.lane == *lane))
        .collect();
    events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let series = lanes.iter().position(|l| *l == e.lane).unwrap_or(0) as u32;
            let index = events[..i].iter().filter(|x| x.lane == e.lane).count() as u32;
            let kind = LANES
                .iter()
                .find(|l| l.0 == e.lane)
                .map_or("", |l| l.1.get(lang));
            ChartPoint {
                announcement: ChartText::TimelineSay.fill(
                    lang,
                    &[("what", &e.label), ("when", &e.said), ("kind", kind)],
                ),
                items: vec![Item { series, index }],
                target: None,
            }
        })
        .collect()
}

fn table(events: &[Event], lang: Lang) -> DataTable {
    let rows = events.iter().map(|e| {
        let date = format::date(&e.plotted, lang);
        let when = format::when(&e.when, lang);
        let plotted = match e.approximate {
            true => ChartText::PlottedApprox.fill(lang, &[("date", &date), ("when", &when)]),
            false => date,
        };
        let what = e
            .fact
            .map_or(e.label.as_str(), |f| lang.pick(&f.text.de, &f.text.en));
        let kind = LANES
            .iter()
            .find(|l| l.0 == e.lane)
            .map_or("", |l| l.1.get(lang));
        let question = e.fact.map_or("–".to_string(), |f| f.question.to_string());
        DataRow {
            header: e.said.clone(),
            cells: vec![what.to_string(), kind.to_string(), plotted, question],
        }
    });
    DataTable {
        caption: ChartText::TimelineCaption.get(lang).to_string(),
        columns: [
            ChartText::ColWhen,
            ChartText::ColWhat,
            ChartText::ColKind,
            ChartText::ColPlotted,
            ChartText::ColQuestion,
        ]
        .iter()
        .map(|c| c.get(lang).to_string())
        .collect(),
        rows: rows.collect(),
    }
}

/// The latest milestone reached on a given day, and the workstations planned by the last date.
fn takeaway(events: &[Event], input: &ChartInput) -> String {
    let lang = input.lang;
    let milestone = events
        .iter()
        .rfind(|e| e.lane == Lane::Milestone && e.when.relation == Relation::On && !e.approximate);
    let plans: Vec<(&Event, u64)> = events
        .iter()
        .filter_map(|e| Some((e, workstations(e.fact?)?)))
        .collect();
    let by = plans.last().map(|(e, _)| e.said.as_str());
    let n = format::int(plans.iter().map(|(_, n)| n).sum(), lang);
    match (milestone, by) {
        (Some(m), Some(by)) => ChartText::TimelineTakeaway.fill(
            lang,
            &[
                ("milestone", &m.label),
                ("when", &m.said),
                ("by", by),
                ("n", &n),
            ],
        ),
        (Some(m), None) => ChartText::TimelineTakeawayMilestone
            .fill(lang, &[("milestone", &m.label), ("when", &m.said)]),
        (None, Some(by)) => {
            let s = ChartText::TimelineTakeawayPlan.fill(lang, &[("by", by), ("n", &n)]);
            let mut c = s.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        }
        (None, None) => ChartText::TimelineTakeawayCount.fill(
            lang,
            &[
                ("date", &format::date(&input.snapshot.source.date, lang)),
                ("n", &events.len().to_string()),
            ],
        ),
    }
}
