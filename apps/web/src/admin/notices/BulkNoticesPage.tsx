import { useMemo, useState, type FormEvent } from 'react';
import { useLocation } from '../../app/router';
import { useTaxonomy } from '../../app/useTaxonomy';
import { CheckboxList } from '../../forms/CheckboxList';
import { TextField } from '../../forms/TextField';
import { PLACE_KINDS, type PlaceKind } from '../../search/search-state';
import { communeList } from './notice-form';
import { NoticeFields } from './NoticeFields';
import { useNoticesAdminText } from './notices-text';
import { useAddNotice } from './useAddNotice';

/** `/admin/avis`: one notice on several places at once, chosen by kind and/or commune (all déchèteries, a commune). */
export function BulkNoticesPage() {
  const text = useNoticesAdminText();
  const taxonomy = useTaxonomy();
  // `?lieux=id,id`: the places chosen in the back-office's list; without it, every déchèterie to start with.
  const { search } = useLocation();
  const selection = useMemo(
    () => (new URLSearchParams(search).get('lieux') ?? '').split(',').filter((id) => /^[a-f\d]{24}$/i.test(id)),
    [search],
  );
  const [kinds, setKinds] = useState<PlaceKind[]>(selection.length > 0 ? [] : ['RECYCLING_CENTRE']);
  const [communes, setCommunes] = useState('');
  const [written, setWritten] = useState<{ id: string; name: string }[] | null>(null);
  const adding = useAddNotice(text);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setWritten(null);
    const places = await adding.submit({ placeIds: selection, kinds, communes: communeList(communes) });
    if (places) setWritten(places.map((p) => ({ id: p.id, name: p.place.name })));
  }

  return (
    <div className="admin-page">
      <h1 id="page-title" tabIndex={-1}>
        {text.bulkTitle}
      </h1>
      <p>{text.bulkIntro}</p>
      <form className="admin-form" onSubmit={(e) => void submit(e)} noValidate>
        {selection.length > 0 && (
          <p>
            <strong>{text.selection(selection.length)}</strong> {text.selectionAnd}
          </p>
        )}
        <fieldset>
          <legend>{text.targetKinds}</legend>
          <CheckboxList
            name="notice-kinds"
            options={PLACE_KINDS.map((k) => ({ value: k, label: taxonomy.kindLabel(k) }))}
            value={kinds}
            onChange={setKinds}
          />
        </fieldset>
        <TextField
          id="notice-communes"
          label={text.targetCommunes}
          hint={text.targetHint}
          multiline
          value={communes}
          onChange={setCommunes}
        />
        <NoticeFields
          form={adding.form}
          text={text}
          problem={adding.problem}
          idPrefix="bulk-notice"
          onChange={adding.update}
        />
        {adding.problem && (
          <p className="notice notice-error" role="alert">
            {adding.problem.message}
          </p>
        )}
        <p>
          <button type="submit" className="button button-primary button-large" disabled={adding.busy}>
            {adding.busy ? text.adding : text.add}
          </button>
        </p>
      </form>
      {written && (
        <div className="notice notice-success" role="status">
          <p>{text.added(written.length)}</p>
          <p>{text.addedTo}</p>
          <ul>
            {written.map((p) => (
              <li key={p.id}>{p.name}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
