import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../graphql/errors';
import { noticeLine } from '../../place/notice-lines';
import { useNoticesText } from '../../place/notices-text';
import { NoticeFields } from './NoticeFields';
import { PLACE_NOTICES_QUERY, REMOVE_PLACE_NOTICE_MUTATION, type StaffNotice } from './notices-operations';
import { useNoticesAdminText } from './notices-text';
import { useAddNotice } from './useAddNotice';

/**
 * The place editor's notices: those current or coming, each removable, and a form to add one. A notice
 * is a write of the place (a new version), so the editor reloads after it (`onChanged`); while the
 * listing has unsaved edits, the section waits for them to be saved.
 */
export function PlaceNoticesSection({
  placeId,
  dirty,
  onChanged,
}: {
  placeId: string;
  dirty: boolean;
  onChanged(message: string): Promise<void>;
}) {
  const text = useNoticesAdminText();
  const residentText = useNoticesText();
  const { data, refetch } = useQuery(PLACE_NOTICES_QUERY, { variables: { id: placeId }, fetchPolicy: 'network-only' });
  const [remove, { loading: removing }] = useMutation(REMOVE_PLACE_NOTICE_MUTATION);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const adding = useAddNotice(text);
  const notices = data?.managedPlace.place.notices ?? [];
  const describe = (n: StaffNotice) => noticeLine(n, residentText) ?? text.kinds[n.kind];

  async function add(event: FormEvent) {
    event.preventDefault();
    if (await adding.submit({ placeIds: [placeId] })) {
      await refetch();
      await onChanged(text.added(1));
    }
  }
  async function removeNotice(notice: StaffNotice) {
    setRemoveError(null);
    try {
      await remove({ variables: { noticeId: notice.id, placeIds: [placeId] } });
      await refetch();
      await onChanged(text.removed);
    } catch (error) {
      setRemoveError(`${text.failed} ${errorMessage(error)}`);
    }
  }

  return (
    <section className="admin-section" aria-labelledby="notices-title">
      <h2 id="notices-title">{text.sectionTitle}</h2>
      <p>{text.sectionIntro}</p>
      {notices.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <ul className="notice-list">
          {notices.map((notice) => (
            <li key={notice.id}>
              <span>
                <strong>{text.kinds[notice.kind]}</strong> — {describe(notice)}
              </span>{' '}
              <button
                type="button"
                className="button button-secondary"
                aria-label={text.removeFrom(describe(notice))}
                disabled={removing || dirty}
                onClick={() => void removeNotice(notice)}
              >
                {text.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      {removeError && (
        <p className="notice notice-error" role="alert">
          {removeError}
        </p>
      )}
      {/* The form opens on demand: the editor remounts after every save, and most visits add no notice. */}
      <p>
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={open}
          aria-controls="place-notice-form"
          onClick={() => setOpen(!open)}
        >
          {text.newNotice}
        </button>
      </p>
      {open && (
        <form
          id="place-notice-form"
          className="admin-form"
          onSubmit={(e) => void add(e)}
          noValidate
          aria-labelledby="notices-title"
        >
          <NoticeFields
            form={adding.form}
            text={text}
            problem={adding.problem}
            idPrefix="place-notice"
            onChange={adding.update}
          />
          {adding.problem && (
            <p className="notice notice-error" role="alert">
              {adding.problem.message}
            </p>
          )}
          {dirty && <p className="field-hint">{text.saveFirst}</p>}
          <p>
            <button type="submit" className="button button-primary" disabled={adding.busy || dirty}>
              {adding.busy ? text.adding : text.add}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
