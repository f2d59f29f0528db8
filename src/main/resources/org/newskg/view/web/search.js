/* newskg's web page: search across entities, statements and headlines, and the search box. */
(function () {
  'use strict';

  var N = window.newskg;
  var el = N.el, api = N.api, show = N.show, articleLink = N.articleLink, kindBadge = N.kindBadge;

  function heading(title, list, more) {
    return el('h2', { text: title + ' (' + list.length + (more ? '+' : '') + ')' });
  }

  function searchView(words) {
    return api('search', { q: words }).then(function (r) {
      var box = document.getElementById('search-box');
      if (box && box.value !== words) { box.value = words; }
      var entities = r.entities.map(function (e) {
        return el('li', {}, [kindBadge(e.kind), ' ', N.entityLink(e.iri, e.name),
          el('span', { className: 'muted', text: ' \u00b7 ' + e.articles + ' article' + (e.articles === 1 ? '' : 's') })]);
      });
      var statements = r.statements.map(function (s) {
        return el('li', {}, [el('q', { text: s.text }), ' \u2014 ', s.speaker ? N.entityLink(s.speaker, s.speakerName || s.speaker) : (s.speakerName || 'no speaker found'),
          el('span', { className: 'muted', text: ' \u00b7 ' }), articleLink(s.article, s.begin, s.end, s.headline || s.article)]);
      });
      var articles = r.articles.map(function (a) {
        return el('li', {}, [articleLink(a.article, -1, -1, a.headline || a.article), el('span', { className: 'muted', text: ' \u00b7 ' + (a.date || 'no date') })]);
      });
      function list(items, id, empty) { return items.length ? el('ul', { className: 'entity-list', id: id }, items) : el('p', { className: 'muted', text: empty }); }
      show([el('div', { id: 'search-results' }, [
        el('h1', { text: 'Search: ' + words }),
        heading('People, organizations and places', entities, r.moreEntities), list(entities, 'found-entities', 'No names match.'),
        heading('Statements', statements, r.moreStatements), list(statements, 'found-statements', 'No statements match.'),
        heading('Articles', articles, r.moreArticles), list(articles, 'found-articles', 'No headlines match.')])]);
    });
  }

  var form = document.getElementById('search-form');
  if (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var words = document.getElementById('search-box').value.trim();
      if (words) { location.hash = '#/search/' + encodeURIComponent(words); }
    });
  }

  N.views.search = searchView;
}());
