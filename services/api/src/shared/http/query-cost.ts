import {
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  valueFromAST,
  type ArgumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export interface QueryMeasure {
  /** Deepest field nesting (introspection fields excluded). */
  depth: number;
  /** Estimated number of fields resolved: each field counts 1, lists multiply their selections. */
  cost: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  defaultListSize: number;
}

/**
 * Measures an operation before it runs. A field with a `first` argument multiplies its selections by
 * that value (variables and defaults included), other lists by `defaultListSize`; `edges`/`nodes`
 * under a sized field count once, since `first` already sized them.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  defaultListSize = 10,
): QueryMeasure {
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return { depth: 0, cost: 0 };
  return selectionSet(
    { schema, fragments, variables, defaultListSize },
    operation.selectionSet,
    root,
    false,
    new Set(),
  );
}

function selectionSet(
  walk: Walk,
  set: SelectionSetNode,
  parent: GraphQLNamedType,
  sized: boolean,
  seen: Set<string>,
): QueryMeasure {
  let depth = 0;
  let cost = 0;
  const add = (m: QueryMeasure) => {
    depth = Math.max(depth, m.depth);
    cost += m.cost;
  };
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const field = fieldOf(parent, selection.name.value);
      if (!field) continue;
      if (!selection.selectionSet) {
        add({ depth: 1, cost: 1 });
        continue;
      }
      const first = argumentValue(walk, field, selection.arguments ?? [], 'first');
      const isList = isListType(getNullableType(field.type));
      const factor =
        typeof first === 'number'
          ? Math.max(first, 0)
          : isList && !(sized && /^(edges|nodes)$/.test(selection.name.value))
            ? walk.defaultListSize
            : 1;
      const child = selectionSet(
        walk,
        selection.selectionSet,
        getNamedType(field.type),
        typeof first === 'number',
        seen,
      );
      add({ depth: child.depth + 1, cost: 1 + child.cost * factor });
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition
        ? (walk.schema.getType(selection.typeCondition.name.value) ?? parent)
        : parent;
      add(selectionSet(walk, selection.selectionSet, type, sized, seen));
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments[name];
      if (!fragment || seen.has(name)) continue; // unknown or cyclic fragments fail validation anyway
      const type = walk.schema.getType(fragment.typeCondition.name.value) ?? parent;
      add(selectionSet(walk, fragment.selectionSet, type, sized, new Set([...seen, name])));
    }
  }
  return { depth, cost };
}

function fieldOf(parent: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
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
