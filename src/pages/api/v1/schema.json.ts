// /api/v1/schema.json: JSON Schema of the entry format and of the API files, generated from the zod schemas.
import type { APIRoute } from 'astro';
import { buildJsonSchema } from '../../../lib/api/schema.ts';
import { absoluteUrl, dataUrls } from '../../../lib/api/urls.ts';
import { toJson } from '../../../lib/api/documents.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('`site` is not set: schema.json needs the public address for its $id');
  const schema = buildJsonSchema(absoluteUrl(dataUrls.schema(), site));
  return new Response(toJson(schema), { headers: { 'content-type': 'application/schema+json; charset=utf-8' } });
};
