//! `export --to sqlite` read back by `sqlite3` and Datasette, stranger's text included.

use super::export;
use crate::common::{Scratch, agreements, installed, json_value_of};
use crate::data;
use serde_json::Value;
use std::path::Path;
use std::process::Command;

/// What the `sqlite3` shell prints for `sql` on `db`; the run must succeed.
fn sqlite3(db: &Path, sql: &str) -> String {
    let output = Command::new("sqlite3").arg(db).arg(sql).output().unwrap();
    assert!(output.status.success(), "{sql}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

/// The ids of a JSON list of records, in order.
fn ids(json: &Value) -> Vec<String> {
    let records = json.as_array().unwrap();
    records
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn sqlite_is_clean_and_answers_as_the_json_does() {
    if !installed("sqlite3") {
        return;
    }
    let scratch = Scratch::new("sqlite");
    let db = scratch.path("agreements.db");
    export("sqlite", &db, &[]);
    assert_eq!(sqlite3(&db, "PRAGMA foreign_key_check;"), "");
    assert_eq!(sqlite3(&db, "PRAGMA integrity_check;"), "ok\n");
    let all = json_value_of(&["list", "--format", "json"]);
    let energy = json_value_of(&["list", "--sector", "energy", "--format", "json"]);
    let official = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["official_list"] == true);
    let counts = format!(
        "{}|{}|{}\n",
        ids(&all).len(),
        official.count(),
        ids(&energy).len()
    );
    assert_eq!(
        counts,
        format!("{}|{}|{}\n", data::RECORDS, data::OFFICIAL, data::ENERGY.0)
    );
    let sql = "SELECT count(*), sum(official_list), sum(sector = 'energy') FROM agreements;";
    assert_eq!(sqlite3(&db, sql), counts);
    // Full text: 'siberia' finds the gas documents, each one `--search siberia` finds too; a
    // Chinese word inside a longer name, in either script, finds every record of its party.
    let matching = |words: &str| {
        let sql = format!(
            "SELECT id FROM agreements WHERE rowid IN
               (SELECT rowid FROM agreements_fts WHERE agreements_fts MATCH '{words}');"
        );
        sqlite3(&db, &sql)
    };
    for chinese in ["中国石油", "中國石油"] {
        assert_eq!(
            matching(chinese).lines().count(),
            4,
            "{chinese}: CNPC's four"
        );
    }
    assert_eq!(matching("新华社"), matching("Синьхуа"));
    let found = matching("siberia");
    let searched = ids(&json_value_of(&[
        "list", "--search", "siberia", "--format", "json",
    ]));
    assert!(
        found.lines().any(|id| id == "power-of-siberia-2"),
        "{found}"
    );
    assert!(
        found.lines().all(|id| searched.iter().any(|s| s == id)),
        "{found}"
    );
    // A join of a record to its parties and sources says what `show` says.
    let shown = json_value_of(&["show", "power-of-siberia-2", "--format", "json"]);
    let parties: Vec<&str> = (shown["parties"].as_array().unwrap().iter())
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    let joined = sqlite3(
        &db,
        "SELECT p.name FROM agreement_parties ap JOIN parties p USING (party_id)
         WHERE ap.agreement_id = 'power-of-siberia-2' ORDER BY ap.position;",
    );
    assert_eq!(
        joined,
        parties.iter().map(|p| format!("{p}\n")).collect::<String>()
    );
    let sources: String = (shown["sources"].as_array().unwrap().iter())
        .map(|s| {
            format!(
                "{}|{}\n",
                s["url"].as_str().unwrap(),
                s["publisher"].as_str().unwrap()
            )
        })
        .collect();
    let joined = sqlite3(
        &db,
        "SELECT s.url, s.publisher FROM agreement_sources a JOIN sources s USING (url)
         WHERE a.agreement_id = 'power-of-siberia-2' ORDER BY a.position;",
    );
    assert_eq!(joined, sources);
}

#[test]
fn datasette_serves_the_database() {
    if !installed("datasette") {
        return;
    }
    let scratch = Scratch::new("datasette");
    let db = scratch.path("agreements.db");
    export("sqlite", &db, &[]);
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut server = Command::new("datasette")
        .arg("serve")
        .arg(&db)
        .args(["--host", "127.0.0.1", "--port", &port.to_string()])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let body = (0..300).find_map(|_| {
        std::thread::sleep(std::time::Duration::from_millis(100));
        get(
            port,
            "/agreements/agreements_flat.json?_shape=array&_size=max",
        )
    });
    // The agreements table offers full-text search, in any script: 新华社 (Simplified) finds
    // the records whose party is 新華社 (Traditional) or Синьхуа.
    let searched = get(
        port,
        "/agreements/agreements.json?_search=%E6%96%B0%E5%8D%8E%E7%A4%BE&_shape=array&_col=id",
    );
    let _ = server.kill();
    let _ = server.wait();
    let searched: Value = serde_json::from_str(&searched.expect("a search answer")).unwrap();
    let mut found: Vec<&str> = (searched.as_array().unwrap().iter())
        .map(|row| row["id"].as_str().unwrap())
        .collect();
    found.sort();
    assert_eq!(
        found,
        ["nmg-xinhua", "rg-xinhua", "tass-xinhua-strategy-2026-2030"]
    );
    let rows: Value = serde_json::from_str(&body.expect("datasette answered")).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), data::RECORDS);
    assert_eq!(
        rows[0]["id"],
        ids(&json_value_of(&["list", "--format", "json"]))[0]
    );
}

/// The body of an HTTP GET of `path` on the loopback port, once the server answers 200.
fn get(port: u16, path: &str) -> Option<String> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    write!(stream, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    let (head, body) = response.split_once("\r\n\r\n")?;
    head.starts_with("HTTP/1.1 200").then(|| body.to_string())
}

#[test]
fn strangers_text_reaches_sqlite_as_data() {
    if !installed("sqlite3") {
        return;
    }
    let scratch = Scratch::new("sqlite-hostile");
    let db = scratch.path("hostile.db");
    let hostile = crate::common::data("hostile/escapes.toml");
    let status = agreements()
        .arg("--data")
        .arg(&hostile)
        .args(["export", "--to", "sqlite"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
    assert_eq!(sqlite3(&db, "PRAGMA foreign_key_check;"), "");
    let mut list = agreements();
    let listed = list
        .arg("--data")
        .arg(&hostile)
        .args(["list", "--format", "json"]);
    let listed: Value = serde_json::from_slice(&listed.output().unwrap().stdout).unwrap();
    // Each title, read back as JSON by sqlite3 itself, is the title as written.
    let sql = "SELECT title FROM agreements ORDER BY position;";
    let output = Command::new("sqlite3")
        .arg("-json")
        .arg(&db)
        .arg(sql)
        .output()
        .unwrap();
    let titles: Value = serde_json::from_slice(&output.stdout).unwrap();
    let expected: Vec<&Value> = (listed.as_array().unwrap().iter())
        .map(|r| &r["title"])
        .collect();
    let read: Vec<&Value> = (titles.as_array().unwrap().iter())
        .map(|r| &r["title"])
        .collect();
    assert_eq!(read, expected);
}
