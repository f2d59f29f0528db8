/* newskg's web page: the Arrests view. */
(function () {
  'use strict';

  var N = window.newskg;
  var el = N.el, api = N.api, show = N.show;

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

  N.views.arrests = arrestsView;
}());
