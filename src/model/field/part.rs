//! What each field is: its heading, its meaning, the form of its value and whether every
//! record has it, written once per field.

use super::Field;
use crate::vocab::{Confidence, Kind, Level, Sector, Status, Vocabulary};

/// What a field is: its heading, what it holds, its form and whether every record has it.
#[derive(Debug, Clone, Copy)]
pub struct Part {
    /// The column heading people see in tables.
    pub heading: &'static str,
    /// What it holds, in a few words (the export's column description).
    pub meaning: &'static str,
    /// The kind of value.
    pub form: Form,
    /// Whether every record has it.
    pub presence: Presence,
}

/// The kind of value a field holds.
#[derive(Debug, Clone, Copy)]
pub enum Form {
    /// Text that a table may wrap.
    Prose,
    /// An id: one word, never wrapped.
    Id,
    /// A word of a closed vocabulary, whose names these are.
    Word(fn() -> Vec<&'static str>),
    /// A day.
    Date,
    /// Yes or no.
    Boolean,
    /// A list of items (a table of its own in an export).
    List,
}

/// Whether every record has a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// Every record in a dataset writes it.
    Required,
    /// Every loaded record has it, written or worked out (its status, its event).
    Derived,
    /// A record may leave it out.
    Optional,
}

impl Field {
    /// What the field is. The one place a field's heading, meaning, form and presence are
    /// written.
    pub fn part(self) -> Part {
        use Form::{Boolean, Date, Id, List, Prose, Word};
        use Presence::{Derived, Optional, Required};
        let part = |heading, meaning, form, presence| Part {
            heading,
            meaning,
            form,
            presence,
        };
        match self {
            Field::Id => part("ID", "the document's id", Id, Required),
            Field::Title => part("Title", "the full title, in English", Prose, Required),
            Field::ShortTitle => part("Short title", "a short title", Prose, Required),
            Field::Kind => part("Kind", "the kind of document", Word(Kind::names), Required),
            Field::Sector => part("Sector", "its sector", Word(Sector::names), Required),
            Field::Topics => part("Topics", "finer tags", List, Optional),
            Field::Parties => part("Parties", "the signing organisations", List, Optional),
            Field::Signed => part("Signed", "the signing date", Date, Required),
            Field::Place => part("Place", "where it was signed", Prose, Optional),
            Field::Summary => part("Summary", "what it is, in a few sentences", Prose, Required),
            Field::SummarySources => part(
                "Summary sources",
                "the sources the summary rests on",
                List,
                Optional,
            ),
            Field::OriginalTitles => part(
                "Original titles",
                "the title in its original languages",
                List,
                Optional,
            ),
            Field::ProjectNames => part(
                "Project names",
                "the project's names in other languages",
                List,
                Optional,
            ),
            Field::Terms => part("Terms", "structured key terms", List, Optional),
            Field::OfficialList => part(
                "Official list",
                "whether it is on the Kremlin's list",
                Boolean,
                Required,
            ),
            Field::Confidence => part(
                "Confidence",
                "how well the sources establish it",
                Word(Confidence::names),
                Required,
            ),
            Field::Unconfirmed => part(
                "Unconfirmed",
                "fields the sources do not confirm",
                List,
                Optional,
            ),
            Field::Notes => part("Notes", "caveats and background", List, Optional),
            Field::Sources => part("Sources", "where the facts come from", List, Optional),
            Field::Related => part("Related", "links to other documents", List, Optional),
            Field::Event => part("Event", "the event it was signed at", Id, Derived),
            Field::Level => part(
                "Level",
                "who it binds, read from its parties",
                Word(Level::names),
                Optional,
            ),
            Field::Binding => part(
                "Binding",
                "whether it binds, where a source says",
                Boolean,
                Optional,
            ),
            Field::Status => part(
                "Status",
                "where it stands, from its history",
                Word(Status::names),
                Derived,
            ),
            Field::Checked => part(
                "Checked",
                "when its history was last checked",
                Date,
                Optional,
            ),
            Field::History => part(
                "History",
                "what happened to it after the signing",
                List,
                Optional,
            ),
        }
    }
}
