import { closeBoardPost } from './Mutation/closeBoardPost';
import { createBoardPost } from './Mutation/createBoardPost';
import { hideBoardPost } from './Mutation/hideBoardPost';
import { restoreBoardPost } from './Mutation/restoreBoardPost';
import { setBoardSubscription } from './Mutation/setBoardSubscription';
import { updateBoardPost } from './Mutation/updateBoardPost';
import { boardPost } from './Query/boardPost';
import { boardPosts } from './Query/boardPosts';
import { boardSubscription } from './Query/boardSubscription';

export const boardResolvers = {
  Query: { boardPosts, boardPost, boardSubscription },
  Mutation: {
    createBoardPost,
    updateBoardPost,
    closeBoardPost,
    hideBoardPost,
    restoreBoardPost,
    setBoardSubscription,
  },
};
