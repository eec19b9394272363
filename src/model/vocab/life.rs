//! The vocabularies of a document's life after its signing: its level, the kinds of dated step
//! in its history, and the status those steps add up to.

vocabulary! {
    /// Who a document binds, read from its parties as the sources name them (not from a text,
    /// which is rarely published): the treaty databases' first distinction.
    Level, "level" {
        /// Between states, signed by the heads of state.
        Interstate = "interstate",
        /// Between governments.
        Intergovernmental = "intergovernmental",
        /// Between ministries, agencies or state corporations acting for the state.
        Interdepartmental = "interdepartmental",
        /// Between companies or banks.
        Corporate = "corporate",
        /// Between universities, funds, media or other institutions.
        Institutional = "institutional",
    }
}

vocabulary! {
    /// What a dated step in a document's history is.
    StepKind, "step" {
        /// One side ratified or approved it (`country` says which).
        Ratified = "ratified",
        /// It entered into force.
        InForce = "in-force",
        /// Something was done under it: a first call, a shipment, a conference, a decision.
        Implementing = "implementing",
        /// Someone said something about it, without a step being taken.
        Statement = "statement",
        /// Someone said what will happen ("the price will be agreed in 2026"): not a fact yet.
        Expected = "expected",
        /// A source says work on it has stopped or is blocked.
        Stalled = "stalled",
        /// A later document replaced it.
        Superseded = "superseded",
        /// It expired or was terminated.
        Ended = "ended",
        /// The sources were searched on this date and nothing was found (`text` says where).
        NotFound = "not-found",
    }
}

vocabulary! {
    /// Where a document stands, derived from its history: the latest step that changes it.
    Status, "status" {
        /// Signed; statements or expectations since, but no step taken that a source reports.
        Signed = "signed",
        /// Ratified or approved by at least one side.
        Ratified = "ratified",
        /// In force.
        InForce = "in-force",
        /// Being carried out: a source reports a step taken under it.
        Implementing = "implementing",
        /// A source says work on it has stopped or is blocked.
        Stalled = "stalled",
        /// Replaced by a later document.
        Superseded = "superseded",
        /// Expired or terminated.
        Ended = "ended",
        /// Nothing found since the signing, on the date it was last checked.
        NoNews = "no-news",
        /// Never checked against the sources after the signing: the status is unknown.
        Unchecked = "unchecked",
    }
}

impl StepKind {
    /// The status a step of this kind leaves the document in, when it changes it.
    pub fn status(self) -> Option<Status> {
        match self {
            StepKind::Ratified => Some(Status::Ratified),
            StepKind::InForce => Some(Status::InForce),
            StepKind::Implementing => Some(Status::Implementing),
            StepKind::Stalled => Some(Status::Stalled),
            StepKind::Superseded => Some(Status::Superseded),
            StepKind::Ended => Some(Status::Ended),
            StepKind::Statement | StepKind::Expected | StepKind::NotFound => None,
        }
    }
}

impl Status {
    /// The status in words, for tables and `show`.
    pub fn describe(self) -> &'static str {
        match self {
            Status::Signed => "signed, no step reported since",
            Status::Ratified => "ratified",
            Status::InForce => "in force",
            Status::Implementing => "being implemented",
            Status::Stalled => "stalled",
            Status::Superseded => "superseded",
            Status::Ended => "ended",
            Status::NoNews => "no news found since the signing",
            Status::Unchecked => "not checked since the signing",
        }
    }
}
