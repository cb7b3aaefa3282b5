import { actionByLvaoCode, subcategoryById } from '@reemploi/taxonomy';
import type { Action, OfferDraft } from './types';

/** Adds sub-categories to an action's offer, merging offers of the same action; unknown codes are dropped. */
export class OfferBuilder {
  private readonly byAction = new Map<Action, Set<string>>();

  add(action: Action, subcategories: Iterable<string>): void {
    const set = this.byAction.get(action) ?? new Set<string>();
    for (const code of subcategories) {
      const id = code.trim();
      if (id && subcategoryById(id)) set.add(id);
    }
    this.byAction.set(action, set);
  }

  /** LVAO action code ("donner") → our action; false when the code is unknown. */
  addLvao(code: string, subcategories: Iterable<string>): boolean {
    const action = actionByLvaoCode(code.trim())?.id as Action | undefined;
    if (!action) return false;
    this.add(action, subcategories);
    return true;
  }

  build(): OfferDraft[] {
    return [...this.byAction]
      .filter(([, subs]) => subs.size > 0)
      .map(([action, subs]) => ({ action, subcategories: [...subs].sort() }));
  }
}

/** "a|b| c" → ["a", "b", "c"]. */
export const splitList = (value: string | null | undefined, separator = '|') =>
  (value ?? '')
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean);
