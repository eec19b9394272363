use super::*;

#[test]
fn a_path_is_its_folder_and_its_name() {
    let cases = [
        ("bare name", "out.db", "./out.db"),
        ("in a folder", "a/out.db", "a/out.db"),
        ("a trailing dot", "a/out/.", "a/out"),
        ("a trailing slash", "a/out/", "a/out"),
    ];
    for (name, given, expected) in cases {
        let destination = Destination::check(Path::new(given), Shape::File, false)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(destination.path(), Path::new(expected), "{name}");
    }
    for refused in [".", "..", "/", "a/..", "-", ""] {
        let checked = Destination::check(Path::new(refused), Shape::File, true);
        assert!(
            matches!(checked, Err(Failure::Refused { .. })),
            "{refused:?}: {checked:?}"
        );
    }
}

#[test]
fn temporaries_have_random_names_of_their_own() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a-name-the-temporary-must-not-repeat.db");
    let destination = Destination::check(&path, Shape::File, false).unwrap();
    let (first, second) = (destination.start().unwrap(), destination.start().unwrap());
    for partial in [&first, &second] {
        let name = partial.path().file_name().unwrap().to_string_lossy();
        assert!(
            name.starts_with(PREFIX) && name.ends_with(".partial"),
            "{name}"
        );
        assert!(!name.contains("must-not-repeat"), "{name}");
        assert!(name.len() < 40, "{name}");
    }
    assert_ne!(first.path(), second.path());
    // Dropped without being finished: removed.
    let left = first.path().to_path_buf();
    drop(first);
    assert!(!left.exists());
    destination.finish(second).unwrap();
    assert!(path.is_file());
    // Without --force, a file that appeared meanwhile is kept.
    let partial = destination.start().unwrap();
    assert!(destination.finish(partial).is_err());
}
