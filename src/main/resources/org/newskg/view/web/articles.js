/* newskg's web page: the Articles view. */
(function () {
  'use strict';

  var N = window.newskg;
  var el = N.el, api = N.api, show = N.show, graphLink = N.graphLink, articleLink = N.articleLink;
  var REPORT = N.REPORT, KINDS = N.KINDS;

  var PAGE = 100;
  var SORTS = [['date', 'Date'], ['headline', 'Article'], ['statements', 'Statements']];

  /** One page of the list, from the server, or from the report's articles (sorted and cut here). */
  function articlePage(sort, offset, filter) {
    if (!REPORT) {
      return api('article-page', { sort: sort, offset: offset, limit: PAGE, q: filter });
    }
    var q = filter.toLowerCase();
    var all = REPORT.articles.filter(function (a) {
      return q === '' || a.id.toLowerCase().indexOf(q) >= 0 || (a.headline || '').toLowerCase().indexOf(q) >= 0;
    });
    var by = {
      date: function (a, b) { return (b.date || '').localeCompare(a.date || '') || a.id.localeCompare(b.id); },
      headline: function (a, b) { return (a.headline || a.id).toLowerCase().localeCompare((b.headline || b.id).toLowerCase()) || a.id.localeCompare(b.id); },
      statements: function (a, b) { return ((b.tallies || {}).statement || 0) - ((a.tallies || {}).statement || 0) || a.id.localeCompare(b.id); }
    };
    all.sort(by[sort] || by.date);
    return Promise.resolve({ total: all.length, offset: offset, limit: PAGE, sort: sort, filter: filter, articles: all.slice(offset, offset + PAGE) });
  }

  function listHash(sort, offset, filter) {
    return '#/articles/' + sort + '/' + offset + (filter ? '/' + encodeURIComponent(filter) : '');
  }

  function articlesView(sort, offset, filter) {
    return articlePage(sort, offset, filter).then(function (page) {
      var articles = page.articles;
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
      var sortable = { Article: 'headline', Date: 'date', Statements: 'statements' };
      var head = el('tr', {}, ['Article', 'Date', 'People', 'Organizations', 'Places', 'Arrest counts', 'Statements'].map(function (h) {
        var key = sortable[h];
        if (!key) { return el('th', { text: h }); }
        return el('th', {}, [key === page.sort ? el('strong', { text: h + ' \u25be', 'data-sorted': key })
          : el('a', { href: listHash(key, 0, page.filter), 'data-sort': key, text: h })]);
      }));
      var last = Math.min(page.total, page.offset + articles.length);
      var pager = el('p', { className: 'pager', id: 'pager' }, [
        page.offset > 0 ? el('a', { href: listHash(page.sort, Math.max(0, page.offset - PAGE), page.filter), id: 'previous-page', text: '\u2190 previous ' + PAGE }) : null,
        el('span', { id: 'page-range', text: ' ' + (articles.length ? (page.offset + 1) + '\u2013' + last : '0') + ' of ' + page.total + ' ' }),
        last < page.total ? el('a', { href: listHash(page.sort, page.offset + PAGE, page.filter), id: 'next-page', text: 'next ' + PAGE + ' \u2192' }) : null]);
      var filterBox = el('input', { type: 'search', id: 'article-filter', placeholder: 'Filter by headline or id, then Enter', 'aria-label': 'Filter articles' });
      filterBox.value = page.filter || '';
      filterBox.addEventListener('keydown', function (event) {
        if (event.key === 'Enter') { location.hash = listHash(page.sort, 0, filterBox.value.trim()); }
      });
      show([el('h1', { text: page.total + ' article' + (page.total === 1 ? '' : 's') + (page.filter ? ' matching \u201c' + page.filter + '\u201d' : '') }),
        el('p', {}, [filterBox]), pager,
        el('table', { id: 'article-list' }, [el('thead', {}, [head]), el('tbody', {}, rows)])]);
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

  N.views.articles = articlesView;
  N.views.article = articleView;
}());
