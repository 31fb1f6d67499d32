//! Precompressed copies next to every text asset (`x.wasm.br`, `x.wasm.gz`), so a server can send
//! them as they are (nginx `brotli_static`/`gzip_static`) instead of compressing per request.

use std::io::Write;
use std::path::Path;

const COMPRESSIBLE: [&str; 9] = [
    "html", "css", "js", "wasm", "json", "csv", "svg", "txt", "xml",
];

pub fn gzip(data: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(data)?;
    gz.finish()
}

pub fn brotli(data: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut br = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &data[..], &mut br, &params)?;
    Ok(br)
}

fn compress_file(path: &Path) -> std::io::Result<()> {
    let data = std::fs::read(path)?;
    std::fs::write(with_suffix(path, "gz"), gzip(&data)?)?;
    std::fs::write(with_suffix(path, "br"), brotli(&data)?)
}

fn with_suffix(path: &Path, suffix: &str) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    name.into()
}

/// Writes `.br` and `.gz` beside every compressible file under `root`.
pub fn precompress(root: &Path) -> std::io::Result<usize> {
    let mut count = 0;
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| COMPRESSIBLE.contains(&e))
            {
                compress_file(&path)?;
                count += 1;
            }
        }
    }
    Ok(count)
}
