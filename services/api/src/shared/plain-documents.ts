import { Types, type Schema, type SchemaType } from 'mongoose';

/*
 * Bulk inserts without a mongoose Document per row. Building a Document costs about a millisecond for a
 * place (casting every path, change tracking, then toObject), which made an import's first run several
 * times slower than the database's own insertMany. A schema is compiled once into a plain function that
 * does what matters of that work for documents our own code built: schema defaults for what is missing,
 * the schema's `trim`, type checks (the one cast: an ObjectId given as its 24-hex string; otherwise a
 * string where a number is expected is an error), and its required / enum / maxlength validators. It returns the document as mongoose would have stored it
 * (plain-documents.test.ts compares the two), without fields the schema does not know (strict mode).
 * Custom validators, setters other than trim, and casting are not supported: compilation refuses a schema
 * that has them.
 */

type Shape = (value: unknown, path: string) => unknown;

export class PlainDocumentError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'PlainDocumentError';
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  !(value instanceof Date) &&
  !(value instanceof Types.ObjectId);

interface Options {
  enum?: readonly unknown[];
  maxlength?: number;
  trim?: boolean;
  required?: boolean;
}

function checkedScalar(type: SchemaType): Shape {
  const instance = type.instance;
  const options = type.options as Options & { enum?: unknown };
  const enumValues = (type as unknown as { enumValues?: unknown[] }).enumValues;
  const maxlength = (type.validators as { type?: string; maxlength?: number }[]).find(
    (v) => v.type === 'maxlength',
  )?.maxlength;
  for (const validator of type.validators as { type?: string }[])
    if (!['required', 'enum', 'maxlength'].includes(validator.type ?? ''))
      throw new Error(`plain documents: unsupported validator "${validator.type}" on ${type.path}`);
  const typeOk: Record<string, (v: unknown) => boolean> = {
    String: (v) => typeof v === 'string',
    Number: (v) => typeof v === 'number' && Number.isFinite(v),
    Boolean: (v) => typeof v === 'boolean',
    Date: (v) => v instanceof Date && !Number.isNaN(v.getTime()),
    ObjectId: (v) => v instanceof Types.ObjectId,
    Mixed: () => true,
  };
  const ok = typeOk[instance];
  if (!ok) throw new Error(`plain documents: unsupported type ${instance} on ${type.path}`);
  return (value, path) => {
    if (value === null || value === undefined) return value;
    let out = value;
    if (instance === 'ObjectId' && typeof out === 'string' && Types.ObjectId.isValid(out) && out.length === 24)
      out = new Types.ObjectId(out);
    if (!ok(out)) throw new PlainDocumentError(path, `not a ${instance}`);
    if (options.trim && typeof out === 'string') out = out.trim();
    if (enumValues?.length && !enumValues.includes(out))
      throw new PlainDocumentError(path, `"${String(out)}" is not one of its values`);
    if (maxlength !== undefined && typeof out === 'string' && out.length > maxlength)
      throw new PlainDocumentError(path, `longer than ${maxlength} characters`);
    return out;
  };
}

/** Compiles a schema (or a subdocument's) into a function from a plain object to its stored form. */
function compileObject(schema: Schema): Shape {
  const fields: {
    path: string[];
    full: string;
    required: boolean;
    array: boolean;
    defaultOf: () => unknown;
    shape: Shape;
  }[] = [];
  const timestamps = Boolean((schema.options as { timestamps?: unknown }).timestamps);
  schema.eachPath((full, type) => {
    if (full === '_id' && !(schema.options as { _id?: boolean })._id) return;
    const setters = (type as unknown as { setters: unknown[] }).setters.length - (type.options.trim ? 1 : 0);
    // _id's and the timestamps' own setters (casting, immutability) change nothing on a new document.
    const own = full === '_id' || (timestamps && (full === 'createdAt' || full === 'updatedAt'));
    if (setters > 0 && !own) throw new Error(`plain documents: unsupported setter on ${full}`);
    const sub = (type as unknown as { schema?: Schema }).schema;
    let shape: Shape;
    if (type.instance === 'Array') {
      const element: Shape = sub
        ? compileObject(sub)
        : checkedScalar((type as unknown as { embeddedSchemaType: SchemaType }).embeddedSchemaType);
      shape = (value, path) => {
        if (value === null || value === undefined) return value;
        if (!Array.isArray(value)) throw new PlainDocumentError(path, 'not an array');
        return value.map((item, i) => element(item, `${path}.${i}`));
      };
    } else if (type.instance === 'Embedded' && sub) {
      const object = compileObject(sub);
      shape = (value, path) => (value === null || value === undefined ? value : object(value, path));
    } else shape = checkedScalar(type);
    const raw = (type as unknown as { defaultValue?: unknown }).defaultValue;
    fields.push({
      path: full.split('.'),
      full,
      required: Boolean(type.isRequired),
      array: type.instance === 'Array',
      // Evaluated per document: arrays, objects and ids must not be shared between documents.
      defaultOf: typeof raw === 'function' ? () => (raw as () => unknown).call(undefined) : () => raw,
      shape,
    });
  });
  return (input, where) => {
    if (!isPlainObject(input)) throw new PlainDocumentError(where || '(document)', 'not an object');
    const out: Record<string, unknown> = {};
    for (const field of fields) {
      let node: unknown = input;
      for (const key of field.path) node = isPlainObject(node) ? node[key] : undefined;
      const path = where ? `${where}.${field.full}` : field.full;
      const value = field.shape(node === undefined ? field.defaultOf() : node, path);
      const missing =
        value === null ||
        value === undefined ||
        value === '' ||
        (field.array && Array.isArray(value) && value.length === 0);
      if (field.required && missing) throw new PlainDocumentError(path, 'is required');
      if (value === undefined) continue;
      let target = out;
      for (const key of field.path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
      target[field.path[field.path.length - 1]!] = value;
    }
    return out;
  };
}

/**
 * The function that turns a plain object into the document mongoose would store for `schema` (defaults,
 * trim, validation), or throws a PlainDocumentError naming the first invalid path.
 */
export function plainDocuments<T = Record<string, unknown>>(schema: Schema): (doc: Record<string, unknown>) => T {
  const shape = compileObject(schema);
  return (doc) => shape(doc, '') as T;
}
