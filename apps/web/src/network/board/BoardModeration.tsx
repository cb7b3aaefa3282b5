import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { TextField } from '../../forms/TextField';
import { HIDDEN_BOARD_POSTS_QUERY, HIDE_BOARD_POST, RESTORE_BOARD_POST } from './board-operations';
import { useBoardText } from './board-text';

/** Roles that moderate the board (the API's boardPolicy.moderate); the API refuses anyone else. */
export const BOARD_MODERATORS: readonly string[] = ['ADMIN', 'EDITOR', 'MODERATOR'];

const MAX_REASON = 500;

/** « Masquer » on a post of the board: asks the reason, then hides it (hideBoardPost). */
export function HidePostControl({
  post,
  onDone,
}: {
  post: { id: string; title: string };
  onDone(message: string, error?: boolean): void;
}) {
  const text = useBoardText();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [hide, { loading }] = useMutation(HIDE_BOARD_POST, { refetchQueries: [HIDDEN_BOARD_POSTS_QUERY] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return setProblem(text.reasonRequired);
    try {
      await hide({ variables: { id: post.id, reason: reason.trim() } });
      onDone(text.hidden(post.title));
    } catch {
      onDone(text.moderationError, true);
    }
  }

  if (!open)
    return (
      <button type="button" aria-label={text.hide(post.title)} onClick={() => setOpen(true)}>
        {text.hideLabel}
      </button>
    );
  return (
    <form onSubmit={(e) => void submit(e)} aria-label={text.hide(post.title)} className="board-hide">
      <TextField
        label={text.hideReason}
        value={reason}
        maxLength={MAX_REASON}
        problem={problem}
        autoFocus
        onChange={(value) => {
          setReason(value);
          setProblem(undefined);
        }}
      />
      <button type="submit" disabled={loading}>
        {text.hideSubmit}
      </button>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        {text.cancel}
      </button>
    </form>
  );
}

/** The hidden posts, each with its reason and « Remettre en ligne » (restoreBoardPost). */
export function HiddenBoardPosts({ onDone }: { onDone(message: string, error?: boolean): void }) {
  const text = useBoardText();
  const { data } = useQuery(HIDDEN_BOARD_POSTS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [restore] = useMutation(RESTORE_BOARD_POST, { refetchQueries: [HIDDEN_BOARD_POSTS_QUERY] });
  const posts = data?.boardPosts.nodes ?? [];

  async function putBack(post: { id: string; title: string }) {
    try {
      await restore({ variables: { id: post.id } });
      onDone(text.restored(post.title));
    } catch {
      onDone(text.moderationError, true);
    }
  }

  return (
    <section aria-labelledby="board-moderation">
      <h2 id="board-moderation">{text.moderation}</h2>
      <p>{text.moderationIntro}</p>
      {data && posts.length === 0 && <p>{text.noneHidden}</p>}
      <ul>
        {posts.map((post) => (
          <li key={post.id}>
            {text.kinds[post.kind]} · {post.title} — {post.organizationName}
            {post.hiddenReason && ` (${text.hiddenBecause(post.hiddenReason)})`}{' '}
            <button type="button" aria-label={text.restore(post.title)} onClick={() => void putBack(post)}>
              {text.restoreLabel}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
