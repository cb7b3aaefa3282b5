import { useApolloClient, useQuery } from '@apollo/client/react';
import { useReducer, useState, type FormEvent } from 'react';
import { Link, navigate } from '../app/router';
import { Checkbox } from '../forms/CheckboxList';
import { errorCode, errorExtension, errorMessage, errorReason } from '../graphql/errors';
import { useI18n } from '../i18n/I18nContext';
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
  writesPlaces,
} from './admin-operations';
import { useAdminText, type AdminText } from './admin-text';
import { allFields, changedPlaceFields, emptyPlaceForm, placeForm, type PlaceForm } from './place-form';
import { AddressFields } from './place-editor/AddressFields';
import { ContactFields } from './place-editor/ContactFields';
import { HoursFields } from './place-editor/HoursFields';
import { IdentityFields } from './place-editor/IdentityFields';
import { OfferFields } from './place-editor/OfferFields';
import { OutcomeNotice } from './place-editor/OutcomeNotice';
import type { Overrides } from './place-editor/Override';
import {
  initialPlaceEditorState,
  placeEditorReducer,
  type Conflict,
  type Outcome,
} from './place-editor/place-editor-state';
import { PracticalFields } from './place-editor/PracticalFields';
import { StatusBar, type StatusChange } from './place-editor/StatusBar';
import { ConfirmAccuracy } from './freshness/ConfirmAccuracy';
import { useFreshnessText } from './freshness/freshness-text';
import { PlaceNoticesSection } from './notices/PlaceNoticesSection';
import { PlaceHistory } from './PlaceHistory';

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

/** What a failed write tells staff: a conflict to look at, or the reason in words. */
function failure(error: unknown, text: AdminText): Outcome {
  const code = errorCode(error);
  const why = errorReason(error);
  if (code === 'CONFLICT' && (why === 'STALE_VERSION' || !why))
    return {
      kind: 'conflict',
      conflict: { changedFields: errorExtension<Conflict['changedFields']>(error, 'changedFields') ?? [] },
    };
  if (why) return { kind: 'error', message: text.reasons[why] };
  if (code === 'FORBIDDEN') return { kind: 'error', message: text.forbidden };
  if (code === 'UNAVAILABLE') return { kind: 'error', message: text.unavailable };
  return { kind: 'error', message: `${text.error} ${errorMessage(error)}` };
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
  const client = useApolloClient();
  const original = managed ? placeForm(managed) : emptyPlaceForm;
  const [{ form, publishNow, busy, outcome }, dispatch] = useReducer(
    placeEditorReducer,
    original,
    initialPlaceEditorState,
  );
  const set = (patch: Partial<PlaceForm>) => dispatch({ type: 'edit', patch });
  const canEdit = writesPlaces(viewer);
  const freshnessText = useFreshnessText();

  async function run(action: () => Promise<void>) {
    dispatch({ type: 'started' });
    onConfirm(null);
    try {
      await action();
    } catch (error) {
      dispatch({ type: 'outcome', outcome: failure(error, text) });
    } finally {
      dispatch({ type: 'settled' });
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
        else dispatch({ type: 'outcome', outcome: { kind: 'problems', problems: payload?.problems ?? [] } });
        return;
      }
      const fields = changedPlaceFields(original, form);
      if (Object.keys(fields).length === 0) {
        dispatch({ type: 'outcome', outcome: { kind: 'ok', message: text.nothingToSave } });
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
      } else dispatch({ type: 'outcome', outcome: { kind: 'problems', problems: payload?.problems ?? [] } });
    });
  }

  const changeStatus = (change: StatusChange) =>
    run(async () => {
      if (!managed) return;
      const variables = { id: managed.id, version: managed.version, lang: apiLang };
      if (change === 'publish') await client.mutate({ mutation: PUBLISH_PLACE_MUTATION, variables });
      if (change === 'close') await client.mutate({ mutation: CLOSE_PLACE_MUTATION, variables });
      if (change === 'reopen') await client.mutate({ mutation: REOPEN_PLACE_MUTATION, variables });
      onConfirm(text.saved);
      await onReload();
    });

  // A place no source lists (created by hand) has nothing to return a field to: every value is simply its own.
  const hasSources = (managed?.place.sources.length ?? 0) > 0;
  const overrides: Overrides = {
    text,
    has: (field) => hasSources && (managed?.overrides.includes(field) ?? false),
    canClear: canEdit,
    clear: (field) =>
      void run(async () => {
        if (!managed) return;
        await client.mutate({
          mutation: CLEAR_OVERRIDE_MUTATION,
          variables: { placeId: managed.id, version: managed.version, field, lang: apiLang },
        });
        onConfirm(text.overrideCleared);
        await onReload();
      }),
  };
  const sections = { form, text, overrides, onChange: set };

  return (
    <div className="admin-editor">
      <p className="back-link">
        <Link href="/admin">← {text.placesTitle}</Link>
      </p>
      <h1 id="page-title" tabIndex={-1}>
        {managed ? text.editTitle(managed.place.name) : text.createTitle}
      </h1>
      {managed && (
        <StatusBar
          managed={managed}
          canEdit={canEdit}
          busy={busy}
          text={text}
          onChange={(change) => void changeStatus(change)}
        />
      )}
      {managed?.status === 'PUBLISHED' && canEdit && (
        <ConfirmAccuracy
          managed={managed}
          onConfirmed={async () => {
            onConfirm(freshnessText.confirmed(managed.place.name));
            await onReload();
          }}
        />
      )}
      <OutcomeNotice
        outcome={outcome ?? (confirmation ? { kind: 'ok', message: confirmation } : null)}
        text={text}
        form={form}
        onReload={onReload}
      />
      <form className="admin-form" onSubmit={save} noValidate>
        <IdentityFields {...sections} />
        <AddressFields {...sections} />
        <OfferFields {...sections} />
        <HoursFields {...sections} />
        <ContactFields {...sections} />
        <PracticalFields {...sections} />
        {!managed && (
          <Checkbox
            label={text.publishNow}
            checked={publishNow}
            onChange={(next) => dispatch({ type: 'publishNow', publishNow: next })}
          />
        )}
        {canEdit && (
          <p>
            <button type="submit" className="button button-primary button-large" disabled={busy}>
              {busy ? text.saving : text.save}
            </button>
          </p>
        )}
      </form>
      {managed && canEdit && (
        <PlaceNoticesSection
          placeId={managed.id}
          dirty={Object.keys(changedPlaceFields(original, form)).length > 0}
          onChanged={async (message) => {
            onConfirm(message);
            await onReload();
          }}
        />
      )}
      {managed && <PlaceHistory key={managed.version} id={managed.id} version={managed.version} text={text} />}
    </div>
  );
}
