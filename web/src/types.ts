// The API's request and answer types, generated at build time from web/openapi.json (which
// ApiContractTest keeps equal to what the server describes), so that a page reading a field the
// server does not send fails the build.
import type { components } from './generated/api'

type Schemas = components['schemas']

/** Every field present, in nested records and lists too. */
type Complete<T> = T extends (infer U)[] ? Complete<U>[] : T extends object ? { [P in keyof T]-?: Complete<T[P]> } : T

/** An answer record: records send every field, so none is optional (nullable ones may still be null). */
export type View<K extends keyof Schemas> = Complete<Schemas[K]>
