/**
 * A field only robots fill (the API's `website`): off-screen, out of the tab order and hidden from
 * assistive technologies, so no person ever meets it.
 */
export function Honeypot({ label, value, onChange }: { label: string; value: string; onChange(v: string): void }) {
  return (
    <div className="honeypot" aria-hidden="true">
      <label>
        {label}
        <input
          type="text"
          name="website"
          tabIndex={-1}
          autoComplete="off"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
    </div>
  );
}
