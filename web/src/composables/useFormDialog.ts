// One create/edit dialog's state: its draft, the server's field problems shown beside the fields, and saving.
import { reactive } from 'vue'
import { ElMessage } from 'element-plus'
import { showError } from '../api'

export interface FormDialog<T> {
  visible: boolean; busy: boolean; id: number; data: T; errors: Record<string, string>
}

/**
 * blank() gives a new draft; submit(data, id) sends it (id 0 for a new record); after() runs once saved.
 * Field problems from the server land in errors[field], for :error on each el-form-item.
 */
export function useFormDialog<T extends object>(blank: () => T, submit: (data: T, id: number) => Promise<unknown>,
  options: { done?: string; after?: () => unknown } = {}) {
  const dialog = reactive({ visible: false, busy: false, id: 0, data: blank(), errors: {} }) as FormDialog<T>

  function open(initial: Partial<T> = {}, id = 0) {
    dialog.data = { ...blank(), ...initial }
    dialog.id = id
    dialog.errors = {}
    dialog.visible = true
  }
  async function save() {
    dialog.errors = {}
    dialog.busy = true
    try {
      await submit(dialog.data, dialog.id)
      ElMessage.success(options.done ?? '已保存')
      dialog.visible = false
      await options.after?.()
    } catch (e) {
      showError(e).forEach((p) => (dialog.errors[p.field] = p.message))
    } finally {
      dialog.busy = false
    }
  }
  return { dialog, open, save }
}
