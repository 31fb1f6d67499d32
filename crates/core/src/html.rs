//! The one HTML escaper, for HTML written outside the views (table rows, embed code, the build's
//! pages): Leptos' own, so hand-written and rendered HTML escape alike.

use std::borrow::Cow;

/// `s` escaped for element content.
pub fn text(s: &str) -> Cow<'_, str> {
    html_escape::encode_text(s)
}

/// `s` escaped for a double-quoted attribute value.
pub fn attr(s: &str) -> Cow<'_, str> {
    html_escape::encode_double_quoted_attribute(s)
}

/// `value` as JSON in a `<script type="application/json" id="{id}">` data block, which the build
/// writes into a page and the app reads. `<` is written as `\u003c`, so no text in it can end the
/// element early.
pub fn data_block(id: &str, value: &impl serde::Serialize) -> String {
    let json = serde_json::to_string(value)
        .unwrap_or_default()
        .replace('<', "\\u003c");
    format!(
        r#"<script type="application/json" id="{}">{json}</script>"#,
        attr(id)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_a_reader_sent_can_end_the_text_or_the_attribute() {
        assert_eq!(text("<b>&</b>"), "&lt;b&gt;&amp;&lt;/b&gt;");
        assert_eq!(attr(r#"" onload="x"#), "&quot; onload=&quot;x");
        assert_eq!(attr("a/b?c=1"), "a/b?c=1");
    }
}
