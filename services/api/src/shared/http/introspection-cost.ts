import {
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

interface Count {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Fields left to count before the operation is over its limit whatever follows; shared by the operation. */
  budget: { left: number };
  /** Cost of a selection on a schema element already walked: a type is referenced by hundreds of fields. */
  known: Map<SelectionSetNode, Map<unknown, number>>;
  /** Argument values per field node (`includeDeprecated`), coerced once. */
  args: Map<FieldNode, Record<string, unknown>>;
}

/**
 * The exact number of fields an introspection field (`__schema`, `__type`, `__typename`) resolves, found by
 * walking the schema with graphql-js's own introspection resolvers, each object counted OBJECT_FIELDS more. A
 * `__schema` is a copy of the whole schema (thousands of fields): aliased 285 times it made a 29 MB answer while
 * counting 0. The walk stops once `budget` is spent, so measuring never costs more than the limit it enforces.
 */
export function introspectionCost(
  schema: GraphQLSchema,
  node: FieldNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  budget: { left: number },
): number {
  const count: Count = { schema, fragments, variables, budget, known: new Map(), args: new Map() };
  const name = node.name.value;
  if (name === '__schema') return fieldCost(count, node, SchemaMetaFieldDef.type, schema);
  if (name === '__type') {
    const { name: typeName } = argumentsOf(count, TypeMetaFieldDef, node);
    return fieldCost(
      count,
      node,
      TypeMetaFieldDef.type,
      typeof typeName === 'string' ? schema.getType(typeName) : null,
    );
  }
  return spend(count, 1); // __typename, or an unknown __ field that validation refuses
}

/**
 * What completing one object adds to its fields, in fields. An object (a result map, its field collection, and
 * memory that lives until the answer is written) costs graphql-js many times a leaf field, most of all in a
 * large heap. Counting objects as 1, 7 aliased copies of `types { name fields { name args { name } } }` (nearly
 * all objects) fit in the limit and held the event loop 45 ms at 300 000 places, twice the standard query
 * (test/faults/event-loop-hold.test.ts); at 12 the limit admits 3 of them (~30 ms), the standard query ~23 ms.
 */
export const OBJECT_FIELDS = 12;

function fieldCost(count: Count, node: FieldNode, type: GraphQLOutputType, value: unknown): number {
  let cost = spend(count, 1);
  if (!node.selectionSet || value == null) return cost;
  const named = getNamedType(type);
  const items = isListType(getNullableType(type)) ? Array.from(value as Iterable<unknown>) : [value];
  for (const item of items) {
    if (count.budget.left < 0) break;
    if (item != null) cost += spend(count, OBJECT_FIELDS) + knownSelectionCost(count, node.selectionSet, named, item);
  }
  return cost;
}

function knownSelectionCost(count: Count, set: SelectionSetNode, type: GraphQLNamedType, value: unknown): number {
  let byValue = count.known.get(set);
  if (!byValue) count.known.set(set, (byValue = new Map()));
  const known = byValue.get(value);
  if (known !== undefined) return spend(count, known);
  const cost = selectionCost(count, set, type, value, new Set());
  if (count.budget.left >= 0) byValue.set(value, cost); // a walk cut short is not the whole cost
  return cost;
}

function selectionCost(
  count: Count,
  set: SelectionSetNode,
  type: GraphQLNamedType,
  value: unknown,
  seen: Set<string>,
): number {
  let cost = 0;
  for (const selection of set.selections) {
    if (count.budget.left < 0) break;
    if (selection.kind === Kind.FIELD) {
      const definition = isObjectType(type) ? type.getFields()[selection.name.value] : undefined;
      if (!definition) {
        cost += spend(count, 1); // __typename
        continue;
      }
      cost += fieldCost(count, selection, definition.type, resolve(count, definition, selection, value));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      cost += selectionCost(count, selection.selectionSet, type, value, seen);
    } else {
      const fragment = count.fragments[selection.name.value];
      if (!fragment || seen.has(selection.name.value)) continue;
      cost += selectionCost(count, fragment.selectionSet, type, value, new Set([...seen, selection.name.value]));
    }
  }
  return cost;
}

function resolve(count: Count, definition: GraphQLField<unknown, unknown>, node: FieldNode, source: unknown): unknown {
  if (!definition.resolve) return (source as Record<string, unknown>)[definition.name];
  try {
    // The introspection resolvers only read `schema` from the info (possibleTypes).
    const info = { schema: count.schema } as GraphQLResolveInfo;
    return definition.resolve(source, argumentsOf(count, definition, node), undefined, info);
  } catch {
    return null;
  }
}

function argumentsOf(
  count: Count,
  definition: GraphQLField<unknown, unknown>,
  node: FieldNode,
): Record<string, unknown> {
  let args = count.args.get(node);
  if (!args) {
    try {
      args = getArgumentValues(definition, node, count.variables);
    } catch {
      args = {}; // execution refuses the values with a clear error
    }
    count.args.set(node, args);
  }
  return args;
}

function spend(count: Count, n: number): number {
  count.budget.left -= n;
  return n;
}
