//! The deployment's settings (`site.toml` at the repository's root, each field documented there),
//! read at build time. An environment variable overrides each field (`SITE_CANONICAL_URL`,
//! `SITE_OPERATOR_NAME`, …: see [`ENV`]). A production build (`SITE_PRODUCTION=1`, set by
//! `./scripts/build.sh --production`) refuses to build without what a public site needs. Every
//! error names the field.

use ox_core::operator::Operator;
use serde::Deserialize;

/// What the build needs to know about where the site is published and who publishes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// The public address of the site's root (`https://…/`, with the base path), or none for
    /// local runs and tests: then no canonical links and no sitemap.
    pub canonical_url: Option<String>,
    /// Who runs the site: from the settings, or, for local runs and tests without one, the
    /// marked example ([`Operator::example`]).
    pub operator: Operator,
}

/// Each field (`section.field`) and the environment variable that overrides it.
pub const ENV: [(&str, &str); 8] = [
    ("site.canonical_url", "SITE_CANONICAL_URL"),
    ("operator.name", "SITE_OPERATOR_NAME"),
    ("operator.postal_address", "SITE_OPERATOR_POSTAL_ADDRESS"),
    ("operator.email", "SITE_OPERATOR_EMAIL"),
    ("operator.feedback_url", "SITE_OPERATOR_FEEDBACK_URL"),
    ("operator.phone", "SITE_OPERATOR_PHONE"),
    ("operator.responsible", "SITE_OPERATOR_RESPONSIBLE"),
    ("accessibility.enforcement_url", "SITE_ENFORCEMENT_URL"),
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    site: SiteSection,
    operator: OperatorSection,
    accessibility: AccessibilitySection,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SiteSection {
    canonical_url: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OperatorSection {
    name: String,
    postal_address: Vec<String>,
    email: String,
    feedback_url: String,
    phone: String,
    responsible: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AccessibilitySection {
    enforcement_url: String,
}

/// The settings from `text` (the file's contents), with `env` (a variable's value by name)
/// overriding fields, checked; `production` asks for everything a public site needs.
pub fn parse(
    text: &str,
    env: impl Fn(&str) -> Option<String>,
    production: bool,
) -> Result<Settings, String> {
    let file: File = toml::from_str(text).map_err(|e| format!("site.toml: {}", e.message()))?;
    let field = |name: &str, from_file: String| {
        let var = ENV.iter().find(|(f, _)| *f == name).map(|(_, v)| *v);
        var.and_then(&env).unwrap_or(from_file).trim().to_string()
    };
    let error = |name: &str, problem: &str| {
        let var = ENV.iter().find(|(f, _)| *f == name).map_or("", |(_, v)| v);
        format!("site.toml: {name} {problem} (or set {var})")
    };
    let url = field("site.canonical_url", file.site.canonical_url);
    let canonical_url = match url.as_str() {
        "" if production => {
            return Err(error(
                "site.canonical_url",
                "is empty; a production build needs the site's public https address",
            ))
        }
        "" => None,
        url => Some(check_url(url).map_err(|e| format!("site.toml: site.canonical_url: {e}"))?),
    };
    let enforcement_url = field(
        "accessibility.enforcement_url",
        file.accessibility.enforcement_url,
    );
    check_https(&enforcement_url)
        .map_err(|e| format!("site.toml: accessibility.enforcement_url: {e}"))?;
    let o = file.operator;
    let name = field("operator.name", o.name);
    let postal_address: Vec<String> = match env("SITE_OPERATOR_POSTAL_ADDRESS") {
        Some(lines) => lines.split('|').map(str::to_string).collect(),
        None => o.postal_address,
    }
    .into_iter()
    .map(|line| line.trim().to_string())
    .filter(|line| !line.is_empty())
    .collect();
    let optional = |value: String| (!value.is_empty()).then_some(value);
    let operator = Operator {
        postal_address,
        email: field("operator.email", o.email),
        feedback_url: optional(field("operator.feedback_url", o.feedback_url)),
        phone: optional(field("operator.phone", o.phone)),
        responsible: optional(field("operator.responsible", o.responsible)),
        enforcement_url,
        example: false,
        name,
    };
    let operator = if operator.name.is_empty() && !production {
        Operator::example(&operator.enforcement_url)
    } else {
        check_operator(&operator, production).map_err(|(name, problem)| error(name, &problem))?;
        operator
    };
    Ok(Settings {
        canonical_url,
        operator,
    })
}

/// A real operator needs a name, a postal address and an e-mail address that can reach them
/// (§ 5 DDG); a production build accepts no example address.
fn check_operator(o: &Operator, production: bool) -> Result<(), (&'static str, String)> {
    let needed =
        "is empty; the Impressum, the accessibility statement and the privacy notice need it";
    if o.name.is_empty() {
        return Err(("operator.name", needed.into()));
    }
    if o.postal_address.is_empty() {
        return Err(("operator.postal_address", needed.into()));
    }
    if o.email.is_empty() {
        return Err(("operator.email", needed.into()));
    }
    let (local, domain) = o.email.split_once('@').unwrap_or_default();
    if local.is_empty() || !domain.contains('.') || o.email.contains([' ', '<', '>', '"']) {
        return Err((
            "operator.email",
            format!("is not an e-mail address: \"{}\"", o.email),
        ));
    }
    let example = ["example.org", "example.com", "example.net"];
    if production && example.iter().any(|d| domain.eq_ignore_ascii_case(d)) {
        return Err((
            "operator.email",
            format!("is an example address: \"{}\"", o.email),
        ));
    }
    if let Some(url) = &o.feedback_url {
        check_https(url).map_err(|e| ("operator.feedback_url", e))?;
    }
    Ok(())
}

fn check_https(url: &str) -> Result<(), String> {
    let host = url
        .strip_prefix("https://")
        .map(|rest| rest.split('/').next().unwrap_or_default());
    match host {
        Some(host) if !host.is_empty() && !url.contains([' ', '"', '<', '>']) => Ok(()),
        _ => Err(format!("must be an https address, got \"{url}\"")),
    }
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

    const REST: &str = "[operator]\nname = \"\"\npostal_address = []\nemail = \"\"\nfeedback_url = \"\"\nphone = \"\"\nresponsible = \"\"\n[accessibility]\nenforcement_url = \"https://example.org/beschwerde/\"\n";

    fn file(site: &str) -> String {
        format!("[site]\n{site}\n{REST}")
    }

    fn shipped() -> String {
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../site.toml"))
            .expect("site.toml")
    }

    #[test]
    fn the_shipped_file_builds_locally_with_the_example_operator() {
        let settings = parse(&shipped(), none, false).unwrap();
        assert_eq!(settings.canonical_url, None);
        assert!(settings.operator.example);
        assert!(settings.operator.name.contains("Beispiel"));
        assert!(settings
            .operator
            .enforcement_url
            .starts_with("https://www.landtag.ltsh.de/"));
    }

    #[test]
    fn a_production_build_needs_an_address_and_a_real_operator() {
        let refused = parse(&shipped(), none, true).unwrap_err();
        assert!(refused.contains("site.canonical_url"), "{refused}");
        let with_url = |name: &str| {
            (name == "SITE_CANONICAL_URL").then(|| "https://example.org/ox/".to_string())
        };
        let refused = parse(&shipped(), with_url, true).unwrap_err();
        assert!(
            refused.contains("operator.name") && refused.contains("SITE_OPERATOR_NAME"),
            "{refused}"
        );
        let real = |name: &str| {
            match name {
                "SITE_CANONICAL_URL" => Some("https://example.org/ox/"),
                "SITE_OPERATOR_NAME" => Some("Redaktion Offene Daten"),
                "SITE_OPERATOR_POSTAL_ADDRESS" => Some("Hafenstraße 2 | 24103 Kiel"),
                "SITE_OPERATOR_EMAIL" => Some("daten@redaktion.de"),
                _ => None,
            }
            .map(str::to_string)
        };
        let settings = parse(&shipped(), real, true).unwrap();
        assert_eq!(
            settings.canonical_url.as_deref(),
            Some("https://example.org/ox/")
        );
        let o = settings.operator;
        assert!(!o.example);
        assert_eq!(o.name, "Redaktion Offene Daten");
        assert_eq!(o.postal_address, ["Hafenstraße 2", "24103 Kiel"]);
        assert_eq!((o.feedback_url, o.phone, o.responsible), (None, None, None));
        // An example address does not reach anyone.
        let example = |name: &str| match name {
            "SITE_OPERATOR_EMAIL" => Some("a@example.org".to_string()),
            other => real(other),
        };
        let refused = parse(&shipped(), example, true).unwrap_err();
        assert!(
            refused.contains("operator.email is an example address"),
            "{refused}"
        );
    }

    #[test]
    fn the_environment_overrides_the_file() {
        let env =
            |name: &str| (name == "SITE_CANONICAL_URL").then(|| "https://example.org/ox/".into());
        let settings = parse(&file("canonical_url = \"\""), env, false).unwrap();
        assert_eq!(
            settings.canonical_url.as_deref(),
            Some("https://example.org/ox/")
        );
    }

    #[test]
    fn bad_settings_are_refused_with_the_field_named() {
        let cases = [
            (file("canonical_url = \"http://example.org/\""), "https"),
            (file("canonical_url = \"https://example.org/ox\""), "slash"),
            (
                file("canonical_url = \"https://example.org/?a=1\""),
                "query",
            ),
            (file("canonical_url = \"https:///\""), "host"),
            (file("canonical_url = 42"), "string"),
            (
                file("canonical_url = \"\"\nbase = \"/ox/\""),
                "unknown field `base`",
            ),
            (
                format!("[website]\ncanonical_url = \"\"\n{REST}"),
                "unknown field `website`",
            ),
            (format!("[site]\n{REST}"), "missing field `canonical_url`"),
            (
                file("canonical_url = \"\"").replace("name = \"\"", "name = \"X\""),
                "operator.postal_address is empty",
            ),
            (
                file("canonical_url = \"\"")
                    .replace("name = \"\"", "name = \"X\"")
                    .replace("postal_address = []", "postal_address = [\"Weg 1\"]")
                    .replace("email = \"\"", "email = \"nobody\""),
                "operator.email is not an e-mail address",
            ),
            (
                file("canonical_url = \"\"")
                    .replace("postal_address = []", "postal_address = \"Weg 1\""),
                "expected a sequence",
            ),
            (
                file("canonical_url = \"\"")
                    .replace("https://example.org/beschwerde/", "beschwerde"),
                "accessibility.enforcement_url: must be an https address",
            ),
        ];
        for (text, says) in cases {
            let error = parse(&text, none, false).unwrap_err();
            assert!(error.starts_with("site.toml: "), "{error}");
            assert!(error.contains(says), "{text:?}: {error}");
        }
    }
}
