//! Links between documents, seen from one record: those it declares and those other records
//! declare to it, so that a link written once in the data shows from both sides.

use crate::date::Date;
use crate::model::{Agreement, Dataset, Related};
use crate::vocab::Vocabulary;
use serde::ser::{Serialize, SerializeMap, Serializer};

/// One link of a record to another document.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Link<'a> {
    /// The other document.
    pub target: Target<'a>,
    /// The link as written in the data (on this record or on the other one).
    pub declared: &'a Related,
    /// Whether the other record declares the link (so `implements` reads `implemented by`).
    pub incoming: bool,
}

/// The other end of a link.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Target<'a> {
    /// A record of the dataset.
    Record(&'a Agreement),
    /// A document outside the dataset, known by the title in the link.
    Outside,
}

impl Link<'_> {
    /// The relation from this record's side: `implements`, or `implemented by` for a link that
    /// the other record declares.
    pub fn relation(&self) -> &'static str {
        if self.incoming {
            self.declared.relation.inverse_label()
        } else {
            self.declared.relation.name()
        }
    }

    /// The other document as people read it: `id (short title)`, or the outside document's title
    /// and signing date.
    pub fn describe(&self) -> String {
        match self.target {
            Target::Record(record) => format!("{} ({})", record.id, record.short_title),
            Target::Outside => {
                let title = self.declared.title.as_deref().unwrap_or_default();
                match self.declared.signed {
                    Some(date) => format!("{title}, signed {date} (not in this dataset)"),
                    None => format!("{title} (not in this dataset)"),
                }
            }
        }
    }
}

/// As JSON (`show --format json`): the `relation` as declared and whether it is `incoming`
/// (declared by the other record), the other document's `id` (null outside the dataset),
/// `title` and `signed` (null when unknown), and the link's `note` and `source` as written.
impl Serialize for Link<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (id, title, signed): (Option<&str>, Option<&str>, Option<Date>) = match self.target {
            Target::Record(other) => (Some(&other.id), Some(&other.title), Some(other.signed)),
            Target::Outside => (None, self.declared.title.as_deref(), self.declared.signed),
        };
        let mut map = serializer.serialize_map(Some(7))?;
        map.serialize_entry("relation", &self.declared.relation)?;
        map.serialize_entry("incoming", &self.incoming)?;
        map.serialize_entry("id", &id)?;
        map.serialize_entry("title", &title)?;
        map.serialize_entry("signed", &signed)?;
        map.serialize_entry("note", &self.declared.note)?;
        map.serialize_entry("source", &self.declared.source)?;
        map.end()
    }
}

impl Dataset {
    /// Every link of `record`: those it declares, in order, then those declared on other records
    /// that name it, in dataset order. Links to ids missing from the dataset are left out
    /// (validation reports them).
    pub fn links<'a>(&'a self, record: &'a Agreement) -> Vec<Link<'a>> {
        let declared = record.related.iter().filter_map(|link| {
            let target = match &link.id {
                Some(id) => Target::Record(self.agreements.iter().find(|r| &r.id == id)?),
                None => Target::Outside,
            };
            Some(Link {
                target,
                declared: link,
                incoming: false,
            })
        });
        let incoming = self
            .agreements
            .iter()
            .filter(|other| other.id != record.id)
            .flat_map(|other| {
                other
                    .related
                    .iter()
                    .filter(|link| link.id.as_deref() == Some(record.id.as_ref()))
                    .map(move |link| Link {
                        target: Target::Record(other),
                        declared: link,
                        incoming: true,
                    })
            });
        declared.chain(incoming).collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::fixture::{OTHER, RECORD, with_text};
    use crate::model::Dataset;
    use crate::vocab::Relation;

    fn links_of(dataset: &Dataset, id: &str) -> Vec<(String, String)> {
        let record = dataset.find(id).unwrap();
        dataset
            .links(record)
            .iter()
            .map(|link| (link.relation().to_string(), link.describe()))
            .collect()
    }

    /// On the fixture: the record declares a link to the other record and one to an outside
    /// document; the other record declares none.
    #[test]
    fn links_show_from_both_sides() {
        let dataset = with_text("Plain text");
        let declared = links_of(&dataset, RECORD);
        let relations: Vec<&str> = declared.iter().map(|(r, _)| r.as_str()).collect();
        assert_eq!(relations, ["related-to", "builds-on"]);
        assert!(declared[0].1.starts_with("other-record ("), "{declared:?}");
        assert_eq!(
            declared[1].1,
            "Plain text, signed 2024-05-16 (not in this dataset)"
        );
        let incoming = links_of(&dataset, OTHER);
        assert_eq!(incoming.len(), 1, "{incoming:?}");
        assert!(
            incoming[0].1.starts_with("hostile-record ("),
            "{incoming:?}"
        );
    }

    #[test]
    fn one_sided_relations_read_inverted_from_the_other_side() {
        let mut dataset = with_text("Plain text");
        dataset.agreements[0].related[0].relation = Relation::Implements;
        assert_eq!(links_of(&dataset, RECORD)[0].0, "implements");
        assert_eq!(links_of(&dataset, OTHER)[0].0, "implemented by");
        dataset.agreements[0].related[0].relation = Relation::SharesParty;
        assert_eq!(links_of(&dataset, OTHER)[0].0, "shares-party", "symmetric");
    }
}
