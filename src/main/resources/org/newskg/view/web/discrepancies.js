/* newskg's web page: the Discrepancies view, reported figures that disagree. */
(function () {
  'use strict';

  var N = window.newskg;
  var el = N.el, api = N.api, show = N.show, articleLink = N.articleLink;

  function countRow(c) {
    return el('li', {}, [
      el('strong', { className: 'figure', text: c.count + ' ' + (c.counted || '') }), ' \u00b7 ', c.placeName, ' \u00b7 ',
      articleLink(c.article, c.begin, c.end, c.headline || c.article),
      el('blockquote', { className: 'sentence', text: c.sentence || '' })
    ]);
  }

  function discrepanciesView() {
    return api('discrepancies', {}).then(function (items) {
      var list = el('ol', { className: 'discrepancies', id: 'discrepancies' });
      items.forEach(function (d) {
        list.appendChild(el('li', { 'data-kind': d.kind }, [
          N.kindBadge(d.kind.replace(/ /g, '-')), ' ', el('span', { className: 'description', text: d.description }),
          el('ul', {}, d.counts.map(countRow))
        ]));
      });
      show([el('h1', { text: items.length + ' discrepanc' + (items.length === 1 ? 'y' : 'ies') }),
        el('p', { text: 'Reported figures that disagree: the figures need checking; the graph does not say which is wrong.' }),
        items.length ? list : el('p', { text: 'No reported figures disagree in this dataset.' })]);
    });
  }

  N.views.discrepancies = discrepanciesView;
}());
