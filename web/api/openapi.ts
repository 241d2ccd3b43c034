import { z } from 'zod';
import { agendaItemBody, createMeetingBody, decisionBody, draftBody } from '@/domain/record-inputs';
import {
  apiError,
  createdMeeting,
  createdRecord,
  meeting,
  release,
  releaseList,
  meetingQuery,
  releaseQuery,
  releaseSummary,
  savedRevision,
  submittedDocument,
} from './schemas';

// The OpenAPI 3.1 description of /api/v1, its schemas generated from the zod schemas that check every
// answer before it is sent (OpenAPI 3.1 schemas are JSON Schema 2020-12, which zod emits).

const RESPONSES = {
  releaseSummary,
  release,
  releaseList,
  meeting,
  apiError,
  createdMeeting,
  createdRecord,
  savedRevision,
  submittedDocument,
};
const REQUESTS = { createMeetingBody, agendaItemBody, decisionBody, draftBody };

const idOf = (schema: z.ZodType) => {
  const id = z.globalRegistry.get(schema)?.id;
  if (!id) throw new Error('an API schema without an id');
  return id;
};
const ref = (schema: z.ZodType) => ({ $ref: `#/components/schemas/${idOf(schema)}` });

function generateComponents(): Record<string, unknown> {
  const uri = (id: string) => `#/components/schemas/${id}`;
  const output = z.toJSONSchema(z.globalRegistry, { io: 'output', uri }).schemas;
  const input = z.toJSONSchema(z.globalRegistry, { io: 'input', uri }).schemas;
  const pick = (all: Record<string, unknown>, schemas: Record<string, z.ZodType>) =>
    Object.values(schemas).map((s) => {
      // A component is a schema inside the document, not a document of its own.
      const schema = { ...(all[idOf(s)] as Record<string, unknown>) };
      delete schema.$schema;
      delete schema.$id;
      return [idOf(s), schema] as const;
    });
  return Object.fromEntries([...pick(output, RESPONSES), ...pick(input, REQUESTS)]);
}

// The schemas never change while the server runs: generated once, on the first request for the document.
let generated: Record<string, unknown> | undefined;
const components = () => (generated ??= generateComponents());

const json = (schema: z.ZodType) => ({ 'application/json': { schema: ref(schema) } });
const error = (description: string) => ({ description, content: json(apiError) });

const cacheHeaders = {
  ETag: { description: 'Strong validator of the body.', schema: { type: 'string' } },
  'Last-Modified': { description: 'When the content last changed.', schema: { type: 'string' } },
  'Cache-Control': { schema: { type: 'string' } },
  'Access-Control-Allow-Origin': { schema: { type: 'string', const: '*' } },
};

const conditional = [
  { name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } },
  { name: 'If-Modified-Since', in: 'header', required: false, schema: { type: 'string' } },
];

const idParam = (description: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description,
  schema: { type: 'integer', minimum: 1 },
});

const paramsOf = (query: z.ZodObject) =>
  Object.entries(z.toJSONSchema(query, { io: 'input' }).properties ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: false,
    schema,
  }));
const queryParams = paramsOf(releaseQuery);

const read = (
  summary: string,
  schema: z.ZodType,
  params: unknown[],
  extra: Record<string, unknown> = {},
) => ({
  get: {
    summary,
    tags: ['Open data'],
    security: [],
    parameters: [...params, ...conditional],
    responses: {
      '200': { description: 'OK', headers: cacheHeaders, content: json(schema) },
      '304': {
        description: 'Not modified: the copy named by If-None-Match or If-Modified-Since is current.',
      },
      ...extra,
    },
  },
});

const write = (
  method: 'post' | 'put',
  summary: string,
  body: z.ZodType | null,
  status: '200' | '201',
  result: z.ZodType,
  params: unknown[],
) => ({
  [method]: {
    summary,
    tags: ['Integration'],
    security: [{ bearerToken: [] }],
    parameters: params,
    ...(body ? { requestBody: { required: true, content: json(body) } } : {}),
    responses: {
      [status]: { description: status === '201' ? 'Created' : 'OK', content: json(result) },
      '400': error('The body or a parameter is not valid; `issues` names each field.'),
      '401': error('No token, or a token that is unknown, expired or revoked.'),
      '403': error('The token lacks the role this needs (secretary).'),
      '404': error('No such meeting or document.'),
      '409': error('The workflow refuses this in the document’s present state, or the save is stale.'),
    },
  },
});

/** The document served at /api/v1/openapi.json, with the server it is served from. */
export function openApiDocument(origin: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Gazette API',
      version: '1.0.0',
      description:
        'Open data: the published press releases and the public parts of their meetings, for anyone, read-only. ' +
        'Integration: with a token issued by an administrator, other systems create meetings, agenda items, ' +
        'decisions and drafts and submit them for review, under the same rules as the workspace. A token ' +
        'never approves, publishes or withdraws.',
    },
    servers: [{ url: `${origin}/api/v1` }],
    tags: [{ name: 'Open data' }, { name: 'Integration' }],
    paths: {
      '/releases': read('Published releases, newest first', releaseList, queryParams, {
        '400': error('A query parameter is not valid.'),
      }),
      '/releases/{id}': read('One published release', release, [idParam('The release id.')], {
        '404': error('No published release has this id.'),
        '410': error('The release was withdrawn.'),
      }),
      '/meetings/{id}': read(
        'The public parts of a meeting with a published release',
        meeting,
        [idParam('The meeting id.'), ...paramsOf(meetingQuery)],
        { '404': error('No meeting with a published release has this id.') },
      ),
      '/meetings': write(
        'post',
        'Create a meeting and its documents',
        createMeetingBody,
        '201',
        createdMeeting,
        [],
      ),
      '/meetings/{id}/agenda-items': write(
        'post',
        'Add an agenda item',
        agendaItemBody,
        '201',
        createdRecord,
        [idParam('The meeting id.')],
      ),
      '/meetings/{id}/decisions': write('post', 'Add a decision', decisionBody, '201', createdRecord, [
        idParam('The meeting id.'),
      ]),
      '/documents/{id}/draft': write('put', 'Save a draft revision', draftBody, '200', savedRevision, [
        idParam('The document id.'),
      ]),
      '/documents/{id}/submit': write('post', 'Submit for review', null, '200', submittedDocument, [
        idParam('The document id.'),
      ]),
    },
    components: {
      schemas: components(),
      securitySchemes: {
        bearerToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'An API token (gz_…) issued by an administrator under Admin → API tokens.',
        },
      },
    },
  };
}
