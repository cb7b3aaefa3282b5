import { contrastRatio, type WidgetConfig } from './widget-snippet';
import type { WidgetText } from './widget-text';

type ColourKey = 'accent' | 'text' | 'background';

// The widget's own light-theme defaults (apps/embed/src/styles.ts).
const DEFAULTS: Record<ColourKey, string> = { accent: '#1d6b3a', text: '#1b261e', background: '#ffffff' };

/** Colour pickers for the widget's custom properties, with a warning when text would be hard to read. */
export function ColourFields(props: {
  config: WidgetConfig;
  text: WidgetText;
  onChange(patch: Partial<WidgetConfig>): void;
}) {
  const { config, text } = props;
  const background = config.background ?? DEFAULTS.background;
  const worst = Math.min(
    contrastRatio(config.accent ?? DEFAULTS.accent, background),
    contrastRatio(config.text ?? DEFAULTS.text, background),
  );
  const custom = config.accent || config.text || config.background;
  return (
    <fieldset className="filter-group">
      <legend>{text.colours}</legend>
      <div className="colour-fields">
        {(['accent', 'text', 'background'] as const).map((key) => (
          <div key={key} className="colour-field">
            <label htmlFor={`widget-colour-${key}`}>{text[key]}</label>
            <input
              id={`widget-colour-${key}`}
              type="color"
              value={config[key] ?? DEFAULTS[key]}
              onChange={(e) => props.onChange({ [key]: e.target.value })}
            />
            {config[key] && (
              <button type="button" className="button button-link" onClick={() => props.onChange({ [key]: null })}>
                {text.resetColour(text[key])}
              </button>
            )}
          </div>
        ))}
      </div>
      {custom && config.theme === 'light' && worst < 4.5 && (
        <p className="field-message field-message-warning" role="status">
          {text.lowContrast(worst.toFixed(1))}
        </p>
      )}
    </fieldset>
  );
}
