import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { SelectField } from '../../forms/SelectField';
import type { BoardNotificationMode } from '../../graphql/generated/operations';
import { CLOSE_BOARD_POST, MY_BOARD_POSTS_QUERY, SET_BOARD_SUBSCRIPTION } from './board-operations';
import { useBoardText } from './board-text';

/** A structure's own posts (closed, hidden and expired ones too) and its choice of matching mails. */
export function MyBoardPosts({ onChanged }: { onChanged(): void }) {
  const text = useBoardText();
  const { data } = useQuery(MY_BOARD_POSTS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [close] = useMutation(CLOSE_BOARD_POST, { refetchQueries: [MY_BOARD_POSTS_QUERY] });
  const posts = data?.boardPosts.nodes ?? [];
  return (
    <section aria-labelledby="board-mine">
      <h2 id="board-mine">{text.mine}</h2>
      {posts.length === 0 && <p>{text.noneMine}</p>}
      <ul>
        {posts.map((post) => (
          <li key={post.id}>
            {text.kinds[post.kind]} · {post.title} — {post.expired ? text.expired : text.statuses[post.status]}
            {post.hiddenReason && ` (${post.hiddenReason})`}{' '}
            {post.status === 'OPEN' && !post.expired && (
              <button
                type="button"
                aria-label={text.close(post.title)}
                onClick={() => void close({ variables: { id: post.id } }).then(onChanged)}
              >
                {text.closeLabel}
              </button>
            )}
          </li>
        ))}
      </ul>
      {data && <Notifications mode={data.boardSubscription?.mode ?? 'NONE'} />}
    </section>
  );
}

function Notifications({ mode }: { mode: BoardNotificationMode }) {
  const text = useBoardText();
  const [draft, setDraft] = useState(mode);
  const [save, { data, error }] = useMutation(SET_BOARD_SUBSCRIPTION);
  function submit(event: FormEvent) {
    event.preventDefault();
    void save({ variables: { input: { mode: draft } } }).catch(() => undefined);
  }
  return (
    <form onSubmit={submit}>
      <SelectField
        label={text.notifications}
        value={draft}
        options={(['NONE', 'IMMEDIATE', 'DAILY'] as const).map((m) => [m, text.modes[m]!] as const)}
        onChange={(value) => setDraft(value as BoardNotificationMode)}
      />
      <button type="submit">{text.saveNotifications}</button>
      <p role="status">{data ? text.notificationsSaved : error ? text.saveError : ''}</p>
    </form>
  );
}
