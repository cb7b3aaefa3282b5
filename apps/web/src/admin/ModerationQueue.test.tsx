import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { taxonomyMocks } from '../../test/admin-mocks';
import { frenchLeftIn } from '../../test/french-left';
import { renderWithApollo } from '../../test/render';
import { ACCEPT_SUGGESTION_MUTATION, SUGGESTIONS_QUERY } from './admin-operations';
import { ModerationQueue } from './ModerationQueue';

const suggestions = {
  request: { query: SUGGESTIONS_QUERY, variables: { status: 'PENDING', first: 20 } },
  result: {
    data: {
      suggestions: {
        __typename: 'SuggestionConnection',
        totalCount: 1,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        nodes: [
          {
            __typename: 'Suggestion',
            id: 's-1',
            kind: 'CORRECTION',
            status: 'PENDING',
            note: 'Le numéro a changé.',
            contactEmail: 'someone@example.org',
            submittedAt: '2024-03-05T10:00:00.000Z',
            placeVersionAtSubmission: 2,
            place: {
              __typename: 'ManagedPlace',
              id: 'mp-1',
              version: 3,
              place: { __typename: 'Place', id: 'place-1', slug: 'ressourcerie', name: 'Ressourcerie du Cotentin' },
            },
            duplicateOf: null,
            diff: [
              {
                __typename: 'SuggestionFieldDiff',
                field: 'contact.phone',
                current: null,
                proposed: '02 33 11 11 11',
                differs: true,
              },
              {
                __typename: 'SuggestionFieldDiff',
                field: 'homeService',
                current: false,
                proposed: true,
                differs: true,
              },
              {
                __typename: 'SuggestionFieldDiff',
                field: 'openingHours',
                current: 'Mo-Fr 09:00-12:00',
                proposed: 'Mo-Fr 09:00-12:00; Sa 10:00-12:00; PH off',
                differs: true,
              },
              {
                __typename: 'SuggestionFieldDiff',
                field: 'offers',
                current: [{ action: 'DONATE', subcategories: ['meuble'] }],
                proposed: [],
                differs: true,
              },
              { __typename: 'SuggestionFieldDiff', field: 'name', current: 'R', proposed: 'R', differs: false },
            ],
            review: null,
          },
        ],
      },
    },
  },
};

describe('moderation queue', () => {
  it('shows a suggestion in English to English readers, with no French label left', async () => {
    const { container } = renderWithApollo(<ModerationQueue />, {
      lang: 'en',
      mocks: [suggestions, ...taxonomyMocks('EN')],
    });

    const card = await screen.findByRole('article', { name: 'Correction — Ressourcerie du Cotentin' });
    expect(screen.getByRole('heading', { level: 1, name: 'Suggestions from the public' })).toBeInTheDocument();
    expect(card).toHaveTextContent('received on');
    expect(card).toHaveTextContent('Message: Le numéro a changé.');
    expect(card).toHaveTextContent('Sender’s email: someone@example.org');
    expect(within(card).getByText(/The listing has changed since this suggestion/)).toBeInTheDocument();
    for (const column of ['Accept', 'Field', 'Current', 'Proposed'])
      expect(within(card).getByRole('columnheader', { name: column })).toBeInTheDocument();
    expect(within(card).getByRole('checkbox', { name: 'Accept: Phone' })).toBeChecked();
    const homeService = within(card).getByRole('row', { name: /Comes to people’s homes/ });
    expect(within(homeService).getByText('no')).toBeInTheDocument();
    expect(within(homeService).getByText('yes')).toBeInTheDocument();
    expect(within(card).getByRole('row', { name: /^Accept: Phone/ })).toHaveTextContent('(empty)');
    expect(within(card).getAllByText('unchanged')).toHaveLength(2);
    expect(within(card).getByRole('button', { name: 'Accept all' })).toBeInTheDocument();
    expect(within(card).getByRole('textbox', { name: 'Reason for rejecting' })).toHaveAccessibleDescription(
      'Required; kept in the history.',
    );
    expect(within(card).getByRole('button', { name: 'Reject' })).toBeDisabled();

    expect(card).not.toHaveTextContent(/contact\.phone|homeService|Mo-Fr/);

    expect(frenchLeftIn(container)).toEqual([]);
    expect(container).not.toHaveTextContent(/Accepter|Refuser|Motif du refus|identique|\(vide\)|reçue le/);
  });

  it('names fields and opening hours in words a moderator reads, not as stored paths and OSM rules', async () => {
    renderWithApollo(<ModerationQueue />, { lang: 'fr', mocks: [suggestions, ...taxonomyMocks('FR')] });

    const card = await screen.findByRole('article', { name: /Ressourcerie du Cotentin/ });
    const hours = within(card).getByRole('row', { name: /^Accepter : Horaires d’ouverture/ });
    expect(hours).toHaveTextContent('Lundi – vendredi : 9 h – 12 h');
    expect(hours).toHaveTextContent('Samedi : 10 h – 12 h');
    expect(hours).toHaveTextContent('fermé les jours fériés');
    expect(within(card).getByRole('checkbox', { name: 'Accepter : Téléphone' })).toBeChecked();
    await within(card).findByText(/Meuble/);
    expect(within(card).getByRole('row', { name: /^Accepter : Ce qu’on peut y faire/ })).toHaveTextContent(/Meuble/);
    expect(card).not.toHaveTextContent(/contact\.phone|homeService|Mo-Fr|PH off/);
  });

  it('never shows raw sub-category ids while the taxonomy is still loading', async () => {
    // The names arrive well after the suggestions, as on a loaded server.
    const slowTaxonomy = taxonomyMocks('FR').map((m) => ({ ...m, delay: 300 }));
    renderWithApollo(<ModerationQueue />, { lang: 'fr', mocks: [suggestions, ...slowTaxonomy] });

    const card = await screen.findByRole('article', { name: /Ressourcerie du Cotentin/ });
    const offers = within(card).getByRole('row', { name: /^Accepter : Ce qu’on peut y faire/ });
    expect(offers).toHaveTextContent(/Meuble/);
    expect(offers).not.toHaveTextContent(/\bmeuble\b/);
  });

  it('says the suggestion was already reviewed by someone else, not that the listing changed', async () => {
    const node = suggestions.result.data.suggestions.nodes[0]!;
    const nodes = [{ ...node, placeVersionAtSubmission: node.place.version }];
    const current = {
      ...suggestions,
      result: { data: { suggestions: { ...suggestions.result.data.suggestions, nodes } } },
    };
    const alreadyReviewed = {
      request: { query: ACCEPT_SUGGESTION_MUTATION, variables: { id: 's-1', fields: null, placeVersion: 3 } },
      result: {
        errors: [
          {
            message: 'This suggestion has already been reviewed.',
            extensions: { code: 'CONFLICT', reason: 'ALREADY_REVIEWED' },
          },
        ],
      },
    };
    renderWithApollo(<ModerationQueue />, { lang: 'en', mocks: [current, alreadyReviewed, ...taxonomyMocks('EN')] });

    const card = await screen.findByRole('article', { name: /Ressourcerie du Cotentin/ });
    expect(card).not.toHaveTextContent(/listing has changed/);
    await userEvent.click(within(card).getByRole('button', { name: 'Accept all' }));
    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent('This suggestion was already reviewed by someone else.');
    expect(alert).not.toHaveTextContent(/listing has changed/);
  });
});
