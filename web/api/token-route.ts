import 'server-only';
import type { z } from 'zod';
import { countAnonymousRefusal } from '@/data/anonymous-refusals';
import { authenticateApiToken, recordApiUse } from '@/data/api-tokens';
import type { Actor } from '@/data/actor';
import { GazetteError } from '@/data/errors';
import { isMessageKey, translator, type MessageKey } from '@/messages';
import { clientAddressOf } from '@/web/client-address';
import { limitsOf } from '@/domain/validation';
import { apiErrorResponse, issuesOf } from './http';

// The integration API's frame: a bearer token becomes an actor, the data layer decides, every request with
// a valid token is audited with its outcome (without one, it is only counted: data/anonymous-refusals.ts), and refusals come back as JSON with a status a program can act on.
//
// These routes read no cookie: a caller is who its Authorization header says, and browsers never attach
// that header on their own, so another site cannot make a visitor's browser call them (no CSRF). They are
// outside proxy.ts's matcher, and send no CORS headers, so no web page can read their answers either.

const en = translator('en');

const messageOf = (error: GazetteError) => {
  const role = error.params.role;
  const params =
    typeof role === 'string' && role
      ? { ...error.params, role: en(`roles.${role}` as MessageKey) }
      : error.params;
  return en(error.key, params);
};

/** Refusals of who is asking (403), as against refusals of what the document's state allows (409). */
const PERMISSION_KEYS: readonly MessageKey[] = ['error.forbidden', 'workflow.refused.roleRequired'];

function errorResponse(error: GazetteError, transitionEndpoint: boolean): Response {
  const message = messageOf(error);
  switch (error.kind) {
    case 'not_found':
      return apiErrorResponse(404, 'not_found', message);
    case 'conflict':
      return apiErrorResponse(409, 'conflict', message);
    case 'forbidden':
      return PERMISSION_KEYS.includes(error.key)
        ? apiErrorResponse(403, 'forbidden', message)
        : apiErrorResponse(409, 'workflow_refused', message);
    case 'invalid':
      // On a state change, "not consistent with the records" and the like are the workflow refusing.
      return transitionEndpoint
        ? apiErrorResponse(409, 'workflow_refused', message)
        : apiErrorResponse(400, 'invalid', message);
  }
}

export const invalidBody = (error: z.ZodError) =>
  apiErrorResponse(400, 'invalid_parameters', 'The request is not valid.', {
    // The shared form schemas carry catalogue keys as messages, with the limits they name.
    issues: issuesOf(error, (issue) =>
      isMessageKey(issue.message) ? en(issue.message, limitsOf(issue)) : issue.message,
    ),
  });

/** A path id that is not a positive integer names nothing. */
export const noSuchRecord = () => apiErrorResponse(404, 'not_found', en('error.notFound'));

/** The JSON body of a request, or undefined when it is not JSON. */
export async function jsonBody(request: Request): Promise<unknown> {
  return request.json().catch(() => undefined);
}

type Handler<P> = (input: { actor: Actor; request: Request; params: P }) => Promise<Response> | Response;

/**
 * A route that needs a token: 401 without a valid one (missing, unknown, expired, revoked, or its account
 * disabled), then the handler with the token's actor. Each call with a valid token is audited as
 * `api.request`; a refusal for want of one is counted for its address and minute.
 */
export function tokenRoute<P>(endpoint: string, handler: Handler<P>, options: { transition?: boolean } = {}) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const method = request.method;
    const check = authenticateApiToken(request.headers.get('authorization'));
    if (!check.ok) {
      countAnonymousRefusal(clientAddressOf(request.headers), endpoint);
      return apiErrorResponse(
        401,
        'unauthorized',
        'A valid API token is required (Authorization: Bearer …).',
        {
          headers: { 'WWW-Authenticate': 'Bearer realm="gazette"' },
        },
      );
    }
    let response: Response;
    try {
      response = await handler({ actor: check.actor, request, params: await context.params });
    } catch (error) {
      if (!(error instanceof GazetteError)) {
        recordApiUse(check, { method, endpoint, status: 500, outcome: 'error' });
        throw error;
      }
      response = errorResponse(error, options.transition ?? false);
    }
    recordApiUse(check, {
      method,
      endpoint,
      status: response.status,
      outcome: response.status < 400 ? 'ok' : 'refused',
    });
    return response;
  };
}

/** A JSON answer of the integration API, checked against its schema. */
export function apiJson<S extends z.ZodType>(schema: S, value: z.input<S>, status = 200): Response {
  return new Response(JSON.stringify(schema.parse(value)), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
