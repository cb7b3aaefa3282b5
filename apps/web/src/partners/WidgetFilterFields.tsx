import { useTaxonomy } from '../app/useTaxonomy';
import { Checkbox, CheckboxList } from '../forms/CheckboxList';
import { PLACE_KINDS } from '../search/search-state';
import type { WidgetConfig } from './widget-snippet';
import type { WidgetText } from './widget-text';

/** Which places the widget keeps: kinds, labels, open now. */
export function WidgetFilterFields(props: {
  config: WidgetConfig;
  text: WidgetText;
  onChange(patch: Partial<WidgetConfig>): void;
}) {
  const { config, text, onChange } = props;
  const taxonomy = useTaxonomy();
  const labels = taxonomy.data?.labels ?? [];
  return (
    <>
      <fieldset className="filter-group">
        <legend>{text.kinds}</legend>
        <CheckboxList
          name="kind"
          options={PLACE_KINDS.map((k) => ({ value: k, label: taxonomy.kindLabel(k) }))}
          value={config.kinds}
          onChange={(kinds) => onChange({ kinds })}
        />
      </fieldset>
      {labels.length > 0 && (
        <fieldset className="filter-group">
          <legend>{text.labels}</legend>
          <CheckboxList
            name="label"
            options={labels.map((l) => ({ value: l.id, label: l.label }))}
            value={config.labels}
            onChange={(next) => onChange({ labels: next })}
          />
        </fieldset>
      )}
      <div className="filter-group">
        <Checkbox label={text.openNow} checked={config.openNow} onChange={(openNow) => onChange({ openNow })} />
      </div>
    </>
  );
}
