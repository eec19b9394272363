//! Parsing, suggestions and serde names of the vocabularies.

use super::*;

#[test]
fn parsing_accepts_names_and_aliases_in_any_case() {
    let cases = [
        ("exact name", "energy", Ok(Sector::Energy)),
        ("upper case", "ENERGY", Ok(Sector::Energy)),
        ("alias", "regional", Ok(Sector::RegionalDevelopment)),
        ("padded", " media ", Ok(Sector::Media)),
    ];
    for (name, input, expected) in cases {
        assert_eq!(input.parse::<Sector>().map_err(|_| ()), expected, "{name}");
    }
}

#[test]
fn countries_accept_codes_names_and_official_names() {
    for input in ["RU", "ru", "Russia", "Russian Federation"] {
        assert_eq!(input.parse::<Country>(), Ok(Country::Ru), "{input}");
    }
    for input in ["CN", "china", "PRC"] {
        assert_eq!(input.parse::<Country>(), Ok(Country::Cn), "{input}");
    }
}

#[test]
fn unknown_values_suggest_the_closest_and_list_all() {
    let error = "enrgy".parse::<Sector>().unwrap_err();
    assert_eq!(error.suggestion.as_deref(), Some("energy"));
    let message = error.to_string();
    assert!(
        message.starts_with("unknown sector 'enrgy'; did you mean 'energy'?"),
        "{message}"
    );
    assert!(
        message.contains("valid: energy, space, healthcare"),
        "{message}"
    );
}

#[test]
fn aliases_are_suggested_too() {
    let error = "rusia".parse::<Country>().unwrap_err();
    assert_eq!(error.suggestion.as_deref(), Some("russia"));
    assert_eq!(error.valid, ["RU", "CN", "MN"]);
}

#[test]
fn far_off_input_gets_no_suggestion() {
    let error = "zzzzzz".parse::<Kind>().unwrap_err();
    assert_eq!(error.suggestion, None);
    assert!(!error.to_string().contains("did you mean"));
}

#[test]
fn data_must_use_canonical_names() {
    let read = |text: &str| serde_json::from_str::<Sector>(text).map_err(|e| e.to_string());
    assert_eq!(
        read("\"regional-development\""),
        Ok(Sector::RegionalDevelopment)
    );
    let alias = read("\"regional\"").unwrap_err();
    assert!(
        alias.starts_with("unknown sector 'regional'; did you mean 'regional-development'?"),
        "{alias}"
    );
    assert!(read("\"Energy\"").is_err(), "case matters in data");
}

#[test]
fn serde_names_match_vocabulary_names() {
    for sector in Sector::ALL {
        let json = serde_json::to_string(sector).unwrap();
        assert_eq!(json, format!("\"{}\"", sector.name()));
    }
    for country in Country::ALL {
        let json = serde_json::to_string(country).unwrap();
        assert_eq!(json, format!("\"{}\"", country.name()));
    }
}
