import { lazy, Suspense } from 'react';
import { useConfig } from '../../config/ConfigContext';
import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import { TownPicker } from '../../partners/TownPicker';
import { addressPatch } from '../place-form';
import { Overridable, Override, type SectionProps } from './Override';

const PRECISIONS = ['EXACT', 'ADDRESS', 'STREET', 'COMMUNE'] as const;

const LocationMap = lazy(() => import('../LocationMap').then((m) => ({ default: m.LocationMap })));

/** The address (found through the geocoder or typed) and the point on the map, with its accuracy. */
export function AddressFields({ form, text, overrides, onChange }: SectionProps) {
  const config = useConfig();
  const lat = Number(form.lat.replace(',', '.'));
  const lng = Number(form.lng.replace(',', '.'));
  const hasPoint = form.lat !== '' && form.lng !== '' && Number.isFinite(lat) && Number.isFinite(lng);
  return (
    <>
      <fieldset className="form-section">
        <legend>{text.address}</legend>
        <TownPicker
          id="place-address-search"
          label={text.addressSearch}
          hint={text.addressSearchHint}
          listLabel={text.addressSuggestions}
          initial=""
          geocoderUrl={config.geocoderUrl}
          onPick={(choice) => onChange(addressPatch(choice, form))}
        />
        <Overridable field="address.street" label={text.street} overrides={overrides}>
          <TextField label={text.street} value={form.street} onChange={(street) => onChange({ street })} />
        </Overridable>
        <div className="field-row">
          <Overridable field="address.postcode" label={text.postcode} overrides={overrides}>
            <TextField
              label={text.postcode}
              inputMode="numeric"
              value={form.postcode}
              onChange={(postcode) => onChange({ postcode })}
            />
          </Overridable>
          <Overridable field="address.commune" label={text.commune} overrides={overrides}>
            <TextField label={text.commune} value={form.commune} onChange={(commune) => onChange({ commune })} />
          </Overridable>
        </div>
        <Overridable field="address.locality" label={text.locality} overrides={overrides}>
          <TextField label={text.locality} value={form.locality} onChange={(locality) => onChange({ locality })} />
        </Overridable>
      </fieldset>
      <fieldset className="form-section">
        <legend>{text.location}</legend>
        <p className="field-hint">{text.locationHint}</p>
        <Override field="location" label={text.location} overrides={overrides} />
        <div className="field-row">
          <TextField label={text.lat} inputMode="decimal" value={form.lat} onChange={(v) => onChange({ lat: v })} />
          <TextField label={text.lng} inputMode="decimal" value={form.lng} onChange={(v) => onChange({ lng: v })} />
          <SelectField
            id="place-precision"
            label={text.precision}
            value={form.locationPrecision}
            options={PRECISIONS.map((p) => [p, text.precisions[p]] as const)}
            onChange={(locationPrecision) => onChange({ locationPrecision })}
          />
        </div>
        {hasPoint && config.mapStyleUrl && (
          <Suspense fallback={<div className="location-map map-placeholder">{text.loading}</div>}>
            <LocationMap
              styleUrl={config.mapStyleUrl}
              value={{ lat, lng }}
              text={text}
              onChange={(point) =>
                onChange({ lat: String(point.lat), lng: String(point.lng), locationPrecision: 'EXACT' })
              }
            />
          </Suspense>
        )}
      </fieldset>
    </>
  );
}
