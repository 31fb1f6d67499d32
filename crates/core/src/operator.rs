//! Who runs this copy of the site: the operator's contact, which German law asks a site to give
//! (Impressum, § 5 DDG), the accessibility statement's feedback contact (BITV 2.0) and the privacy
//! notice's controller (Art. 13 GDPR) need, and who publishes the dataset and the charts. It comes
//! from the deployment's settings (`site.toml`, read by the build), and reaches the app in a data
//! block on every page, so one build of the app serves any operator.

use serde::{Deserialize, Serialize};

/// The id of the data block that carries the operator on every page.
pub const DATA_BLOCK_ID: &str = "site-operator";

/// The operator's contact and the accessibility enforcement body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Operator {
    /// A person or an organisation, as it is to be named.
    pub name: String,
    /// The postal address, one line per entry.
    pub postal_address: Vec<String>,
    pub email: String,
    /// A form for feedback, where there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Who is responsible for the content (§ 18 (2) MStV), where not the operator's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible: Option<String>,
    /// The web page of the body that handles complaints in the accessibility enforcement
    /// procedure.
    pub enforcement_url: String,
    /// True for the made-up operator of local builds and tests: every page that shows the
    /// contact then says that it is an example.
    #[serde(default)]
    pub example: bool,
}

impl Operator {
    /// The made-up operator of builds without settings (local runs, tests), clearly an example:
    /// an address at `example.org`, which can never be anyone's.
    pub fn example(enforcement_url: &str) -> Operator {
        Operator {
            name: "Beispiel-Betreiber (Beispielangaben, nicht veröffentlichen)".into(),
            postal_address: vec!["Beispielstraße 1".into(), "24103 Kiel".into()],
            email: "betreiber@example.org".into(),
            feedback_url: None,
            phone: None,
            responsible: None,
            enforcement_url: enforcement_url.into(),
            example: true,
        }
    }

    /// The data block for an HTML page ([`crate::html::data_block`]).
    pub fn data_block(&self) -> String {
        crate::html::data_block(DATA_BLOCK_ID, self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_block_holds_the_operator_and_cannot_end_early() {
        let mut op = Operator::example("https://example.org/complaints/");
        op.name = "A </script><b>x</b>".into();
        let block = op.data_block();
        assert_eq!(block.matches("</script>").count(), 1);
        let json = &block[block.find('>').unwrap() + 1..block.rfind("</script>").unwrap()];
        assert_eq!(serde_json::from_str::<Operator>(json).unwrap(), op);
        assert!(Operator::example("u").example);
    }
}
