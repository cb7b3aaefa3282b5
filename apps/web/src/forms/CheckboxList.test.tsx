import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { CheckboxList, RadioList } from './CheckboxList';

const options = [
  { value: 'a', label: 'Meuble', count: 3 },
  { value: 'b', label: 'Vélo', count: 0 },
  { value: 'c', label: 'Livre' },
];

function Boxes({ initial }: { initial: string[] }) {
  const [value, setValue] = useState(initial);
  return <CheckboxList name="object" options={options} value={value} onChange={setValue} />;
}

describe('CheckboxList', () => {
  it('ticks and unticks one value, keeping the others (even those it does not list)', async () => {
    render(<Boxes initial={['elsewhere', 'a']} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Livre' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Meuble (3)' }));
    expect(screen.getByRole('checkbox', { name: 'Livre' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Meuble (3)' })).not.toBeChecked();
    expect(screen.getAllByRole('checkbox').map((box) => box.getAttribute('name'))).toEqual([
      'object',
      'object',
      'object',
    ]);
  });

  it('dims a box that would give nothing, unless it is ticked', () => {
    const { rerender } = render(<CheckboxList options={options} value={[]} onChange={jest.fn()} />);
    expect(screen.getByRole('checkbox', { name: 'Vélo (0)' }).closest('label')).toHaveClass('is-empty');
    rerender(<CheckboxList options={options} value={['b']} onChange={jest.fn()} />);
    expect(screen.getByRole('checkbox', { name: 'Vélo (0)' }).closest('label')).not.toHaveClass('is-empty');
  });
});

describe('RadioList', () => {
  it('picks one value', async () => {
    const onChange = jest.fn();
    render(<RadioList name="kind" options={options} value="a" onChange={onChange} />);
    expect(screen.getByRole('radio', { name: 'Meuble (3)' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Livre' }));
    expect(onChange).toHaveBeenCalledWith('c');
  });
});
