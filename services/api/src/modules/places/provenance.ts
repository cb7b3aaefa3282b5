/*
 * Provenance of a place's fields: which source (or staff) set each one. Owned by the places module, since
 * staff edits write it as well as imports (federation's merge reads and writes it through these).
 */

/** Who set a field: a source id, or EDITOR for staff (wins over every source until cleared). */
export const EDITOR = 'editor';

/** Provenance keys are field paths with "/" for "." (dots cannot be stored in keys of a document). */
export const provenanceKey = (path: string) => path.replace(/\./g, '/');
