// Which optional columns of a list the user shows (列设置), kept in this browser per list.
import { ref, watch, type Ref } from 'vue'

export interface ColumnChoice { key: string; label: string }
export interface Columns { choices: ColumnChoice[]; hidden: Ref<string[]>; shown: (key: string) => boolean }

/** `choices`: the columns the user may hide; `hiddenAtFirst`: those hidden until the user shows them. */
export function useColumns(list: string, choices: ColumnChoice[], hiddenAtFirst: string[] = []): Columns {
  const storageKey = `uw.columns.${list}`
  let saved: string[] | null = null
  try { saved = JSON.parse(localStorage.getItem(storageKey) ?? 'null') } catch { saved = null }
  const hidden = ref<string[]>(Array.isArray(saved) ? saved : hiddenAtFirst)
  watch(hidden, (v) => localStorage.setItem(storageKey, JSON.stringify(v)), { deep: true })
  return { choices, hidden, shown: (key: string) => !hidden.value.includes(key) }
}
