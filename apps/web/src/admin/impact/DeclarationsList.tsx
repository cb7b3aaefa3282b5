import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { TextField } from '../../forms/TextField';
import { useErrorText } from '../useErrorText';
import { type ImpactDeclaration, REJECT_IMPACT_MUTATION, VALIDATE_IMPACT_MUTATION } from './impact-admin-operations';
import { useImpactAdminText } from './impact-admin-text';

/** Declarations with their history; editors and administrators validate or reject the pending ones. */
export function DeclarationsList({
  declarations,
  reviews,
  onChanged,
}: {
  declarations: readonly ImpactDeclaration[];
  reviews: boolean;
  onChanged(message: string): Promise<unknown>;
}) {
  const text = useImpactAdminText();
  if (declarations.length === 0) return <p>{text.none}</p>;
  return (
    <table className="admin-table impact-table">
      <caption className="visually-hidden">{text.listTitle}</caption>
      <thead>
        <tr>
          <th scope="col">{text.month}</th>
          <th scope="col">{text.organization}</th>
          <th scope="col">{text.version}</th>
          <th scope="col">{text.status}</th>
          <th scope="col">{text.lines}</th>
          <th scope="col">{text.refusedRows}</th>
          <th scope="col">{text.reason}</th>
        </tr>
      </thead>
      <tbody>
        {declarations.map((d) => (
          <tr key={d.id}>
            <th scope="row">{d.month}</th>
            <td>{d.organizationName}</td>
            <td>{d.version}</td>
            <td>{text.statuses[d.status]}</td>
            <td>
              {d.lines
                .map(
                  (l) =>
                    `${l.subcategoryId} ${text.flows[l.flow]}${l.outcome ? ` ${text.outcomes[l.outcome]}` : ''}: ${l.kg ?? '–'} kg, ${l.items ?? '–'}`,
                )
                .join(' · ')}
            </td>
            <td>{d.refusedRows}</td>
            <td>
              {d.rejectionReason}
              {reviews && d.status === 'PENDING' && <Review declaration={d} onChanged={onChanged} />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Review({
  declaration,
  onChanged,
}: {
  declaration: ImpactDeclaration;
  onChanged(message: string): Promise<unknown>;
}) {
  const text = useImpactAdminText();
  const client = useApolloClient();
  const errorText = useErrorText();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  async function run(action: () => Promise<unknown>, done: string) {
    setProblem(null);
    try {
      await action();
      await onChanged(done);
    } catch (error) {
      setProblem(errorText(error));
    }
  }
  return (
    <div className="impact-review">
      <button
        type="button"
        className="button"
        onClick={() =>
          void run(
            () => client.mutate({ mutation: VALIDATE_IMPACT_MUTATION, variables: { id: declaration.id } }),
            text.validated,
          )
        }
      >
        {text.validate} {declaration.month}
      </button>
      <TextField label={text.rejectReason(declaration.month)} value={reason} onChange={setReason} problem={problem} />
      <button
        type="button"
        className="button button-secondary"
        onClick={() =>
          void run(
            () => client.mutate({ mutation: REJECT_IMPACT_MUTATION, variables: { id: declaration.id, reason } }),
            text.rejected,
          )
        }
      >
        {text.reject} {declaration.month}
      </button>
    </div>
  );
}
