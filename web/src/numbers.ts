// How numbers are shown everywhere: thousands separators, money with two decimals, 「—」 for no value.

const MONEY = { minimumFractionDigits: 2, maximumFractionDigits: 2 }

/** A count or a measured value: 12,345 / 12.5; 「—」 when unknown. */
export function count(v: number | string | null | undefined): string {
  if (v == null || v === '') return '—'
  return Number(v).toLocaleString('zh-CN', { maximumFractionDigits: 2 })
}

/** An amount of money: 12,345.60; 「—」 when unknown. */
export function money(v: number | string | null | undefined): string {
  if (v == null || v === '') return '—'
  return Number(v).toLocaleString('zh-CN', MONEY)
}

/** A figure in its unit: money units (元, 万元) with two decimals, everything else as a count (the server's Indicator.isMoney). */
export function inUnit(v: number | string | null | undefined, unit: string | null | undefined): string {
  return unit && unit.endsWith('元') ? money(v) : count(v)
}

/** el-table-column :formatter for money columns. */
export function moneyCell(_row: unknown, _column: unknown, value: number | string | null): string {
  return money(value)
}

/** el-table-column :formatter for count columns. */
export function countCell(_row: unknown, _column: unknown, value: number | string | null): string {
  return count(value)
}
