import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import type { BoardPostKind, BoardPostType, QuantityUnit } from '../../graphql/generated/operations';
import { CREATE_BOARD_POST, MY_BOARD_POSTS_QUERY, uploadBoardPhoto } from './board-operations';
import { useBoardText } from './board-text';

const TYPES: BoardPostType[] = ['MATERIAL', 'EQUIPMENT', 'SPACE', 'SKILL', 'VOLUNTEERS'];
const UNITS: QuantityUnit[] = ['PIECE', 'KG', 'TONNE', 'M3', 'M2', 'LINEAR_M', 'PALLET', 'LOT', 'PERSON'];
const inAMonth = () => new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);

const empty = () => ({
  kind: 'OFFER' as BoardPostKind,
  type: 'MATERIAL' as BoardPostType,
  title: '',
  description: '',
  subCategory: '',
  quantity: '',
  unit: 'PIECE' as QuantityUnit,
  availability: '',
  pickupCommune: '',
  expiresAt: inAMonth(),
  publicContact: false,
});

/** A structure's form to post an offer or a need (photos uploaded first, then the post naming them). */
export function BoardPostForm({ onPosted }: { onPosted(): void }) {
  const text = useBoardText();
  const { data } = useQuery(MY_BOARD_POSTS_QUERY);
  const [draft, setDraft] = useState(empty);
  const [files, setFiles] = useState<File[]>([]);
  // A photo uploaded for a refused attempt is not sent again when the corrected post is submitted.
  const uploaded = useRef(new Map<File, string>());
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  const [done, setDone] = useState(false);
  const [create, { loading }] = useMutation(CREATE_BOARD_POST, { refetchQueries: [MY_BOARD_POSTS_QUERY] });
  const set = (field: keyof ReturnType<typeof empty>) => (value: string) => setDraft({ ...draft, [field]: value });
  const problemOf = (field: string) => (problem?.field === field ? problem.message : null);
  const subCategories = (data?.categories ?? []).flatMap((c) =>
    c.subcategories.map((s) => [s.id, `${c.label} — ${s.label}`] as const),
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setDone(false);
    const photoIds: string[] = [];
    for (const file of files) {
      const known = uploaded.current.get(file);
      const photo = known ? { id: known } : await uploadBoardPhoto(file);
      if ('problem' in photo)
        return setProblem({ field: 'photos', message: text.problems[photo.problem] ?? text.saveError });
      uploaded.current.set(file, photo.id);
      photoIds.push(photo.id);
    }
    try {
      await create({
        variables: {
          input: {
            kind: draft.kind,
            type: draft.type,
            title: draft.title,
            description: draft.description || null,
            subCategory: draft.subCategory || null,
            quantity: draft.quantity.trim() === '' ? null : Number(draft.quantity.replace(',', '.')),
            unit: draft.quantity.trim() === '' ? null : draft.unit,
            availability: draft.availability || null,
            pickupCommune: draft.pickupCommune,
            publicContact: draft.publicContact,
            photoIds,
            expiresAt: new Date(`${draft.expiresAt}T23:59:00`).toISOString(),
          },
        },
      });
      setDraft(empty());
      setFiles([]);
      setDone(true);
      onPosted();
    } catch (error) {
      const first = (
        error as {
          errors?: {
            message: string;
            extensions?: { code?: string; field?: string; problem?: string; retryAfterSeconds?: number };
          }[];
        }
      ).errors?.[0];
      const limited = first?.extensions?.code === 'RATE_LIMITED';
      setProblem({
        field: first?.extensions?.field ?? '',
        message: limited
          ? text.rateLimited(first?.extensions?.retryAfterSeconds ?? 3600)
          : (text.problems[first?.extensions?.problem ?? ''] ?? first?.message ?? text.saveError),
      });
    }
  }

  return (
    <section aria-labelledby="board-publish" className="board-form">
      <h2 id="board-publish">{text.publish}</h2>
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem.message}
        </p>
      )}
      {done && (
        <p className="notice notice-info" role="status">
          {text.published}
        </p>
      )}
      <form onSubmit={submit}>
        <SelectField
          label={text.postKind}
          value={draft.kind}
          options={[
            ['OFFER', text.kinds.OFFER!],
            ['NEED', text.kinds.NEED!],
          ]}
          onChange={set('kind')}
        />
        <SelectField
          label={text.postType}
          value={draft.type}
          options={TYPES.map((t) => [t, text.types[t]] as const)}
          onChange={set('type')}
        />
        <TextField
          label={text.titleField}
          value={draft.title}
          onChange={set('title')}
          required
          maxLength={120}
          problem={problemOf('title')}
        />
        <TextField label={text.description} multiline value={draft.description} onChange={set('description')} />
        <SelectField
          label={text.subCategory}
          value={draft.subCategory}
          options={[['', text.noSubCategory], ...subCategories]}
          onChange={set('subCategory')}
          problem={problemOf('subCategory')}
        />
        <TextField
          label={text.quantity}
          inputMode="decimal"
          value={draft.quantity}
          onChange={set('quantity')}
          problem={problemOf('quantity')}
        />
        <SelectField
          label={text.unit}
          value={draft.unit}
          options={UNITS.map((u) => [u, text.units[u]] as const)}
          onChange={set('unit')}
          narrow
        />
        <TextField label={text.availability} value={draft.availability} onChange={set('availability')} />
        <TextField
          label={text.pickupCommune}
          value={draft.pickupCommune}
          onChange={set('pickupCommune')}
          required
          problem={problemOf('pickupCommune')}
        />
        <TextField
          label={text.expiresAt}
          type="date"
          value={draft.expiresAt}
          onChange={set('expiresAt')}
          required
          problem={problemOf('expiresAt')}
        />
        <div className="field">
          <label>
            <input
              type="checkbox"
              checked={draft.publicContact}
              onChange={(e) => setDraft({ ...draft, publicContact: e.target.checked })}
            />{' '}
            {text.publicContact}
          </label>
        </div>
        <div className="field">
          <label htmlFor="board-photos" className="field-label">
            {text.photos}
          </label>
          <input
            id="board-photos"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            multiple
            aria-invalid={problem?.field === 'photos' || undefined}
            onChange={(e) => setFiles([...(e.target.files ?? [])].slice(0, 6))}
          />
        </div>
        <button type="submit" disabled={loading}>
          {text.submit}
        </button>
      </form>
    </section>
  );
}
