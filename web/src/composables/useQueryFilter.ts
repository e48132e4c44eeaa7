// A list's starting filter taken from its address (e.g. /governance?status=OVERDUE from the home page's 待办).
import { useRoute } from 'vue-router'

/** The query parameter `name` of the current address if it is one of `allowed` (any value when none given), else `fallback`. */
export function queryFilter(name: string, fallback: string, allowed?: string[]): string {
  const value = useRoute().query[name]
  if (typeof value !== 'string' || value === '') return fallback
  return !allowed || allowed.includes(value) ? value : fallback
}
