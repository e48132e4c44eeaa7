// Days are the federation's days: "today" is reckoned in its time zone (sent with the session),
// never in the browser's zone or in UTC, so that 00:00–08:00 in Shanghai is not "yesterday".
import { session } from './session'

const FALLBACK_ZONE = 'Asia/Shanghai'

/** A day (YYYY-MM-DD) as the federation reckons it, for the given instant (now by default). */
export function federationDay(at: Date = new Date()): string {
  const zone = session.user?.timeZone || FALLBACK_ZONE
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at)
}

/** The federation's current calendar year. */
export function federationYear(): number {
  return Number(federationDay().slice(0, 4))
}

/** An instant (as the API sends it) as the federation's wall-clock time, YYYY-MM-DD HH:mm:ss, whatever the browser's zone. */
export function federationTime(instant: string): string {
  const zone = session.user?.timeZone || FALLBACK_ZONE
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(instant))
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`
}
