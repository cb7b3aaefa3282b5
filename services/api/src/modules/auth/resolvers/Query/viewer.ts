import type { Context } from '../../../../shared/context';
import { presentViewer } from '../present';

export const viewer = (_: unknown, __: unknown, ctx: Context) => presentViewer(ctx.viewer);
