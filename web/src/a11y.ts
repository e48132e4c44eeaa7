// Element Plus's select and date inputs carry no label of their own; a screen reader then says only
// "combobox". Every such input gets, as it appears, the label its context gives: the form item's label,
// else the placeholder shown in it, so that "状态" or "所属工会" is read out.

function labelOf(input: HTMLElement): string | null {
  const item = input.closest('.el-form-item')
  const formLabel = item?.querySelector('.el-form-item__label')?.textContent?.trim()
  if (formLabel) return formLabel
  const own = input.getAttribute('placeholder')
  if (own) return own
  const wrapper = input.closest('.el-select, .el-date-editor, .el-cascader, .el-input-number')
  const shown = wrapper?.querySelector('.el-select__placeholder, .el-range-input')?.textContent?.trim()
    || wrapper?.querySelector('input[placeholder]')?.getAttribute('placeholder')
  return shown || null
}

function label(root: ParentNode) {
  root.querySelectorAll<HTMLElement>('input:not([aria-label]):not([aria-labelledby]):not([type=hidden]), textarea:not([aria-label])')
    .forEach((input) => {
      if (input.id && document.querySelector(`label[for="${CSS.escape(input.id)}"]`)) return
      const text = labelOf(input)
      if (text) input.setAttribute('aria-label', text)
    })
}

export function labelUnlabelledInputs(root: HTMLElement) {
  label(root)
  let pending = false
  new MutationObserver(() => {
    if (pending) return
    pending = true
    requestAnimationFrame(() => { pending = false; label(document.body) })
  }).observe(document.body, { childList: true, subtree: true })
}
