import { useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, navigate, useLocation } from '../../app/router';
import { usePageTitle } from '../../app/usePageTitle';
import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import { useI18n } from '../../i18n/I18nContext';
import type { BoardPostKind, BoardPostType, BoardPostsQuery } from '../../graphql/generated/operations';
import { BOARD_POSTS_QUERY } from './board-operations';
import { useBoardText } from './board-text';
import { BOARD_MODERATORS, HiddenBoardPosts, HidePostControl } from './BoardModeration';
import { BoardPostForm } from './BoardPostForm';
import { MyBoardPosts } from './MyBoardPosts';

const TYPES: BoardPostType[] = ['MATERIAL', 'EQUIPMENT', 'SPACE', 'SKILL', 'VOLUNTEERS'];
type Post = BoardPostsQuery['boardPosts']['nodes'][number];

/** `/professionnels/bourse`: the structures' offers and needs, filtered from the URL; a structure posts its own. */
export function BoardPage() {
  const text = useBoardText();
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const kind = (params.get('annonces') ?? '') as BoardPostKind | '';
  const type = (params.get('nature') ?? '') as BoardPostType | '';
  const commune = params.get('commune') ?? '';
  const [draft, setDraft] = useState({ kind, type, commune });
  usePageTitle(text.title);
  const { data, loading, error, refetch } = useQuery(BOARD_POSTS_QUERY, {
    variables: { filter: { kind: kind || null, type: type || null, commune: commune || null } },
    fetchPolicy: 'cache-and-network',
  });
  const viewer = data?.viewer;
  const structure = viewer?.role === 'STRUCTURE' && viewer.organizationId ? viewer.organizationId : null;
  const moderator = !!viewer && BOARD_MODERATORS.includes(viewer.role);
  const [moderated, setModerated] = useState<{ message: string; error?: boolean } | null>(null);
  const moderatedRef = useRef<HTMLParagraphElement>(null);

  /** After a hide or a restore: the board reloaded, the outcome said, and focus kept on the page. */
  function onModerated(message: string, error?: boolean) {
    setModerated({ message, error });
    if (!error) void refetch();
    // The hidden post's card leaves the page: focus goes to the message instead of being lost.
    requestAnimationFrame(() => moderatedRef.current?.focus());
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draft.kind) next.set('annonces', draft.kind);
    if (draft.type) next.set('nature', draft.type);
    if (draft.commune.trim()) next.set('commune', draft.commune.trim());
    navigate(`/professionnels/bourse${next.size ? `?${next}` : ''}`);
  }

  return (
    <article className="board-page">
      <h1 id="page-title" tabIndex={-1}>
        {text.title}
      </h1>
      <p>{text.intro}</p>
      <p>
        <Link href="/professionnels">{text.partnerSearch}</Link>
      </p>
      {!viewer && <p className="notice notice-info">{text.signInToPost}</p>}
      <section aria-labelledby="board-filters">
        <h2 id="board-filters">{text.filters}</h2>
        <form role="search" aria-labelledby="board-filters" onSubmit={submit} className="network-search">
          <SelectField
            label={text.kind}
            value={draft.kind}
            options={[
              ['', text.anyKind],
              ['OFFER', text.offersOnly],
              ['NEED', text.needsOnly],
            ]}
            onChange={(value) => setDraft({ ...draft, kind: value })}
          />
          <SelectField
            label={text.type}
            value={draft.type}
            options={[['', text.anyType], ...TYPES.map((t) => [t, text.types[t]] as const)]}
            onChange={(value) => setDraft({ ...draft, type: value })}
          />
          <TextField
            label={text.commune}
            value={draft.commune}
            onChange={(value) => setDraft({ ...draft, commune: value })}
          />
          <button type="submit">{text.filter}</button>
        </form>
      </section>
      <p role="status">{loading && !data ? '…' : error ? '' : text.results(data?.boardPosts.totalCount ?? 0)}</p>
      {error && (
        <p className="notice notice-error" role="alert">
          {text.error}
        </p>
      )}
      {moderator && (
        <p
          ref={moderatedRef}
          tabIndex={-1}
          role={moderated?.error ? 'alert' : 'status'}
          className={moderated ? `notice ${moderated.error ? 'notice-error' : 'notice-info'}` : undefined}
        >
          {moderated?.message}
        </p>
      )}
      <ul className="board-posts">
        {data?.boardPosts.nodes.map((post) => (
          <li key={post.id}>
            <BoardPostCard
              post={post}
              moderation={moderator && <HidePostControl key={post.id} post={post} onDone={onModerated} />}
            />
          </li>
        ))}
      </ul>
      {moderator && <HiddenBoardPosts onDone={onModerated} />}
      {structure && (
        <>
          <BoardPostForm onPosted={() => void refetch()} />
          <MyBoardPosts onChanged={() => void refetch()} />
        </>
      )}
    </article>
  );
}

function BoardPostCard({ post, moderation }: { post: Post; moderation?: ReactNode }) {
  const text = useBoardText();
  const { lang } = useI18n();
  const until = new Date(post.expiresAt).toLocaleDateString(lang, { timeZone: 'Europe/Paris', dateStyle: 'long' });
  return (
    <article className="board-post" id={`annonce-${post.id}`}>
      <h2>
        {text.kinds[post.kind]} · {post.title}
      </h2>
      <p>
        {text.types[post.type]}
        {post.subCategoryLabel ? ` — ${post.subCategoryLabel}` : ''}
        {post.quantity !== null && post.unit ? ` — ${post.quantity} ${text.units[post.unit]}` : ''}
      </p>
      {post.description && <p>{post.description}</p>}
      <dl>
        <dt>{text.by}</dt>
        <dd>
          <Link href={`/professionnels/structure/${post.organizationId}`}>{post.organizationName}</Link>
        </dd>
        <dt>{text.pickup}</dt>
        <dd>{post.pickup.placeName ? `${post.pickup.placeName}, ${post.pickup.commune}` : post.pickup.commune}</dd>
        {post.availability && <dd>{post.availability}</dd>}
        <dt>{text.until}</dt>
        <dd>{until}</dd>
        <dt>{text.contact}</dt>
        {post.contact ? (
          <dd>
            {post.contact.email && <a href={`mailto:${post.contact.email}`}>{post.contact.email}</a>}{' '}
            {post.contact.phone && <a href={`tel:${post.contact.phone.replace(/\s/g, '')}`}>{post.contact.phone}</a>}
          </dd>
        ) : (
          <dd>{text.contactHidden}</dd>
        )}
      </dl>
      {post.photos.map((photo, i) => (
        <img
          key={photo.id}
          src={photo.url}
          width={photo.width}
          height={photo.height}
          alt={text.photo(post.title, i + 1)}
          loading="lazy"
          className="board-photo"
        />
      ))}
      {moderation}
    </article>
  );
}
