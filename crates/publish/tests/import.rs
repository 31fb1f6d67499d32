//! The import command (`ox_publish::import`, `src/bin/import.rs`): the invented second answer of
//! `tests/fixtures/import/` is added with its numbers; every kind of problem is reported with its
//! row and field, several at once; a rename needs a link; the shipped table imports again as a
//! later snapshot. Everything runs on copies in memory (the command on a copy in a temporary
//! folder): `public/data/dataset.json` is only read.

use ox_core::i18n::Lang;
use ox_core::model::{parse_dataset, Dataset, ErrorKind, Snapshot};
use ox_publish::bodies_csv;
use ox_publish::import::{import, Imported, Input, Problem, ProblemKind};
use std::path::PathBuf;
use std::process::Command;

fn repo(path: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join(path)
}

fn read(path: &str) -> String {
    std::fs::read_to_string(repo(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn shipped() -> String {
    read("public/data/dataset.json")
}

fn shipped_latest() -> Snapshot {
    parse_dataset(&shipped()).expect("shipped").latest().clone()
}

fn example_csv() -> String {
    read("tests/fixtures/import/invented-answer.csv")
}

fn example_toml() -> String {
    read("tests/fixtures/import/answer.example.toml")
}

fn accepted(csv: &str, toml: &str) -> Imported {
    import(&shipped(), csv, toml).unwrap_or_else(|problems| {
        let list: Vec<String> = problems.iter().map(Problem::to_string).collect();
        panic!("refused:\n{}", list.join("\n"))
    })
}

fn refused(csv: &str, toml: &str) -> Vec<Problem> {
    match import(&shipped(), csv, toml) {
        Ok(_) => panic!("accepted"),
        Err(problems) => problems,
    }
}

/// The CSV with one cell of the row of `body` replaced (rows without quoted cells only).
fn set(csv: &str, body: &str, column: usize, value: &str) -> String {
    let mut found = false;
    let lines: Vec<String> = csv
        .split("\r\n")
        .map(|line| {
            let mut cells: Vec<&str> = line.split(';').collect();
            if cells.len() == 11 && cells[2] == body {
                assert!(!line.contains('"'), "{line}");
                found = true;
                cells[column] = value;
                cells.join(";")
            } else {
                line.to_string()
            }
        })
        .collect();
    assert!(found, "no row {body}");
    lines.join("\r\n")
}

/// The CSV without the row of `body`.
fn without(csv: &str, body: &str) -> String {
    let needle = format!(";{body};");
    csv.split("\r\n")
        .filter(|l| !l.contains(&needle))
        .collect::<Vec<_>>()
        .join("\r\n")
}

/// The answer file with a line replaced (the first that starts with `key`), or dropped when
/// `line` is empty.
fn with_line(toml: &str, key: &str, line: &str) -> String {
    let mut done = false;
    let out: Vec<&str> = toml
        .lines()
        .filter_map(|l| {
            if !done && l.starts_with(key) {
                done = true;
                (!line.is_empty()).then_some(line)
            } else {
                Some(l)
            }
        })
        .collect();
    assert!(done, "no line {key}");
    out.join("\n")
}

/// The answer file without its body_links (every block from the first on, to the end).
fn without_links(toml: &str) -> String {
    let at = toml.find("[[body_links]]").expect("links");
    toml[..at].to_string()
}

/// The problem at `row` (1-based) in `field`, if any, with the body named.
fn at<'a>(problems: &'a [Problem], row: usize, body: &str, field: &str) -> Option<&'a Problem> {
    problems.iter().find(|p| {
        p.row
            .as_ref()
            .is_some_and(|r| r.number == row && r.body == body)
            && p.field.as_deref() == Some(field)
    })
}

fn kinds(problems: &[Problem]) -> Vec<String> {
    problems.iter().map(Problem::to_string).collect()
}

fn body<'a>(snapshot: &'a Snapshot, name: &str) -> &'a ox_core::model::Body {
    snapshot
        .bodies
        .iter()
        .find(|b| b.abbreviation == name)
        .unwrap_or_else(|| panic!("no body {name}"))
}

#[test]
fn the_invented_answer_is_added_with_its_numbers() {
    let imported = accepted(&example_csv(), &example_toml());
    let d: &Dataset = &imported.dataset;
    assert_eq!(d.snapshots.len(), 2);
    assert_eq!(
        d.snapshots[0],
        shipped_latest(),
        "the old snapshot is untouched"
    );
    let new = &d.snapshots[1];
    assert_eq!(d.latest().id, "2026-09-30");
    assert_eq!(new.source.number, "20/9998");
    assert_eq!(new.source.date, "2026-09-30");
    assert_eq!(new.table.pages, vec![2, 3, 4]);
    assert_eq!(new.bodies.len(), 41);
    let stk = body(new, "StK");
    assert_eq!(stk.portfolio.as_deref(), Some("I"));
    assert_eq!(
        (
            stk.exchange_accounts,
            stk.exchange_resources,
            stk.ox_accounts
        ),
        (5, 0, 350)
    );
    assert_eq!(stk.ox_share_published, 98.6);
    assert_eq!(stk.page, Some(2));
    assert_eq!(body(new, "Polizei").ox_accounts, 13800);
    assert_eq!(body(new, "LTSH").portfolio, None);
    assert_eq!(body(new, "BNUR").page, Some(3));
    // Printed "100", not "100,0": kept as printed, so the check allows that rounding.
    let lv = body(new, "Landesvertretung");
    assert_eq!(lv.ox_share_published, 100.0);
    assert_eq!(
        lv.as_printed.get("ox_share_published").map(String::as_str),
        Some("100")
    );
    assert!(body(new, "StK").as_printed.is_empty());
    // The order of the CSV, the new body where it stands.
    let order: Vec<&str> = new.bodies[..6]
        .iter()
        .map(|b| b.abbreviation.as_str())
        .collect();
    assert_eq!(
        order,
        ["LTSH", "LRH", "StK", "ZIT", "Landesvertretung", "DigiLab"]
    );
    // What the CSV cannot hold is empty, and the editor is told so.
    assert!(new.facts.is_empty() && new.references.is_empty() && new.notes.is_empty());
    assert!(imported
        .notices
        .iter()
        .any(|n| n.contains("Facts, references and notes")));
    assert!(imported.notices.iter().any(|n| n.contains("MEKUN")));
    assert_eq!(new.body_links.len(), 2);
    // The file: the build's parser accepts it, and it is the shipped one with a snapshot added.
    let again = parse_dataset(&imported.json).expect("parses");
    assert_eq!(&again, d);
    let old = shipped();
    let old_lines: Vec<&str> = old.lines().collect();
    let new_lines: Vec<&str> = imported.json.lines().collect();
    let kept = old_lines.len() - 3; // "    }", "  ]", "}"
    assert_eq!(new_lines[..kept], old_lines[..kept]);
    assert_eq!(new_lines[kept], "    },");
    assert!(imported.json.ends_with("    }\n  ]\n}\n"));
    assert!(imported.json.contains("\n      \"id\": \"2026-09-30\",\n"));
}

#[test]
fn names_carry_over_from_the_previous_answer_and_through_a_rename() {
    let csv: String = example_csv()
        .split("\r\n")
        .map(|line| {
            let mut cells: Vec<String> = line.split(';').map(str::to_string).collect();
            if cells.len() >= 4 && cells[0] != "\u{feff}Stand" {
                cells[3] = String::new();
            }
            cells.join(";")
        })
        .collect::<Vec<_>>()
        .join("\r\n");
    let imported = accepted(&csv, &example_toml());
    let new = imported.dataset.latest();
    let old = shipped_latest();
    let name = |s: &Snapshot, b: &str| body(s, b).name.clone().map(|n| n.de);
    assert_eq!(name(new, "LTSH"), name(&old, "LTSH"));
    assert!(name(new, "LTSH").is_some());
    // Renamed by a link: the same body, the same full name.
    assert_eq!(name(new, "LfU SH").as_deref(), Some("Landesamt für Umwelt"));
    assert!(body(new, "LfU SH").name.as_ref().unwrap().editorial);
    // None before, none now; a new body has none unless the CSV gives one.
    assert_eq!(name(new, "Landesvertretung"), None);
    assert_eq!(name(new, "DigiLab"), None);
    assert!(imported
        .notices
        .iter()
        .any(|n| n.contains("DigiLab") && n.contains("without a full name")));
    // With the column filled, a new body gets the CSV's name, marked as the site's.
    let named = accepted(&example_csv(), &example_toml());
    let digilab = body(named.dataset.latest(), "DigiLab")
        .name
        .clone()
        .unwrap();
    assert_eq!(digilab.de, "Erfundenes Digitallabor");
    assert!(digilab.editorial);
}

#[test]
fn every_problem_is_listed_with_its_row_and_field() {
    let csv = example_csv();
    let csv = set(&csv, "StK", 4, "1.5");
    let csv = set(&csv, "ZIT", 4, "-3");
    let csv = set(&csv, "ZIT", 6, "12a");
    let csv = set(&csv, "MJG", 1, "X");
    let csv = set(&csv, "Polizei", 7, "101");
    let csv = set(&csv, "LfU SH", 7, "viel");
    let csv = set(&csv, "FM", 5, "");
    let csv = set(&csv, "LRH", 5, "1.234");
    let csv = set(&csv, "AfB", 7, "94.7");
    // The printed share of LLnL (98,2) no longer fits 8 + 442: 10 + 442 gives 97,79.
    let csv = set(&csv, "LLnL", 4, "10");
    let csv = set(&csv, "ALR", 9, "7");
    let csv = set(&csv, "KoPers", 9, "");
    // A body twice.
    let csv = csv.replacen(
        "2026-09-30;VI;AIT;",
        "2026-09-30;VI;AfB;;0;4;71;94,7;;3;\r\n2026-09-30;VI;AIT;",
        1,
    );
    let problems = refused(&csv, &example_toml());
    let list = kinds(&problems);
    let find = |row: usize, body: &str, field: &str| {
        at(&problems, row, body, field)
            .unwrap_or_else(|| panic!("nothing at row {row} ({body}) {field}: {list:#?}"))
            .kind
            .clone()
    };
    assert_eq!(
        find(3, "StK", "MSE"),
        ProblemKind::Data(ErrorKind::NotWhole {
            value: "1.5".into()
        })
    );
    assert_eq!(
        find(4, "ZIT", "MSE"),
        ProblemKind::Data(ErrorKind::Negative { value: "-3".into() })
    );
    assert_eq!(
        find(4, "ZIT", "OX"),
        ProblemKind::Data(ErrorKind::NotWhole {
            value: "12a".into()
        })
    );
    assert_eq!(
        find(7, "MJG", "Ressort"),
        ProblemKind::Data(ErrorKind::UnknownPortfolio("X".into()))
    );
    assert_eq!(
        find(19, "Polizei", "OX % (gedruckt)"),
        ProblemKind::Data(ErrorKind::ShareOutOfRange { value: 101.0 })
    );
    assert_eq!(
        find(22, "LfU SH", "OX % (gedruckt)"),
        ProblemKind::NotANumber("viel".into())
    );
    assert_eq!(
        find(25, "FM", "MSE Res"),
        ProblemKind::Data(ErrorKind::MissingField)
    );
    assert_eq!(
        find(2, "LRH", "MSE Res"),
        ProblemKind::Separators("1.234".into())
    );
    assert_eq!(
        find(27, "AfB", "OX % (gedruckt)"),
        ProblemKind::DecimalPoint("94.7".into())
    );
    assert!(matches!(
        find(41, "LLnL", "OX % (gedruckt)"),
        ProblemKind::ShareDiffers { printed, recomputed: Some(r) }
            if printed == 98.2 && (r - 97.787).abs() < 0.001
    ));
    assert_eq!(
        find(42, "ALR", "Seite"),
        ProblemKind::PageNotInTable {
            page: 7,
            pages: vec![2, 3, 4]
        }
    );
    assert_eq!(
        find(26, "KoPers", "Seite"),
        ProblemKind::NoPage(vec![2, 3, 4])
    );
    assert_eq!(
        find(28, "AfB", "Behörde"),
        ProblemKind::Data(ErrorKind::DuplicateBody { first_row: 27 })
    );
    assert_eq!(problems.len(), 13, "{list:#?}");
    // In both languages, with where.
    let stk = at(&problems, 3, "StK", "MSE").unwrap();
    assert_eq!(
        stk.to_string(),
        "table (CSV), row 3 (StK), column “MSE”: The value is not a whole number (1.5)."
    );
    assert_eq!(
        format!("{}: {}", stk.place(Lang::De), stk.what(Lang::De)),
        "Tabelle (CSV), Zeile 3 (StK), Spalte „MSE“: Der Wert ist keine ganze Zahl (1.5)."
    );
}

#[test]
fn a_body_missing_or_new_is_refused_unless_a_link_explains_it() {
    let csv = without(&example_csv(), "APV");
    let csv = csv.replacen(
        "2026-09-30;IX;ALR;",
        "2026-09-30;IX;Neues Amt;;0;0;5;100,0;;4;\r\n2026-09-30;IX;ALR;",
        1,
    );
    let problems = refused(&csv, &example_toml());
    assert_eq!(problems.len(), 2, "{:#?}", kinds(&problems));
    let gone = &problems[0];
    assert_eq!((gone.input, gone.row.as_ref()), (Input::Table, None));
    assert!(
        matches!(&gone.kind, ProblemKind::Data(ErrorKind::BodyGone(b)) if b.body == "APV"),
        "{gone}"
    );
    assert!(matches!(
        &at(&problems, 40, "Neues Amt", "Behörde").unwrap().kind,
        ProblemKind::Data(ErrorKind::BodyUnexplained(b)) if b.previous == "2026-03-24"
    ));
    // Said so in the answer file: accepted.
    let note = "note = { de = \"ERFUNDEN\", en = \"INVENTED\" }";
    let toml = format!(
        "{}\n[[body_links]]\nkind = \"gone\"\nbefore = [\"APV\"]\n{note}\n\
         \n[[body_links]]\nkind = \"new\"\nafter = [\"Neues Amt\"]\n{note}\n",
        example_toml()
    );
    let imported = accepted(&csv, &toml);
    assert_eq!(imported.dataset.latest().bodies.len(), 41);
    assert_eq!(imported.dataset.latest().body_links.len(), 4);
}

#[test]
fn a_rename_without_a_link_is_refused_and_accepted_with_one() {
    let old = shipped_latest();
    let csv = bodies_csv(&old).replace(";LfU;", ";LfU SH;");
    let toml = with_line(
        &without_links(&example_toml()),
        "id =",
        "id = \"2026-12-01\"",
    );
    let toml = with_line(&toml, "date =", "");
    let problems = refused(&csv, &toml);
    assert_eq!(problems.len(), 2, "{:#?}", kinds(&problems));
    assert!(matches!(
        &problems[0].kind,
        ProblemKind::Data(ErrorKind::BodyGone(b)) if b.body == "LfU"
    ));
    assert!(matches!(
        &at(&problems, 21, "LfU SH", "Behörde").unwrap().kind,
        ProblemKind::Data(ErrorKind::BodyUnexplained(b)) if b.body == "LfU SH"
    ));
    let linked = format!(
        "{toml}\n[[body_links]]\nkind = \"renamed\"\nbefore = [\"LfU\"]\nafter = [\"LfU SH\"]\n\
         note = {{ de = \"ERFUNDEN\", en = \"INVENTED\" }}\n"
    );
    let imported = accepted(&csv.replace("Landesamt für Umwelt;", ";"), &linked);
    let lfu = body(imported.dataset.latest(), "LfU SH");
    assert_eq!(lfu.name.as_ref().unwrap().de, "Landesamt für Umwelt");
    // A link that does not fit its kind is named by its key.
    let bad = linked.replace("after = [\"LfU SH\"]", "after = [\"LfU SH\", \"StK\"]");
    let problems = refused(&csv, &bad);
    assert!(problems.iter().any(|p| p.input == Input::Answer
        && p.field.as_deref() == Some("body_links[1].kind")
        && matches!(p.kind, ProblemKind::Data(ErrorKind::BadLink(_)))));
}

#[test]
fn the_shipped_table_imports_again_as_a_later_snapshot() {
    let old = shipped_latest();
    let toml = with_line(
        &without_links(&example_toml()),
        "id =",
        "id = \"2026-12-01\"",
    );
    let toml = with_line(&toml, "date =", "");
    let imported = accepted(&bodies_csv(&old), &toml);
    let new = imported.dataset.latest();
    assert_eq!(
        (new.id.as_str(), new.source.date.as_str()),
        ("2026-12-01", "2026-12-01")
    );
    assert_eq!(new.bodies.len(), old.bodies.len());
    for (a, b) in old.bodies.iter().zip(&new.bodies) {
        assert_eq!(
            (
                &a.portfolio,
                &a.abbreviation,
                &a.name,
                a.exchange_accounts,
                a.exchange_resources,
                a.ox_accounts,
                a.ox_share_published,
                a.page
            ),
            (
                &b.portfolio,
                &b.abbreviation,
                &b.name,
                b.exchange_accounts,
                b.exchange_resources,
                b.ox_accounts,
                b.ox_share_published,
                b.page
            )
        );
    }
    // The download's Stand column names the old snapshot: not read, and said so.
    assert!(imported
        .notices
        .iter()
        .any(|n| n.contains("2026-03-24 in 40 row(s)")));
}

#[test]
fn a_printed_share_that_differs_is_asked_not_guessed() {
    let csv = example_csv();
    // Not confirmed: both bodies whose printed share differs are refused.
    let toml = with_line(
        &example_toml(),
        "confirmed_share_differences",
        "confirmed_share_differences = []",
    );
    let problems = refused(&csv, &toml);
    let rows: Vec<&str> = problems
        .iter()
        .filter(|p| matches!(p.kind, ProblemKind::ShareDiffers { .. }))
        .map(|p| p.row.as_ref().unwrap().body.as_str())
        .collect();
    assert_eq!(rows, ["MEKUN", "MSJFSIG"], "{:#?}", kinds(&problems));
    assert_eq!(problems.len(), 2);
    // Confirmed although it fits, or naming no body of the table: refused as well.
    let toml = with_line(
        &example_toml(),
        "confirmed_share_differences",
        "confirmed_share_differences = [\"MEKUN\", \"MSJFSIG\", \"StK\", \"Nirgendwo\"]",
    );
    let problems = refused(&csv, &toml);
    assert_eq!(problems.len(), 2, "{:#?}", kinds(&problems));
    assert_eq!(
        at(&problems, 3, "StK", "OX % (gedruckt)").unwrap().kind,
        ProblemKind::ConfirmedButFits
    );
    let unknown = &problems[0];
    assert_eq!(
        (unknown.input, unknown.field.as_deref()),
        (Input::Answer, Some("confirmed_share_differences"))
    );
    assert_eq!(
        unknown.kind,
        ProblemKind::Data(ErrorKind::UnknownBody("Nirgendwo".into()))
    );
}

#[test]
fn the_snapshot_must_be_newer_and_its_date_valid() {
    let csv = example_csv();
    let same = with_line(&example_toml(), "id =", "id = \"2026-03-24\"");
    let same = with_line(&same, "date =", "");
    let problems = refused(&csv, &same);
    assert_eq!(problems.len(), 1, "{:#?}", kinds(&problems));
    assert_eq!(
        (problems[0].input, problems[0].field.as_deref()),
        (Input::Answer, Some("id"))
    );
    assert_eq!(
        problems[0].kind,
        ProblemKind::Data(ErrorKind::SnapshotOrder("2026-03-24".into()))
    );
    let bad = with_line(&example_toml(), "id =", "id = \"2026-09-31\"");
    let problems = refused(&csv, &bad);
    let fields: Vec<Option<&str>> = problems.iter().map(|p| p.field.as_deref()).collect();
    assert_eq!(
        fields,
        [Some("id"), Some("source.date")],
        "{:#?}",
        kinds(&problems)
    );
    assert_eq!(
        problems[0].kind,
        ProblemKind::Data(ErrorKind::BadDate("2026-09-31".into()))
    );
}

#[test]
fn the_files_layout_is_checked_before_their_cells() {
    let toml = example_toml();
    // A spreadsheet that saved with commas.
    let commas = example_csv().replace(';', ",");
    let problems = refused(&commas, &toml);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].kind, ProblemKind::Delimiter);
    // A column missing, one misspelt: both named.
    let header = example_csv()
        .replacen(";OX;", ";Ox;", 1)
        .replacen("MSE Res", "MSE res", 1);
    let problems = refused(&header, &toml);
    let named: Vec<(&str, &ProblemKind)> = problems
        .iter()
        .map(|p| (p.field.as_deref().unwrap(), &p.kind))
        .collect();
    assert!(
        named.contains(&("Ox", &ProblemKind::UnknownColumn)),
        "{named:?}"
    );
    assert!(
        named.contains(&("MSE res", &ProblemKind::UnknownColumn)),
        "{named:?}"
    );
    assert!(
        named.contains(&("OX", &ProblemKind::MissingColumn)),
        "{named:?}"
    );
    assert!(
        named.contains(&("MSE Res", &ProblemKind::MissingColumn)),
        "{named:?}"
    );
    // A quote never closed (until the next quoted cell); a quote at the end; a row cut short.
    let quote = example_csv().replacen(";StK;", ";\"StK;", 1);
    let problems = refused(&quote, &toml);
    assert!(
        matches!(&problems[0].kind, ProblemKind::Syntax(s) if s.contains("began on line 4")),
        "{:#?}",
        kinds(&problems)
    );
    let short =
        example_csv().replacen(";ZIT;Zentrales IT-Management Schleswig-Holstein", ";ZIT", 1);
    let problems = refused(&short, &toml);
    assert_eq!(
        at(&problems, 4, "ZIT", "Behörde").unwrap().kind,
        ProblemKind::CellCount {
            found: 10,
            expected: 11
        }
    );
    // Without byte-order mark, with LF line ends, without the derived columns, with a blank
    // line at the end: the same snapshot.
    let plain: String = example_csv()
        .trim_start_matches('\u{feff}')
        .split("\r\n")
        .map(|l| {
            let cells: Vec<&str> = l.splitn(11, ';').collect();
            if cells.len() < 11 {
                return l.to_string();
            }
            [&cells[1..8], &cells[9..10]].concat().join(";")
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n\n";
    let a = accepted(&plain, &toml);
    let b = accepted(&example_csv(), &toml);
    assert_eq!(a.dataset, b.dataset);
}

#[test]
fn the_answer_file_and_the_dataset_are_checked_too() {
    let csv = example_csv();
    // A misspelt key is named, not ignored.
    let typo = example_toml().replace("\nquestion = 2", "\nquestoin = 2");
    let problems = refused(&csv, &typo);
    assert_eq!(problems.len(), 1);
    assert!(
        matches!(&problems[0].kind, ProblemKind::Syntax(s) if s.contains("questoin")),
        "{:#?}",
        kinds(&problems)
    );
    // A broken answer file does not hide the table's problems.
    let problems = refused(&set(&csv, "StK", 4, "x"), &typo);
    assert_eq!(problems.len(), 2, "{:#?}", kinds(&problems));
    assert!(at(&problems, 3, "StK", "MSE").is_some());
    // A dataset that does not parse, or one with fields this tool would drop.
    let broken = shipped().replacen(
        "\"exchange_accounts\": 12,",
        "\"exchange_accounts\": -12,",
        1,
    );
    let problems = import(&broken, &csv, &example_toml()).unwrap_err();
    let ProblemKind::Dataset(e) = &problems[0].kind else {
        panic!("{:#?}", kinds(&problems));
    };
    assert!(matches!(e.kind, ErrorKind::Negative { .. }), "{e}");
    let unknown = shipped().replacen(
        "\"schema_version\": 1,",
        "\"schema_version\": 1,\n  \"extra\": true,",
        1,
    );
    let problems = import(&unknown, &csv, &example_toml()).unwrap_err();
    assert_eq!(problems[0].kind, ProblemKind::Lossy);
}

/// The command itself, on a copy of the dataset in a folder of its own.
#[test]
fn the_command_checks_writes_and_refuses_with_its_exit_codes() {
    let dir = std::env::temp_dir().join(format!("ox-import-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let dataset = dir.join("dataset.json");
    std::fs::write(&dataset, shipped()).unwrap();
    let run = |extra: &[&str], csv: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_import"))
            .arg("--csv")
            .arg(repo(csv))
            .arg("--answer")
            .arg(repo("tests/fixtures/import/answer.example.toml"))
            .arg("--dataset")
            .arg(&dataset)
            .args(extra)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let csv = "tests/fixtures/import/invented-answer.csv";
    let (code, out) = run(&["--check"], csv);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("Nothing was written"), "{out}");
    assert!(out.contains("Facts, references and notes"), "{out}");
    assert_eq!(std::fs::read_to_string(&dataset).unwrap(), shipped());
    let (code, out) = run(&[], csv);
    assert_eq!(code, Some(0), "{out}");
    let written = parse_dataset(&std::fs::read_to_string(&dataset).unwrap()).unwrap();
    assert_eq!(written.snapshots.len(), 2);
    // The same answer again is not newer than the latest: refused, nothing written.
    let before = std::fs::read_to_string(&dataset).unwrap();
    let (code, out) = run(&[], csv);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("Refused: 2 problem(s)"), "{out}");
    assert!(
        out.contains("field “id”: This snapshot is not newer"),
        "{out}"
    );
    assert!(out.contains("Abgelehnt"), "{out}");
    assert_eq!(std::fs::read_to_string(&dataset).unwrap(), before);
    // Used wrongly.
    let (code, _) = run(&["--frobnicate"], csv);
    assert_eq!(code, Some(2));
    let (code, _) = run(&[], "tests/fixtures/import/no-such.csv");
    assert_eq!(code, Some(2));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_table_on_one_page_needs_no_page_column() {
    let csv: String = bodies_csv(&shipped_latest())
        .split("\r\n")
        .map(|l| {
            let cells: Vec<&str> = l.splitn(11, ';').collect();
            if cells.len() < 11 {
                return l.to_string();
            }
            cells[..9].join(";")
        })
        .collect::<Vec<_>>()
        .join("\r\n");
    let toml = with_line(&without_links(&example_toml()), "pages =", "pages = [3]");
    let toml = with_line(&toml, "id =", "id = \"2026-12-01\"");
    let toml = with_line(&toml, "date =", "");
    let imported = accepted(&csv, &toml);
    assert!(imported
        .dataset
        .latest()
        .bodies
        .iter()
        .all(|b| b.page == Some(3)));
    // On three pages, every row needs its page.
    let toml = with_line(&toml, "pages =", "pages = [2, 3, 4]");
    let problems = refused(&csv, &toml);
    assert_eq!(problems.len(), 40);
    assert!(problems
        .iter()
        .all(|p| p.kind == ProblemKind::NoPage(vec![2, 3, 4]) && p.row.is_some()));
}
