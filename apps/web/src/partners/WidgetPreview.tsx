import { useEffect, useRef, useState } from 'react';
import { carteQuery, widgetAttributes, type WidgetConfig } from './widget-snippet';
import type { WidgetText } from './widget-text';

let widgetScript: Promise<void> | null = null;

/** Loads the real widget (/embed.js, built by apps/embed and served by the API) once per page. */
function loadWidgetScript(): Promise<void> {
  if (customElements.get('reemploi-places')) return Promise.resolve();
  widgetScript ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/embed.js';
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => {
      widgetScript = null;
      reject(new Error('embed.js did not load'));
    };
    document.head.append(script);
  });
  return widgetScript;
}

/** The widget as partners' visitors will see it, updated as the settings change. */
export function WidgetPreview({ config, text }: { config: WidgetConfig; text: WidgetText }) {
  return config.format === 'carte' ? (
    <CartePreview config={config} text={text} />
  ) : (
    <PlacesPreview config={config} text={text} />
  );
}

function PlacesPreview({ config, text }: { config: WidgetConfig; text: WidgetText }) {
  const host = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'missing'>('loading');

  useEffect(() => {
    let live = true;
    loadWidgetScript().then(
      () => live && setState('ready'),
      () => live && setState('missing'),
    );
    return () => {
      live = false;
    };
  }, []);

  const attributes = JSON.stringify(widgetAttributes(config));
  useEffect(() => {
    if (state !== 'ready' || !host.current) return;
    let element = host.current.querySelector('reemploi-places');
    if (!element) {
      element = document.createElement('reemploi-places');
      host.current.append(element);
    }
    const wanted = new Map(JSON.parse(attributes) as [string, string][]);
    for (const name of element.getAttributeNames())
      if (!wanted.has(name) && name !== 'aria-busy') element.removeAttribute(name);
    wanted.forEach((value, name) => {
      if (element.getAttribute(name) !== value) element.setAttribute(name, value);
    });
  }, [state, attributes]);

  return (
    <div ref={host} className="widget-preview">
      {state === 'loading' && <p role="status">{text.previewLoading}</p>}
      {state === 'missing' && <p className="notice notice-warning">{text.previewMissing}</p>}
    </div>
  );
}

function CartePreview({ config, text }: { config: WidgetConfig; text: WidgetText }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(480);
  const query = carteQuery(config);
  useEffect(() => {
    function onMessage(event: MessageEvent) {
      const data = event.data as { type?: unknown; height?: unknown } | null;
      if (event.source !== frame.current?.contentWindow || data?.type !== 'reemploi:height') return;
      const next = Number(data.height);
      if (Number.isFinite(next)) setHeight(Math.min(4000, Math.max(240, Math.ceil(next))));
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return (
    <iframe
      ref={frame}
      className="carte-preview"
      title={text.previewFrameTitle}
      src={`/embed/carte${query ? `?${query}` : ''}`}
      style={{ height }}
    />
  );
}
