"""Reads an `agreements export --to datapackage` folder with pandas, as a user would, and
prints its agreements as `agreements list --format json` prints them (every field of every
record), so the test can compare the two. Every CSV is read, typed from datapackage.json."""

import json
import sys
from pathlib import Path

import pandas


def typed(value, kind):
    if value == "":
        return None
    if kind == "integer":
        return int(value)
    if kind == "number":
        return float(value) if any(c in value for c in ".eE") else int(value)
    if kind == "boolean":
        return {"true": True, "false": False}[value]
    return value


def read(folder):
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    tables = {}
    for resource in package["resources"]:
        kinds = {f["name"]: f["type"] for f in resource["schema"]["fields"]}
        frame = pandas.read_csv(
            folder / resource["path"], dtype=str, keep_default_na=False, encoding="utf-8"
        )
        assert list(frame.columns) == list(kinds), resource["name"]
        rows = [
            {name: typed(row[name], kinds[name]) for name in frame.columns}
            for _, row in frame.iterrows()
        ]
        tables[resource["name"]] = rows
    return tables


def of(rows, agreement_id):
    return sorted(
        (r for r in rows if r["agreement_id"] == agreement_id), key=lambda r: r["position"]
    )


def records(tables):
    sources = {s["url"]: s for s in tables["sources"]}
    parties = {p["party_id"]: p for p in tables["parties"]}
    out = []
    for a in sorted(tables["agreements"], key=lambda a: a["position"]):
        i = a["id"]
        names = [n for n in tables["names"] if n["agreement_id"] == i]

        def names_of(party_position):
            chosen = [n for n in names if n["party_position"] == party_position]
            return [
                {"name": n["name"], "lang": n["lang"], "source": n["source"]}
                for n in sorted(chosen, key=lambda n: n["position"])
            ]

        def claim(kind, position):
            rows = [
                c
                for c in tables["claim_sources"]
                if c["agreement_id"] == i and c["claim"] == kind and c["claim_position"] == position
            ]
            return [c["url"] for c in sorted(rows, key=lambda c: c["position"])]

        record = {
            "id": i,
            "title": a["title"],
            "short_title": a["short_title"],
            "kind": a["kind"],
            "sector": a["sector"],
            "topics": [t["topic"] for t in of(tables["topics"], i)],
            "parties": [
                {
                    "org": parties[p["party_id"]]["org"],
                    "name": parties[p["party_id"]]["name"],
                    "short": parties[p["party_id"]]["short"],
                    "country": parties[p["party_id"]]["country"],
                    "other_names": names_of(p["position"]),
                    "role": p["role"],
                }
                for p in of(tables["agreement_parties"], i)
            ],
            "signed": a["signed"],
            "place": a["place"],
            "summary": a["summary"],
            "summary_sources": claim("summary", 0),
            "original_titles": [
                {k: t[k] for k in ("lang", "text", "source", "verbatim")}
                for t in of(tables["original_titles"], i)
            ],
            "project_names": names_of(None),
            "terms": [
                {k: t[k] for k in ("label", "value", "unit", "text", "source", "unconfirmed")}
                for t in of(tables["terms"], i)
            ],
            "official_list": a["official_list"],
            "confidence": a["confidence"],
            "unconfirmed": [u["field"] for u in tables["unconfirmed"] if u["agreement_id"] == i],
            "notes": [
                {"text": n["text"], "sources": claim("note", n["position"]), "unconfirmed": n["unconfirmed"]}
                for n in of(tables["notes"], i)
            ],
            "sources": [
                {
                    **{k: sources[s["url"]][k] for k in ("url", "publisher", "side", "title", "published", "language")},
                    "weak": sources[s["url"]]["weak"],
                    "background": s["background"],
                }
                for s in of(tables["agreement_sources"], i)
            ],
            "related": [
                {
                    "relation": l["relation"],
                    "id": l["declared_id"],
                    **{k: l[k] for k in ("title", "signed", "note", "source")},
                }
                for l in of(tables["links"], i)
            ],
            "event": a["event_id"],
            "level": a["level"],
            "binding": a["binding"],
            "status": a["status"],
            "checked": a["checked"],
            "history": [
                {
                    **{k: h[k] for k in ("date", "kind", "country", "text")},
                    "also": h["also"].split(" ") if h["also"] else [],
                    "settles": h["settles"],
                    "unconfirmed": h["unconfirmed"],
                    "sources": claim("history", h["position"]),
                }
                for h in of(tables["history"], i)
            ],
        }
        out.append(record)
    return out


if __name__ == "__main__":
    print(json.dumps(records(read(Path(sys.argv[1]))), ensure_ascii=False))
