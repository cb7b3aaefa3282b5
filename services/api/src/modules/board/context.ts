import type { BoardService } from './board.service';

// What the board module adds to the resolvers' context (shared/context.ts).
declare module '../../shared/context' {
  interface Context {
    board: BoardService;
  }
}
