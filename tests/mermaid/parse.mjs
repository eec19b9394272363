// Reads a JSON array of Mermaid flowcharts on stdin and prints, as a JSON array, what Mermaid's
// own parser sees in each: {"vertices": N, "edges": N, "labels": [...]}, or {"error": "..."}
// when it does not parse. One process for all of them: loading Mermaid takes a second or two.
// Mermaid needs a DOM, which jsdom provides.
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');

const results = [];
for (const text of JSON.parse(readFileSync(0, 'utf8'))) {
  try {
    await mermaid.parse(text);
    const { db } = await mermaid.mermaidAPI.getDiagramFromText(text);
    const vertices = [...db.getVertices().values()];
    results.push({
      vertices: vertices.length,
      edges: db.getEdges().length,
      labels: vertices.map((vertex) => vertex.text),
    });
  } catch (error) {
    results.push({ error: String(error?.message ?? error) });
  }
}
console.log(JSON.stringify(results));
