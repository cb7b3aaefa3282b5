import { useReducer } from 'react';
import { usePageTitle } from '../app/usePageTitle';
import { RadioFieldset } from '../forms/RadioFieldset';
import { configuratorReducer, initialConfiguratorState } from './configurator-state';
import type { WidgetConfig } from './widget-snippet';
import { useWidgetText } from './widget-text';
import { WidgetDisplayFields } from './WidgetDisplayFields';
import { WidgetFilterFields } from './WidgetFilterFields';
import { WidgetOutput } from './WidgetOutput';
import { WidgetPlaceFields } from './WidgetPlaceFields';
import { WidgetSearchFields } from './WidgetSearchFields';

/** `/partenaires/widget`: partners pick a search, see the real widget, copy the code. */
export function WidgetConfigurator() {
  const text = useWidgetText();
  usePageTitle(text.title);
  const [{ config, objects }, dispatch] = useReducer(configuratorReducer, initialConfiguratorState);
  const set = (patch: Partial<WidgetConfig>) => dispatch({ type: 'set', patch });

  return (
    <div className="configurator">
      <h1 id="page-title" tabIndex={-1}>
        {text.title}
      </h1>
      <p className="configurator-intro">{text.intro}</p>
      <div className="configurator-body">
        <form className="configurator-form" aria-labelledby="widget-form-title" onSubmit={(e) => e.preventDefault()}>
          <h2 id="widget-form-title">{text.formTitle}</h2>
          <RadioFieldset
            name="format"
            legend={text.format}
            value={config.format}
            options={[
              ['widget', text.formatWidget],
              ['carte', text.formatCarte],
            ]}
            onChange={(format) => set({ format })}
          />
          <WidgetSearchFields
            config={config}
            objects={objects}
            text={text}
            onChange={set}
            onObjects={(next) => dispatch({ type: 'objects', objects: next })}
          />
          <WidgetPlaceFields config={config} text={text} onChange={set} />
          <WidgetFilterFields config={config} text={text} onChange={set} />
          <WidgetDisplayFields config={config} text={text} onChange={set} />
        </form>
        <WidgetOutput config={config} text={text} />
      </div>
    </div>
  );
}
