//! Sorting, reversing, limiting and the date, topic and country filters of `list`, run through
//! the real binary on the embedded data; results are read from JSON output.

use crate::common::{agreements, data, failure_of};
use crate::output::{ids, records};

#[test]
fn sort_reverse_and_limit_order_the_list() {
    let small = data("small.toml");
    let list = |extra: &[&str]| {
        let mut args = vec!["--data", small.to_str().unwrap()];
        args.extend_from_slice(extra);
        ids(&args)
    };
    let by_date = list(&["--sort", "signed"]);
    assert_eq!(
        &by_date[..3],
        [
            "university-exchange",
            "news-agency-strategy",
            "gas-pipeline-memo"
        ]
    );
    let by_id = list(&["--sort", "id"]);
    let mut sorted = by_id.clone();
    sorted.sort();
    assert_eq!(by_id, sorted);
    let mut reversed = by_id.clone();
    reversed.reverse();
    assert_eq!(list(&["--sort", "id", "--reverse"]), reversed);
    assert_eq!(list(&["--sort", "id", "--limit", "3"]), by_id[..3]);
    assert_eq!(
        list(&["--sort", "title", "--limit", "1"]),
        ["unnamed-document"]
    );
    assert_eq!(
        list(&["--sort", "sector", "--limit", "1"]),
        ["university-exchange"]
    );
    assert_eq!(
        list(&["--sort", "kind", "--limit", "1"]),
        ["gas-supply-increase"]
    );
    assert_eq!(list(&["--limit", "0"]), Vec::<String>::new());
    let stderr = failure_of(agreements().args(["list", "--sort", "date"]), 2);
    assert!(stderr.contains("unknown sort key 'date'"), "{stderr}");
}

#[test]
fn date_topic_and_country_filters() {
    let small = data("small.toml");
    let count = |extra: &[&str]| {
        let mut args = vec!["--data", small.to_str().unwrap()];
        args.extend_from_slice(extra);
        records(&args).len()
    };
    let cases: [(&str, &[&str], usize); 9] = [
        ("on or after", &["--signed-after", "2025-09-02"], 6),
        ("on or before", &["--signed-before", "2025-09-01"], 2),
        (
            "one day",
            &[
                "--signed-after",
                "2025-09-01",
                "--signed-before",
                "2025-09-01",
            ],
            2,
        ),
        ("topic", &["--topic", "gas"], 3),
        ("topic, any case", &["--topic", "LUNAR"], 1),
        ("topics, any of", &["--topic", "lunar,veterinary"], 2),
        ("PRC", &["--country", "PRC"], 7),
        (
            "Russian Federation",
            &["--country", "Russian Federation"],
            7,
        ),
        ("Mongolia", &["--country", "mongolia"], 0),
    ];
    for (name, extra, expected) in cases {
        assert_eq!(count(extra), expected, "{name}");
    }
    let stderr = failure_of(agreements().args(["list", "--topic", "nuclaer"]), 2);
    assert!(
        stderr.starts_with("agreements: unknown topic 'nuclaer'; did you mean 'nuclear'? (valid: "),
        "{stderr}"
    );
    let stderr = failure_of(agreements().args(["summary", "--topic", "nuclaer"]), 2);
    assert!(stderr.contains("did you mean 'nuclear'?"), "{stderr}");
    let stderr = failure_of(
        agreements().args(["list", "--signed-after", "2025-02-30"]),
        2,
    );
    assert!(stderr.contains("invalid date '2025-02-30'"), "{stderr}");
}
