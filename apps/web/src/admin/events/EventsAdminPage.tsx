import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import type { ManagedEventsQuery } from '../../graphql/generated/operations';
import {
  CANCEL_EVENT_MUTATION,
  CREATE_EVENT_MUTATION,
  MANAGED_EVENTS_QUERY,
  UPDATE_EVENT_MUTATION,
  type EventKind,
} from './events-admin-operations';
import { useEventsAdminText } from './events-admin-text';

/** KEEP: an event's rule the form does not write (set through the API): kept as it is when edited. */
type Repeat = 'NONE' | 'WEEKLY' | 'MONTHLY' | 'KEEP';
const KINDS: EventKind[] = ['REPAIR_CAFE', 'SALE', 'COLLECTION', 'WORKSHOP', 'OTHER'];
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The RRULE of a repeat choice: weekly, or monthly on the same weekday of the month as the first date. */
export function recurrenceOf(repeat: Repeat, startsAt: string, count: number): string | null {
  if (repeat === 'NONE' || repeat === 'KEEP') return null;
  if (repeat === 'WEEKLY') return `FREQ=WEEKLY;COUNT=${count}`;
  const [year, month, day] = startsAt.slice(0, 10).split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
  const nth = Math.ceil(day / 7);
  return `FREQ=MONTHLY;BYDAY=${nth === 5 ? -1 : nth}${weekday};COUNT=${count}`;
}

/** The form's repeat choice for a stored rule: one of the form's own, else KEEP. */
export function repeatOf(recurrence: string | null, startsAt: string): { repeat: Repeat; count: string } {
  if (!recurrence) return { repeat: 'NONE', count: '12' };
  const count = /;COUNT=(\d+)$/.exec(recurrence)?.[1];
  if (count) {
    const normal = recurrence.replace('BYDAY=+', 'BYDAY=');
    for (const repeat of ['WEEKLY', 'MONTHLY'] as const)
      if (recurrenceOf(repeat, startsAt, Number(count)) === normal) return { repeat, count };
  }
  return { repeat: 'KEEP', count: '12' };
}

type Form = typeof empty;
type FieldName = 'title' | 'startsAt' | 'endsAt' | 'count' | 'capacity' | 'bookingUrl' | 'description';
type Text = ReturnType<typeof useEventsAdminText>;

/** What the form can tell before asking the API, the same when publishing and editing. */
export function problemsOf(form: Form, text: Text): Partial<Record<FieldName, string>> {
  const problems: Partial<Record<FieldName, string>> = {};
  if (!form.title.trim()) problems.title = text.problems.title;
  if (!form.startsAt) problems.startsAt = text.problems.startsAt;
  if (!form.endsAt) problems.endsAt = text.problems.endsAt;
  else if (form.startsAt && form.endsAt <= form.startsAt) problems.endsAt = text.problems.endsBeforeStart;
  if (
    (form.repeat === 'WEEKLY' || form.repeat === 'MONTHLY') &&
    !(Number(form.count) >= 2 && Number(form.count) <= 500)
  )
    problems.count = text.problems.count;
  return problems;
}

/** The field an API refusal names (extensions.field), when the form has it. */
function refusedField(error: unknown): FieldName | null {
  const field = (error as { errors?: { extensions?: { field?: string } }[] }).errors?.[0]?.extensions?.field;
  const known: Record<string, FieldName> = {
    title: 'title',
    startsAt: 'startsAt',
    endsAt: 'endsAt',
    recurrence: 'count',
    capacity: 'capacity',
    bookingUrl: 'bookingUrl',
    description: 'description',
  };
  return field ? (known[field] ?? null) : null;
}

const empty = {
  title: '',
  kind: 'REPAIR_CAFE' as EventKind,
  placeId: '',
  startsAt: '',
  endsAt: '',
  repeat: 'NONE' as Repeat,
  count: '12',
  capacity: '',
  bookingUrl: '',
  description: '',
};

type ManagedEvent = ManagedEventsQuery['managedEvents'][number];

/** The form filled with a stored event, to edit it. */
function formOf(event: ManagedEvent): Form {
  return {
    title: event.title,
    kind: event.kind,
    placeId: event.place?.id ?? '',
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    ...repeatOf(event.recurrence, event.startsAt),
    capacity: event.capacity === null ? '' : String(event.capacity),
    bookingUrl: event.bookingUrl ?? '',
    description: event.description ?? '',
  };
}

/**
 * `/admin/evenements`: publish an event at one of the viewer's places, edit or cancel upcoming ones. Editing
 * fills the same form (same checks, same messages); what the form does not show (actions, sub-categories, a
 * rule set through the API) is sent back as it is.
 */
export function EventsAdminPage() {
  const text = useEventsAdminText();
  const { data, refetch } = useQuery(MANAGED_EVENTS_QUERY);
  const [create, creating] = useMutation(CREATE_EVENT_MUTATION);
  const [updateEvent, updating] = useMutation(UPDATE_EVENT_MUTATION);
  const [cancel] = useMutation(CANCEL_EVENT_MUTATION);
  const [form, setForm] = useState(empty);
  const [editing, setEditing] = useState<ManagedEvent | null>(null);
  const [problems, setProblems] = useState<Partial<Record<FieldName, string>>>({});
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const places = data?.managedPlaces.nodes ?? [];
  const placeId = form.placeId || places[0]?.id || '';
  const saving = creating.loading || updating.loading;
  const update = (patch: Partial<Form>) => setForm((current) => ({ ...current, ...patch }));
  // Only events at one of the viewer's places are edited here (the form has no venue fields).
  const editable = (event: ManagedEvent) => event.place !== null && places.some((p) => p.id === event.place!.id);

  function startEditing(event: ManagedEvent) {
    setEditing(event);
    setForm(formOf(event));
    setProblems({});
    setStatus(null);
    // The form is below the list: move there, its heading saying what is being edited.
    requestAnimationFrame(() => formHeading.current?.focus());
  }

  function stopEditing() {
    setEditing(null);
    setForm(empty);
    setProblems({});
    requestAnimationFrame(() => formHeading.current?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const found = problemsOf(form, text);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setStatus({ ok: false, message: text.fixProblems });
      return;
    }
    const input = {
      title: form.title,
      kind: form.kind,
      placeId,
      startsAt: form.startsAt,
      endsAt: form.endsAt,
      recurrence:
        form.repeat === 'KEEP'
          ? (editing?.recurrence ?? null)
          : recurrenceOf(form.repeat, form.startsAt, Number(form.count) || 1),
      capacity: form.capacity ? Number(form.capacity) : null,
      bookingUrl: form.bookingUrl || null,
      description: form.description || null,
      ...(editing ? { actions: editing.actions, subcategories: editing.subcategories } : {}),
    };
    try {
      if (editing) await updateEvent({ variables: { id: editing.id, input } });
      else await create({ variables: { input } });
      setStatus({ ok: true, message: editing ? text.saved : text.published });
      setEditing(null);
      setForm(empty);
      await refetch();
    } catch (error) {
      // The API's refusal as it is, and under the field it names.
      const field = refusedField(error);
      if (field) setProblems({ [field]: (error as Error).message });
      setStatus({ ok: false, message: (error as Error).message });
    }
  }

  async function cancelEvent(id: string) {
    try {
      await cancel({ variables: { id } });
      if (editing?.id === id) stopEditing();
      setStatus({ ok: true, message: text.cancelled });
      await refetch();
    } catch (error) {
      setStatus({ ok: false, message: (error as Error).message });
    }
  }

  return (
    <div className="admin-page">
      <h1 id="page-title" tabIndex={-1}>
        {text.title}
      </h1>
      <p>{text.intro}</p>
      {status && (
        <p className={`notice ${status.ok ? 'notice-info' : 'notice-error'}`} role={status.ok ? 'status' : 'alert'}>
          {status.message}
        </p>
      )}
      <h2>{text.listTitle}</h2>
      {data && data.managedEvents.length === 0 && <p>{text.empty}</p>}
      <ul>
        {data?.managedEvents.map((event) => (
          <li key={event.id}>
            <strong>{event.title}</strong> — {text.kinds[event.kind]}, {event.startsAt.replace('T', ' ')}
            {event.recurrence && ` (${text.recurring})`}, {event.venue.name}{' '}
            {editable(event) && (
              <button type="button" className="button button-secondary" onClick={() => startEditing(event)}>
                {text.edit(event.title)}
              </button>
            )}{' '}
            <button type="button" className="button button-secondary" onClick={() => void cancelEvent(event.id)}>
              {text.cancel(event.title)}
            </button>
          </li>
        ))}
      </ul>
      <h2 ref={formHeading} tabIndex={-1}>
        {editing ? text.editTitle(editing.title) : text.newTitle}
      </h2>
      <form className="admin-form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          id="event-title"
          label={text.eventTitle}
          value={form.title}
          problem={problems.title}
          onChange={(title) => update({ title })}
        />
        <SelectField
          id="event-kind"
          label={text.kind}
          value={form.kind}
          options={KINDS.map((kind) => [kind, text.kinds[kind]] as const)}
          onChange={(kind) => update({ kind })}
        />
        <SelectField
          id="event-place"
          label={text.place}
          value={placeId}
          options={places.map((p) => [p.id, p.place.name] as const)}
          onChange={(id) => update({ placeId: id })}
        />
        <TextField
          id="event-starts"
          type="datetime-local"
          label={text.startsAt}
          value={form.startsAt}
          problem={problems.startsAt}
          onChange={(startsAt) => update({ startsAt })}
        />
        <TextField
          id="event-ends"
          type="datetime-local"
          label={text.endsAt}
          value={form.endsAt}
          problem={problems.endsAt}
          onChange={(endsAt) => update({ endsAt })}
        />
        <SelectField
          id="event-repeat"
          label={text.repeat}
          value={form.repeat}
          options={[
            ['NONE', text.repeatNone],
            ['WEEKLY', text.repeatWeekly],
            ['MONTHLY', text.repeatMonthly],
            ...(editing?.recurrence && form.repeat === 'KEEP'
              ? [['KEEP', text.repeatKeep(editing.recurrence)] as const]
              : []),
          ]}
          onChange={(repeat) => update({ repeat })}
        />
        {(form.repeat === 'WEEKLY' || form.repeat === 'MONTHLY') && (
          <TextField
            id="event-count"
            type="number"
            min={2}
            max={500}
            label={text.count}
            value={form.count}
            problem={problems.count}
            onChange={(count) => update({ count })}
          />
        )}
        <TextField
          id="event-capacity"
          type="number"
          min={1}
          label={text.capacity}
          value={form.capacity}
          problem={problems.capacity}
          onChange={(capacity) => update({ capacity })}
        />
        <TextField
          id="event-booking"
          type="url"
          label={text.bookingUrl}
          value={form.bookingUrl}
          problem={problems.bookingUrl}
          onChange={(bookingUrl) => update({ bookingUrl })}
        />
        <TextField
          id="event-description"
          multiline
          label={text.description}
          value={form.description}
          problem={problems.description}
          onChange={(description) => update({ description })}
        />
        <p>
          <button type="submit" className="button button-primary" disabled={saving}>
            {editing ? (saving ? text.saving : text.save) : saving ? text.publishing : text.publish}
          </button>{' '}
          {editing && (
            <button type="button" className="button button-secondary" onClick={stopEditing}>
              {text.stopEditing}
            </button>
          )}
        </p>
      </form>
    </div>
  );
}
