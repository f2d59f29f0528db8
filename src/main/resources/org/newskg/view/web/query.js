/* newskg's web page: the Query view. */
(function () {
  'use strict';

  var N = window.newskg;
  var el = N.el, api = N.api, show = N.show, graphLink = N.graphLink;
  var REPORT = N.REPORT;

  function cell(value) {
    if (!value) { return el('td', {}); }
    if (value.type === 'uri' && value.value.indexOf('https://newskg.org/id/') === 0) { return el('td', {}, [graphLink(value.value, value.value)]); }
    return el('td', { text: value.value });
  }

  function resultsTable(json, note) {
    if (json.boolean !== undefined) { return [el('p', { text: 'Answer: ' + json.boolean })]; }
    if (json.turtle !== undefined) { return [el('pre', { id: 'result-graph', text: json.turtle })]; }
    var vars = json.head.vars;
    var rows = json.results.bindings.map(function (b) { return el('tr', {}, vars.map(function (v) { return cell(b[v]); })); });
    return [el('p', { className: 'muted', id: 'row-count', text: rows.length + ' row' + (rows.length === 1 ? '' : 's') + (note ? ' \u00b7 ' + note : '') }),
      el('table', { id: 'result-table' }, [el('thead', {}, [el('tr', {}, vars.map(function (v) { return el('th', { text: v }); }))]), el('tbody', {}, rows)])];
  }

  function runQuery(text, name, out) {
    if (REPORT) {
      var answer = REPORT.results[name];
      out.replaceChildren.apply(out, answer ? resultsTable(answer, 'answered when the report was made')
        : [el('p', { className: 'error', text: 'This static report holds the answers to the competency queries only; run newskg serve to ask your own.' })]);
      return Promise.resolve();
    }
    out.replaceChildren(el('p', { className: 'muted', text: 'Running\u2026' }));
    return fetch('sparql', { method: 'POST', body: text,
      headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+json, text/turtle;q=0.9' } })
      .then(function (response) {
        var limit = response.headers.get('NewsKG-Result-Limit');
        return response.text().then(function (body) {
          if (!response.ok) {
            out.replaceChildren(el('pre', { className: 'error', id: 'query-error', text: 'HTTP ' + response.status + ' ' + response.statusText + '\n' + body }));
          } else if ((response.headers.get('Content-Type') || '').indexOf('json') >= 0) {
            var json = JSON.parse(body);
            var cut = limit && json.results && json.results.bindings.length >= Number(limit);
            out.replaceChildren.apply(out, resultsTable(json, cut ? 'cut to the server\u2019s limit of ' + limit + ' rows' : ''));
          } else {
            out.replaceChildren(el('pre', { text: body }));
          }
        });
      }, function (error) { out.replaceChildren(el('pre', { className: 'error', id: 'query-error', text: String(error) })); });
  }

  function queryView(name) {
    return api('queries', {}).then(function (queries) {
      var chosen = queries.filter(function (q) { return q.name === name; })[0] || queries[0];
      var picker = el('select', { id: 'query-picker' }, queries.map(function (q) {
        var option = el('option', { value: q.name, text: q.name + ': ' + q.question });
        if (q === chosen) { option.setAttribute('selected', 'selected'); }
        return option;
      }));
      var box = el('textarea', { id: 'sparql', spellcheck: 'false' });
      box.value = chosen ? chosen.text : '';
      if (REPORT) { box.setAttribute('readonly', 'readonly'); }
      var out = el('div', { id: 'results' });
      var run = el('button', { id: 'run', type: 'button', text: 'Run' });
      run.addEventListener('click', function () { runQuery(box.value, picker.value, out); });
      box.addEventListener('keydown', function (e) { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { run.click(); } });
      picker.addEventListener('change', function () { location.hash = '#/query/' + encodeURIComponent(picker.value); });
      show([el('h1', { text: 'Query' }),
        el('p', { className: 'muted', text: REPORT ? 'A static report: the competency queries with the answers they had when it was made.'
          : 'SPARQL over the union of the article graphs, sent to this server\u2019s endpoint at /sparql.' }),
        el('div', { className: 'query-tools' }, [picker, run, el('span', { className: 'muted', text: REPORT ? '' : 'Ctrl+Enter runs' })]),
        box, out]);
      if (REPORT) { run.click(); }
    });
  }

  N.views.query = queryView;
}());
