"""Renders CSL-JSON items (standard input) with citeproc-py's Harvard style, as a reference
manager would: one line per item, its id, a tab, and the bibliography entry as plain text."""

import json
import sys

from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source.json import CiteProcJSON

items = json.load(sys.stdin)
source = CiteProcJSON(items)
style = CitationStylesStyle("harvard-cite-them-right", validate=False)
bibliography = CitationStylesBibliography(style, source, formatter.plain)
for item in items:
    bibliography.register(Citation([CitationItem(item["id"])]))
for key, entry in zip(bibliography.keys, bibliography.bibliography()):
    print(f"{key}\t{entry}")
