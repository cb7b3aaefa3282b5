import { useApolloClient, useQuery } from '@apollo/client/react';
import { lazy, Suspense, useState, type FormEvent, type ReactNode } from 'react';
import { Link, navigate } from '../app/router';
import { useTaxonomy } from '../app/useTaxonomy';
import { useConfig } from '../config/ConfigContext';
import { Checkbox, CheckboxList } from '../forms/CheckboxList';
import { TextField } from '../forms/TextField';
import { errorCode, errorExtension, errorMessage, errorReason } from '../graphql/errors';
import type { FieldProblem } from '../graphql/suggestion-operations';
import { OpeningHoursEditor } from '../hours/OpeningHoursEditor';
import { useI18n } from '../i18n/I18nContext';
import { TownPicker } from '../partners/TownPicker';
import { PLACE_KINDS, type PlaceKind } from '../search/search-state';
import {
  CLEAR_OVERRIDE_MUTATION,
  CLOSE_PLACE_MUTATION,
  CREATE_PLACE_MUTATION,
  MANAGED_PLACE_QUERY,
  PUBLISH_PLACE_MUTATION,
  REOPEN_PLACE_MUTATION,
  UPDATE_PLACE_MUTATION,
  type ManagedPlace,
  type Viewer,
} from './admin-operations';
import { useAdminText, type AdminText } from './admin-text';
import { fieldName, formatValue } from './format-value';
import { OffersEditor } from './OffersEditor';
import {
  addressPatch,
  allFields,
  changedPlaceFields,
  emptyPlaceForm,
  formValueAt,
  placeForm,
  type PlaceForm,
} from './place-form';
import { PlaceHistory } from './PlaceHistory';

const LocationMap = lazy(() => import('./LocationMap').then((m) => ({ default: m.LocationMap })));

type Conflict = { changedFields: { field: string; current: unknown }[] };
type Outcome =
  | { kind: 'ok'; message: string }
  | { kind: 'problems'; problems: FieldProblem[] }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; conflict: Conflict };

/** `/admin/lieux/nouveau` and `/admin/lieux/<id>`: create or edit a place, its status and overrides. */
export function PlaceEditor({ id, viewer }: { id: string | null; viewer: Viewer }) {
  const text = useAdminText();
  const { apiLang } = useI18n();
  const { data, loading, refetch } = useQuery(MANAGED_PLACE_QUERY, {
    variables: { id: id ?? '', lang: apiLang },
    skip: !id,
    fetchPolicy: 'network-only',
  });
  // A successful write brings a new version (from the mutation's answer through Apollo's cache, or the reload),
  // which remounts the form (keyed by version): the confirmation lives here so it survives that remount.
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const managed = data?.managedPlace;
  if (id && !managed) return <p role="status">{loading ? text.loading : text.error}</p>;
  return (
    <PlaceEditorForm
      key={managed ? `${managed.id}-${managed.version}` : 'new'}
      managed={managed ?? null}
      viewer={viewer}
      confirmation={confirmation}
      onConfirm={setConfirmation}
      onReload={async () => {
        await refetch();
      }}
    />
  );
}

function PlaceEditorForm({
  managed,
  viewer,
  confirmation,
  onConfirm,
  onReload,
}: {
  managed: ManagedPlace | null;
  viewer: Viewer;
  /** Said after the write that led to this form (saved, published, returned to the sources…). */
  confirmation: string | null;
  onConfirm(message: string | null): void;
  onReload(): Promise<void>;
}) {
  const text = useAdminText();
  const { apiLang } = useI18n();
  const config = useConfig();
  const taxonomy = useTaxonomy();
  const client = useApolloClient();
  const original = managed ? placeForm(managed) : emptyPlaceForm;
  const [form, setForm] = useState<PlaceForm>(original);
  const [publishNow, setPublishNow] = useState(true);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const set = (patch: Partial<PlaceForm>) => setForm((f) => ({ ...f, ...patch }));
  const canEdit = viewer.role !== 'MODERATOR';
  const lat = Number(form.lat.replace(',', '.'));
  const lng = Number(form.lng.replace(',', '.'));
  const hasPoint = form.lat !== '' && form.lng !== '' && Number.isFinite(lat) && Number.isFinite(lng);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setOutcome(null);
    onConfirm(null);
    try {
      await action();
    } catch (error) {
      const code = errorCode(error);
      const why = errorReason(error);
      if (code === 'CONFLICT' && (why === 'STALE_VERSION' || !why))
        setOutcome({
          kind: 'conflict',
          conflict: { changedFields: errorExtension<Conflict['changedFields']>(error, 'changedFields') ?? [] },
        });
      else if (why) setOutcome({ kind: 'error', message: text.reasons[why] });
      else if (code === 'FORBIDDEN') setOutcome({ kind: 'error', message: text.forbidden });
      else if (code === 'UNAVAILABLE') setOutcome({ kind: 'error', message: text.unavailable });
      else setOutcome({ kind: 'error', message: `${text.error} ${errorMessage(error)}` });
    } finally {
      setBusy(false);
    }
  }

  function save(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      if (!managed) {
        const { data } = await client.mutate({
          mutation: CREATE_PLACE_MUTATION,
          variables: { input: { fields: allFields(form), status: publishNow ? 'PUBLISHED' : 'DRAFT' }, lang: apiLang },
        });
        const payload = data?.createPlace;
        if (payload?.place) navigate(`/admin/lieux/${encodeURIComponent(payload.place.id)}`);
        else setOutcome({ kind: 'problems', problems: payload?.problems ?? [] });
        return;
      }
      const fields = changedPlaceFields(original, form);
      if (Object.keys(fields).length === 0) {
        setOutcome({ kind: 'ok', message: text.nothingToSave });
        return;
      }
      const { data } = await client.mutate({
        mutation: UPDATE_PLACE_MUTATION,
        variables: { id: managed.id, version: managed.version, fields, lang: apiLang },
      });
      const payload = data?.updatePlace;
      if (payload?.place) {
        onConfirm(text.saved);
        await onReload();
      } else setOutcome({ kind: 'problems', problems: payload?.problems ?? [] });
    });
  }

  const status = (mutation: 'publish' | 'close' | 'reopen') =>
    run(async () => {
      if (!managed) return;
      const variables = { id: managed.id, version: managed.version, lang: apiLang };
      if (mutation === 'publish') await client.mutate({ mutation: PUBLISH_PLACE_MUTATION, variables });
      if (mutation === 'close') await client.mutate({ mutation: CLOSE_PLACE_MUTATION, variables });
      if (mutation === 'reopen') await client.mutate({ mutation: REOPEN_PLACE_MUTATION, variables });
      onConfirm(text.saved);
      await onReload();
    });

  // A place no source lists (created by hand) has nothing to return a field to: every value is simply its own.
  const hasSources = (managed?.place.sources.length ?? 0) > 0;
  const Override = ({ field, label }: { field: string; label: string }) =>
    hasSources && managed?.overrides.includes(field) ? (
      <span className="override">
        <span className="badge badge-override" title={text.overriddenHint}>
          {text.overridden}
        </span>
        {canEdit && (
          <button
            type="button"
            className="button button-link"
            onClick={() =>
              void run(async () => {
                await client.mutate({
                  mutation: CLEAR_OVERRIDE_MUTATION,
                  variables: { placeId: managed.id, version: managed.version, field, lang: apiLang },
                });
                onConfirm(text.overrideCleared);
                await onReload();
              })
            }
          >
            {text.clearOverride(label)}
          </button>
        )}
      </span>
    ) : null;
  const labelled = (field: string, label: string, control: ReactNode) => (
    <div className="admin-field">
      {control}
      <Override field={field} label={label} />
    </div>
  );

  return (
    <div className="admin-editor">
      <p className="back-link">
        <Link href="/admin">← {text.placesTitle}</Link>
      </p>
      <h1 id="page-title" tabIndex={-1}>
        {managed ? text.editTitle(managed.place.name) : text.createTitle}
      </h1>
      {managed && (
        <div className="admin-status-bar">
          <span className={`badge badge-${managed.status.toLowerCase()}`}>{text.status[managed.status]}</span>
          {canEdit && managed.status === 'DRAFT' && (
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => void status('publish')}
            >
              {text.publish}
            </button>
          )}
          {canEdit && managed.status === 'PUBLISHED' && (
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => void status('close')}
            >
              {text.close}
            </button>
          )}
          {canEdit && managed.status === 'CLOSED' && (
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => void status('reopen')}
            >
              {text.reopen}
            </button>
          )}
          {managed.status !== 'DRAFT' && (
            <a href={`/lieu/${encodeURIComponent(managed.place.slug)}`} target="_blank" rel="noopener">
              {text.viewPublic}
            </a>
          )}
        </div>
      )}
      <OutcomeNotice
        outcome={outcome ?? (confirmation ? { kind: 'ok', message: confirmation } : null)}
        text={text}
        form={form}
        onReload={onReload}
      />
      <form className="admin-form" onSubmit={save} noValidate>
        {labelled(
          'name',
          text.name,
          <TextField label={text.name} required value={form.name} onChange={(name) => set({ name })} />,
        )}
        {labelled(
          'kind',
          text.kind,
          <div className="field">
            <label htmlFor="place-kind" className="field-label">
              {text.kind}
            </label>
            <select
              id="place-kind"
              className="input"
              value={form.kind}
              onChange={(e) => set({ kind: e.target.value as PlaceKind })}
            >
              <option value="">—</option>
              {PLACE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {taxonomy.kindLabel(k)}
                </option>
              ))}
            </select>
          </div>,
        )}
        {labelled(
          'description',
          text.description,
          <TextField
            label={text.description}
            multiline
            value={form.description}
            onChange={(description) => set({ description })}
          />,
        )}
        <fieldset className="form-section">
          <legend>{text.address}</legend>
          <TownPicker
            id="place-address-search"
            label={text.addressSearch}
            hint={text.addressSearchHint}
            listLabel={text.addressSuggestions}
            initial=""
            geocoderUrl={config.geocoderUrl}
            onPick={(choice) => set(addressPatch(choice, form))}
          />
          {labelled(
            'address.street',
            text.street,
            <TextField label={text.street} value={form.street} onChange={(street) => set({ street })} />,
          )}
          <div className="field-row">
            {labelled(
              'address.postcode',
              text.postcode,
              <TextField
                label={text.postcode}
                inputMode="numeric"
                value={form.postcode}
                onChange={(postcode) => set({ postcode })}
              />,
            )}
            {labelled(
              'address.commune',
              text.commune,
              <TextField label={text.commune} value={form.commune} onChange={(commune) => set({ commune })} />,
            )}
          </div>
          {labelled(
            'address.locality',
            text.locality,
            <TextField label={text.locality} value={form.locality} onChange={(locality) => set({ locality })} />,
          )}
        </fieldset>
        <fieldset className="form-section">
          <legend>{text.location}</legend>
          <p className="field-hint">{text.locationHint}</p>
          <Override field="location" label={text.location} />
          <div className="field-row">
            <TextField label={text.lat} inputMode="decimal" value={form.lat} onChange={(v) => set({ lat: v })} />
            <TextField label={text.lng} inputMode="decimal" value={form.lng} onChange={(v) => set({ lng: v })} />
            <div className="field">
              <label htmlFor="place-precision" className="field-label">
                {text.precision}
              </label>
              <select
                id="place-precision"
                className="input"
                value={form.locationPrecision}
                onChange={(e) => set({ locationPrecision: e.target.value as PlaceForm['locationPrecision'] })}
              >
                {(['EXACT', 'ADDRESS', 'STREET', 'COMMUNE'] as const).map((p) => (
                  <option key={p} value={p}>
                    {text.precisions[p]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {hasPoint && config.mapStyleUrl && (
            <Suspense fallback={<div className="location-map map-placeholder">{text.loading}</div>}>
              <LocationMap
                styleUrl={config.mapStyleUrl}
                value={{ lat, lng }}
                text={text}
                onChange={(point) =>
                  set({ lat: String(point.lat), lng: String(point.lng), locationPrecision: 'EXACT' })
                }
              />
            </Suspense>
          )}
        </fieldset>
        <Override field="offers" label={text.offers} />
        <OffersEditor offers={form.offers} text={text} onChange={(offers) => set({ offers })} />
        <Override field="openingHours" label={text.openingHours} />
        <OpeningHoursEditor value={form.openingHours} onChange={(openingHours) => set({ openingHours })} />
        <fieldset className="form-section">
          <legend>{text.contact}</legend>
          {labelled(
            'contact.phone',
            text.phone,
            <TextField label={text.phone} type="tel" value={form.phone} onChange={(phone) => set({ phone })} />,
          )}
          {labelled(
            'contact.email',
            text.placeEmail,
            <TextField label={text.placeEmail} type="email" value={form.email} onChange={(email) => set({ email })} />,
          )}
          {labelled(
            'contact.website',
            text.website,
            <TextField label={text.website} type="url" value={form.website} onChange={(website) => set({ website })} />,
          )}
        </fieldset>
        <fieldset className="form-section">
          <legend>{text.labels}</legend>
          <Override field="labels" label={text.labels} />
          <CheckboxList
            options={(taxonomy.data?.labels ?? []).map((l) => ({ value: l.id, label: l.label }))}
            value={form.labels}
            onChange={(labels) => set({ labels })}
          />
        </fieldset>
        <fieldset className="form-section">
          <legend>{text.practical}</legend>
          <Checkbox
            label={text.homeService}
            checked={form.homeService}
            onChange={(homeService) => set({ homeService })}
          />
          <Checkbox
            label={text.appointmentOnly}
            checked={form.appointmentOnly}
            onChange={(appointmentOnly) => set({ appointmentOnly })}
          />
          <div className="field">
            <label htmlFor="place-audience" className="field-label">
              {text.audience}
            </label>
            <select
              id="place-audience"
              className="input input-narrow"
              value={form.audience}
              onChange={(e) => set({ audience: e.target.value as PlaceForm['audience'] })}
            >
              {(['', 'PUBLIC', 'PROFESSIONALS', 'BOTH'] as const).map((a) => (
                <option key={a} value={a}>
                  {text.audiences[a]}
                </option>
              ))}
            </select>
          </div>
          <TextField
            label={text.accessibility}
            value={form.accessibility}
            onChange={(accessibility) => set({ accessibility })}
          />
        </fieldset>
        {!managed && <Checkbox label={text.publishNow} checked={publishNow} onChange={setPublishNow} />}
        {canEdit && (
          <p>
            <button type="submit" className="button button-primary button-large" disabled={busy}>
              {busy ? text.saving : text.save}
            </button>
          </p>
        )}
      </form>
      {managed && <PlaceHistory key={managed.version} id={managed.id} version={managed.version} text={text} />}
    </div>
  );
}

function OutcomeNotice({
  outcome,
  text,
  form,
  onReload,
}: {
  outcome: Outcome | null;
  text: AdminText;
  form: PlaceForm;
  onReload(): Promise<void>;
}) {
  if (!outcome) return null;
  if (outcome.kind === 'ok')
    return (
      <p className="notice notice-success" role="status">
        {outcome.message}
      </p>
    );
  if (outcome.kind === 'error')
    return (
      <p className="notice notice-error" role="alert">
        {outcome.message}
      </p>
    );
  if (outcome.kind === 'problems')
    return (
      <div className="notice notice-error" role="alert">
        <p>{text.problems}</p>
        <ul>
          {outcome.problems.map((p) => (
            <li key={`${p.field}${p.message}`}>
              {fieldName(p.field, text)} — {p.message}
            </li>
          ))}
        </ul>
      </div>
    );
  return (
    <div className="notice notice-warning conflict" role="alert">
      <h2>{text.conflictTitle}</h2>
      <p>{text.conflictText}</p>
      <table className="diff-table">
        <caption className="visually-hidden">{text.conflictTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{text.field}</th>
            <th scope="col">{text.theirValue}</th>
            <th scope="col">{text.yourValue}</th>
          </tr>
        </thead>
        <tbody>
          {outcome.conflict.changedFields.map((c) => (
            <tr key={c.field}>
              <th scope="row">{fieldName(c.field, text)}</th>
              <td>{formatValue(c.field, c.current, text)}</td>
              <td>{formatValue(c.field, formValueAt(form, c.field), text)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button button-primary" onClick={() => void onReload()}>
        {text.reload}
      </button>
    </div>
  );
}
