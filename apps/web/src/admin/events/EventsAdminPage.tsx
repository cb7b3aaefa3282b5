import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import {
  CANCEL_EVENT_MUTATION,
  CREATE_EVENT_MUTATION,
  MANAGED_EVENTS_QUERY,
  type EventKind,
} from './events-admin-operations';
import { useEventsAdminText } from './events-admin-text';

type Repeat = 'NONE' | 'WEEKLY' | 'MONTHLY';
const KINDS: EventKind[] = ['REPAIR_CAFE', 'SALE', 'COLLECTION', 'WORKSHOP', 'OTHER'];
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The RRULE of a repeat choice: weekly, or monthly on the same weekday of the month as the first date. */
export function recurrenceOf(repeat: Repeat, startsAt: string, count: number): string | null {
  if (repeat === 'NONE') return null;
  if (repeat === 'WEEKLY') return `FREQ=WEEKLY;COUNT=${count}`;
  const [year, month, day] = startsAt.slice(0, 10).split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
  const nth = Math.ceil(day / 7);
  return `FREQ=MONTHLY;BYDAY=${nth === 5 ? -1 : nth}${weekday};COUNT=${count}`;
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

/** `/admin/evenements`: publish an event at one of the viewer's places, and cancel upcoming ones. */
export function EventsAdminPage() {
  const text = useEventsAdminText();
  const { data, refetch } = useQuery(MANAGED_EVENTS_QUERY);
  const [create, creating] = useMutation(CREATE_EVENT_MUTATION);
  const [cancel] = useMutation(CANCEL_EVENT_MUTATION);
  const [form, setForm] = useState(empty);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const places = data?.managedPlaces.nodes ?? [];
  const placeId = form.placeId || places[0]?.id || '';
  const update = (patch: Partial<typeof empty>) => setForm((current) => ({ ...current, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    try {
      await create({
        variables: {
          input: {
            title: form.title,
            kind: form.kind,
            placeId,
            startsAt: form.startsAt,
            endsAt: form.endsAt,
            recurrence: recurrenceOf(form.repeat, form.startsAt, Number(form.count) || 1),
            capacity: form.capacity ? Number(form.capacity) : null,
            bookingUrl: form.bookingUrl || null,
            description: form.description || null,
          },
        },
      });
      setForm(empty);
      setStatus({ ok: true, message: text.published });
      await refetch();
    } catch (error) {
      setStatus({ ok: false, message: (error as Error).message });
    }
  }

  async function cancelEvent(id: string) {
    try {
      await cancel({ variables: { id } });
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
            <button type="button" className="button button-secondary" onClick={() => void cancelEvent(event.id)}>
              {text.cancel(event.title)}
            </button>
          </li>
        ))}
      </ul>
      <h2>{text.newTitle}</h2>
      <form className="admin-form" onSubmit={(e) => void submit(e)}>
        <TextField
          id="event-title"
          label={text.eventTitle}
          value={form.title}
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
          onChange={(startsAt) => update({ startsAt })}
        />
        <TextField
          id="event-ends"
          type="datetime-local"
          label={text.endsAt}
          value={form.endsAt}
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
          ]}
          onChange={(repeat) => update({ repeat })}
        />
        {form.repeat !== 'NONE' && (
          <TextField
            id="event-count"
            type="number"
            min={2}
            max={500}
            label={text.count}
            value={form.count}
            onChange={(count) => update({ count })}
          />
        )}
        <TextField
          id="event-capacity"
          type="number"
          min={1}
          label={text.capacity}
          value={form.capacity}
          onChange={(capacity) => update({ capacity })}
        />
        <TextField
          id="event-booking"
          type="url"
          label={text.bookingUrl}
          value={form.bookingUrl}
          onChange={(bookingUrl) => update({ bookingUrl })}
        />
        <TextField
          id="event-description"
          multiline
          label={text.description}
          value={form.description}
          onChange={(description) => update({ description })}
        />
        <p>
          <button type="submit" className="button button-primary" disabled={creating.loading}>
            {creating.loading ? text.publishing : text.publish}
          </button>
        </p>
      </form>
    </div>
  );
}
