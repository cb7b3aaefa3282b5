import type { Context } from '../../../../shared/context';
import type { MutationAddPlaceNoticeArgs } from '../../../../generated/graphql';
import { addNotice } from '../../notices.service';
import { noticeView } from '../notice-view';

export const addPlaceNotice = async (_: unknown, args: MutationAddPlaceNoticeArgs, ctx: Context) => {
  const { notice, places } = await addNotice(ctx.viewer, args.target, args.notice, ctx.now, ctx.backOffice.writeDeps);
  return { notice: noticeView(notice, ctx.now), places };
};
