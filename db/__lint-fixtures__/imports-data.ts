// An upward import on purpose (db/ may import only domain/ and config/): db/layers.test.ts lints this
// file and expects the layer rule to refuse line 4, and nothing else.
import type { DocumentKind } from '@/domain/vocabulary';
import { systemActor } from '@/data/actor';

export const fixture: { kind: DocumentKind; actor: ReturnType<typeof systemActor> } = {
  kind: 'agenda',
  actor: systemActor('seed'),
};
