import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { loadConfig, type RuntimeConfig } from './runtime-config';

/** Until /config.json answers: no map style yet (the map waits), no geocoder (towns list only). */
export const pendingConfig: RuntimeConfig = {
  mapStyleUrl: '',
  geocoderUrl: null,
  contactEmail: null,
  passwordLinksByMail: null,
};

export const ConfigContext = createContext<RuntimeConfig>(pendingConfig);

export function useConfig(): RuntimeConfig {
  return useContext(ConfigContext);
}

/** Renders at once and fills the config in when it arrives, so the first paint never waits for it. */
export function ConfigProvider({ children }: { children: ReactNode }) {
  const [config, setConfig] = useState<RuntimeConfig>(pendingConfig);
  useEffect(() => {
    let live = true;
    void loadConfig().then((loaded) => live && setConfig(loaded));
    return () => {
      live = false;
    };
  }, []);
  return <ConfigContext.Provider value={config}>{children}</ConfigContext.Provider>;
}
