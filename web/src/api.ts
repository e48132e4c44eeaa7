// One fetch wrapper for the whole UI: sends the CSRF header, turns problem+json into readable errors.
import { ElMessage } from 'element-plus'

export interface FieldProblem { field: string; message: string }
export class ApiError extends Error {
  status: number
  errors: FieldProblem[]
  constructor(status: number, message: string, errors: FieldProblem[] = []) {
    super(message)
    this.status = status
    this.errors = errors
  }
}

function csrfToken(): string {
  const m = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/)
  return m ? decodeURIComponent(m[1]) : ''
}

let onUnauthenticated: () => void = () => {}
let onPasswordChangeRequired: () => void = () => {}
export function setAuthHandlers(unauth: () => void, mustChange: () => void) {
  onUnauthenticated = unauth
  onPasswordChangeRequired = mustChange
}

export async function ensureCsrf() {
  if (!csrfToken()) await fetch('/api/auth/csrf', { credentials: 'same-origin' })
}

async function request<T>(method: string, url: string, body?: unknown, isForm = false): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (method !== 'GET') {
    await ensureCsrf()
    headers['X-XSRF-TOKEN'] = csrfToken()
  }
  if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json'
  const res = await fetch(url, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : isForm ? (body as FormData) : JSON.stringify(body),
  })
  if (res.status === 204) return undefined as T
  const text = await res.text()
  const data = text ? JSON.parse(text) : undefined
  if (!res.ok) {
    if (res.status === 401 && !url.endsWith('/api/auth/login')) onUnauthenticated()
    if (res.status === 403 && data?.type?.endsWith('password-change-required')) onPasswordChangeRequired()
    throw new ApiError(res.status, data?.detail ?? `请求失败（${res.status}）`, data?.errors ?? [])
  }
  return data as T
}

export const api = {
  get: <T>(url: string, params?: Record<string, unknown>) => request<T>('GET', withQuery(url, params)),
  post: <T>(url: string, body?: unknown) => request<T>('POST', url, body ?? {}),
  put: <T>(url: string, body: unknown) => request<T>('PUT', url, body),
  del: <T>(url: string) => request<T>('DELETE', url),
  upload: <T>(url: string, form: FormData) => request<T>('POST', url, form, true),
}

export function withQuery(url: string, params?: Record<string, unknown>) {
  if (!params) return url
  const q = new URLSearchParams()
  Object.entries(params).forEach(([k, v]) => {
    if (v !== undefined && v !== null && v !== '') q.append(k, String(v))
  })
  const s = q.toString()
  return s ? `${url}?${s}` : url
}

/** Shows an API error to the user; returns the field problems so a form can mark its fields. */
export function showError(e: unknown): FieldProblem[] {
  if (e instanceof ApiError) {
    ElMessage.error({ message: e.message, duration: 5000 })
    return e.errors
  }
  ElMessage.error('网络错误，请稍后重试')
  return []
}

/** Triggers a browser download of a GET endpoint (export, template, error workbook). */
export function download(url: string, params?: Record<string, unknown>) {
  const a = document.createElement('a')
  a.href = withQuery(url, params)
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
}

// totalCapped: the list was counted only up to total (10,000), and more rows match
export interface Page<T> { items: T[]; total: number; page: number; size: number; totalCapped?: boolean }
