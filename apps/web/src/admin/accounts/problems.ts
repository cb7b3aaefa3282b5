import type { FieldProblem } from '../../graphql/suggestion-operations';
import { localizeProblem, type AccountsText } from './accounts-text';

/** The API's problems by field (`{ email: "…" }`), in the page's language, to show next to each field. */
export function problemsByField(problems: FieldProblem[], text: AccountsText): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const { field, message } of problems) {
    const localized = localizeProblem(text, message);
    byField[field] = byField[field] ? `${byField[field]} ${localized}` : localized;
  }
  return byField;
}
