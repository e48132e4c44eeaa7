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
