import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from '../../app/router';
import { usePageTitle } from '../../app/usePageTitle';
import { useI18n } from '../../i18n/I18nContext';
import { formatDate } from '../../place/PlaceSources';
import { PLACES_TO_VERIFY_QUERY, type PlaceToVerify } from './freshness-operations';
import { useFreshnessText } from './freshness-text';
import { useConfirmPlace } from './useConfirmPlace';

const PAGE = 50;

/** `/admin/a-verifier`: published places unconfirmed for a year, oldest first, each with « Toujours exact ». */
export function ToVerifyPage() {
  const text = useFreshnessText();
  usePageTitle(text.toVerifyTitle);
  const { data, loading, refetch, fetchMore } = useQuery(PLACES_TO_VERIFY_QUERY, {
    variables: { first: PAGE },
    fetchPolicy: 'network-only',
  });
  const [message, setMessage] = useState<string | null>(null);
  const list = data?.placesToVerify;
  return (
    <div className="admin-to-verify">
      <h1 id="page-title" tabIndex={-1}>
        {text.toVerifyTitle}
      </h1>
      <p>{text.toVerifyIntro}</p>
      <p role="status">{message ?? (loading && !list ? text.loading : list ? text.count(list.totalCount) : '')}</p>
      {list && list.nodes.length === 0 && <p>{text.noneToVerify}</p>}
      {list && list.nodes.length > 0 && (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{text.place}</th>
              <th scope="col">{text.lastConfirmed}</th>
              <th scope="col">
                <span className="visually-hidden">{text.stillAccurate}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.nodes.map((node) => (
              <ToVerifyRow
                key={node.id}
                node={node}
                onConfirmed={async () => {
                  setMessage(text.confirmed(node.place.name));
                  await refetch();
                }}
              />
            ))}
          </tbody>
        </table>
      )}
      {list?.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            void fetchMore({
              variables: { after: list.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                placesToVerify: {
                  ...fetchMoreResult.placesToVerify,
                  nodes: [...previous.placesToVerify.nodes, ...fetchMoreResult.placesToVerify.nodes],
                },
              }),
            })
          }
        >
          {text.more}
        </button>
      )}
    </div>
  );
}

function ToVerifyRow({ node, onConfirmed }: { node: PlaceToVerify; onConfirmed(): Promise<void> }) {
  const text = useFreshnessText();
  const { locale } = useI18n();
  const { busy, problem, confirm } = useConfirmPlace(node.id, onConfirmed);
  const { freshness } = node.place;
  return (
    <tr>
      <th scope="row">
        <Link href={`/admin/lieux/${node.id}`}>{node.place.name}</Link>
        {node.place.address.commune && ` · ${node.place.address.commune}`}
      </th>
      <td>
        {`${formatDate(freshness.confirmedAt, locale)}, ${text.by(freshness.confirmedBy.type, freshness.confirmedBy.name ?? null)}`}
      </td>
      <td>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          aria-label={text.stillAccurateFor(node.place.name)}
          onClick={() => void confirm()}
        >
          {text.stillAccurate}
        </button>
        {problem && <p role="alert">{problem}</p>}
      </td>
    </tr>
  );
}
