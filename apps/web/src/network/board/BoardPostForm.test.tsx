import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../../i18n/I18nContext';
import { CREATE_BOARD_POST, MY_BOARD_POSTS_QUERY } from './board-operations';
import { BoardPostForm } from './BoardPostForm';

const mine: MockLink.MockedResponse = {
  request: { query: MY_BOARD_POSTS_QUERY },
  result: { data: { categories: [], boardSubscription: null, boardPosts: { nodes: [] } } },
};

describe('posting on the board', () => {
  it('says in French when an account may post again once it reached its 20 posts of the day', async () => {
    const refused: MockLink.MockedResponse = {
      request: { query: CREATE_BOARD_POST, variables: () => true },
      result: {
        errors: [
          {
            message: 'An account posts at most 20 times in 24 hours; retry in 180 min.',
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 3 * 3600 - 20 },
          },
        ],
      },
    };
    render(
      <MockedProvider mocks={[mine, refused]}>
        <I18nProvider lang="fr">
          <BoardPostForm onPosted={() => undefined} />
        </I18nProvider>
      </MockedProvider>,
    );
    await userEvent.selectOptions(screen.getByLabelText('Nature de l’annonce'), 'EQUIPMENT');
    await userEvent.type(screen.getByLabelText('Titre'), 'Camion le mardi');
    await userEvent.type(screen.getByLabelText(/^Commune de retrait/), 'Valognes{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Un compte publie 20 annonces au plus sur 24 heures : réessayez dans 3 h.',
    );
  });
});
