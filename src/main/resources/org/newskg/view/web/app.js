/*
 * newskg's web page: four views over the knowledge graph, read either from the server's JSON
 * (/api/...) and SPARQL endpoint (/sparql), or, in a static report, from the data embedded in
 * the page. No build step, no request outside the page's own server.
 */
(function () {
  'use strict';

  var dataElement = document.getElementById('newskg-data');
  var REPORT = dataElement ? JSON.parse(dataElement.textContent) : null;
  var KINDS = [
    ['person', 'People'], ['organization', 'Organizations'], ['group', 'Groups'], ['place', 'Places'],
    ['count', 'Arrest counts'], ['quote', 'Direct quotes'], ['speech', 'Reported speech']
  ];
  var main = document.getElementById('main');
  var state = { cy: null };
  window.newskg = state;

  // ---- data ---------------------------------------------------------------------------------

  /** A view's data: from the report, or from the server's /api/. */
  function api(name, params) {
    if (REPORT) {
      var value;
      if (name === 'articles' || name === 'arrests' || name === 'queries') {
        value = REPORT[name];
      } else if (name === 'article') {
        value = REPORT.article[params.id];
      } else if (name === 'graph') {
        value = REPORT.graph[params.iri];
      }
      return value === undefined ? Promise.reject(new Error('This report holds no ' + name + ' for ' + JSON.stringify(params)))
        : Promise.resolve(value);
    }
    var query = Object.keys(params || {}).map(function (k) {
      return encodeURIComponent(k) + '=' + encodeURIComponent(params[k]);
    }).join('&');
    return fetch('api/' + name + (query ? '?' + query : ''), { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          return response.text().then(function (text) { throw new Error('HTTP ' + response.status + ': ' + text); });
        }
        return response.json();
      });
  }

  // ---- small DOM helpers --------------------------------------------------------------------

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { node.textContent = attrs[k]; } else if (k === 'className') { node.className = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
    return node;
  }

  function graphLink(iri, label) {
    return el('a', { href: '#/graph/' + encodeURIComponent(iri), text: label });
  }

  function articleLink(id, begin, end, label) {
    return el('a', { href: '#/article/' + encodeURIComponent(id) + (begin >= 0 ? '/' + begin + '-' + end : ''), text: label });
  }

  function show(nodes) {
    if (state.cy) { state.cy.destroy(); state.cy = null; }
    main.replaceChildren.apply(main, nodes.filter(function (n) { return n; }));
  }

  function fail(error) {
    show([el('p', { className: 'error', text: String(error && error.message || error) })]);
  }

  function kindBadge(kind) {
    return el('span', { className: 'kind kind-' + kind, text: kind });
  }

  // ---- Articles -----------------------------------------------------------------------------

  function articlesView(limit) {
    return api('articles', REPORT ? {} : { limit: limit }).then(function (articles) {
      var rows = articles.map(function (a) {
        var t = a.tallies || {};
        return el('tr', {}, [
          el('td', {}, [articleLink(a.id, -1, -1, a.headline || a.id), el('div', { className: 'muted', text: a.id })]),
          el('td', { text: a.date || '' }),
          el('td', { className: 'tally', text: String(t.person || 0) }),
          el('td', { className: 'tally', text: String(t.organization || 0) }),
          el('td', { className: 'tally', text: String(t.place || 0) }),
          el('td', { className: 'tally', text: String(t.count || 0) }),
          el('td', { className: 'tally', text: String(t.statement || 0) })
        ]);
      });
      var head = el('tr', {}, ['Article', 'Date', 'People', 'Organizations', 'Places', 'Arrest counts', 'Statements']
        .map(function (h) { return el('th', { text: h }); }));
      var more = !REPORT && articles.length === limit && limit < 10000
        ? el('p', {}, [el('a', { href: '#/articles/' + Math.min(10000, limit * 10), text: 'Show up to ' + Math.min(10000, limit * 10) + ' articles' })])
        : null;
      show([el('h1', { text: (more ? 'The newest ' : '') + articles.length + ' article' + (articles.length === 1 ? '' : 's') }),
        el('table', { id: 'article-list' }, [el('thead', {}, [head]), el('tbody', {}, rows)]), more]);
    });
  }

  /**
   * The article's text with every fact's span wrapped in an element. Spans nest (a place inside a
   * quote); a span that crosses another's end is split, each piece carrying the fact's index, and
   * the first piece is marked with data-start.
   */
  function highlightedText(text, facts) {
    var cuts = [0, text.length];
    facts.forEach(function (f) { cuts.push(f.begin, f.end); });
    cuts = cuts.filter(function (v, i, all) { return all.indexOf(v) === i; }).sort(function (a, b) { return a - b; });
    var root = el('div', { className: 'article-text', id: 'article-text' });
    var stack = [];
    var started = {};
    for (var i = 0; i + 1 < cuts.length; i++) {
      var from = cuts[i], to = cuts[i + 1];
      var covering = [];
      facts.forEach(function (f, index) { if (f.begin <= from && f.end >= to && f.begin < f.end) { covering.push(index); } });
      covering.sort(function (a, b) { return facts[a].begin - facts[b].begin || facts[b].end - facts[a].end || a - b; });
      var keep = 0;
      while (keep < stack.length && keep < covering.length && stack[keep].index === covering[keep]) { keep++; }
      stack.length = keep;
      for (var k = keep; k < covering.length; k++) {
        var f = facts[covering[k]];
        var span = el('span', { className: 'hl hl-' + f.kind, 'data-fact': String(covering[k]), title: f.kind + ': ' + f.label });
        if (!started[covering[k]]) { span.setAttribute('data-start', 'true'); started[covering[k]] = true; }
        (k === 0 ? root : stack[k - 1].node).appendChild(span);
        stack.push({ index: covering[k], node: span });
      }
      (stack.length ? stack[stack.length - 1].node : root).appendChild(document.createTextNode(text.substring(from, to)));
    }
    return root;
  }

  function factItem(article, fact, index) {
    var sentence = fact.sentenceBegin >= 0 ? article.text.substring(fact.sentenceBegin, fact.sentenceEnd) : '';
    var d = fact.details || {};
    var what = fact.kind === 'quote' || fact.kind === 'speech'
      ? [el('span', { className: 'what', text: fact.label }), ' ' + (d.verb || '') + ': \u201c' + d.text + '\u201d']
      : fact.kind === 'count'
        ? [el('span', { className: 'what', text: fact.label }), ' \u2014 place: ' + (d.place || 'none given')]
        : [el('span', { className: 'what', text: fact.label }), d.text && d.text !== fact.label ? ' (as \u201c' + d.text + '\u201d)' : ''];
    return el('li', { 'data-fact': String(index), id: 'fact-' + index }, [
      el('div', {}, what),
      sentence && fact.kind !== 'quote' && fact.kind !== 'speech' ? el('div', { className: 'sentence', text: sentence }) : null,
      el('div', { className: 'prov' }, [
        'chars ' + fact.begin + '\u2013' + fact.end + ' \u00b7 rule ' + (fact.rule || 'none') +
        (d.cue ? ' \u00b7 cue \u201c' + d.cue + '\u201d' : '') + ' \u00b7 ', graphLink(fact.id, 'graph')])
    ]);
  }

  function select(index, scroll) {
    document.querySelectorAll('.selected').forEach(function (n) { n.classList.remove('selected'); });
    document.querySelectorAll('[data-fact="' + index + '"]').forEach(function (n) { n.classList.add('selected'); });
    var item = document.getElementById('fact-' + index);
    var span = document.querySelector('#article-text [data-fact="' + index + '"]');
    if (scroll === 'panel' && item) { item.scrollIntoView({ block: 'nearest' }); }
    if (scroll === 'text' && span) { span.scrollIntoView({ block: 'center' }); }
  }

  function articleView(id, range) {
    return api('article', { id: id }).then(function (article) {
      var facts = article.facts;
      var textNode = highlightedText(article.text, facts);
      var counts = {};
      facts.forEach(function (f) { counts[f.kind] = (counts[f.kind] || 0) + 1; });
      var legend = el('div', { className: 'legend', id: 'legend' }, KINDS.map(function (k) {
        var box = el('input', { type: 'checkbox', checked: 'checked', 'data-kind': k[0] });
        box.addEventListener('change', function () { textNode.classList.toggle('hidden-' + k[0], !box.checked); });
        return el('label', {}, [box, el('span', { className: 'swatch' }), k[1] + ' (' + (counts[k[0]] || 0) + ')']);
      }));
      legend.querySelectorAll('.swatch').forEach(function (s, i) { s.style.background = 'var(--' + KINDS[i][0] + ')'; });
      var groups = KINDS.map(function (k) {
        var items = [];
        facts.forEach(function (f, i) { if (f.kind === k[0]) { items.push(factItem(article, f, i)); } });
        return items.length ? [el('h2', { text: k[1] + ' (' + items.length + ')' }), el('ul', {}, items)] : [];
      }).reduce(function (a, b) { return a.concat(b); }, []);
      var panel = el('aside', { className: 'facts', id: 'facts' }, [el('h2', { text: facts.length + ' facts, with provenance' })].concat(groups));
      textNode.addEventListener('click', function (e) {
        var target = e.target.closest('[data-fact]');
        if (target) { select(target.getAttribute('data-fact'), 'panel'); }
      });
      panel.addEventListener('click', function (e) {
        var item = e.target.closest('li[data-fact]');
        if (item && e.target.tagName !== 'A') { select(item.getAttribute('data-fact'), 'text'); }
      });
      show([el('h1', { text: article.headline || article.id }),
        el('p', { className: 'muted' }, [(article.date ? article.date + ' \u00b7 ' : '') + article.id + ' \u00b7 ', graphLink(article.iri, 'article in the graph')]),
        legend,
        el('div', { className: 'article-layout' }, [textNode, panel])]);
      if (range) {
        var parts = range.split('-').map(Number);
        var match = -1;
        facts.forEach(function (f, i) { if (match < 0 && f.begin === parts[0] && f.end === parts[1]) { match = i; } });
        if (match >= 0) { select(String(match), 'text'); select(String(match), 'panel'); }
      }
    });
  }

  // ---- Graph --------------------------------------------------------------------------------

  var COLOURS = { person: '#1f6fd1', organization: '#8a3fc7', group: '#0f8a83', place: '#2e8b3a', count: '#d2691e',
    statement: '#c9a227', article: '#555555', other: '#999999' };

  function graphChooser() {
    return api('articles', REPORT ? {} : { limit: 1 }).then(function (articles) {
      if (!articles.length) { show([el('p', { text: 'The dataset holds no articles.' })]); return; }
      return api('article', { id: articles[0].id }).then(function (article) {
        var seen = {};
        var items = article.facts.filter(function (f) {
          if (['person', 'organization', 'group', 'place'].indexOf(f.kind) < 0 || seen[f.id]) { return false; }
          seen[f.id] = true;
          return true;
        }).map(function (f) { return el('li', {}, [kindBadge(f.kind), graphLink(f.id, f.label)]); });
        show([el('h1', { text: 'Graph' }), el('p', { text: 'Pick a node to see what lies around it, from ' + (article.headline || article.id) + ':' }),
          el('ul', { id: 'neighbours' }, items)]);
      });
    });
  }

  function graphView(iri) {
    return api('graph', { iri: iri }).then(function (g) {
      var elements = [{ data: { id: g.center.id, label: g.center.label, kind: g.center.kind, center: 1 } }];
      g.nodes.forEach(function (n) { elements.push({ data: { id: n.id, label: n.label, kind: n.kind, center: 0 } }); });
      g.edges.forEach(function (e, i) { elements.push({ data: { id: 'e' + i, source: e.source, target: e.target, label: e.label } }); });
      var container = el('div', { id: 'cy' });
      var list = el('ul', { id: 'neighbours' }, g.nodes.map(function (n) {
        return el('li', {}, [kindBadge(n.kind), graphLink(n.id, n.label)]);
      }));
      var c = g.center;
      var read = c.article && c.begin >= 0 ? el('p', {}, [articleLink(c.article, c.begin, c.end, 'Read it in the article')])
        : c.kind === 'article' && c.article ? el('p', {}, [articleLink(c.article, -1, -1, 'Read the article')]) : null;
      show([el('h1', {}, [kindBadge(c.kind), c.label]),
        el('p', { className: 'muted', text: c.id }),
        el('div', { className: 'graph-layout' }, [container, el('aside', {}, [read,
          el('h2', { text: g.nodes.length + ' neighbour' + (g.nodes.length === 1 ? '' : 's') + (g.truncated ? ' (first ones only)' : '') }),
          list])])]);
      state.cy = cytoscape({
        container: container,
        elements: elements,
        style: [
          { selector: 'node', style: { 'background-color': function (n) { return COLOURS[n.data('kind')] || '#999'; },
            label: 'data(label)', 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': 160, width: 18, height: 18,
            color: '#1d232a', 'text-valign': 'bottom', 'text-margin-y': 3 } },
          { selector: 'node[center = 1]', style: { width: 34, height: 34, 'font-size': 13, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#ff3d7f' } },
          { selector: 'edge', style: { width: 1.5, 'line-color': '#b8c2cc', 'target-arrow-color': '#b8c2cc', 'target-arrow-shape': 'triangle',
            'curve-style': 'bezier', label: 'data(label)', 'font-size': 8, color: '#5d6b7a', 'text-rotation': 'autorotate' } }
        ],
        layout: { name: 'concentric', concentric: function (n) { return n.data('center') ? 2 : 1; }, levelWidth: function () { return 1; },
          minNodeSpacing: 90, animate: false, padding: 40 },
        maxZoom: 1.4,
        wheelSensitivity: 0.3
      });
      state.cy.on('tap', 'node', function (e) {
        var id = e.target.id();
        if (id !== g.center.id) { location.hash = '#/graph/' + encodeURIComponent(id); }
      });
    });
  }

  // ---- Arrests ------------------------------------------------------------------------------

  function arrestsView(by) {
    return api('arrests', {}).then(function (bars) {
      var key = by === 'article' ? function (b) { return b.headline || b.article; } : function (b) { return b.placeName; };
      // named places first, then national totals, then counts the text ties to no place
      var rank = function (b) { return by === 'article' ? 0 : !b.place ? (b.placeName === 'nationwide' ? 1 : 2) : 0; };
      var sorted = bars.slice().sort(function (a, b) {
        return rank(a) - rank(b) || key(a).localeCompare(key(b)) || b.count - a.count || a.article.localeCompare(b.article) || a.begin - b.begin;
      });
      var max = bars.reduce(function (m, b) { return Math.max(m, b.count); }, 1);
      var chart = el('div', { className: 'bars', id: 'bars' });
      var group = null;
      sorted.forEach(function (b) {
        if (key(b) !== group) {
          group = key(b);
          chart.appendChild(el('div', { className: 'group', text: group }));
        }
        var fill = el('span', { className: 'fill' });
        fill.style.width = Math.max(0.3, 85 * b.count / max) + '%';
        chart.appendChild(el('div', { className: 'label', text: by === 'article' ? b.placeName : (b.headline || b.article) }));
        chart.appendChild(el('a', { className: 'bar', href: '#/article/' + encodeURIComponent(b.article) + '/' + b.begin + '-' + b.end,
          title: b.sentence || '', 'data-count': String(b.count) }, [fill, el('span', { className: 'value', text: b.count + ' ' + (b.counted || '') }),
          el('span', { className: 'sentence', text: b.sentence || '' })]));
      });
      var toggle = el('p', {}, ['Group by: ', by === 'article' ? el('a', { href: '#/arrests', text: 'place' }) : el('strong', { text: 'place' }), ' \u00b7 ',
        by === 'article' ? el('strong', { text: 'article' }) : el('a', { href: '#/arrests/article', text: 'article' })]);
      show([el('h1', { text: bars.length + ' arrest count' + (bars.length === 1 ? '' : 's') }), toggle,
        bars.length ? chart : el('p', { text: 'No arrest counts in this dataset.' })]);
    });
  }

  // ---- Query --------------------------------------------------------------------------------

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
            out.replaceChildren.apply(out, resultsTable(JSON.parse(body), limit ? 'cut to the server\u2019s limit of ' + limit + ' rows' : ''));
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

  // ---- routing ------------------------------------------------------------------------------

  function route() {
    var parts = location.hash.replace(/^#\/?/, '').split('/');
    var view = parts[0] || 'articles';
    document.querySelectorAll('header nav a').forEach(function (a) {
      a.classList.toggle('active', a.getAttribute('data-view') === (view === 'article' ? 'articles' : view));
    });
    var done;
    if (view === 'article' && parts[1]) { done = articleView(decodeURIComponent(parts[1]), parts[2]); }
    else if (view === 'graph' && parts[1]) { done = graphView(decodeURIComponent(parts.slice(1).join('/'))); }
    else if (view === 'graph') { done = graphChooser(); }
    else if (view === 'arrests') { done = arrestsView(parts[1]); }
    else if (view === 'query') { done = queryView(parts[1] ? decodeURIComponent(parts[1]) : ''); }
    else { done = articlesView(Number(parts[1]) > 0 ? Number(parts[1]) : 100); }
    done.catch(fail).then(function () { document.body.setAttribute('data-ready', location.hash || '#/articles'); });
  }

  document.getElementById('mode').textContent = REPORT ? 'static report' : 'live: ' + location.host;
  window.addEventListener('hashchange', function () { document.body.removeAttribute('data-ready'); route(); });
  route();
}());
