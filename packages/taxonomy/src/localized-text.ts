/** A text in the two languages the product ships. */
export interface LocalizedText {
  fr: string;
  en: string;
}
