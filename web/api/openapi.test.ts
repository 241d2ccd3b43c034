import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 description with every schema it refers to', async () => {
    const document = openApiDocument('http://127.0.0.1:3000');
    const result = await new Validator().validate(document as never);
    expect(result.errors ?? []).toEqual([]);
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map(
      (m) => m[1]!,
    );
    expect(refs.length).toBeGreaterThan(10);
    for (const name of new Set(refs)) expect(document.components.schemas, name).toHaveProperty(name);
  });

  it('documents no way for a token to approve, publish or withdraw', () => {
    const paths = Object.keys(openApiDocument('http://x').paths);
    expect(paths.filter((p) => /approve|publish|withdraw|schedule/.test(p))).toEqual([]);
  });
});
