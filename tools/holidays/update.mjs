// Regenerates src/MeetingBot.Core/Calendar/mainland-china-holidays.json, the official holidays and make-up working
// days (调休) of mainland China, from the npm package chinese-days (MIT), which follows the State Council's yearly
// notices. Run after the State Council announces a new year (usually in November):
//   npm pack chinese-days@<version> && tar xzf chinese-days-<version>.tgz && node tools/holidays/update.mjs package
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = process.argv[2];
if (!packageDir) {
  console.error('usage: node tools/holidays/update.mjs <unpacked chinese-days package folder>');
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const days = JSON.parse(readFileSync(join(packageDir, 'dist', 'chinese-days.json'), 'utf8'));

// "Spring Festival,春节,4" → the Chinese name; one list of dates per year and kind, sorted.
const years = {};
for (const [kind, entries] of [['holidays', days.holidays], ['workdays', days.workdays]]) {
  for (const [date, description] of Object.entries(entries)) {
    const year = date.slice(0, 4);
    years[year] ??= { holidays: {}, workdays: {} };
    years[year][kind][date] = description.split(',')[1] ?? description;
  }
}
const sorted = Object.fromEntries(Object.keys(years).sort().map(year => [year, {
  holidays: Object.fromEntries(Object.entries(years[year].holidays).sort()),
  workdays: Object.fromEntries(Object.entries(years[year].workdays).sort()),
}]));

const target = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'MeetingBot.Core', 'Calendar', 'mainland-china-holidays.json');
writeFileSync(target, JSON.stringify({ source: `chinese-days ${pkg.version} (MIT License)`, years: sorted }, null, 1) + '\n');
console.log(`wrote ${Object.keys(sorted).length} years to ${target}`);
