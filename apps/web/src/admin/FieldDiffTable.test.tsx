import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithI18n } from '../../test/render';
import { FieldDiffTable } from './FieldDiffTable';
import { formatValue } from './format-value';
import { useAdminText } from './admin-text';
import type { FieldDiff } from './admin-operations';

const diff: FieldDiff[] = [
  { field: 'contact.phone', current: null, proposed: '02 33 00 00 00', differs: true },
  { field: 'openingHours', current: 'Mo-Fr 09:00-12:00', proposed: 'Mo-Sa 09:00-12:00', differs: true },
  { field: 'name', current: 'Emmaüs Cotentin', proposed: 'Emmaüs Cotentin', differs: false },
];
const labels: Record<string, string> = { 'contact.phone': 'Téléphone', openingHours: 'Horaires', name: 'Nom' };

function Table(props: { selected?: Set<string>; onToggle?(f: string): void }) {
  const text = useAdminText();
  return <FieldDiffTable caption="Changements" diff={diff} text={text} fieldLabel={(f) => labels[f] ?? f} {...props} />;
}

describe('suggestion diff display', () => {
  it('shows each field current → proposed, marking removed and added values', () => {
    renderWithI18n(<Table />);
    const phone = screen.getByRole('row', { name: /Téléphone/ });
    expect(within(phone).getByText('(vide)').tagName).toBe('DEL');
    expect(within(phone).getByText('02 33 00 00 00').tagName).toBe('INS');
    const name = screen.getByRole('row', { name: /Nom/ });
    expect(within(name).getByText('identique')).toBeInTheDocument();
  });

  it('offers a checkbox only for fields that would change, to accept part of it', async () => {
    const onToggle = jest.fn();
    renderWithI18n(<Table selected={new Set(['openingHours'])} onToggle={onToggle} />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(2);
    expect(screen.getByRole('checkbox', { name: 'Accepter : Horaires' })).toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Accepter : Téléphone' }));
    expect(onToggle).toHaveBeenCalledWith('contact.phone');
  });

  it('writes stored values in words: points, offers, booleans', () => {
    let text!: ReturnType<typeof useAdminText>;
    function Grab() {
      text = useAdminText();
      return null;
    }
    renderWithI18n(<Grab />);
    expect(formatValue('location', { type: 'Point', coordinates: [-1.4703, 49.5089] }, text)).toBe(
      '49.50890, -1.47030',
    );
    expect(
      formatValue('offers', [{ action: 'DONATE', subcategories: ['meuble'] }], text, {
        action: () => 'Donner',
        subcategory: () => 'Meuble',
        label: (id) => id,
        kind: (id) => id,
      }),
    ).toBe('Donner : Meuble');
    expect(formatValue('homeService', true, text)).toBe('oui');
    expect(formatValue('labels', [], text)).toBe('(vide)');
  });
});
