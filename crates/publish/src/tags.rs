//! The little HTML reading the build steps need: one opening tag and its attributes, in pages
//! this project writes (not a general parser), and where the head ends.

/// Puts `html` at the end of the page's head; false when the page has no `</head>`.
pub fn insert_into_head(page: &mut String, html: &str) -> bool {
    match page.find("</head>") {
        Some(at) => {
            page.insert_str(at, html);
            true
        }
        None => false,
    }
}

/// The byte range of the first opening tag named by `open` (e.g. `<link`) that `wanted` accepts.
pub fn find_tag(
    html: &str,
    open: &str,
    wanted: impl Fn(&str) -> bool,
) -> Option<std::ops::Range<usize>> {
    let mut from = 0;
    while let Some(i) = html[from..].find(open) {
        let start = from + i;
        let end = start + html[start..].find('>')? + 1;
        if wanted(&html[start..end]) {
            return Some(start..end);
        }
        from = end;
    }
    None
}

/// The value of attribute `name="…"` in one tag.
pub fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let at = tag.find(&key)? + key.len();
    Some(&tag[at..at + tag[at..].find('"')?])
}
