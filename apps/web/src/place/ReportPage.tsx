import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from '../app/router';
import { usePageTitle } from '../app/usePageTitle';
import { CheckboxList, RadioList } from '../forms/CheckboxList';
import { TextField } from '../forms/TextField';
import { PLACE_QUERY, type PlaceDetail } from '../graphql/operations';
import type { FoundPlace, SuggestionInput, SuggestionKind } from '../graphql/suggestion-operations';
import { useTaxonomy } from '../app/useTaxonomy';
import { useI18n } from '../i18n/I18nContext';
import { ObjectPicker, type PickedObject } from '../partners/ObjectPicker';
import {
  changedFields,
  correctionValues,
  problemField,
  withAddedOffers,
  type CorrectionValues,
  type OfferValues,
} from '../report/correction-fields';
import { Honeypot } from '../report/Honeypot';
import { HoursCorrection } from '../report/HoursCorrection';
import { PlaceFinder } from '../report/PlaceFinder';
import { useReportText, type ReportText } from '../report/report-text';
import { SubmitFeedback } from '../report/SubmitFeedback';
import { useSubmitSuggestion } from '../report/useSubmitSuggestion';
import { ResultSkeleton } from '../results/ResultList';
import { ActionChecks } from '../report/ActionChecks';
import type { Action } from '../search/search-state';

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
  // « Avez-vous trouvé ? » → « Le lieu était fermé » opens this form as a closure (`?motif=fermeture`).
  const { search } = useLocation();
  const [kind, setKind] = useState<PlaceKindOfReport>(() =>
    new URLSearchParams(search).get('motif') === 'fermeture' ? 'CLOSED' : 'CORRECTION',
  );
  const original = correctionValues(place);
  const [values, setValues] = useState<CorrectionValues>(original);
  const [addActions, setAddActions] = useState<Action[]>([]);
  const [addObjects, setAddObjects] = useState<PickedObject[]>([]);
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
    offers: text.offers,
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
      const offers = withAddedOffers(
        values.offers,
        addActions,
        addObjects.map((o) => o.id),
      );
      const fields = changedFields(
        original,
        kind === 'CORRECTION' ? { ...values, offers } : { ...values, offers: original.offers },
      );
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
        <RadioList<PlaceKindOfReport>
          name="kind"
          column
          options={kinds.map(([value, label]) => ({ value, label }))}
          value={kind}
          onChange={setKind}
        />
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
          <HoursCorrection
            known={original.openingHours !== ''}
            value={values.openingHours}
            text={text}
            onChange={(openingHours) => set({ openingHours })}
          />
          <OffersCorrection place={place} offers={values.offers} text={text} onChange={(offers) => set({ offers })} />
          <fieldset className="form-section">
            <legend>{text.offersMissing}</legend>
            <p className="field-hint">{text.offersMissingHint}</p>
            <ActionChecks value={addActions} onChange={setAddActions} />
            <ObjectPicker
              label={text.objects}
              hint={text.objectsHint}
              listLabel={text.objectSuggestions}
              removeLabel={text.removeObject}
              value={addObjects}
              onChange={setAddObjects}
            />
          </fieldset>
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

/** What the place is listed for, one group per action: unticking an object reports it as wrong. */
function OffersCorrection(props: {
  place: PlaceDetail;
  offers: OfferValues;
  text: ReportText;
  onChange(offers: OfferValues): void;
}) {
  const taxonomy = useTaxonomy();
  const { place, offers, text, onChange } = props;
  if (place.offers.length === 0) return null;
  const ticked = (action: Action) => offers.find((o) => o.action === action)?.subcategories ?? [];
  const tick = (action: Action, subcategories: string[]) =>
    onChange(offers.map((o) => (o.action === action ? { ...o, subcategories } : o)));
  return (
    <fieldset className="form-section">
      <legend>{text.offers}</legend>
      <p className="field-hint">{text.offersWrongHint}</p>
      {place.offers.map((offer) => (
        <fieldset key={offer.action} className="filter-group">
          <legend>{taxonomy.actionLabel(offer.action)}</legend>
          <CheckboxList
            options={offer.subcategories.map((s) => ({ value: s.id, label: s.label }))}
            value={ticked(offer.action)}
            onChange={(subcategories) => tick(offer.action, subcategories)}
          />
        </fieldset>
      ))}
    </fieldset>
  );
}
