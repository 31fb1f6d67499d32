//! Build step run by Trunk after each build (see Trunk.toml): writes the downloads into the
//! staging folder from the dataset, so they are generated, never maintained by hand.
//!
//! Usage: `publish <site-dir>` (Trunk passes its staging folder in `TRUNK_STAGING_DIR`).

use ox_transparenz::export::*;
use ox_transparenz::model::parse_dataset;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn write(root: &Path, rel: &str, contents: &[u8]) -> std::io::Result<()> {
    let path = root.join(rel);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, contents)
}

fn run(root: &Path) -> Result<(), String> {
    // First, so every page made from index.html below has no inline script (see start_script).
    let index = root.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    if let Some(start) = start_script::move_start_script(&html)? {
        write(root, &start.file_name, start.script.as_bytes()).map_err(|e| e.to_string())?;
        std::fs::write(&index, start.html).map_err(|e| e.to_string())?;
    }
    let text = std::fs::read_to_string("public/data/dataset.json").map_err(|e| e.to_string())?;
    let dataset = parse_dataset(&text).map_err(|e| format!("public/data/dataset.json: {e}"))?;
    let io = |e: std::io::Error| e.to_string();
    let latest = dataset.latest();
    write(root, CSV_PATH, bodies_csv(latest).as_bytes()).map_err(io)?;
    let package =
        serde_json::to_string_pretty(&datapackage(&dataset)).map_err(|e| e.to_string())?;
    write(root, DATAPACKAGE_PATH, package.as_bytes()).map_err(io)?;
    for snapshot in &dataset.snapshots {
        let dir = version_dir(&snapshot.id);
        let as_of = dataset_as_of(&dataset, &snapshot.id).ok_or("snapshot vanished")?;
        let json = serde_json::to_string_pretty(&as_of).map_err(|e| e.to_string())?;
        write(root, &format!("{dir}/dataset.json"), json.as_bytes()).map_err(io)?;
        write(
            root,
            &format!("{dir}/behoerden.csv"),
            bodies_csv(snapshot).as_bytes(),
        )
        .map_err(io)?;
    }
    // Every route gets a real HTML file: the embed pages are the finished index.html.
    let html = std::fs::read_to_string(&index).map_err(io)?;
    for (path, page) in embed_pages(&html) {
        write(root, &path, page.as_bytes()).map_err(io)?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let root = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from);
    let Some(root) = root else {
        eprintln!("usage: publish <site-dir> (or set TRUNK_STAGING_DIR)");
        return ExitCode::FAILURE;
    };
    match run(&root) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("publish: {e}");
            ExitCode::FAILURE
        }
    }
}
