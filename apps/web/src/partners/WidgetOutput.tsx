import { CopyableSnippet } from './CopyableSnippet';
import { widgetSnippet, type WidgetConfig } from './widget-snippet';
import type { WidgetText } from './widget-text';
import { WidgetPreview } from './WidgetPreview';

/** The real widget as configured, and the code to paste. */
export function WidgetOutput({ config, text }: { config: WidgetConfig; text: WidgetText }) {
  return (
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
  );
}
