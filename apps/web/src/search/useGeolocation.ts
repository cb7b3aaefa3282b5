import { useCallback, useState } from 'react';
import type { LatLng } from './search-state';

export type GeolocationStatus = 'idle' | 'locating' | 'located' | 'denied' | 'unsupported';

/** Browser geolocation on demand; a refusal is an ordinary state, not an error. */
export function useGeolocation(onLocated: (point: LatLng) => void) {
  const [status, setStatus] = useState<GeolocationStatus>('idle');
  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) {
      setStatus('unsupported');
      return;
    }
    setStatus('locating');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setStatus('located');
        onLocated({ lat: position.coords.latitude, lng: position.coords.longitude });
      },
      () => setStatus('denied'),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }, [onLocated]);
  return { status, locate, reset: () => setStatus('idle') };
}
