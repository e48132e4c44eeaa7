// The typed client: every call names a path of the API document (web/openapi.json, generated into
// ./generated/api.ts at build time) and gets its query, path variables, body and answer checked by the
// compiler, so a page that asks for a parameter, sends a field or reads an answer the server does not
// have fails `npm run build`. It sends through ./api (session cookie, CSRF, Chinese error messages).
import type { paths } from './generated/api'
import { api, withQuery } from './api'

type Method = 'get' | 'post' | 'put' | 'delete'
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>
/** The paths that have an operation for the method. */
type PathsOf<M extends Method> = { [P in keyof paths]: [Operation<P, M>] extends [never] ? never : P }[keyof paths]

type Parameters<O> = O extends { parameters: infer A } ? A : never
type Query<O> = Parameters<O> extends { query?: infer Q } ? Q : never
type PathVariables<O> = Parameters<O> extends { path: infer V } ? V : never
type Body<O> = O extends { requestBody: { content: { 'application/json': infer B } } } ? B
  : O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never
type ContentOf<R> = R extends { content: infer C } ? C[keyof C] : void
type Answer<O> = O extends { responses: infer R } ? ContentOf<R[Extract<keyof R, 200 | 201 | 204>]> : never

/** Query parameters, path variables and body of one call, as the API document defines them. */
export interface Request<O> {
  query?: Query<O>
  path?: PathVariables<O>
  body?: Body<O>
}

function url(template: string, variables?: unknown): string {
  return template.replace(/\{(\w+)}/g, (_, name: string) => encodeURIComponent(String((variables as Record<string, unknown>)[name])))
}

export const client = {
  get<P extends PathsOf<'get'>>(path: P, request: Request<Operation<P, 'get'>> = {}) {
    return api.get<Answer<Operation<P, 'get'>>>(url(path, request.path), request.query as Record<string, unknown>)
  },
  post<P extends PathsOf<'post'>>(path: P, request: Request<Operation<P, 'post'>> = {}) {
    return api.post<Answer<Operation<P, 'post'>>>(withQuery(url(path, request.path), request.query as Record<string, unknown>), request.body)
  },
  put<P extends PathsOf<'put'>>(path: P, request: Request<Operation<P, 'put'>>) {
    return api.put<Answer<Operation<P, 'put'>>>(url(path, request.path), request.body)
  },
  del<P extends PathsOf<'delete'>>(path: P, request: Request<Operation<P, 'delete'>> = {}) {
    return api.del<Answer<Operation<P, 'delete'>>>(url(path, request.path))
  },
}
