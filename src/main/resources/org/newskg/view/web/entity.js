/* newskg's web page: the entity page of a person, organization or place, across articles. */
(function () {
  'use strict';

  var N = window.newskg;
  var el = N.el, api = N.api, show = N.show, articleLink = N.articleLink, kindBadge = N.kindBadge;

  function entityLink(iri, label) {
    return el('a', { href: '#/entity/' + encodeURIComponent(iri), text: label });
  }

  function section(title, items, empty) {
    return [el('h2', { text: title }), items.length ? el('ul', { className: 'entity-list' }, items) : el('p', { className: 'muted', text: empty })];
  }

  function entityView(iri) {
    return api('entity', { iri: iri }).then(function (e) {
      var said = e.statements.map(function (s) {
        return el('li', { 'data-statement': s.statement }, [
          el('q', { className: s.direct ? 'direct' : 'reported', text: s.text }),
          el('span', { className: 'muted', text: ' ' + (s.direct ? 'quoted' : 'reported') + (s.verb ? ' (' + s.verb + ')' : '') + ' \u00b7 ' + (s.date || 'no date') + ' \u00b7 ' }),
          articleLink(s.article, s.begin, s.end, s.headline || s.article),
          el('blockquote', { className: 'sentence', text: s.sentence || '' })
        ]);
      });
      var roles = e.roles.map(function (r) {
        return el('li', {}, [r.roleName, r.organization ? ' at ' : '', r.organization ? entityLink(r.organization, r.organizationName || r.organization) : '',
          el('span', { className: 'muted', text: ' \u00b7 \u201c' + r.words + '\u201d \u00b7 ' }), articleLink(r.article, -1, -1, r.article)]);
      });
      var beside = e.coMentioned.map(function (b) {
        return el('li', {}, [entityLink(b.person, b.name), el('span', { className: 'muted', text: ' \u00b7 ' + b.articles + ' article' + (b.articles === 1 ? '' : 's') })]);
      });
      var same = e.possiblySame.map(function (m) {
        return el('li', {}, [entityLink(m.person, m.name), el('span', { className: 'muted', text: ' \u00b7 in ' + m.article + ' \u00b7 ' +
          m.sharedAffiliations + ' shared affiliation(s), ' + m.sharedRoles + ' shared role(s), ' + m.sharedCoMentions + ' person(s) named beside both, candidate in ' +
          m.candidateArticles + ' article(s)' })]);
      });
      var namesakes = e.namesakes.map(function (n) {
        return el('li', {}, [n.organization ? entityLink(n.organization, n.organizationName || n.organization) : '',
          el('span', { className: 'muted', text: ' \u00b7 ' }), articleLink(n.article, -1, -1, n.headline || n.article)]);
      });
      var counts = e.counts.map(function (c) {
        return el('li', {}, [el('strong', { className: 'figure', text: c.count + ' ' + (c.counted || '') }), ' \u00b7 ',
          articleLink(c.article, c.begin, c.end, c.headline || c.article), el('blockquote', { className: 'sentence', text: c.sentence || '' })]);
      });
      var naming = e.spokenOf.map(function (s) {
        return el('li', {}, [el('q', { text: s.text }), ' \u2014 ', s.speaker ? entityLink(s.speaker, s.speakerName || s.speaker) : (s.speakerName || 'no speaker found'),
          el('span', { className: 'muted', text: ' \u00b7 ' + (s.date || 'no date') + ' \u00b7 ' }), articleLink(s.article, s.begin, s.end, s.headline || s.article)]);
      });
      var articles = e.articles.map(function (a) {
        return el('li', {}, [articleLink(a.article, -1, -1, a.headline || a.article), el('span', { className: 'muted', text: ' \u00b7 ' + (a.date || 'no date') })]);
      });
      var parts = [el('h1', {}, [kindBadge(e.kind), e.name]), el('p', { className: 'muted' }, [e.iri, ' \u00b7 ', el('a', { href: '#/graph/' + encodeURIComponent(e.iri), text: 'graph' })])];
      if (e.alternateNames.length) { parts.push(el('p', { text: 'Also named: ' + e.alternateNames.join(', ') })); }
      if (e.kind === 'place') { parts = parts.concat(section('Arrest counts, oldest first (' + counts.length + ')', counts, 'No arrest counts for this place.')); }
      if (e.kind !== 'place') { parts = parts.concat(section('Statements (' + said.length + ')', said, 'No statements attributed.')); }
      if (e.kind === 'person') {
        parts = parts.concat(section('Roles and affiliations (' + roles.length + ')', roles, 'The articles give no role.'));
        parts = parts.concat(section('Possibly the same as (' + same.length + ')', same, 'No identity links.'));
        if (namesakes.length) {
          parts = parts.concat(section('Perhaps two people of this name: articles give unrelated affiliations (' + namesakes.length + ')', namesakes, ''));
        }
      }
      parts = parts.concat(section('Statements that name ' + (e.kind === 'person' ? 'them' : 'it') + ' (' + naming.length + ')', naming, 'None.'));
      parts = parts.concat(section('Named beside (' + beside.length + ')', beside, 'Nobody.'));
      parts = parts.concat(section('Articles (' + articles.length + ')', articles, 'None.'));
      show([el('div', { id: 'entity', 'data-kind': e.kind }, parts)]);
    });
  }

  N.entityLink = entityLink;
  N.views.entity = entityView;
}());
