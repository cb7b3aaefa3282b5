import { useState } from 'react';
import { usePageTitle } from '../app/usePageTitle';
import { useTaxonomy } from '../app/useTaxonomy';
import { Checkbox, CheckboxList, RadioList } from '../forms/CheckboxList';
import { ACTIONS, PLACE_KINDS } from '../search/search-state';
import { CopyableSnippet } from './CopyableSnippet';
import { ColourFields } from './ColourFields';
import { ObjectPicker, type PickedObject } from './ObjectPicker';
import { TownPicker } from './TownPicker';
import { defaultWidgetConfig, widgetSnippet, type WidgetConfig } from './widget-snippet';
import { useWidgetText } from './widget-text';
import { WidgetPreview } from './WidgetPreview';

const RADII = [2, 5, 10, 15, 25, 50];

/** `/partenaires/widget`: partners pick a search, see the real widget, copy the code. */
export function WidgetConfigurator() {
  const text = useWidgetText();
  const taxonomy = useTaxonomy();
  usePageTitle(text.title);
  const [config, setConfig] = useState<WidgetConfig>(defaultWidgetConfig);
  const [objects, setObjects] = useState<PickedObject[]>([]);
  const set = (patch: Partial<WidgetConfig>) => setConfig((c) => ({ ...c, ...patch }));
  const isWidget = config.format === 'widget';
  const labels = taxonomy.data?.labels ?? [];

  return (
    <div className="configurator">
      <h1 id="page-title" tabIndex={-1}>
        {text.title}
      </h1>
      <p className="configurator-intro">{text.intro}</p>
      <div className="configurator-body">
        <form className="configurator-form" aria-labelledby="widget-form-title" onSubmit={(e) => e.preventDefault()}>
          <h2 id="widget-form-title">{text.formTitle}</h2>
          <Radios
            name="format"
            legend={text.format}
            value={config.format}
            options={[
              ['widget', text.formatWidget],
              ['carte', text.formatCarte],
            ]}
            onChange={(format) => set({ format })}
          />
          <fieldset className="filter-group">
            <legend>{text.actions}</legend>
            <p className="field-hint">{text.actionsHint}</p>
            <CheckboxList
              name="action"
              options={ACTIONS.map((a) => ({ value: a, label: taxonomy.actionLabel(a) }))}
              value={config.actions}
              onChange={(actions) => set({ actions })}
            />
          </fieldset>
          <ObjectPicker
            label={text.objects}
            hint={text.objectsHint}
            listLabel={text.objectSuggestions}
            removeLabel={text.removeObject}
            value={objects}
            onChange={(next) => {
              setObjects(next);
              set({ objects: next.map((o) => o.id) });
            }}
          />
          <Radios
            name="place"
            legend={text.place}
            value={config.placeMode}
            options={[
              ['anywhere', text.placeAnywhere],
              ['commune', text.placeCommune],
              ['point', text.placePoint],
            ]}
            onChange={(placeMode) => set({ placeMode })}
          />
          {config.placeMode === 'commune' && (
            <TownPicker
              id="widget-commune"
              label={text.commune}
              hint={text.townHint}
              listLabel={text.communeSuggestions}
              initial={config.commune}
              onPick={(choice) => set({ commune: choice.detail || choice.label })}
            />
          )}
          {config.placeMode === 'point' && (
            <div className="point-fields">
              <TownPicker
                id="widget-centre"
                label={text.pointFromTown}
                hint={text.townHint}
                listLabel={text.communeSuggestions}
                initial=""
                onPick={(choice) => set({ lat: String(choice.point.lat), lng: String(choice.point.lng) })}
              />
              <div className="field-row">
                <TextField
                  id="widget-lat"
                  label={text.lat}
                  value={config.lat}
                  inputMode="decimal"
                  onChange={(lat) => set({ lat })}
                />
                <TextField
                  id="widget-lng"
                  label={text.lng}
                  value={config.lng}
                  inputMode="decimal"
                  onChange={(lng) => set({ lng })}
                />
                <div className="field">
                  <label htmlFor="widget-radius" className="field-label">
                    {text.radius}
                  </label>
                  <select
                    id="widget-radius"
                    className="input"
                    value={config.radiusKm}
                    onChange={(e) => set({ radiusKm: Number(e.target.value) })}
                  >
                    {RADII.map((km) => (
                      <option key={km} value={km}>
                        {km}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
            </div>
          )}
          <fieldset className="filter-group">
            <legend>{text.kinds}</legend>
            <CheckboxList
              name="kind"
              options={PLACE_KINDS.map((k) => ({ value: k, label: taxonomy.kindLabel(k) }))}
              value={config.kinds}
              onChange={(kinds) => set({ kinds })}
            />
          </fieldset>
          {labels.length > 0 && (
            <fieldset className="filter-group">
              <legend>{text.labels}</legend>
              <CheckboxList
                name="label"
                options={labels.map((l) => ({ value: l.id, label: l.label }))}
                value={config.labels}
                onChange={(next) => set({ labels: next })}
              />
            </fieldset>
          )}
          <div className="filter-group">
            <Checkbox label={text.openNow} checked={config.openNow} onChange={(openNow) => set({ openNow })} />
          </div>
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
                  onChange={(e) => set({ limit: Math.min(50, Math.max(1, Math.round(Number(e.target.value) || 1))) })}
                />
              </div>
              <Radios
                name="layout"
                legend={text.layout}
                value={config.layout}
                options={[
                  ['list', text.layoutList],
                  ['compact', text.layoutCompact],
                ]}
                onChange={(layout) => set({ layout })}
              />
              <Radios
                name="theme"
                legend={text.theme}
                value={config.theme}
                options={[
                  ['light', text.themeLight],
                  ['dark', text.themeDark],
                  ['auto', text.themeAuto],
                ]}
                onChange={(theme) => set({ theme })}
              />
              <ColourFields config={config} text={text} onChange={set} />
            </>
          )}
          <div className="field">
            <label htmlFor="widget-lang" className="field-label">
              {text.language}
            </label>
            <select
              id="widget-lang"
              className="input input-narrow"
              value={config.lang}
              onChange={(e) => set({ lang: e.target.value === 'en' ? 'en' : 'fr' })}
            >
              <option value="fr" lang="fr">
                Français
              </option>
              <option value="en" lang="en">
                English
              </option>
            </select>
          </div>
          {isWidget && (
            <>
              <TextField
                id="widget-heading"
                label={text.heading}
                value={config.heading}
                onChange={(heading) => set({ heading })}
              />
              <TextField
                id="widget-key"
                label={text.apiKey}
                hint={text.apiKeyHint}
                value={config.apiKey}
                onChange={(apiKey) => set({ apiKey })}
              />
            </>
          )}
        </form>
        <div className="configurator-output">
          <section aria-labelledby="preview-title">
            <h2 id="preview-title">{text.previewTitle}</h2>
            <WidgetPreview config={config} text={text} />
          </section>
          <section aria-labelledby="snippet-title">
            <h2 id="snippet-title">{text.snippetTitle}</h2>
            <CopyableSnippet
              code={widgetSnippet(window.location.origin, config)}
              label={text.snippetLabel}
              hint={text.snippetHint}
              copyLabel={text.copy}
              copiedText={text.copied}
              failedText={text.copyFailed}
            />
          </section>
        </div>
      </div>
    </div>
  );
}

function Radios<T extends string>(props: {
  name: string;
  legend: string;
  value: T;
  options: [T, string][];
  onChange(value: T): void;
}) {
  return (
    <fieldset className="filter-group">
      <legend>{props.legend}</legend>
      <RadioList
        name={props.name}
        options={props.options.map(([value, label]) => ({ value, label }))}
        value={props.value}
        onChange={props.onChange}
      />
    </fieldset>
  );
}

function TextField(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  inputMode?: 'decimal';
  onChange(value: string): void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id} className="field-label">
        {props.label}
      </label>
      {props.hint && (
        <p id={`${props.id}-hint`} className="field-hint">
          {props.hint}
        </p>
      )}
      <input
        id={props.id}
        className="input"
        value={props.value}
        inputMode={props.inputMode}
        autoComplete="off"
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}
