//! The operator's contact: the one place where it is written.

/// How readers reach whoever runs this site: shown on the accessibility statement (feedback on
/// barriers) and on the privacy notice (controller).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Contact {
    /// Who runs the site: a person or an organisation.
    pub name: &'static str,
    /// E-mail address for feedback.
    pub email: &'static str,
    /// Postal address, one line per `\n`; empty when there is none to give.
    pub postal: &'static str,
}

/// The operator's contact. **Not given yet**: the operator has not told us an address, and none
/// may be made up. While this is `None`, both pages say plainly that the contact is still to be
/// entered here. Enter the operator's real details before the site is published, e.g.
/// `Some(Contact { name: "…", email: "…", postal: "…" })`.
pub const OPERATOR_CONTACT: Option<Contact> = None;
