// Compile-time checks of ./client, run by `npm run check` (vue-tsc): each @ts-expect-error line must
// fail to type-check, so if the client stopped checking paths, parameters, bodies or answers, the
// unused directive would fail the build. Nothing here runs.
import { client } from './client'

export async function typedClientRefusesWhatTheApiDoesNotHave() {
  // @ts-expect-error a path the API does not have
  await client.get('/api/no-such-list')
  // @ts-expect-error a query parameter /api/figures does not take
  await client.get('/api/figures', { query: { colour: 'red' } })
  // @ts-expect-error GET only: the figures cannot be posted
  await client.post('/api/figures')
  const figures = await client.get('/api/figures', { query: { by: 'caseKind' } })
  // @ts-expect-error the answer's figures have no field `total`
  void figures[0].total
  await client.put('/api/rights/outreach/{id}', {
    path: { id: 1 },
    // @ts-expect-error the outreach request has no field `speaker`
    body: { heldOn: '2026-01-01', topic: '讲座', kind: 'LECTURE', speaker: '张三' },
  })
}
