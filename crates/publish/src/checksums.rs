//! Each data version's `SHA256SUMS`: the SHA-256 of every file in its folder, in the format
//! GNU coreutils' `sha256sum -c` reads, so a reader can check a download against the published
//! list (`sha256sum -c SHA256SUMS` in the version's folder). A version's files never change once
//! published, so neither does its list.

use sha2::{Digest, Sha256};

/// The list's file name, beside the files it lists.
pub use ox_core::files::CHECKSUMS_NAME as FILE_NAME;

/// The SHA-256 of `bytes` as 64 lowercase hexadecimal digits.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The list of `files` (name in the folder, contents): one line per file, `<64 hex digits>`, two
/// spaces and the name, as `sha256sum` writes it, sorted by name so the same files always give
/// the same list.
///
/// Panics on a name `sha256sum` would need escaped or could not find in the folder (a line
/// break, a backslash, a path separator, nothing): the names come from the build, not from data.
pub fn manifest(files: &[(&str, &[u8])]) -> String {
    let mut lines: Vec<(&str, String)> = files
        .iter()
        .map(|&(name, bytes)| {
            assert!(
                !name.is_empty() && !name.contains(['\n', '\r', '\\', '/']),
                "{name:?} cannot stand in {FILE_NAME} as it is"
            );
            (name, sha256_hex(bytes))
        })
        .collect();
    lines.sort();
    lines
        .into_iter()
        .map(|(name, hash)| format!("{hash}  {name}\n"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_sha_256() {
        // FIPS 180-2, appendix B.1 and B.2, and the empty message.
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            sha256_hex(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        );
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn the_list_is_what_sha256sum_reads_sorted_by_name() {
        let list = manifest(&[("dataset.json", b"abc"), ("behoerden.csv", b"")]);
        assert_eq!(
            list,
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  behoerden.csv\n\
             ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  dataset.json\n"
        );
        // The same files in any order give the same list.
        assert_eq!(
            manifest(&[("behoerden.csv", b""), ("dataset.json", b"abc")]),
            list
        );
        assert_eq!(manifest(&[]), "");
    }

    #[test]
    fn a_change_of_one_byte_changes_its_line_only() {
        let before = manifest(&[("a.csv", b"1;2\r\n"), ("b.json", b"{}")]);
        let after = manifest(&[("a.csv", b"1;3\r\n"), ("b.json", b"{}")]);
        let lines = |s: &str| s.lines().map(str::to_string).collect::<Vec<_>>();
        let (before, after) = (lines(&before), lines(&after));
        assert_ne!(before[0], after[0]);
        assert_eq!(before[1], after[1]);
    }

    #[test]
    #[should_panic(expected = "cannot stand in SHA256SUMS")]
    fn a_name_with_a_line_break_is_refused() {
        manifest(&[("a\nb", b"")]);
    }

    #[test]
    #[should_panic(expected = "cannot stand in SHA256SUMS")]
    fn a_path_is_refused() {
        manifest(&[("data/dataset.json", b"")]);
    }
}
