import type { Context } from '../../../../shared/context';
import type { MutationRemovePlaceNoticeArgs } from '../../../../generated/graphql';
import { removeNotice } from '../../notices.service';

export const removePlaceNotice = (_: unknown, args: MutationRemovePlaceNoticeArgs, ctx: Context) =>
  removeNotice(ctx.viewer, args.noticeId, args.placeIds, ctx.now, ctx.backOffice.writeDeps);
