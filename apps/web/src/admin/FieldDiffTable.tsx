import { formatValue, type ValueNames } from './format-value';
import type { AdminText } from './admin-text';
import type { FieldDiff } from './admin-operations';

interface FieldDiffTableProps {
  caption: string;
  diff: FieldDiff[];
  text: AdminText;
  names?: ValueNames;
  fieldLabel(field: string): string;
  /** With `selected`: a checkbox per differing field, to accept part of a suggestion. */
  selected?: Set<string>;
  onToggle?(field: string): void;
}

/** Current and proposed value of each field, side by side; unchanged fields are marked so. */
export function FieldDiffTable({ caption, diff, text, names, fieldLabel, selected, onToggle }: FieldDiffTableProps) {
  return (
    <table className="diff-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {selected && <th scope="col">{text.accept}</th>}
          <th scope="col">{text.field}</th>
          <th scope="col">{text.current}</th>
          <th scope="col">{text.proposed}</th>
        </tr>
      </thead>
      <tbody>
        {diff.map((d) => {
          const label = fieldLabel(d.field);
          return (
            <tr key={d.field} className={d.differs ? 'is-changed' : 'is-same'}>
              {selected && (
                <td>
                  {d.differs ? (
                    <input
                      type="checkbox"
                      aria-label={text.acceptField(label)}
                      checked={selected.has(d.field)}
                      onChange={() => onToggle?.(d.field)}
                    />
                  ) : (
                    <span className="muted">{text.sameValue}</span>
                  )}
                </td>
              )}
              <th scope="row">{label}</th>
              <td>
                {d.differs ? (
                  <del>{formatValue(d.field, d.current, text, names)}</del>
                ) : (
                  formatValue(d.field, d.current, text, names)
                )}
              </td>
              <td>
                {d.differs ? (
                  <ins>{formatValue(d.field, d.proposed, text, names)}</ins>
                ) : (
                  <span className="muted">{text.sameValue}</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
