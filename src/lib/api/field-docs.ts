// The /data/ page's tables of fields, read from the published JSON Schema (itself generated from the
// zod schemas and their .describe() texts): every field is documented once, where it is defined.

/** The part of a JSON Schema the tables read. */
export interface JsonSchemaNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchemaNode[];
  anyOf?: JsonSchemaNode[];
  allOf?: JsonSchemaNode[];
  $ref?: string;
  pattern?: string;
  format?: string;
}

export interface FieldRow {
  name: string;
  /** The value's shape in words: "string", "date string", "object[]", "one of: a, b". */
  type: string;
  required: boolean;
  description: string;
}

const DATE_PATTERN = '^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$';

/** A node's type in words. */
export function typeOf(node: JsonSchemaNode): string {
  if (node.$ref) return `${node.$ref.replace(/^.*\//, '')} object`;
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum) return `one of ${node.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  const variants = node.anyOf ?? node.oneOf;
  if (variants) return [...new Set(variants.map(typeOf))].join(' or ');
  if (node.pattern === DATE_PATTERN || node.allOf?.some((a) => a.pattern === DATE_PATTERN)) return 'date string';
  if (node.format === 'uri') return 'URL';
  const type = Array.isArray(node.type) ? node.type.join(' or ') : node.type;
  if (type === 'array')
    return node.items ? `${typeOf(node.items).replace(/ object$/, '')}[]`.replace(/^object\[\]$/, 'object[]') : 'array';
  return type ?? 'any';
}

/** The rows of an object's fields, in the order the schema lists them. */
export function fieldRows(node: JsonSchemaNode, skip: readonly string[] = []): FieldRow[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {})
    .filter(([name]) => !skip.includes(name))
    .map(([name, field]) => ({
      name,
      type: typeOf(field),
      required: required.has(name),
      description: field.description ?? '',
    }));
}

/**
 * The fields of the variants of a union (a country, a company, an organization), each once, in the
 * order met; a field only some variants have says so.
 */
export function unionFieldRows(variants: readonly JsonSchemaNode[], skip: readonly string[] = []): FieldRow[] {
  const rows = new Map<string, FieldRow & { in: number }>();
  for (const v of variants)
    for (const row of fieldRows(v, skip)) {
      const seen = rows.get(row.name);
      if (!seen) rows.set(row.name, { ...row, in: 1 });
      else {
        seen.in += 1;
        const pieces = seen.type.split(' or ');
        for (const piece of row.type.split(' or ')) if (!pieces.includes(piece)) pieces.push(piece);
        seen.type = pieces.join(' or ');
      }
    }
  return [...rows.values()].map(({ in: count, ...row }) =>
    count < variants.length
      ? { ...row, required: false, description: `${row.description} (Not every kind has it.)` }
      : row,
  );
}
