// One list page's state: filters, page, size, sort, rows and total, loaded from a paged endpoint.
import { reactive, ref, type Ref } from 'vue'
import { api, showError, type Page } from '../api'

export interface PagedListOptions {
  size?: number
  sort?: string
  /** Loads only once this holds (a union chosen in the tree, say). */
  ready?: () => boolean
  /** A union picker above the list (ListShell shows it): the rows of that union and the unions below it (`under`). */
  byUnion?: boolean
}

export type PagedList<T> = ReturnType<typeof usePagedList<T>>

export function usePagedList<T>(url: string | (() => string), filters: () => Record<string, unknown>, options: PagedListOptions = {}) {
  const defaultSort = options.sort ?? 'id,desc'
  const rows = ref([]) as Ref<T[]>
  const total = ref(0)
  const totalCapped = ref(false)
  const loading = ref(false)
  const paging = reactive({ page: 1, size: options.size ?? 20, sort: defaultSort })
  /** The union chosen above the list (with `byUnion`); none lists the whole of the caller's subtree. */
  const under = ref<number | null>(null)
  const unionFilter = options.byUnion ?? false
  /** The filters the list asks with, the chosen union among them; an export of the list takes the same. */
  function params(): Record<string, unknown> {
    return under.value ? { ...filters(), under: under.value } : filters()
  }

  async function load() {
    if (options.ready && !options.ready()) return
    loading.value = true
    try {
      const target = typeof url === 'string' ? url : url()
      const page = await api.get<Page<T>>(target, { ...params(), page: paging.page, size: paging.size, sort: paging.sort })
      rows.value = page.items
      total.value = page.total
      totalCapped.value = !!page.totalCapped
    } catch (e) {
      showError(e)
    } finally {
      loading.value = false
    }
  }
  /** A new search starts again at the first page. */
  function search() {
    paging.page = 1
    return load()
  }
  /** For el-table's sort-change: a column's order, or back to the default. */
  function sortChange({ prop, order }: { prop: string; order: string | null }) {
    paging.sort = order ? `${prop},${order === 'ascending' ? 'asc' : 'desc'}` : defaultSort
    return load()
  }
  return { rows, total, totalCapped, loading, paging, under, unionFilter, params, load, search, sortChange }
}
