/*
 * newskg's web page, shared parts: where the views' data comes from (the server's /api/ and
 * /sparql, or, in a static report, the data embedded in the page) and small DOM helpers. Each
 * view is a script of its own that adds itself to newskg.views; app.js routes between them.
 * No build step, no request outside the page's own server.
 */
(function () {
  'use strict';

  var N = window.newskg = window.newskg || { views: {}, cy: null };
  var dataElement = document.getElementById('newskg-data');
  N.REPORT = dataElement ? JSON.parse(dataElement.textContent) : null;
  N.KINDS = [
    ['person', 'People'], ['organization', 'Organizations'], ['group', 'Groups'], ['place', 'Places'],
    ['count', 'Arrest counts'], ['quote', 'Direct quotes'], ['speech', 'Reported speech']
  ];
  var main = document.getElementById('main');
  var REPORT = N.REPORT;


  /** A view's data: from the report, or from the server's /api/. */
  function api(name, params) {
    if (REPORT) {
      var value;
      if (name === 'articles' || name === 'arrests' || name === 'discrepancies' || name === 'queries' || name === 'entities') {
        value = REPORT[name];
      } else if (name === 'article') {
        value = REPORT.article[params.id];
      } else if (name === 'graph') {
        value = REPORT.graph[params.iri];
      } else if (name === 'entity') {
        value = REPORT.entity[params.iri];
      } else if (name === 'search') {
        value = searchReport(params.q);
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

  /** A search over what the report holds: entity names, their statements, headlines. */
  function searchReport(words) {
    var q = words.trim().toLowerCase();
    var limit = 50;
    var has = function (text) { return q !== '' && String(text || '').toLowerCase().indexOf(q) >= 0; };
    var entities = [], statements = [];
    Object.keys(REPORT.entity).sort().forEach(function (iri) {
      var e = REPORT.entity[iri];
      if (has(e.name) || e.alternateNames.some(has)) {
        entities.push({ iri: iri, kind: e.kind, name: e.name, articles: e.articles.length });
      }
    });
    REPORT.articles.forEach(function (a) {
      REPORT.article[a.id].facts.forEach(function (f) {
        var d = f.details || {};
        if ((f.kind === 'quote' || f.kind === 'speech') && has(d.text)) {
          statements.push({ statement: f.id, text: d.text, speaker: d.speakerIri || '', speakerName: d.speaker || '', article: a.id,
            headline: a.headline, date: a.date, begin: f.begin, end: f.end });
        }
      });
    });
    entities.sort(function (a, b) { return b.articles - a.articles || a.name.localeCompare(b.name); });
    var articles = REPORT.articles.filter(function (a) { return has(a.id) || has(a.headline); })
      .map(function (a) { return { article: a.id, headline: a.headline, date: a.date }; });
    return { query: words, limit: limit, entities: entities.slice(0, limit), moreEntities: entities.length > limit,
      statements: statements.slice(0, limit), moreStatements: statements.length > limit,
      articles: articles.slice(0, limit), moreArticles: articles.length > limit };
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
    if (N.cy) { N.cy.destroy(); N.cy = null; }
    main.replaceChildren.apply(main, nodes.filter(function (n) { return n; }));
  }

  function fail(error) {
    show([el('p', { className: 'error', text: String(error && error.message || error) })]);
  }

  function kindBadge(kind) {
    return el('span', { className: 'kind kind-' + kind, text: kind });
  }

  N.api = api;
  N.el = el;
  N.graphLink = graphLink;
  N.articleLink = articleLink;
  N.show = show;
  N.fail = fail;
  N.kindBadge = kindBadge;
}());
