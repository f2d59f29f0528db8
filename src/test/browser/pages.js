// Drives Chromium headless (the CHROMIUM variable) to some pages of newskg's web page, takes a
// full-page screenshot of each, and prints on stdout, as JSON, what each showed: its heading, its
// section headings with their counts, the items of its lists, every request that left the page's
// origin, and the page's errors.
//
// node pages.js PAGE_URL OUT_DIR NAME LABEL=HASH...
'use strict';
const { openPage } = require('./chromium');
const path = require('path');
const fs = require('fs');

const [pageUrl, outDir, name, ...pages] = process.argv.slice(2);
const origin = new URL(pageUrl).origin + '/';

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const { browser, page, outside, problems } = await openPage(origin);
  const seen = { pages: {}, outside: outside, problems: problems };
  for (const spec of pages) {
    const at = spec.indexOf('=');
    const label = spec.substring(0, at);
    await page.goto(pageUrl + spec.substring(at + 1));
    await page.waitForSelector('body[data-ready]', { timeout: 30000 });
    seen.pages[label] = await page.evaluate(() => ({
      heading: (document.querySelector('main h1') || { textContent: '' }).textContent,
      sections: Array.from(document.querySelectorAll('main h2')).map((h) => h.textContent),
      items: Array.from(document.querySelectorAll('main ul.entity-list, main ol')).map((l) =>
        Array.from(l.children).map((li) => li.textContent.replace(/\s+/g, ' ').trim())),
      rows: Array.from(document.querySelectorAll('#article-list tbody tr')).map((tr) => Array.from(tr.cells).map((td) => td.textContent)),
      pager: (document.getElementById('pager') || { textContent: '' }).textContent,
      graph: window.newskg.cy ? {
        kinds: window.newskg.cy.nodes().map((n) => n.data('kind')),
        labelled: window.newskg.cy.nodes().filter((n) => (n.data('label') || '') !== '').length,
        said: window.newskg.cy.edges().filter((e) => /^said \d+$/.test(e.data('label'))).length
      } : null
    }));
    await page.screenshot({ path: path.join(outDir, name + '-' + label + '.png'), fullPage: true });
  }
  await browser.close();
  process.stdout.write(JSON.stringify(seen));
}

main().catch((e) => { console.error(e); process.exit(1); });
