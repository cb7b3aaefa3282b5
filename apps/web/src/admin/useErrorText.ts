import { errorMessage, errorReason } from '../graphql/errors';
import { useAdminText } from './admin-text';

/** Words an API error for staff: the reason's own text when the API gave a known one, else its message. */
export function useErrorText(): (error: unknown) => string {
  const text = useAdminText();
  return (error) => {
    const reason = errorReason(error);
    return reason ? text.reasons[reason] : `${text.error} ${errorMessage(error)}`;
  };
}
