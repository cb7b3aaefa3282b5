import { useTaxonomy } from '../app/useTaxonomy';
import { CheckboxList } from '../forms/CheckboxList';
import { ACTIONS } from '../search/search-state';
import { ObjectPicker, type PickedObject } from './ObjectPicker';
import type { WidgetConfig } from './widget-snippet';
import type { WidgetText } from './widget-text';

/** What the widget searches for: actions ("Donner", "Réparer"…) and objects. */
export function WidgetSearchFields(props: {
  config: WidgetConfig;
  objects: PickedObject[];
  text: WidgetText;
  onChange(patch: Partial<WidgetConfig>): void;
  onObjects(objects: PickedObject[]): void;
}) {
  const { config, objects, text, onChange } = props;
  const taxonomy = useTaxonomy();
  return (
    <>
      <fieldset className="filter-group">
        <legend>{text.actions}</legend>
        <p className="field-hint">{text.actionsHint}</p>
        <CheckboxList
          name="action"
          options={ACTIONS.map((a) => ({ value: a, label: taxonomy.actionLabel(a) }))}
          value={config.actions}
          onChange={(actions) => onChange({ actions })}
        />
      </fieldset>
      <ObjectPicker
        label={text.objects}
        hint={text.objectsHint}
        listLabel={text.objectSuggestions}
        removeLabel={text.removeObject}
        value={objects}
        onChange={props.onObjects}
      />
    </>
  );
}
