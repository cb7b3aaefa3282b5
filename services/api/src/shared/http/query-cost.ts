import {
  Kind,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  getIntrospectionQuery,
  parse,
  print,
  valueFromAST,
  type ArgumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { introspectionCost } from './introspection-cost';

export interface QueryMeasure {
  /** Deepest field nesting (introspection fields excluded: their cost is exact, see introspection-cost). */
  depth: number;
  /** Estimated work: each field counts 1, lists multiply their selections, priced fields add their work. */
  cost: number;
  /**
   * Fields the operation's `__schema` and `__type` resolve, counted exactly (`__typename` is in `cost`). Kept apart
   * from `cost`: they grow with the schema, not with the directory, and have their own limit
   * (`introspectionLimit`), so adding types never refuses GraphiQL's or codegen's standard query.
   */
  introspection: number;
}

/** What a field costs beyond resolving itself, from its arguments (see `FieldCosts`). */
export interface FieldCost {
  /** The work the field does (a directory scan, a count), in cost points; charged once per parent object. */
  price?: number;
  /** How many items the list field returns, when its arguments tell (instead of `first` or the default). */
  items?: number;
}

/** Per schema coordinate (`"PlaceConnection.facets"`): the cost of a field given its argument values. */
export type FieldCosts = Record<string, (args: Record<string, unknown>) => FieldCost>;

export interface MeasureOptions {
  fieldCosts?: FieldCosts;
  /** Items assumed for a list without `first` or a known size. */
  defaultListSize?: number;
  /** Introspection is counted exactly, item by item, up to this budget and no further (default: no limit). */
  maxIntrospection?: number;
}

/**
 * How far the standard introspection query may be exceeded: not at all. The most complete standard query
 * (below) is already a superset of what GraphiQL and codegen send; aliased copies of `__schema` (285 of
 * them made a 29 MB answer) are refused from the second. 1.25 let 9 copies of a fields-and-arguments
 * `__schema` through, which held /healthz 80 ms (bar 50: test/faults/event-loop-hold.test.ts).
 */
export const INTROSPECTION_HEADROOM = 1;

const introspectionLimits = new WeakMap<GraphQLSchema, number>();

/**
 * The most introspection fields one operation may resolve on this schema: the most complete standard
 * introspection query (descriptions, deprecated arguments, `specifiedByURL`, repeatable directives) times
 * INTROSPECTION_HEADROOM. It follows the schema, so new types never lock GraphiQL or codegen out, and the
 * answer stays bounded by about one copy of the schema whatever the aliases.
 */
export function introspectionLimit(schema: GraphQLSchema): number {
  let limit = introspectionLimits.get(schema);
  if (limit === undefined) {
    const document = parse(
      getIntrospectionQuery({
        descriptions: true,
        inputValueDeprecation: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
      }),
    );
    const fragments: Record<string, FragmentDefinitionNode> = {};
    let operation: OperationDefinitionNode | undefined;
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
      else if (definition.kind === Kind.OPERATION_DEFINITION) operation = definition;
    }
    const { introspection } = measureOperation(schema, operation!, fragments, {});
    limit = Math.ceil(introspection * INTROSPECTION_HEADROOM);
    introspectionLimits.set(schema, limit);
  }
  return limit;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  defaultListSize: number;
  fieldCosts: FieldCosts;
  /** Introspection items still to count before the operation is over its limit anyway (shared). */
  introspectionBudget: { left: number };
}

/**
 * Measures an operation before it runs. A list with a `first` argument multiplies its selections by
 * that value (variables and defaults included), and so do the `edges`/`nodes` of a connection with
 * `first` (its `totalCount`, `pageInfo`, `facets` are answered once); other lists multiply by
 * `defaultListSize`. Fields listed in `fieldCosts` add their price and may say how many items they
 * return; introspection fields count what they would resolve.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  options: MeasureOptions = {},
): QueryMeasure {
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return { depth: 0, cost: 0, introspection: 0 };
  const walk: Walk = {
    schema,
    fragments,
    variables,
    defaultListSize: options.defaultListSize ?? 10,
    fieldCosts: options.fieldCosts ?? {},
    introspectionBudget: { left: options.maxIntrospection ?? Number.MAX_SAFE_INTEGER },
  };
  return selectionSet(walk, operation.selectionSet, root, null, new Set(), new Set());
}

function selectionSet(
  walk: Walk,
  set: SelectionSetNode,
  parent: GraphQLNamedType,
  // `first` of the connection this selection is on: its `edges`/`nodes` lists hold that many items.
  pageSize: number | null,
  seen: Set<string>,
  // Priced work already charged at this level: aliases of one field with the same arguments share it.
  charged: Set<string>,
): QueryMeasure {
  let depth = 0;
  let cost = 0;
  let introspection = 0;
  const add = (m: QueryMeasure) => {
    depth = Math.max(depth, m.depth);
    cost += m.cost;
    introspection += m.introspection;
  };
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      add(field(walk, selection, parent, pageSize, seen, charged));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition
        ? (walk.schema.getType(selection.typeCondition.name.value) ?? parent)
        : parent;
      add(selectionSet(walk, selection.selectionSet, type, pageSize, seen, charged));
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments[name];
      if (!fragment || seen.has(name)) continue; // unknown or cyclic fragments fail validation anyway
      const type = walk.schema.getType(fragment.typeCondition.name.value) ?? parent;
      add(selectionSet(walk, fragment.selectionSet, type, pageSize, new Set([...seen, name]), charged));
    }
  }
  return { depth, cost, introspection };
}

function field(
  walk: Walk,
  selection: FieldNode,
  parent: GraphQLNamedType,
  // `first` of the connection this selection is on: its `edges`/`nodes` lists hold that many items.
  pageSize: number | null,
  seen: Set<string>,
  charged: Set<string>,
): QueryMeasure {
  const name = selection.name.value;
  if (name === '__typename') return { depth: 0, cost: 1, introspection: 0 }; // a field like any other
  if (name.startsWith('__')) {
    const items = introspectionCost(walk.schema, selection, walk.fragments, walk.variables, walk.introspectionBudget);
    return { depth: 0, cost: 0, introspection: items };
  }
  const definition = fieldOf(parent, name);
  if (!definition) return { depth: 0, cost: 0, introspection: 0 }; // unknown fields fail validation anyway
  const coordinate = `${parent.name}.${name}`;
  const rule = walk.fieldCosts[coordinate];
  const priced = rule?.(argumentValues(walk, definition, selection)) ?? {};
  let price = 0;
  if (priced.price) {
    const key = `${coordinate}(${printArguments(selection.arguments ?? [])})`;
    if (!charged.has(key)) price = priced.price;
    charged.add(key);
  }
  if (!selection.selectionSet) return { depth: 1, cost: 1 + price, introspection: 0 };
  const value = argumentValue(walk, definition, selection.arguments ?? [], 'first');
  const first = typeof value === 'number' ? Math.max(value, 0) : null;
  const isList = isListType(getNullableType(definition.type));
  const factor =
    priced.items !== undefined
      ? priced.items
      : !isList
        ? 1
        : first !== null
          ? first
          : pageSize !== null && /^(edges|nodes)$/.test(name)
            ? pageSize
            : walk.defaultListSize;
  const child = selectionSet(
    walk,
    selection.selectionSet,
    getNamedType(definition.type),
    isList ? null : first,
    seen,
    new Set(),
  );
  // `__schema` and `__type` only exist on the query root: nothing below a field adds introspection.
  return { depth: child.depth + 1, cost: 1 + price + child.cost * factor, introspection: child.introspection };
}

function fieldOf(parent: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/** The field's argument values (variables and defaults applied); empty when they do not coerce. */
function argumentValues(
  walk: Walk,
  definition: GraphQLField<unknown, unknown>,
  node: FieldNode,
): Record<string, unknown> {
  try {
    return getArgumentValues(definition, node, walk.variables);
  } catch {
    return {}; // execution refuses them with a clear error
  }
}

function printArguments(args: readonly ArgumentNode[]): string {
  return args
    .map((a) => `${a.name.value}: ${print(a.value)}`)
    .sort()
    .join(', ');
}

function argumentValue(
  walk: Walk,
  field: GraphQLField<unknown, unknown>,
  args: readonly ArgumentNode[],
  name: string,
): unknown {
  const definition = field.args.find((a) => a.name === name);
  if (!definition) return undefined;
  const node = args.find((a) => a.name.value === name);
  if (!node) return definition.defaultValue;
  const value = valueFromAST(node.value, definition.type, walk.variables);
  return value ?? definition.defaultValue;
}
