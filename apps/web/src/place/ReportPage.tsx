import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from '../app/router';
import { usePageTitle } from '../app/usePageTitle';
import { TextField } from '../forms/TextField';
import { PLACE_QUERY, type PlaceDetail } from '../graphql/operations';
import type { FoundPlace, SuggestionInput, SuggestionKind } from '../graphql/suggestion-operations';
import { OpeningHoursEditor } from '../hours/OpeningHoursEditor';
import { useI18n } from '../i18n/I18nContext';
import { changedFields, correctionValues, problemField, type CorrectionValues } from '../report/correction-fields';
import { Honeypot } from '../report/Honeypot';
import { PlaceFinder } from '../report/PlaceFinder';
import { useReportText, type ReportText } from '../report/report-text';
import { SubmitFeedback } from '../report/SubmitFeedback';
import { useSubmitSuggestion } from '../report/useSubmitSuggestion';
import { ResultSkeleton } from '../results/ResultList';

type PlaceKindOfReport = Exclude<SuggestionKind, 'NEW_PLACE'>;

/** `/lieu/<slug>/signaler`: a resident reports a mistake, a closure, a move or a duplicate. */
export function ReportPage({ slug }: { slug: string }) {
  const { apiLang } = useI18n();
  const text = useReportText();
  const { data, loading } = useQuery(PLACE_QUERY, { variables: { slug, lang: apiLang } });
  const place = data?.place;
  usePageTitle(text.reportTitle);
  return (
    <div className="place-page report-page">
      <p className="back-link">
        <Link href={`/lieu/${encodeURIComponent(slug)}`}>← {text.backToPlace}</Link>
      </p>
      <h1 id="page-title" tabIndex={-1}>
        {text.reportTitle}
        {place && ` — ${place.name}`}
      </h1>
      {place ? (
        <ReportForm key={place.id} place={place} text={text} />
      ) : loading ? (
        <ResultSkeleton />
      ) : (
        <p>{text.notFound}</p>
      )}
      <p>
        <Link href="/proposer-un-lieu">{text.suggestNewPlace}</Link>
      </p>
    </div>
  );
}

function ReportForm({ place, text }: { place: PlaceDetail; text: ReportText }) {
  const [kind, setKind] = useState<PlaceKindOfReport>('CORRECTION');
  const original = correctionValues(place);
  const [values, setValues] = useState<CorrectionValues>(original);
  const [duplicateOf, setDuplicateOf] = useState<FoundPlace | null>(null);
  const [note, setNote] = useState('');
  const [contactEmail, setContactEmail] = useState('');
  const [honeypot, setHoneypot] = useState('');
  const [localProblem, setLocalProblem] = useState<string | null>(null);
  const { state, submit } = useSubmitSuggestion();
  const set = (patch: Partial<CorrectionValues>) => setValues((v) => ({ ...v, ...patch }));
  const labels: Record<string, string> = {
    name: text.name,
    'address.street': text.street,
    'address.postcode': text.postcode,
    'address.commune': text.commune,
    'contact.phone': text.phone,
    'contact.email': text.email,
    'contact.website': text.website,
    openingHours: text.hours,
    duplicateOfId: text.duplicateOf,
    note: text.note,
    contactEmail: text.contactEmail,
  };

  if (state.status === 'sent') {
    return (
      <div className="notice notice-success" role="status">
        <h2>{text.sentTitle}</h2>
        <p>{text.sentText}</p>
        <Link href={`/lieu/${encodeURIComponent(place.slug)}`}>{text.backToPlace}</Link>
      </div>
    );
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const input: SuggestionInput = {
      kind,
      placeId: place.id,
      note: note.trim() || null,
      contactEmail: contactEmail.trim() || null,
      website: honeypot,
    };
    if (kind === 'CORRECTION' || kind === 'MOVED') {
      const fields = changedFields(original, values);
      if (Object.keys(fields).length === 0) {
        setLocalProblem(text.nothingChanged);
        return;
      }
      input.fields = fields;
    }
    if (kind === 'DUPLICATE') input.duplicateOfId = duplicateOf?.id ?? null;
    setLocalProblem(null);
    void submit(input);
  }

  const kinds: [PlaceKindOfReport, string][] = [
    ['CORRECTION', text.kindCorrection],
    ['CLOSED', text.kindClosed],
    ['MOVED', text.kindMoved],
    ['DUPLICATE', text.kindDuplicate],
  ];
  return (
    <form className="suggestion-form" onSubmit={onSubmit} noValidate>
      <p>{text.intro}</p>
      <fieldset className="filter-group">
        <legend>{text.whatKind}</legend>
        <ul className="check-list check-list-column">
          {kinds.map(([value, label]) => (
            <li key={value}>
              <label className="check">
                <input type="radio" name="kind" checked={kind === value} onChange={() => setKind(value)} />
                <span>{label}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      {kind === 'CORRECTION' && (
        <fieldset className="form-section">
          <legend>{text.kindCorrection}</legend>
          <p className="field-hint">{text.correctionHint}</p>
          <TextField label={text.name} value={values.name} onChange={(name) => set({ name })} />
          <AddressFields values={values} text={text} onChange={set} />
          <TextField
            label={text.phone}
            type="tel"
            autoComplete="off"
            value={values.phone}
            onChange={(phone) => set({ phone })}
          />
          <TextField
            label={text.email}
            type="email"
            autoComplete="off"
            value={values.email}
            onChange={(email) => set({ email })}
          />
          <TextField
            label={text.website}
            hint={text.websiteHint}
            type="url"
            value={values.website}
            onChange={(website) => set({ website })}
          />
          <OpeningHoursEditor
            legend={text.hours}
            value={values.openingHours}
            onChange={(openingHours) => set({ openingHours })}
          />
        </fieldset>
      )}
      {kind === 'MOVED' && (
        <fieldset className="form-section">
          <legend>{text.newAddress}</legend>
          <AddressFields values={values} text={text} onChange={set} />
        </fieldset>
      )}
      {kind === 'DUPLICATE' && (
        <PlaceFinder
          id="duplicate-of"
          label={text.duplicateOf}
          hint={text.duplicateHint}
          listLabel={text.placesFound}
          excludeId={place.id}
          onPick={setDuplicateOf}
        />
      )}

      <TextField
        label={text.note}
        hint={kind === 'CLOSED' ? text.noteClosedHint : text.noteHint}
        multiline
        value={note}
        onChange={setNote}
      />
      <TextField
        label={text.contactEmail}
        hint={text.contactEmailHint}
        type="email"
        autoComplete="email"
        value={contactEmail}
        onChange={setContactEmail}
      />
      <Honeypot label={text.honeypot} value={honeypot} onChange={setHoneypot} />
      {localProblem && (
        <p className="notice notice-error" role="alert">
          {localProblem}
        </p>
      )}
      <SubmitFeedback state={state} text={text} fieldLabel={(f) => problemField(f, labels)} />
      <button type="submit" className="button button-primary button-large" disabled={state.status === 'sending'}>
        {state.status === 'sending' ? text.sending : text.send}
      </button>
    </form>
  );
}

function AddressFields(props: {
  values: CorrectionValues;
  text: ReportText;
  onChange(patch: Partial<CorrectionValues>): void;
}) {
  const { values, text, onChange } = props;
  return (
    <>
      <TextField
        label={text.street}
        autoComplete="off"
        value={values.street}
        onChange={(street) => onChange({ street })}
      />
      <div className="field-row">
        <TextField
          label={text.postcode}
          inputMode="numeric"
          autoComplete="off"
          value={values.postcode}
          onChange={(postcode) => onChange({ postcode })}
        />
        <TextField
          label={text.commune}
          autoComplete="off"
          value={values.commune}
          onChange={(commune) => onChange({ commune })}
        />
      </div>
    </>
  );
}
