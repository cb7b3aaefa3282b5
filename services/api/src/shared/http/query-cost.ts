import {
  Kind,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
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
  /** Introspection is counted exactly, item by item, up to this budget (the cost limit) and no further. */
  maxCost?: number;
}

/**
 * Introspection items (one per field graphql-js resolves from the static schema) per unit of cost: 1,
 * counted exactly. The standard introspection query (GraphiQL, codegen) is ~12 700 items with this
 * session's modules, under the 15 000 limit but close to it: raising this (2 halves its cost) also lets
 * more aliased copies through, so measure the event-loop hold (test/faults/event-loop-hold.test.ts) first.
 */
export const INTROSPECTION_ITEMS_PER_COST = 1;

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  defaultListSize: number;
  fieldCosts: FieldCosts;
  /** Introspection items still to count before the operation is over the limit anyway (shared; in items). */
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
  if (!root) return { depth: 0, cost: 0 };
  const walk: Walk = {
    schema,
    fragments,
    variables,
    defaultListSize: options.defaultListSize ?? 10,
    fieldCosts: options.fieldCosts ?? {},
    introspectionBudget: { left: (options.maxCost ?? 1_000_000) * INTROSPECTION_ITEMS_PER_COST },
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
  const add = (m: QueryMeasure) => {
    depth = Math.max(depth, m.depth);
    cost += m.cost;
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
  return { depth, cost };
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
  if (name.startsWith('__')) {
    const items = introspectionCost(walk.schema, selection, walk.fragments, walk.variables, walk.introspectionBudget);
    return { depth: 0, cost: Math.ceil(items / INTROSPECTION_ITEMS_PER_COST) };
  }
  const definition = fieldOf(parent, name);
  if (!definition) return { depth: 0, cost: 0 }; // unknown fields fail validation anyway
  const coordinate = `${parent.name}.${name}`;
  const rule = walk.fieldCosts[coordinate];
  const priced = rule?.(argumentValues(walk, definition, selection)) ?? {};
  let price = 0;
  if (priced.price) {
    const key = `${coordinate}(${printArguments(selection.arguments ?? [])})`;
    if (!charged.has(key)) price = priced.price;
    charged.add(key);
  }
  if (!selection.selectionSet) return { depth: 1, cost: 1 + price };
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
  return { depth: child.depth + 1, cost: 1 + price + child.cost * factor };
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
