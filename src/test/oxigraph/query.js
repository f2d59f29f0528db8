// Loads an N-Quads file into an in-memory Oxigraph store and answers SELECT queries over the
// union of its graphs. Usage: node query.js DATA.nq QUERY.rq... ; prints one JSON object:
// {"quads": N, "answers": {"QUERY.rq": [{"var": "lexical value", ...}, ...]}}.
'use strict';
const fs = require('fs');
const oxigraph = require('oxigraph');

const [data, ...queries] = process.argv.slice(2);
const store = new oxigraph.Store();
store.load(fs.readFileSync(data, 'utf8'), { format: 'application/n-quads' });
const answers = {};
for (const file of queries) {
  const rows = store.query(fs.readFileSync(file, 'utf8'), { use_default_graph_as_union: true });
  answers[file] = rows.map(solution => {
    const row = {};
    for (const [name, term] of solution) {
      row[name] = term.value;
    }
    return row;
  });
}
process.stdout.write(JSON.stringify({ quads: store.size, answers }));
