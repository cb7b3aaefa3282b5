import type { Context } from '../../../../shared/context';
import type { QueryEventsArgs } from '../../../../generated/graphql';
import { encodeAgendaCursor } from '../../event-query';

export const events = (_: unknown, args: QueryEventsArgs, ctx: Context) => {
  const page = ctx.events.occurrences(args, ctx.now);
  const last = page.nodes.at(-1);
  return {
    nodes: page.nodes,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: last ? encodeAgendaCursor(last.start, last.event.id) : null },
  };
};
