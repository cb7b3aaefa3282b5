import { screen } from '@testing-library/react';
import { renderWithI18n } from '../../test/render';
import { CommuneGuideLink } from './CommuneGuideLink';

describe('link to the commune’s printable guide', () => {
  it('opens the French guide from French pages', () => {
    renderWithI18n(<CommuneGuideLink inseeCode="50129" commune="Cherbourg-en-Cotentin" />, { lang: 'fr' });
    const link = screen.getByRole('link', { name: 'Imprimer le guide de Cherbourg-en-Cotentin' });
    expect(link).toHaveAttribute('href', '/guide/50129.pdf');
    expect(link).toHaveAttribute('type', 'application/pdf');
  });

  it('opens the English guide from English pages', () => {
    renderWithI18n(<CommuneGuideLink inseeCode="50615" commune="Valognes" />, { lang: 'en' });
    expect(screen.getByRole('link', { name: 'Print the guide of Valognes' })).toHaveAttribute(
      'href',
      '/guide/50615.pdf?lang=en',
    );
  });
});
