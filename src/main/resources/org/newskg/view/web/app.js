/* newskg's web page: routes the location's #hash to a view. */
(function () {
  'use strict';

  var N = window.newskg;
  var views = N.views;

  function route() {
    var parts = location.hash.replace(/^#\/?/, '').split('/');
    var view = parts[0] || 'articles';
    document.querySelectorAll('header nav a').forEach(function (a) {
      a.classList.toggle('active', a.getAttribute('data-view') === (view === 'article' ? 'articles' : view === 'entity' ? 'graph' : view));
    });
    var done;
    if (view === 'article' && parts[1]) { done = views.article(decodeURIComponent(parts[1]), parts[2]); }
    else if (view === 'graph' && parts[1]) { done = views.graph(decodeURIComponent(parts.slice(1).join('/'))); }
    else if (view === 'graph') { done = views.graphChooser(); }
    else if (view === 'arrests') { done = views.arrests(parts[1]); }
    else if (view === 'discrepancies') { done = views.discrepancies(); }
    else if (view === 'search' && parts[1]) { done = views.search(decodeURIComponent(parts.slice(1).join('/'))); }
    else if (view === 'entity' && parts[1]) { done = views.entity(decodeURIComponent(parts.slice(1).join('/'))); }
    else if (view === 'query') { done = views.query(parts[1] ? decodeURIComponent(parts[1]) : ''); }
    else {
      var sort = ['date', 'headline', 'statements'].indexOf(parts[1]) >= 0 ? parts[1] : 'date';
      done = views.articles(sort, Number(parts[2]) > 0 ? Math.floor(Number(parts[2])) : 0, parts[3] ? decodeURIComponent(parts.slice(3).join('/')) : '');
    }
    done.catch(N.fail).then(function () { document.body.setAttribute('data-ready', location.hash || '#/articles'); });
  }

  document.getElementById('mode').textContent = N.REPORT ? 'static report' : 'live: ' + location.host;
  window.addEventListener('hashchange', function () { document.body.removeAttribute('data-ready'); route(); });
  route();
}());
