// Opens pages an attacker could make a user open while newskg serve runs, and prints as JSON,
// for each, whether a script ran on the page: a dialog opened (alert) or the page set
// document.title to "pwned". Used by ServeSecurityIT.
//
// node attack.js URL...
'use strict';
const { chromium } = require('playwright-core');

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync']
  });
  const results = {};
  for (const url of process.argv.slice(2)) {
    const page = await browser.newPage();
    const seen = { dialogs: [], title: '', status: 0 };
    page.on('dialog', async (d) => { seen.dialogs.push(d.message()); await d.dismiss(); });
    try {
      const response = await page.goto(url, { waitUntil: 'load', timeout: 15000 });
      seen.status = response ? response.status() : 0;
    } catch (e) {
      seen.error = String(e.message).split('\n')[0];
    }
    await page.waitForTimeout(1500);
    try {
      seen.title = await page.title();
    } catch (e) {
      seen.title = '';
    }
    results[url] = seen;
    await page.close();
  }
  await browser.close();
  process.stdout.write(JSON.stringify(results));
}

main().catch((e) => { console.error(e); process.exit(1); });
