import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithI18n } from '../../test/render';
import { Combobox, type ComboboxOption } from './Combobox';

const options: ComboboxOption[] = [
  { key: 'meuble', primary: 'Meuble', secondary: 'Mobilier' },
  { key: 'sieges', primary: 'Sièges', secondary: 'Mobilier · canapé' },
];

function Harness({ onSelect }: { onSelect(option: ComboboxOption): void }) {
  const [value, setValue] = useState('');
  return (
    <Combobox
      label="Quel objet ?"
      value={value}
      options={value ? options : []}
      listLabel="Suggestions"
      onChange={setValue}
      onSelect={(o) => {
        setValue(o.primary);
        onSelect(o);
      }}
    />
  );
}

describe('Combobox', () => {
  it('lets a keyboard user pick a suggestion with the arrows and Enter', async () => {
    const user = userEvent.setup();
    const onSelect = jest.fn();
    renderWithI18n(<Harness onSelect={onSelect} />);
    const input = screen.getByRole('combobox', { name: 'Quel objet ?' });
    await user.type(input, 'canap');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('option', { name: /Sièges/ })).toHaveAttribute('aria-selected', 'true');
    expect(input.getAttribute('aria-activedescendant')).toBe(screen.getByRole('option', { name: /Sièges/ }).id);
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith(options[1]);
    expect(input).toHaveValue('Sièges');
  });

  it('closes the suggestions on Escape', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Harness onSelect={jest.fn()} />);
    const input = screen.getByRole('combobox');
    await user.type(input, 'c');
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });
});
