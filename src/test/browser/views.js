// Drives Chrome or Chromium (the CHROMIUM variable, set by the Java test), headless, through every view of newskg's web page (served, or as a
// static report file) and prints what it saw as JSON on stdout: the highlighted spans by kind,
// the graph's nodes and edges, the bars, the query results, every request the page made and
// which of them left the page's origin. Screenshots go to the output directory.
//
// node views.js PAGE_URL OUT_DIR NAME ARTICLE_ID GRAPH_IRI PLACE_IRI
'use strict';
const { openPage } = require('./chromium');
const path = require('path');
const fs = require('fs');

const [pageUrl, outDir, name, articleId, graphIri, placeIri] = process.argv.slice(2);
const origin = pageUrl.startsWith('file:') ? pageUrl : new URL(pageUrl).origin + '/';

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const { browser, page, requests, outside, problems } = await openPage(origin);

  async function open(hash) {
    await page.goto(pageUrl + hash);
    await page.waitForSelector('body[data-ready]', { timeout: 15000 });
  }
  const seen = {};

  await open('#/articles');
  seen.articles = await page.$$eval('#article-list tbody tr', (rows) => rows.length);
  // every cell starts where its column's heading does
  seen.misalignedCells = await page.$$eval('#article-list tbody tr', (rows) => {
    const heads = Array.from(document.querySelectorAll('#article-list thead th')).map((th) => th.getBoundingClientRect().left);
    let misaligned = 0;
    rows.forEach((row) => Array.from(row.cells).forEach((td, i) => {
      if (Math.abs(td.getBoundingClientRect().left - heads[i]) > 1) { misaligned++; }
    }));
    return misaligned;
  });
  await page.screenshot({ path: path.join(outDir, name + '-articles.png'), fullPage: true });

  await open('#/article/' + encodeURIComponent(articleId));
  seen.spans = await page.$$eval('#article-text [data-start]', (spans) => {
    const byKind = {};
    spans.forEach((s) => { const kind = s.className.match(/hl-(\w+)/)[1]; byKind[kind] = (byKind[kind] || 0) + 1; });
    return byKind;
  });
  seen.panelFacts = await page.$$eval('#facts li[data-fact]', (items) => items.length);
  seen.text = await page.$eval('#article-text', (t) => t.textContent);
  await page.click('#article-text .hl-count');
  seen.selectedInPanel = await page.$eval('#facts li.selected', (li) => li.textContent);
  await page.screenshot({ path: path.join(outDir, name + '-article.png'), fullPage: true });

  await open('#/graph/' + encodeURIComponent(graphIri));
  seen.graph = await page.evaluate(() => ({
    nodes: window.newskg.cy.nodes().length,
    edges: window.newskg.cy.edges().length,
    listed: document.querySelectorAll('#neighbours li').length,
    center: window.newskg.cy.nodes('[center = 1]').data('label')
  }));
  await page.screenshot({ path: path.join(outDir, name + '-graph.png') });
  // clicking a node moves there
  const target = await page.evaluate(() => {
    const node = window.newskg.cy.nodes('[center = 0][kind = "organization"]').first();
    const p = node.renderedPosition();
    const box = document.getElementById('cy').getBoundingClientRect();
    return { id: node.id(), x: box.left + p.x, y: box.top + p.y };
  });
  await page.evaluate(() => document.body.removeAttribute('data-ready'));
  await page.mouse.click(target.x, target.y);
  await page.waitForSelector('body[data-ready]', { timeout: 15000 });
  seen.afterClick = await page.evaluate(() => ({ hash: decodeURIComponent(location.hash),
    center: window.newskg.cy.nodes('[center = 1]').id(), nodes: window.newskg.cy.nodes().length }));
  seen.clickedNode = target.id;
  await page.screenshot({ path: path.join(outDir, name + '-graph-after-click.png') });

  seen.entityLink = await page.$eval('#entity-link', (a) => a.getAttribute('href'));
  await open('#/entity/' + encodeURIComponent(graphIri));
  seen.entity = await page.evaluate(() => ({
    kind: document.getElementById('entity').getAttribute('data-kind'),
    heading: document.querySelector('#entity h1').textContent,
    statements: Array.from(document.querySelectorAll('#entity li[data-statement] q')).map((q) => q.textContent),
    statementLinks: Array.from(document.querySelectorAll('#entity li[data-statement] a')).map((a) => a.getAttribute('href')),
    sections: Array.from(document.querySelectorAll('#entity h2')).map((h) => h.textContent)
  }));
  await page.screenshot({ path: path.join(outDir, name + '-entity.png'), fullPage: true });
  await open('#/entity/' + encodeURIComponent(placeIri));
  seen.place = await page.evaluate(() => ({
    kind: document.getElementById('entity').getAttribute('data-kind'),
    figures: Array.from(document.querySelectorAll('#entity .figure')).map((f) => f.textContent),
    sections: Array.from(document.querySelectorAll('#entity h2')).map((h) => h.textContent)
  }));
  await page.screenshot({ path: path.join(outDir, name + '-place.png'), fullPage: true });

  // the search box, as a reader would use it
  await page.fill('#search-box', 'ice');
  await page.evaluate(() => document.body.removeAttribute('data-ready'));
  await page.press('#search-box', 'Enter');
  await page.waitForSelector('body[data-ready]', { timeout: 15000 });
  seen.search = await page.evaluate(() => ({
    hash: location.hash,
    entities: Array.from(document.querySelectorAll('#found-entities li a')).map((a) => a.textContent),
    statements: Array.from(document.querySelectorAll('#found-statements q')).map((q) => q.textContent),
    articles: Array.from(document.querySelectorAll('#found-articles li a')).map((a) => a.textContent)
  }));
  await page.screenshot({ path: path.join(outDir, name + '-search.png'), fullPage: true });

  await open('#/arrests');
  seen.bars = await page.$$eval('#bars a.bar', (bars) => bars.map((b) => Number(b.getAttribute('data-count'))));
  seen.groups = await page.$$eval('#bars .group', (gs) => gs.map((g) => g.textContent));
  await page.screenshot({ path: path.join(outDir, name + '-arrests.png'), fullPage: true });
  await open('#/discrepancies');
  seen.discrepancies = await page.$$eval('#discrepancies > li', (items) => items.map((li) => ({
    kind: li.getAttribute('data-kind'),
    description: li.querySelector('.description').textContent,
    figures: Array.from(li.querySelectorAll('.figure')).map((f) => f.textContent),
    links: Array.from(li.querySelectorAll('a')).map((a) => a.getAttribute('href'))
  })));
  await page.screenshot({ path: path.join(outDir, name + '-discrepancies.png'), fullPage: true });
  await open('#/arrests/article');
  seen.barsByArticle = await page.$$eval('#bars a.bar', (bars) => bars.length);
  seen.groupsByArticle = await page.$$eval('#bars .group', (gs) => gs.map((g) => g.textContent));
  await open('#/arrests');
  const firstBar = await page.$eval('#bars a.bar', (b) => b.getAttribute('href'));
  await page.evaluate(() => document.body.removeAttribute('data-ready'));
  await page.click('#bars a.bar');
  await page.waitForSelector('body[data-ready]', { timeout: 15000 });
  seen.barLink = { href: firstBar, selected: await page.$$eval('#article-text .selected', (s) => s.map((x) => x.textContent).join('')) };

  await open('#/query/persons');
  if (!pageUrl.startsWith('file:')) {
    await page.click('#run');
  }
  await page.waitForSelector('#result-table, #query-error', { timeout: 15000 });
  seen.queryRows = await page.$$eval('#result-table tbody tr', (rows) => rows.map((r) => r.textContent));
  seen.rowCount = await page.$eval('#row-count', (p) => p.textContent);
  await page.screenshot({ path: path.join(outDir, name + '-query.png'), fullPage: true });
  if (!pageUrl.startsWith('file:')) {
    await page.fill('#sparql', 'SELECT * WHERE { ?s ?p ?o }');
    await page.click('#run');
    await page.waitForSelector('#row-count:not(:empty)', { timeout: 15000 });
    await page.waitForFunction(() => document.querySelector('#row-count') && document.querySelector('#row-count').textContent !== '4 rows');
    seen.cutRowCount = await page.$eval('#row-count', (p) => p.textContent);
    await page.fill('#sparql', 'SELECT ?x WHERE { ?x ');
    await page.click('#run');
    await page.waitForSelector('#query-error', { timeout: 15000 });
    seen.queryError = await page.$eval('#query-error', (e) => e.textContent);
    await page.screenshot({ path: path.join(outDir, name + '-query-error.png'), fullPage: true });
  }

  seen.requests = requests;
  seen.outside = outside;
  seen.problems = problems;
  await browser.close();
  process.stdout.write(JSON.stringify(seen) + '\n');
}

main().catch((e) => { process.stderr.write(String(e && e.stack || e) + '\n'); process.exit(1); });
