import { reactive } from 'vue'
import { api } from './api'

export interface DictItem { id: number; code: string; label: string; synonyms?: string | null; parentCode: string | null; sortOrder: number
  enabled: boolean; version: number }

const cache = reactive<Record<string, DictItem[]>>({})

/** Loads a dictionary once per page load; returns the reactive list. */
export async function dict(type: string): Promise<DictItem[]> {
  if (!cache[type]) cache[type] = await api.get<DictItem[]>(`/api/dicts/${type}`)
  return cache[type]
}

export function label(type: string, code: string | null | undefined) {
  if (!code) return ''
  return cache[type]?.find((i) => i.code === code)?.label ?? code
}

export function forget(type: string) {
  delete cache[type]
}

/** A 行政区划 code's full name, e.g. 广东省深圳市南山区 (the code itself when not in the national list). */
export async function divisionName(code: string | null | undefined): Promise<string> {
  if (!code) return ''
  const levels = [...new Set([code.slice(0, 2) + '0000', code.slice(0, 4) + '00', code])]
  const names: string[] = []
  let parent: string | null = null
  for (const level of levels) {
    const items: DictItem[] = await api.get<DictItem[]>('/api/dicts/division', parent ? { parent } : { roots: true })
    const found = items.find((i) => i.code === level)
    if (!found) return code
    names.push(found.label)
    parent = level
  }
  return names.join('')
}
