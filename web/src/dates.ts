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

/** How precisely a recorded date is known (the API's DAY, MONTH, YEAR, ASSUMED). */
export const PRECISIONS = [
  { code: 'DAY', label: '精确到日' }, { code: 'MONTH', label: '仅知年月' },
  { code: 'YEAR', label: '仅知年份' }, { code: 'ASSUMED', label: '日期不详，按此日计' },
]

/** A date as precisely as it is known: 2015-06-01, 2015年6月, 2015年, or 不详（按2015-01-01计）. */
export function roughDate(date: string | null | undefined, precision?: string | null): string {
  if (!date) return '—'
  switch (precision) {
    case 'YEAR': return `${date.slice(0, 4)}年`
    case 'MONTH': return `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月`
    case 'ASSUMED': return `不详（按${date}计）`
    default: return date
  }
}
