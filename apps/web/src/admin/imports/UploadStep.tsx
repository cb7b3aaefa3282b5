import type { RefObject } from 'react';
import type { ImportsText } from './imports-text';
import { ProgressBar } from './ProgressBar';

/** Step 2: the CSV or GeoJSON file, and its upload's progress. */
export function UploadStep({
  id,
  fileInput,
  uploadPercent,
  locked,
  text,
  onFile,
}: {
  id: string;
  fileInput: RefObject<HTMLInputElement | null>;
  uploadPercent: number | null;
  locked: boolean;
  text: ImportsText;
  onFile(file: File | undefined): void;
}) {
  return (
    <fieldset className="imports-step" disabled={locked}>
      <legend>{text.fileStep}</legend>
      <div className="field">
        <label htmlFor={`${id}-file`} className="field-label">
          {text.file}
        </label>
        <p id={`${id}-file-hint`} className="field-hint">
          {text.fileHint}
        </p>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          accept=".csv,.txt,.tsv,.geojson,.json,text/csv,application/geo+json,application/json"
          aria-describedby={`${id}-file-hint`}
          onChange={(e) => onFile(e.target.files?.[0])}
        />
      </div>
      {uploadPercent !== null && (
        <ProgressBar label={text.uploadProgress} percent={uploadPercent} caption={`${uploadPercent} %`} />
      )}
    </fieldset>
  );
}
