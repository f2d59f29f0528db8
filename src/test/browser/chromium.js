// What both browser drivers share: Chromium (the CHROMIUM variable) started headless with a new,
// empty profile of its own (Playwright's --user-data-dir), a page that records every request,
// blocks and records those that leave the given origin, and records the page's errors.
'use strict';
const { chromium } = require('playwright-core');

async function openPage(origin) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync']
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const requests = [];
  const outside = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith(origin) || url.startsWith('data:')) {
      return route.continue();
    }
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('console', (m) => { if (m.type() === 'error') { problems.push('console: ' + m.text()); } });
  return { browser, page, requests, outside, problems };
}

module.exports = { openPage };
