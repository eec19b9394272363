//! The tables as a SQLite database: keys, foreign keys, allowed values as CHECK constraints,
//! an index on every foreign key, an FTS5 full-text index on the agreements table
//! (`agreements_fts`) over titles, summaries, notes and names in every script, and views for
//! the common questions (`agreements_flat`, `party_documents`), in SQL that older SQLite
//! libraries (Python's, so Datasette's) read too. Names in SQL come from the schema, never from
//! the data; values are bound as parameters.

use super::{Table, Type, Value};
use rusqlite::types::ToSqlOutput;
use rusqlite::{Connection, ToSql};
use std::path::Path;

impl ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Value::Null => ToSqlOutput::from(rusqlite::types::Null),
            Value::Text(text) => ToSqlOutput::from(text.as_str()),
            Value::Integer(n) => ToSqlOutput::from(*n),
            Value::Number(n) => match n.as_i64() {
                Some(whole) => ToSqlOutput::from(whole),
                None => ToSqlOutput::from(n.as_f64().unwrap_or(f64::NAN)),
            },
            Value::Boolean(b) => ToSqlOutput::from(*b),
            Value::Date(d) => ToSqlOutput::from(d.to_string()),
        })
    }
}

/// The `CREATE TABLE` statement of `table`.
fn create(table: &Table) -> String {
    let mut parts: Vec<String> = (table.columns.iter())
        .map(|column| {
            let kind = match column.kind {
                Type::Integer | Type::Boolean => "INTEGER",
                Type::Number => "NUMERIC",
                Type::Text | Type::Url | Type::Date => "TEXT",
            };
            let mut part = format!("\"{}\" {kind}", column.name);
            if column.required {
                part.push_str(" NOT NULL");
            }
            if let Some(values) = &column.values {
                let quoted: Vec<String> = values.iter().map(|v| format!("'{v}'")).collect();
                part.push_str(&format!(
                    " CHECK (\"{}\" IN ({}))",
                    column.name,
                    quoted.join(", ")
                ));
            }
            if column.kind == Type::Boolean {
                part.push_str(&format!(" CHECK (\"{}\" IN (0, 1))", column.name));
            }
            part
        })
        .collect();
    let list = |names: &[&str]| -> String {
        let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
        quoted.join(", ")
    };
    if !table.primary_key.is_empty() {
        parts.push(format!("PRIMARY KEY ({})", list(table.primary_key)));
    }
    for key in &table.foreign_keys {
        parts.push(format!(
            "FOREIGN KEY ({}) REFERENCES \"{}\" ({})",
            list(key.columns),
            key.table,
            list(key.references)
        ));
    }
    let mut sql = format!(
        "CREATE TABLE \"{}\" (\n  {}\n);\n",
        table.name,
        parts.join(",\n  ")
    );
    for (i, key) in table.foreign_keys.iter().enumerate() {
        sql.push_str(&format!(
            "CREATE INDEX \"{}_fk{i}\" ON \"{}\" ({});\n",
            table.name,
            table.name,
            list(key.columns)
        ));
    }
    sql
}

/// What the full-text index reads beyond an agreement's titles and summary: its parties' names
/// and short names, its names and original titles in other languages, and its notes, in a column
/// of the agreements table: an FTS5 index with `content="agreements"` reads only columns of its
/// table, and Datasette offers search on the table whose index names it so, written exactly.
const SEARCH_TEXT: &str = "
ALTER TABLE agreements ADD COLUMN search_text TEXT;
UPDATE agreements SET search_text = (SELECT group_concat(text, ' ') FROM (
  SELECT p.name AS text FROM agreement_parties ap JOIN parties p USING (party_id)
    WHERE ap.agreement_id = agreements.id
  UNION ALL SELECT p.short FROM agreement_parties ap JOIN parties p USING (party_id)
    WHERE ap.agreement_id = agreements.id AND p.short IS NOT NULL
  UNION ALL SELECT name FROM names WHERE names.agreement_id = agreements.id
  UNION ALL SELECT text FROM original_titles o WHERE o.agreement_id = agreements.id
  UNION ALL SELECT text FROM notes n WHERE n.agreement_id = agreements.id));
";

/// The full-text index and the views, over the tables above. The trigram tokenizer matches any
/// three characters or more inside a word, which Chinese (written without spaces) needs; SQLite
/// 3.34 (2020) and later read it.
const EXTRAS: &str = "
CREATE VIRTUAL TABLE agreements_fts USING fts5(
  title, short_title, summary, search_text,
  content=\"agreements\", tokenize = 'trigram'
);
INSERT INTO agreements_fts (agreements_fts) VALUES ('rebuild');
CREATE VIEW agreements_flat AS
SELECT a.id, a.short_title, a.title, a.kind, a.sector, a.signed, a.place, a.official_list,
  a.confidence, a.summary,
  (SELECT group_concat(party, ' / ') FROM (
     SELECT coalesce(p.short, p.name) || ' (' || p.country || ')' AS party
     FROM agreement_parties ap JOIN parties p USING (party_id)
     WHERE ap.agreement_id = a.id ORDER BY ap.position)) AS parties,
  (SELECT group_concat(topic, ', ') FROM (
     SELECT topic FROM topics t WHERE t.agreement_id = a.id ORDER BY position)) AS topics,
  (SELECT group_concat(field, ', ') FROM unconfirmed u WHERE u.agreement_id = a.id) AS unconfirmed,
  (SELECT count(*) FROM agreement_sources s WHERE s.agreement_id = a.id) AS sources
FROM agreements a ORDER BY a.position;
CREATE VIEW party_documents AS
SELECT p.party_id, p.name, p.short, p.country, count(*) AS documents,
  group_concat(ap.agreement_id, ', ') AS agreement_ids
FROM parties p JOIN agreement_parties ap USING (party_id)
GROUP BY p.party_id ORDER BY documents DESC, p.name;
";

/// Writes `tables` as a new SQLite database at `path` (which must not exist), in one
/// transaction, and checks its foreign keys before it is committed.
pub fn write(tables: &[Table], path: &Path) -> rusqlite::Result<()> {
    let mut db = Connection::open(path)?;
    db.execute_batch("PRAGMA foreign_keys = ON; PRAGMA journal_mode = OFF;")?;
    let transaction = db.transaction()?;
    for table in tables {
        transaction.execute_batch(&create(table))?;
        let marks = vec!["?"; table.columns.len()].join(", ");
        let sql = format!("INSERT INTO \"{}\" VALUES ({marks})", table.name);
        let mut insert = transaction.prepare(&sql)?;
        for row in &table.rows {
            insert.execute(rusqlite::params_from_iter(row.iter()))?;
        }
    }
    transaction.execute_batch(SEARCH_TEXT)?;
    add_folded(&transaction)?;
    transaction.execute_batch(EXTRAS)?;
    transaction.commit()
}

/// Adds to each agreement's `search_text` its titles and search text folded as `search` folds
/// them ([`crate::fold`]), where that differs from their lower case: Traditional Chinese as
/// Simplified (新華社 as 新华社), accents dropped. So a Simplified query finds a Traditional name.
fn add_folded(db: &Connection) -> rusqlite::Result<()> {
    let mut read = db.prepare(
        "SELECT rowid, title || ' ' || short_title || ' ' || coalesce(search_text, '') FROM agreements",
    )?;
    let mut update = db.prepare(
        "UPDATE agreements SET search_text = coalesce(search_text, '') || ' ' || ?2 WHERE rowid = ?1",
    )?;
    let mut rows = read.query([])?;
    while let Some(row) = rows.next()? {
        let (rowid, text): (i64, String) = (row.get(0)?, row.get(1)?);
        let folded = crate::fold::fold(&text);
        if folded != text.to_lowercase() {
            update.execute(rusqlite::params![rowid, folded])?;
        }
    }
    Ok(())
}
