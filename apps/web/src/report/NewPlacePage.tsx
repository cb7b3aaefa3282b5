import { useState, type FormEvent } from 'react';
import { Link } from '../app/router';
import { usePageTitle } from '../app/usePageTitle';
import { useTaxonomy } from '../app/useTaxonomy';
import { TextField } from '../forms/TextField';
import type { PlaceFieldsInput } from '../graphql/suggestion-operations';
import { OpeningHoursEditor } from '../hours/OpeningHoursEditor';
import { ObjectPicker, type PickedObject } from '../partners/ObjectPicker';
import { TownPicker } from '../partners/TownPicker';
import type { LocationChoice } from '../search/locations';
import { PLACE_KINDS, type Action, type PlaceKind } from '../search/search-state';
import { ActionChecks } from './ActionChecks';
import { problemField } from './correction-fields';
import { Honeypot } from './Honeypot';
import { useReportText } from './report-text';
import { SubmitFeedback } from './SubmitFeedback';
import { useSubmitSuggestion } from './useSubmitSuggestion';

/** `/proposer-un-lieu`: a resident suggests a place missing from the directory. */
export function NewPlacePage() {
  const text = useReportText();
  const taxonomy = useTaxonomy();
  usePageTitle(text.newPlaceTitle);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PlaceKind | ''>('');
  const [town, setTown] = useState<LocationChoice | null>(null);
  const [street, setStreet] = useState('');
  const [postcode, setPostcode] = useState('');
  const [actions, setActions] = useState<Action[]>([]);
  const [objects, setObjects] = useState<PickedObject[]>([]);
  const [phone, setPhone] = useState('');
  const [website, setWebsite] = useState('');
  const [openingHours, setOpeningHours] = useState('');
  const [note, setNote] = useState('');
  const [contactEmail, setContactEmail] = useState('');
  const [honeypot, setHoneypot] = useState('');
  const [missing, setMissing] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const { state, submit, reset } = useSubmitSuggestion();

  const labels: Record<string, string> = {
    name: text.name,
    kind: text.kind,
    location: text.commune,
    'address.street': text.street,
    'address.postcode': text.postcode,
    'contact.phone': text.phone,
    'contact.website': text.website,
    openingHours: text.hours,
    offers: text.offers,
    note: text.note,
    contactEmail: text.contactEmail,
  };

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim() || !kind || !town) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const fields: PlaceFieldsInput = {
      name: name.trim(),
      kind,
      // The town's centre until the team places it exactly.
      location: town.point,
      locationPrecision: 'COMMUNE',
      address: {
        street: street.trim() || null,
        postcode: postcode.trim() || null,
        commune: town.detail || town.label,
        locality: town.detail ? town.label : null,
      },
    };
    if (actions.length) fields.offers = actions.map((action) => ({ action, subcategories: objects.map((o) => o.id) }));
    if (phone.trim() || website.trim())
      fields.contact = { phone: phone.trim() || null, website: website.trim() || null };
    if (openingHours) fields.openingHours = openingHours;
    void submit({
      kind: 'NEW_PLACE',
      fields,
      note: note.trim() || null,
      contactEmail: contactEmail.trim() || null,
      website: honeypot,
    });
  }

  return (
    <div className="place-page report-page">
      <h1 id="page-title" tabIndex={-1}>
        {text.newPlaceTitle}
      </h1>
      {state.status === 'sent' ? (
        <div className="notice notice-success" role="status">
          <h2>{text.sentTitle}</h2>
          <p>{text.sentNewText}</p>
          <p className="notice-actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                reset();
                setName('');
                setFormKey((k) => k + 1);
              }}
            >
              {text.another}
            </button>
            <Link href="/">{text.home}</Link>
          </p>
        </div>
      ) : (
        <form key={formKey} className="suggestion-form" onSubmit={onSubmit} noValidate>
          <p>{text.newPlaceIntro}</p>
          <TextField
            label={`${text.name} ${text.required}`}
            required
            value={name}
            onChange={setName}
            autoComplete="off"
          />
          <div className="field">
            <label htmlFor="new-place-kind" className="field-label">
              {text.kind} {text.required}
            </label>
            <select
              id="new-place-kind"
              className="input"
              required
              value={kind}
              onChange={(e) => setKind(e.target.value as PlaceKind | '')}
            >
              <option value="">—</option>
              {PLACE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {taxonomy.kindLabel(k)}
                </option>
              ))}
            </select>
          </div>
          <TownPicker
            id="new-place-commune"
            label={`${text.commune} ${text.required}`}
            hint={text.communeHint}
            listLabel={text.communeSuggestions}
            initial=""
            onPick={setTown}
          />
          <TextField label={text.street} value={street} onChange={setStreet} autoComplete="off" />
          <TextField
            label={text.postcode}
            inputMode="numeric"
            value={postcode}
            onChange={setPostcode}
            autoComplete="off"
          />
          <fieldset className="filter-group">
            <legend>{text.offers}</legend>
            <ActionChecks value={actions} onChange={setActions} />
          </fieldset>
          <ObjectPicker
            label={text.objects}
            hint={text.objectsHint}
            listLabel={text.objectSuggestions}
            removeLabel={text.removeObject}
            value={objects}
            onChange={setObjects}
          />
          <TextField label={text.phone} type="tel" value={phone} onChange={setPhone} autoComplete="off" />
          <TextField label={text.website} hint={text.websiteHint} type="url" value={website} onChange={setWebsite} />
          <OpeningHoursEditor legend={text.hours} value={openingHours} onChange={setOpeningHours} />
          <TextField label={text.note} hint={text.noteHint} multiline value={note} onChange={setNote} />
          <TextField
            label={text.contactEmail}
            hint={text.contactEmailHint}
            type="email"
            autoComplete="email"
            value={contactEmail}
            onChange={setContactEmail}
          />
          <Honeypot label={text.honeypot} value={honeypot} onChange={setHoneypot} />
          {missing && (
            <p className="notice notice-error" role="alert">
              {text.newPlaceNeeds}
            </p>
          )}
          <SubmitFeedback state={state} text={text} fieldLabel={(f) => problemField(f, labels)} />
          <button type="submit" className="button button-primary button-large" disabled={state.status === 'sending'}>
            {state.status === 'sending' ? text.sending : text.send}
          </button>
        </form>
      )}
    </div>
  );
}
