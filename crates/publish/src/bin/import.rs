//! Adds the next answer to the dataset (see `ox_publish::import`):
//!
//! ```sh
//! cargo run -p ox-publish --bin import -- --csv new-table.csv --answer answer.toml \
//!     [--dataset public/data/dataset.json] [--check]
//! ```
//!
//! Exit code 0 when the snapshot was added (or, with `--check`, would be), 1 when the answer is
//! refused (every problem is listed), 2 when the command is used wrongly or a file is missing.

use ox_core::format;
use ox_core::i18n::Lang;
use ox_core::model::Totals;
use ox_publish::import::{import, Problem};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
Usage: import --csv <table.csv> --answer <answer.toml> [--dataset <dataset.json>] [--check]

  --csv      the answer's table, in the layout of the site's CSV download
             (semicolons, decimal comma, UTF-8)
  --answer   the answer's metadata; an example with every field explained:
             tests/fixtures/import/answer.example.toml
  --dataset  the dataset to add the answer to (default: public/data/dataset.json)
  --check    only check and report; write nothing";

struct Args {
    csv: PathBuf,
    answer: PathBuf,
    dataset: PathBuf,
    check: bool,
}

fn args() -> Result<Args, String> {
    let (mut csv, mut answer, mut dataset, mut check) = (None, None, None, false);
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a file"));
        match arg.as_str() {
            "--csv" => csv = Some(value("--csv")?),
            "--answer" => answer = Some(value("--answer")?),
            "--dataset" => dataset = Some(value("--dataset")?),
            "--check" => check = true,
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    Ok(Args {
        csv: csv.ok_or("--csv is missing")?.into(),
        answer: answer.ok_or("--answer is missing")?.into(),
        dataset: dataset
            .unwrap_or_else(|| "public/data/dataset.json".into())
            .into(),
        check,
    })
}

/// A file's bytes, or the usage error of a file that cannot be read.
fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn refuse(problems: &[Problem], args: &Args) -> ExitCode {
    println!(
        "Refused: {} problem(s); nothing was written.\n\
         Abgelehnt: {} Problem(e); nichts wurde geschrieben.\n",
        problems.len(),
        problems.len()
    );
    for p in problems {
        println!("- {}: {}", p.place(Lang::En), p.what(Lang::En));
        println!("  {}: {}", p.place(Lang::De), p.what(Lang::De));
    }
    println!(
        "\nRows count from the first line under the header. Files: {}, {}, {}.",
        args.csv.display(),
        args.answer.display(),
        args.dataset.display()
    );
    ExitCode::from(1)
}

fn main() -> ExitCode {
    let args = match args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("import: {e}\n");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(if e.is_empty() { 0 } else { 2 });
        }
    };
    let files = [&args.dataset, &args.csv, &args.answer].map(|p| read(p));
    let [dataset, csv, answer] = match files {
        [Ok(d), Ok(c), Ok(a)] => [d, c, a],
        files => {
            for e in files.into_iter().filter_map(Result::err) {
                eprintln!("import: {e}");
            }
            eprintln!("\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    // Text that is not UTF-8 (a spreadsheet's "CSV" in Windows-1252) is refused, not guessed.
    let mut texts = Vec::new();
    for (bytes, path) in [
        (dataset, &args.dataset),
        (csv, &args.csv),
        (answer, &args.answer),
    ] {
        match String::from_utf8(bytes) {
            Ok(t) => texts.push(t),
            Err(e) => {
                println!(
                    "Refused: {} is not UTF-8 text (byte {}); save it as “CSV UTF-8”.",
                    path.display(),
                    e.utf8_error().valid_up_to() + 1
                );
                return ExitCode::from(1);
            }
        }
    }
    let imported = match import(&texts[0], &texts[1], &texts[2]) {
        Ok(i) => i,
        Err(problems) => return refuse(&problems, &args),
    };
    let snapshot = imported.dataset.snapshots.last().expect("just added");
    let totals = Totals::of(&snapshot.bodies);
    let named = snapshot.bodies.iter().filter(|b| b.name.is_some()).count();
    println!(
        "Snapshot {} (Drucksache {}): {} bodies, OX {}, MSE {}, MSE Res {}, share {}; \
         {named} with a full name.",
        snapshot.id,
        snapshot.source.number,
        totals.bodies,
        format::int(totals.ox_accounts, Lang::En),
        format::int(totals.exchange_accounts, Lang::En),
        format::int(totals.exchange_resources, Lang::En),
        totals
            .ox_share()
            .map_or("–".into(), |s| format::percent(s, 1, Lang::En)),
    );
    for notice in &imported.notices {
        println!("- {notice}");
    }
    if !Path::new(&snapshot.source.text_file).exists() {
        println!(
            "- The answer's text, {} (source.text_file), is not there yet: add it.",
            snapshot.source.text_file
        );
    }
    if args.check {
        println!("Checked: the answer can be added. Nothing was written (--check).");
        return ExitCode::SUCCESS;
    }
    let tmp = args.dataset.with_extension("json.import");
    let written =
        std::fs::write(&tmp, &imported.json).and_then(|()| std::fs::rename(&tmp, &args.dataset));
    if let Err(e) = written {
        eprintln!("import: cannot write {}: {e}", args.dataset.display());
        return ExitCode::from(2);
    }
    println!(
        "Written: {}. Next: look at `git diff`, add the facts and notes by hand, build and test \
         (./scripts/test.sh), commit.",
        args.dataset.display()
    );
    ExitCode::SUCCESS
}
