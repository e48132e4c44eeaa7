import { reactive } from 'vue'
import { api } from './api'

export interface SessionInfo {
  id: number; username: string; displayName: string; unionId: number; unionName: string
  permissions: string[]; mustChangePassword: boolean; timeZone: string
}

export const session = reactive<{ user: SessionInfo | null; loaded: boolean }>({ user: null, loaded: false })

export async function loadSession() {
  try {
    session.user = await api.get<SessionInfo>('/api/auth/me')
  } catch {
    session.user = null
  }
  session.loaded = true
}

export function can(permission: string) {
  return !!session.user?.permissions.includes(permission)
}
