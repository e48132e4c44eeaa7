// The one question a withdrawal, a revocation or a sensitive export asks: why (the answer goes to the audit log).
import { ElMessageBox } from 'element-plus'

/** The text the user gives, or null when they cancel. */
export async function askReason(title: string, message = '撤回原因（记入操作日志）', placeholder = ''): Promise<string | null> {
  try {
    const { value } = await ElMessageBox.prompt(message, title,
      { inputPlaceholder: placeholder, inputValidator: (v) => !!v?.trim() || '请填写' + message.replace(/（.*$/, '') })
    return value
  } catch {
    return null
  }
}
