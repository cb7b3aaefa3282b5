/** A labelled progress bar with its caption (upload, run). */
export function ProgressBar({ label, percent, caption }: { label: string; percent: number; caption: string }) {
  return (
    <div className="imports-progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={caption}
        className="imports-progress-track"
      >
        <div className="imports-progress-bar" style={{ width: `${percent}%` }} />
      </div>
      <p className="imports-progress-caption">{caption}</p>
    </div>
  );
}
