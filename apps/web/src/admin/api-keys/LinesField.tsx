/** A labelled textarea for one value per line, its hint and its problems (one per line) tied to it. */
export function LinesField(props: {
  id: string;
  label: string;
  hint: string;
  value: string;
  problems: string[];
  placeholder?: string;
  onChange(value: string): void;
}) {
  const { id, problems } = props;
  const describedBy = [`${id}-hint`, problems.length > 0 ? `${id}-problem` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {props.label}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {props.hint}
      </p>
      <textarea
        id={id}
        className="input"
        rows={3}
        value={props.value}
        placeholder={props.placeholder}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        aria-describedby={describedBy}
        aria-invalid={problems.length > 0 ? true : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {problems.length > 0 && (
        <ul id={`${id}-problem`} className="field-problem api-keys-problems">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
