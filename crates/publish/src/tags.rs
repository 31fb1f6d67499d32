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

/// The page with its head as the HTML checker wants it (`html-validate`'s standard rules): no
/// blank lines or trailing spaces where Trunk took its `<link data-trunk>` lines out, and void
/// elements (`<meta>`, `<link>`) without the XML-style `/>` that Trunk writes. The body is left
/// as it is.
pub fn tidy_head(page: &str) -> String {
    let end = page.find("<body").unwrap_or(page.len());
    let (head, body) = page.split_at(end);
    let mut out = String::with_capacity(page.len());
    for line in head.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            continue;
        }
        out.push_str(&without_self_closing(line));
        out.push('\n');
    }
    out.push_str(body);
    out
}

/// `line` with ` />` or `/>` at the end of its `<meta>` and `<link>` tags written `>`.
fn without_self_closing(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(start) = ["<meta", "<link"].iter().filter_map(|t| rest.find(t)).min() {
        let Some(close) = rest[start..].find('>').map(|i| start + i) else {
            break;
        };
        let tag = rest[start..close].trim_end_matches('/').trim_end();
        out.push_str(&rest[..start]);
        out.push_str(tag);
        out.push('>');
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_head_is_tidied_and_the_body_left_alone() {
        let page = "<!DOCTYPE html>\n<html>\n  <head>\n    <meta charset=\"utf-8\" />\n    \n  <link rel=\"icon\" href=\"a.svg\"/>  \n  </head>\n  <body><br/>  \n</body>";
        assert_eq!(
            tidy_head(page),
            "<!DOCTYPE html>\n<html>\n  <head>\n    <meta charset=\"utf-8\">\n  <link rel=\"icon\" href=\"a.svg\">\n  </head>\n<body><br/>  \n</body>"
        );
    }
}
