// A list's rows chosen with its check boxes and one action on all of them (批量审批通过 …): each row is changed by the
// server as if alone (its rules and audit hold), and the rows it refused are listed with their reasons.
import { shallowRef } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import { api, showError } from '../api'

interface BulkResult { done: number; failures: { id: number; reason: string }[] }

export function useBulk<T extends { id: number }>(reload: () => unknown, describe: (row: T) => string,
  table?: () => { clearSelection: () => void } | undefined) {
  const selection = shallowRef<T[]>([])
  function onSelectionChange(rows: T[]) { selection.value = rows }
  /** Confirms, posts {ids, ...body} to url, reports what was done and what was refused, reloads. */
  async function run(url: string, action: string, body: Record<string, unknown> = {}, confirmed = false) {
    const rows = selection.value
    if (!rows.length) { ElMessage.warning('请先勾选记录'); return }
    if (!confirmed) {
      try { await ElMessageBox.confirm(`${action}选中的 ${rows.length} 条？`, action, { type: 'warning' }) } catch { return }
    }
    try {
      const r = await api.post<BulkResult>(url, { ids: rows.map((x) => x.id), ...body })
      if (r.failures.length) {
        const names = new Map(rows.map((x) => [x.id, describe(x)]))
        await ElMessageBox.alert(r.failures.map((f) => `${names.get(f.id) ?? f.id}：${f.reason}`).join('；'),
          `${action}：完成 ${r.done} 条，${r.failures.length} 条未处理`, { type: 'warning' })
      } else {
        ElMessage.success(`${action}：完成 ${r.done} 条`)
      }
      table?.()?.clearSelection()
      selection.value = []
      await reload()
    } catch (e) { showError(e) }
  }
  return { selection, onSelectionChange, run }
}
