import type { PickedObject } from './ObjectPicker';
import { defaultWidgetConfig, type WidgetConfig } from './widget-snippet';

/** The configurator's search and display choices, and the objects picked (with their words, for the chips). */
export interface ConfiguratorState {
  config: WidgetConfig;
  objects: PickedObject[];
}

export type ConfiguratorAction =
  | { type: 'set'; patch: Partial<WidgetConfig> }
  /** The picked objects: the snippet carries their ids. */
  | { type: 'objects'; objects: PickedObject[] };

export const initialConfiguratorState: ConfiguratorState = { config: defaultWidgetConfig, objects: [] };

export function configuratorReducer(state: ConfiguratorState, action: ConfiguratorAction): ConfiguratorState {
  switch (action.type) {
    case 'set':
      return { ...state, config: { ...state.config, ...action.patch } };
    case 'objects':
      return {
        objects: action.objects,
        config: { ...state.config, objects: action.objects.map((o) => o.id) },
      };
  }
}
