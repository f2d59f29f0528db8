/* newskg's web page: the Graph view. */
(function () {
  'use strict';

  var N = window.newskg;
  var el = N.el, api = N.api, show = N.show, graphLink = N.graphLink, articleLink = N.articleLink, kindBadge = N.kindBadge;
  var REPORT = N.REPORT;

  var COLOURS = { person: '#1f6fd1', organization: '#8a3fc7', group: '#0f8a83', place: '#2e8b3a', count: '#d2691e',
    statement: '#c9a227', article: '#555555', other: '#999999' };

  /** Where to start: the persons, organizations and places most articles mention, across the dataset. */
  function graphChooser() {
    return api('entities', {}).then(function (top) {
      if (!top.length) { show([el('h1', { text: 'Graph' }), el('p', { text: 'The dataset names no one yet.' })]); return; }
      var columns = [['person', 'People'], ['organization', 'Organizations'], ['place', 'Places']].map(function (k) {
        var items = top.filter(function (e) { return e.kind === k[0]; }).map(function (e) {
          return el('li', {}, [graphLink(e.iri, e.name), el('span', { className: 'muted', text: ' \u00b7 ' + e.articles + ' article' + (e.articles === 1 ? '' : 's') + ' \u00b7 ' }),
            N.entityLink(e.iri, 'page')]);
        });
        return el('div', {}, [el('h2', {}, [kindBadge(k[0]), ' ', k[1]]), el('ol', { className: 'top-' + k[0] }, items)]);
      });
      show([el('h1', { text: 'Graph' }), el('p', { text: 'Start from whoever the articles mention most, or search for anyone in the box above.' }),
        el('div', { className: 'top-entities', id: 'top-entities' }, columns)]);
    });
  }

  function graphView(iri) {
    return api('graph', { iri: iri }).then(function (g) {
      var elements = [{ data: { id: g.center.id, label: g.center.label, kind: g.center.kind, center: 1 } }];
      g.nodes.forEach(function (n) { elements.push({ data: { id: n.id, label: n.label, kind: n.kind, center: 0 } }); });
      g.edges.forEach(function (e, i) { elements.push({ data: { id: 'e' + i, source: e.source, target: e.target, label: e.label } }); });
      var container = el('div', { id: 'cy' });
      if (g.nodes.length > 30) { container.style.height = '1100px'; }
      var list = el('ul', { id: 'neighbours' }, g.nodes.map(function (n) {
        return el('li', {}, [kindBadge(n.kind), graphLink(n.id, n.label)]);
      }));
      var c = g.center;
      var read = c.article && c.begin >= 0 ? el('p', {}, [articleLink(c.article, c.begin, c.end, 'Read it in the article')])
        : c.kind === 'article' && c.article ? el('p', {}, [articleLink(c.article, -1, -1, 'Read the article')]) : null;
      var page = ['person', 'organization', 'place'].indexOf(c.kind) >= 0
        ? el('p', {}, [el('a', { href: '#/entity/' + encodeURIComponent(c.id), id: 'entity-link', text: 'Everything about ' + c.label + ', across articles' })]) : null;
      show([el('h1', {}, [kindBadge(c.kind), c.label]),
        el('p', { className: 'muted', text: c.id }), page,
        el('div', { className: 'graph-layout' }, [container, el('aside', {}, [read,
          el('h2', { text: g.nodes.length + ' neighbour' + (g.nodes.length === 1 ? '' : 's') + (g.truncated ? ' (first ones only)' : '') }),
          list])])]);
      N.cy = cytoscape({
        container: container,
        elements: elements,
        style: [
          { selector: 'node', style: { 'background-color': function (n) { return COLOURS[n.data('kind')] || '#999'; },
            label: 'data(label)', 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': 160, width: 18, height: 18,
            'text-background-color': '#ffffff', 'text-background-opacity': 0.7,
            color: '#1d232a', 'text-valign': 'bottom', 'text-margin-y': 3 } },
          { selector: 'node[center = 1]', style: { width: 34, height: 34, 'font-size': 13, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#ff3d7f' } },
          { selector: 'edge', style: { width: 1.5, 'line-color': '#b8c2cc', 'target-arrow-color': '#b8c2cc', 'target-arrow-shape': 'triangle',
            'curve-style': 'bezier', label: 'data(label)', 'font-size': 8, color: '#5d6b7a', 'text-rotation': 'autorotate' } }
        ],
        // the centre, then the people, organizations and places, then the articles and facts around them
        layout: { name: 'concentric', concentric: function (n) {
          return n.data('center') ? 3 : ['person', 'organization', 'group', 'place'].indexOf(n.data('kind')) >= 0 ? 2 : 1;
        }, levelWidth: function () { return 1; },
          minNodeSpacing: g.nodes.length > 30 ? 24 : 90, animate: false, padding: 40 },
        maxZoom: 1.4,
        wheelSensitivity: 0.3
      });
      N.cy.on('tap', 'node', function (e) {
        var id = e.target.id();
        if (id !== g.center.id) { location.hash = '#/graph/' + encodeURIComponent(id); }
      });
    });
  }

  N.views.graphChooser = graphChooser;
  N.views.graph = graphView;
}());
