import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import { OpeningHoursEditor } from '../../hours/OpeningHoursEditor';
import { MESSAGE_MAX, type NoticeForm } from './notice-form';
import type { PlaceNoticeKind } from './notices-operations';
import type { NoticesAdminText } from './notices-text';

/** The API's refusal, tied to the field it names (extensions.field). */
export interface NoticeProblem {
  field: string | null;
  message: string;
}

const KINDS: PlaceNoticeKind[] = ['CLOSURE', 'EXCEPTIONAL_HOURS', 'SEASONAL_HOURS', 'NOTICE'];

/** The fields of one notice, those of its kind only; `idPrefix` keeps ids unique on a page. */
export function NoticeFields({
  form,
  text,
  problem,
  idPrefix,
  onChange,
}: {
  form: NoticeForm;
  text: NoticesAdminText;
  problem: NoticeProblem | null;
  idPrefix: string;
  onChange(patch: Partial<NoticeForm>): void;
}) {
  const problemOf = (field: string) => (problem?.field === field ? problem.message : undefined);
  const dated = form.kind !== 'SEASONAL_HOURS';
  const setSeason = (i: number, patch: Partial<NoticeForm['seasons'][number]>) =>
    onChange({ seasons: form.seasons.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  return (
    <>
      <SelectField<PlaceNoticeKind>
        id={`${idPrefix}-kind`}
        label={text.kind}
        value={form.kind}
        options={KINDS.map((k) => [k, text.kinds[k]] as const)}
        onChange={(kind) => onChange({ kind })}
      />
      {dated && (
        <div className="notice-dates">
          <TextField
            id={`${idPrefix}-starts`}
            type="date"
            label={form.kind === 'NOTICE' ? text.noticeStartsOn : text.startsOn}
            required={form.kind !== 'NOTICE'}
            value={form.startsOn}
            problem={problemOf('startsOn')}
            onChange={(startsOn) => onChange({ startsOn })}
          />
          <TextField
            id={`${idPrefix}-ends`}
            type="date"
            label={text.endsOn}
            required
            value={form.endsOn}
            problem={problemOf('endsOn')}
            onChange={(endsOn) => onChange({ endsOn })}
          />
        </div>
      )}
      {(form.kind === 'CLOSURE' || form.kind === 'EXCEPTIONAL_HOURS') && (
        <>
          <TextField
            id={`${idPrefix}-reason`}
            label={form.kind === 'CLOSURE' ? text.reason : text.optionalReason}
            hint={text.reasonHint}
            required={form.kind === 'CLOSURE'}
            maxLength={80}
            list={`${idPrefix}-reasons`}
            value={form.reason}
            problem={problemOf('reason')}
            onChange={(reason) => onChange({ reason })}
          />
          <datalist id={`${idPrefix}-reasons`}>
            {text.reasonPresets.map((r) => (
              <option key={r} value={r} />
            ))}
          </datalist>
        </>
      )}
      {form.kind === 'EXCEPTIONAL_HOURS' && (
        <>
          <OpeningHoursEditor
            legend={text.hoursLegend}
            value={form.openingHours}
            onChange={(openingHours) => onChange({ openingHours })}
          />
          {problemOf('openingHours') && <p className="field-problem">{problemOf('openingHours')}</p>}
        </>
      )}
      {form.kind === 'NOTICE' && (
        <TextField
          id={`${idPrefix}-message`}
          label={text.message}
          hint={text.messageHint(MESSAGE_MAX - [...form.message].length)}
          required
          multiline
          value={form.message}
          problem={problemOf('message')}
          onChange={(message) => onChange({ message })}
        />
      )}
      {form.kind === 'SEASONAL_HOURS' && (
        <>
          <p className="field-hint">{text.seasonsHint}</p>
          {form.seasons.map((season, i) => (
            <fieldset key={i} className="notice-season">
              <legend>{text.season(i + 1)}</legend>
              <div className="notice-dates">
                <TextField
                  id={`${idPrefix}-season-${i}-from`}
                  label={text.seasonFrom}
                  inputMode="numeric"
                  pattern="\d{2}-\d{2}"
                  value={season.from}
                  problem={problemOf(`seasons.${i}.from`)}
                  onChange={(from) => setSeason(i, { from })}
                />
                <TextField
                  id={`${idPrefix}-season-${i}-to`}
                  label={text.seasonTo}
                  inputMode="numeric"
                  pattern="\d{2}-\d{2}"
                  value={season.to}
                  problem={problemOf(`seasons.${i}.to`)}
                  onChange={(to) => setSeason(i, { to })}
                />
              </div>
              <OpeningHoursEditor
                legend={text.seasonHours(i + 1)}
                value={season.openingHours}
                onChange={(openingHours) => setSeason(i, { openingHours })}
              />
              {problemOf(`seasons.${i}.openingHours`) && (
                <p className="field-problem">{problemOf(`seasons.${i}.openingHours`)}</p>
              )}
            </fieldset>
          ))}
        </>
      )}
    </>
  );
}
