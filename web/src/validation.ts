// Checks a form makes at once, as the cadre leaves a field, with the server's own words (the server checks again
// on saving). One set for every form: el-form :rules="houseRules" and each el-form-item's prop do the rest.
import type { FormItemRule } from 'element-plus'

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'
const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

const fold = (v: string) => v.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim().toUpperCase()

/** Null when valid, else the reason (as IdNumbers.problem on the server). A masked number (unchanged) passes. */
export function idNumberProblem(raw: string): string | null {
  const n = fold(raw)
  if (n.includes('*')) return null
  if (!/^\d{17}[\dX]$/.test(n)) return '身份证号应为18位，前17位为数字，末位为数字或X'
  const province = Number(n.slice(0, 2))
  if (province < 11 || province > 91) return '身份证号前两位不是有效的省级行政区划代码'
  const [y, m, d] = [Number(n.slice(6, 10)), Number(n.slice(10, 12)), Number(n.slice(12, 14))]
  const birth = new Date(y, m - 1, d)
  if (birth.getFullYear() !== y || birth.getMonth() !== m - 1 || birth.getDate() !== d) return '身份证号中的出生日期无效'
  if (birth > new Date() || y < 1900) return '身份证号中的出生日期不合理'
  const sum = ID_WEIGHTS.reduce((s, w, i) => s + Number(n[i]) * w, 0)
  return ID_CHECK[sum % 11] === n[17] ? null : '身份证号校验位错误'
}

/** Null when valid, else the reason (as CreditCodes.problem on the server). */
export function creditCodeProblem(raw: string): string | null {
  const n = fold(raw)
  if (n.length !== 18) return '统一社会信用代码应为18位'
  for (let i = 0; i < 18; i++) {
    if (!CREDIT_CHARSET.includes(n[i])) return `统一社会信用代码第${i + 1}位含有不允许的字符“${n[i]}”`
  }
  if (!/^\d{6}$/.test(n.slice(2, 8))) return '统一社会信用代码第3至8位应为行政区划代码'
  const sum = CREDIT_WEIGHTS.reduce((s, w, i) => s + CREDIT_CHARSET.indexOf(n[i]) * w, 0)
  const check = 31 - (sum % 31)
  return CREDIT_CHARSET[check === 31 ? 0 : check] === n[17] ? null : '统一社会信用代码校验位错误'
}

/** Null when valid, else the reason (as Mobiles on the server). A masked number (unchanged) passes. */
export function mobileProblem(raw: string): string | null {
  const n = fold(raw).replace(/[ -]/g, '')
  return n.includes('*') || /^1[3-9]\d{9}$/.test(n) ? null : '手机号应为11位，以1开头'
}

function format(problem: (v: string) => string | null): FormItemRule {
  return {
    trigger: 'blur',
    validator: (_rule, value: unknown, callback: (e?: Error) => void) => {
      const found = typeof value === 'string' && value.trim() !== '' ? problem(value) : null
      callback(found ? new Error(found) : undefined)
    },
  }
}

const FORMATS: Record<string, FormItemRule[]> = {
  idNumber: [format(idNumberProblem)], creditCode: [format(creditCodeProblem)],
  phone: [format(mobileProblem)], contactPhone: [format(mobileProblem)], mobile: [format(mobileProblem)],
}

/** A field marked required (el-form-item required) is checked for a value; fields with a known format for it. */
const REQUIRED: FormItemRule = { required: false, message: '此项为必填项', trigger: ['blur', 'change'] }

/** The rules of every form: any field name gets the required check its form item asks for, and its format if known. */
export const houseRules = new Proxy({} as Record<string, FormItemRule[]>, {
  get: (_target, key) => (typeof key === 'string' ? [REQUIRED, ...(FORMATS[key] ?? [])] : undefined),
  has: () => true,
})
