import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import type { Lang } from '../src/i18n/dictionary';
import { I18nProvider } from '../src/i18n/I18nContext';

/** Renders inside the providers components need (also on rerender), without Apollo or network. */
export function renderWithI18n(ui: ReactElement, { lang = 'fr', ...options }: RenderOptions & { lang?: Lang } = {}) {
  const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider lang={lang}>{children}</I18nProvider>;
  return render(ui, { wrapper, ...options });
}

/** As `renderWithI18n`, with an Apollo client that answers only the given mocked operations. */
export function renderWithApollo(
  ui: ReactElement,
  { lang = 'fr', mocks, ...options }: RenderOptions & { lang?: Lang; mocks: readonly MockLink.MockedResponse[] },
) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MockedProvider mocks={mocks}>
      <I18nProvider lang={lang}>{children}</I18nProvider>
    </MockedProvider>
  );
  return render(ui, { wrapper, ...options });
}
