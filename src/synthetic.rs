//! Deterministic synthetic datasets in the project's own schema, for benchmarks and scale tests.
//! Each record is a variation of a real one, so field sizes and the mix of sectors, kinds,
//! countries and parties follow the embedded data.

use crate::load;
use crate::model::{Agreement, Dataset};

/// How many variants of each real organisation appear as parties.
const PARTY_VARIANTS: u64 = 500;

/// A valid dataset of `records` records; the same `seed` gives the same dataset.
pub fn generate(records: usize, seed: u64) -> Dataset {
    let real = load::embedded();
    let mut random = SplitMix64(seed);
    let agreements: Vec<Agreement> = (0..records)
        .map(|i| {
            let template = &real.agreements[random.below(real.agreements.len() as u64) as usize];
            let days = real
                .event_of(template)
                .map_or(&[][..], |event| &event.days[..]);
            variant(template, days, i, &mut random)
        })
        .collect();
    // Each event lists what its generated records put on it; none is left unrecorded.
    let mut events = real.events.clone();
    let per_event = real.records_per_event(agreements.iter().filter(|r| r.official_list));
    for (event, count) in events.iter_mut().zip(per_event) {
        event.official_list_count = count;
        event.official_list_unrecorded = 0;
    }
    Dataset {
        metadata: real.metadata.clone(),
        synonyms: real.synonyms.clone(),
        events,
        // Every variant names its parties inline (see `variant`).
        organisations: Vec::new(),
        agreements,
    }
}

/// A copy of `template` with its own id, title, parties, date (one of `days`, its event's) and
/// list membership.
fn variant(
    template: &Agreement,
    days: &[crate::model::Day],
    index: usize,
    random: &mut SplitMix64,
) -> Agreement {
    let mut record = template.clone();
    record.id = format!("{}-{index}", template.id).into();
    record.title = format!("{} (variant {index})", template.title).into();
    record.short_title = format!("{} #{index}", template.short_title).into();
    for party in &mut record.parties {
        party.name = format!("{} {}", party.name, random.below(PARTY_VARIANTS)).into();
        // A variant is an organisation of its own, written inline.
        party.org = None;
    }
    if !days.is_empty() {
        record.signed = days[random.below(days.len() as u64) as usize].date;
    }
    record.official_list = random.below(25) < 22;
    // Links to other records would name the real ids, which a generated dataset does not have:
    // they become links by title, so the pages they cite still back a claim.
    for link in &mut record.related {
        if let Some(id) = link.id.take() {
            link.title = Some(format!("the live record {id}").into());
        }
    }
    // Its history starts at its own signing and names no other record.
    let signed = record.signed;
    record.history.retain(|step| step.date >= signed);
    for step in &mut record.history {
        step.also.clear();
    }
    record
}

/// SplitMix64: a tiny, well-known generator whose output never changes between versions, so a
/// seed always gives the same dataset.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..bound` (`bound` > 0).
    fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_datasets_are_valid_and_deterministic() {
        let dataset = generate(300, 7);
        assert_eq!(dataset.agreements.len(), 300);
        assert_eq!(crate::validate::validate(&dataset), []);
        assert_eq!(generate(300, 7), dataset);
        assert_ne!(generate(300, 8), dataset);
        let sectors: std::collections::HashSet<_> =
            dataset.agreements.iter().map(|r| r.sector).collect();
        assert!(sectors.len() >= 8, "the sector mix follows the real data");
    }
}
