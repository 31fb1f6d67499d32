//! The deployment's settings (`site.toml` at the repository's root, each field documented there),
//! read at build time. An environment variable overrides each field (`SITE_CANONICAL_URL`). A
//! production build (`SITE_PRODUCTION=1`, set by `./scripts/build.sh --production`) refuses to
//! build without what a public site needs. Every error names the field.

use serde::Deserialize;

/// What the build needs to know about where the site is published.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Settings {
    /// The public address of the site's root (`https://…/`, with the base path), or none for
    /// local runs and tests: then no canonical links and no sitemap.
    pub canonical_url: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    site: SiteSection,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SiteSection {
    canonical_url: String,
}

/// The settings from `text` (the file's contents), with `env` (a variable's value by name)
/// overriding fields, checked; `production` asks for everything a public site needs.
pub fn parse(
    text: &str,
    env: impl Fn(&str) -> Option<String>,
    production: bool,
) -> Result<Settings, String> {
    let file: File = toml::from_str(text).map_err(|e| format!("site.toml: {}", e.message()))?;
    let url = env("SITE_CANONICAL_URL").unwrap_or(file.site.canonical_url);
    let canonical_url = match url.trim() {
        "" if production => {
            return Err(
                "site.toml: site.canonical_url is empty; a production build needs the \
                        site's public https address (or SITE_CANONICAL_URL)"
                    .into(),
            )
        }
        "" => None,
        url => Some(check_url(url).map_err(|e| format!("site.toml: site.canonical_url: {e}"))?),
    };
    Ok(Settings { canonical_url })
}

fn check_url(url: &str) -> Result<String, String> {
    let Some(rest) = url.strip_prefix("https://") else {
        return Err(format!("must be an https address, got \"{url}\""));
    };
    let host = rest.split('/').next().unwrap_or_default();
    if host.is_empty() || rest.contains(['?', '#', ' ']) {
        return Err(format!(
            "must be a host and a path, without query or fragment, got \"{url}\""
        ));
    }
    if !url.ends_with('/') {
        return Err(format!(
            "must end with a slash (it is the site's root folder), got \"{url}\""
        ));
    }
    Ok(url.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn none(_: &str) -> Option<String> {
        None
    }

    const EMPTY: &str = "[site]\ncanonical_url = \"\"\n";

    #[test]
    fn the_shipped_file_builds_locally_and_a_production_build_needs_an_address() {
        let shipped =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../site.toml"))
                .expect("site.toml");
        assert_eq!(parse(&shipped, none, false), Ok(Settings::default()));
        let refused = parse(&shipped, none, true).unwrap_err();
        assert!(refused.contains("site.canonical_url"), "{refused}");
    }

    #[test]
    fn the_environment_overrides_the_file() {
        let env =
            |name: &str| (name == "SITE_CANONICAL_URL").then(|| "https://example.org/ox/".into());
        let settings = parse(EMPTY, env, true).unwrap();
        assert_eq!(
            settings.canonical_url.as_deref(),
            Some("https://example.org/ox/")
        );
    }

    #[test]
    fn bad_settings_are_refused_with_the_field_named() {
        let cases = [
            ("[site]\ncanonical_url = \"http://example.org/\"\n", "https"),
            (
                "[site]\ncanonical_url = \"https://example.org/ox\"\n",
                "slash",
            ),
            (
                "[site]\ncanonical_url = \"https://example.org/?a=1\"\n",
                "query",
            ),
            ("[site]\ncanonical_url = \"https:///\"\n", "host"),
            ("[site]\ncanonical_url = 42\n", "string"),
            (
                "[site]\ncanonical_url = \"\"\nbase = \"/ox/\"\n",
                "unknown field `base`",
            ),
            (
                "[website]\ncanonical_url = \"\"\n",
                "unknown field `website`",
            ),
            ("[site]\n", "missing field `canonical_url`"),
        ];
        for (text, says) in cases {
            let error = parse(text, none, false).unwrap_err();
            assert!(error.starts_with("site.toml: "), "{error}");
            assert!(error.contains(says), "{text:?}: {error}");
        }
    }
}
