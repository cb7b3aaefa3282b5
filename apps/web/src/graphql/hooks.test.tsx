import { ApolloLink, type ApolloClient } from '@apollo/client';
import { getApolloContext } from '@apollo/client/react';
import { act, render, screen, waitFor } from '@testing-library/react';
import { Observable } from 'rxjs';
import { createApolloClient } from './apollo-client';
import { handOverTo, resultKey, setPrerenderedResults, useMutate, useQuery } from './hooks';
import { TAXONOMY_QUERY, type TaxonomyData } from './operations';
import { COUNT_PLACE_OUTCOME_MUTATION } from '../insights/insight-operations';

const ApolloContext = getApolloContext();

const taxonomy = (label: string): TaxonomyData =>
  ({
    actions: [{ __typename: 'ActionInfo', id: 'DONATE', label, directions: ['GIVE'] }],
    placeKinds: [],
    labels: [],
  }) as unknown as TaxonomyData;

function Labels({ lang, skip = false }: { lang: 'FR' | 'EN'; skip?: boolean }) {
  const { data, loading } = useQuery(TAXONOMY_QUERY, { variables: { lang }, skip });
  return <p>{loading ? 'loading' : (data?.actions[0]?.label ?? 'none')}</p>;
}

/** A client whose API answers every query with `answer` and records the operations sent. */
function clientAnswering(answer: (operation: string) => Record<string, unknown>) {
  const sent: string[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push(operation.operationName ?? '');
        observer.next({ data: answer(operation.operationName ?? '') });
        observer.complete();
      }),
  );
  return { client: createApolloClient({ link }), sent };
}

function App({ client, lang }: { client?: ApolloClient; lang: 'FR' | 'EN' }) {
  return (
    <ApolloContext.Provider value={client ? { client } : {}}>
      <Labels lang={lang} />
    </ApolloContext.Provider>
  );
}

describe('data hooks of the first render (before Apollo Client) and after it', () => {
  it('answers the prerendered query at once, whatever the order of its variables, and waits for others', () => {
    setPrerenderedResults([{ operation: 'Taxonomy', variables: { lang: 'FR' }, data: taxonomy('Donner') }]);
    expect(resultKey('Q', { b: 1, a: { d: undefined, c: [2] } })).toBe(resultKey('Q', { a: { c: [2] }, b: 1 }));
    const view = render(<App lang="FR" />);
    screen.getByText('Donner');
    view.rerender(<App lang="EN" />);
    screen.getByText('loading');
    view.rerender(
      <ApolloContext.Provider value={{}}>
        <Labels lang="EN" skip />
      </ApolloContext.Provider>,
    );
    screen.getByText('none');
  });

  it('hands the prerendered results to Apollo Client without a request, which then serves the rest', async () => {
    setPrerenderedResults([{ operation: 'Taxonomy', variables: { lang: 'FR' }, data: taxonomy('Donner') }]);
    const { client, sent } = clientAnswering((operation) =>
      operation === 'Taxonomy'
        ? (taxonomy('Donate') as unknown as Record<string, unknown>)
        : { countPlaceOutcome: true },
    );
    let mutate!: ReturnType<typeof useMutate<unknown, { placeId: string; outcome: 'OPENED' }>>;
    function Counter() {
      mutate = useMutate(COUNT_PLACE_OUTCOME_MUTATION);
      return null;
    }
    const view = render(
      <>
        <App lang="FR" />
        <Counter />
      </>,
    );
    screen.getByText('Donner');
    // A mutation asked before the client is there waits for it.
    const counted = mutate({ variables: { placeId: 'p1', outcome: 'OPENED' } });
    expect(sent).toEqual([]);

    act(() => handOverTo(client));
    view.rerender(
      <>
        <App lang="FR" client={client} />
        <Counter />
      </>,
    );
    screen.getByText('Donner');
    await counted;
    expect(sent).toEqual(['CountPlaceOutcome']);

    view.rerender(<App lang="EN" client={client} />);
    await waitFor(() => screen.getByText('Donate'));
    expect(sent).toEqual(['CountPlaceOutcome', 'Taxonomy']);
  });
});
