import { RadioFieldset } from '../forms/RadioFieldset';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { ColourFields } from './ColourFields';
import type { WidgetConfig } from './widget-snippet';
import type { WidgetText } from './widget-text';

/** How the results show: count, layout, theme and colours, heading and key (widget only), and the language. */
export function WidgetDisplayFields(props: {
  config: WidgetConfig;
  text: WidgetText;
  onChange(patch: Partial<WidgetConfig>): void;
}) {
  const { config, text, onChange } = props;
  const isWidget = config.format === 'widget';
  return (
    <>
      {isWidget && (
        <>
          <div className="field">
            <label htmlFor="widget-limit" className="field-label">
              {text.limit}
            </label>
            <input
              id="widget-limit"
              className="input input-narrow"
              type="number"
              min={1}
              max={50}
              value={config.limit}
              onChange={(e) => onChange({ limit: Math.min(50, Math.max(1, Math.round(Number(e.target.value) || 1))) })}
            />
          </div>
          <RadioFieldset
            name="layout"
            legend={text.layout}
            value={config.layout}
            options={[
              ['list', text.layoutList],
              ['compact', text.layoutCompact],
            ]}
            onChange={(layout) => onChange({ layout })}
          />
          <RadioFieldset
            name="theme"
            legend={text.theme}
            value={config.theme}
            options={[
              ['light', text.themeLight],
              ['dark', text.themeDark],
              ['auto', text.themeAuto],
            ]}
            onChange={(theme) => onChange({ theme })}
          />
          <ColourFields config={config} text={text} onChange={onChange} />
        </>
      )}
      <SelectField
        id="widget-lang"
        label={text.language}
        narrow
        value={config.lang}
        options={[
          ['fr', 'Français', 'fr'],
          ['en', 'English', 'en'],
        ]}
        onChange={(lang) => onChange({ lang })}
      />
      {isWidget && (
        <>
          <TextField
            id="widget-heading"
            label={text.heading}
            value={config.heading}
            autoComplete="off"
            onChange={(heading) => onChange({ heading })}
          />
          <TextField
            id="widget-key"
            label={text.apiKey}
            hint={text.apiKeyHint}
            value={config.apiKey}
            autoComplete="off"
            onChange={(apiKey) => onChange({ apiKey })}
          />
        </>
      )}
    </>
  );
}
