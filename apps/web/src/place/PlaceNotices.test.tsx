import { screen } from '@testing-library/react';
import { renderWithI18n } from '../../test/render';
import type { PlaceDetail } from '../graphql/operations';
import { NoticeBadge } from '../results/NoticeBadge';
import { PlaceNotices } from './PlaceNotices';

type Notice = PlaceDetail['notices'][number];
const notice = (fields: Partial<Notice>): Notice => ({
  id: 'n1',
  kind: 'CLOSURE',
  startsOn: '2026-12-24',
  endsOn: '2026-12-26',
  reason: 'grève',
  message: null,
  current: true,
  seasons: [],
  ...fields,
});

describe('notices on the place page', () => {
  it('says a closure prominently with its dates and reason, in French and in English', () => {
    const { unmount } = renderWithI18n(<PlaceNotices notices={[notice({})]} />);
    const line = screen.getByText('Fermé exceptionnellement du 24 décembre au 26 décembre (grève)');
    expect(line.tagName).toBe('STRONG');
    expect(screen.getByRole('region', { name: 'Avis aux usagers' })).toBeInTheDocument();
    unmount();
    renderWithI18n(<PlaceNotices notices={[notice({ endsOn: '2026-12-24', reason: null })]} />, { lang: 'en' });
    expect(screen.getByText('Exceptionally closed on 24 December')).toBeInTheDocument();
  });

  it('shows a free notice with its end, and seasonal hours by season', () => {
    renderWithI18n(
      <PlaceNotices
        notices={[
          notice({
            id: 'a',
            kind: 'NOTICE',
            startsOn: '2026-12-01',
            endsOn: '2026-12-10',
            reason: null,
            message: 'Benne textile pleine',
          }),
          notice({
            id: 'b',
            kind: 'SEASONAL_HOURS',
            startsOn: null,
            endsOn: null,
            reason: null,
            seasons: [{ from: '04-01', to: '09-30', openingHours: 'Mo-Sa 08:00-19:00' }],
          }),
        ]}
      />,
    );
    expect(screen.getByText(/Benne textile pleine/)).toHaveTextContent('Benne textile pleine (jusqu’au 10 décembre)');
    expect(screen.getByText('Horaires saisonniers')).toBeInTheDocument();
    expect(screen.getByText(/du 1 avril au 30 septembre/)).toBeInTheDocument();
  });

  it('renders markup typed in a reason as text', () => {
    const { container } = renderWithI18n(
      <PlaceNotices notices={[notice({ reason: '<img src=x onerror=alert(1)>' })]} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(/onerror=alert\(1\)/)).toBeInTheDocument();
  });
});

describe('notice badge of a result card', () => {
  it('says until when a current closure lasts, or when a coming one is', () => {
    const { unmount } = renderWithI18n(<NoticeBadge notices={[notice({})]} />);
    expect(screen.getByText('Fermé exceptionnellement jusqu’au 26 décembre (grève)')).toBeInTheDocument();
    unmount();
    renderWithI18n(<NoticeBadge notices={[notice({ current: false, reason: 'travaux' })]} />, { lang: 'en' });
    expect(screen.getByText('Exceptionally closed from 24 December to 26 December (travaux)')).toBeInTheDocument();
  });

  it('shows a current free notice, and nothing without notices', () => {
    const { container, unmount } = renderWithI18n(<NoticeBadge notices={[]} />);
    expect(container).toBeEmptyDOMElement();
    unmount();
    renderWithI18n(
      <NoticeBadge notices={[notice({ kind: 'NOTICE', message: 'Benne textile pleine', reason: null })]} />,
    );
    expect(screen.getByText('Benne textile pleine')).toBeInTheDocument();
  });
});
