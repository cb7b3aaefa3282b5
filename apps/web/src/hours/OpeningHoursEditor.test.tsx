import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithI18n } from '../../test/render';
import { OpeningHoursEditor } from './OpeningHoursEditor';

describe('<OpeningHoursEditor>', () => {
  it('shows existing OSM hours day by day, in words and in OSM form', () => {
    renderWithI18n(
      <OpeningHoursEditor value="Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off" onChange={() => undefined} />,
    );
    expect(screen.getByLabelText('lundi, ouverture 2')).toHaveValue('14:00');
    expect(screen.getByLabelText('samedi, fermeture 1')).toHaveValue('12:00');
    expect(screen.getByText(/Lundi – vendredi/)).toHaveTextContent('9 h – 12 h et 14 h – 18 h');
    expect(screen.getByText('fermé les jours fériés')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Fermé les jours fériés' })).toBeChecked();
    expect(screen.getByTestId('osm-hours')).toHaveTextContent('Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off');
  });

  it('writes the OSM string as days are edited', async () => {
    const onChange = jest.fn();
    renderWithI18n(<OpeningHoursEditor value="" onChange={onChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter une plage horaire le lundi' }));
    expect(onChange).toHaveBeenLastCalledWith('Mo 09:00-12:00');
    await userEvent.click(screen.getByRole('button', { name: 'Mêmes horaires du lundi au vendredi' }));
    expect(onChange).toHaveBeenLastCalledWith('Mo-Fr 09:00-12:00');
    fireEvent.change(screen.getByLabelText('mercredi, fermeture 1'), { target: { value: '11:30' } });
    expect(onChange).toHaveBeenLastCalledWith('Mo,Tu,Th,Fr 09:00-12:00; We 09:00-11:30');
    await userEvent.click(screen.getByRole('button', { name: 'Retirer la plage 1 du mercredi' }));
    expect(onChange).toHaveBeenLastCalledWith('Mo,Tu,Th,Fr 09:00-12:00');
  });

  it('flags a closing time before the opening time', () => {
    renderWithI18n(<OpeningHoursEditor value="Tu 09:00-12:00" onChange={() => undefined} />);
    fireEvent.change(screen.getByLabelText('mardi, fermeture 1'), { target: { value: '08:00' } });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'mardi : l’heure de fermeture doit suivre l’heure d’ouverture.',
    );
  });

  it('keeps hours it cannot show in a raw field instead of rewriting them', () => {
    const onChange = jest.fn();
    renderWithI18n(<OpeningHoursEditor value="Mo-Fr 09:00-18:00; Aug off" onChange={onChange} />);
    const raw = screen.getByLabelText('Horaires au format OpenStreetMap (opening_hours)');
    expect(raw).toHaveValue('Mo-Fr 09:00-18:00; Aug off');
    expect(onChange).not.toHaveBeenCalled();
  });
});
