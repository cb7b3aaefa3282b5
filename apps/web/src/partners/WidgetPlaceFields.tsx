import { RadioFieldset } from '../forms/RadioFieldset';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { TownPicker } from './TownPicker';
import type { WidgetConfig } from './widget-snippet';
import type { WidgetText } from './widget-text';

const RADII = [2, 5, 10, 15, 25, 50];

/** Where the widget searches: anywhere, in a commune, or around a point within a radius. */
export function WidgetPlaceFields(props: {
  config: WidgetConfig;
  text: WidgetText;
  onChange(patch: Partial<WidgetConfig>): void;
}) {
  const { config, text, onChange } = props;
  return (
    <>
      <RadioFieldset
        name="place"
        legend={text.place}
        value={config.placeMode}
        options={[
          ['anywhere', text.placeAnywhere],
          ['commune', text.placeCommune],
          ['point', text.placePoint],
        ]}
        onChange={(placeMode) => onChange({ placeMode })}
      />
      {config.placeMode === 'commune' && (
        <TownPicker
          id="widget-commune"
          label={text.commune}
          hint={text.townHint}
          listLabel={text.communeSuggestions}
          initial={config.commune}
          onPick={(choice) => onChange({ commune: choice.detail || choice.label })}
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
            onPick={(choice) => onChange({ lat: String(choice.point.lat), lng: String(choice.point.lng) })}
          />
          <div className="field-row">
            <TextField
              id="widget-lat"
              label={text.lat}
              value={config.lat}
              inputMode="decimal"
              autoComplete="off"
              onChange={(lat) => onChange({ lat })}
            />
            <TextField
              id="widget-lng"
              label={text.lng}
              value={config.lng}
              inputMode="decimal"
              autoComplete="off"
              onChange={(lng) => onChange({ lng })}
            />
            <SelectField
              id="widget-radius"
              label={text.radius}
              value={String(config.radiusKm)}
              options={RADII.map((km) => [String(km), String(km)] as const)}
              onChange={(km) => onChange({ radiusKm: Number(km) })}
            />
          </div>
        </div>
      )}
    </>
  );
}
