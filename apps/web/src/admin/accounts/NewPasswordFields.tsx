import { TextField } from '../../forms/TextField';
import type { AccountsText } from './accounts-text';

/** A new password and its confirmation, with the server's rules as the hint and the problems under each. */
export function NewPasswordFields({
  text,
  password,
  confirmation,
  problems,
  onPassword,
  onConfirmation,
}: {
  text: AccountsText;
  password: string;
  confirmation: string;
  problems: { password?: string; confirmation?: string };
  onPassword(value: string): void;
  onConfirmation(value: string): void;
}) {
  return (
    <>
      <TextField
        label={text.newPassword}
        hint={text.passwordRules}
        type="password"
        autoComplete="new-password"
        required
        value={password}
        onChange={onPassword}
        problem={problems.password ?? null}
      />
      <TextField
        label={text.confirmPassword}
        type="password"
        autoComplete="new-password"
        required
        value={confirmation}
        onChange={onConfirmation}
        problem={problems.confirmation ?? null}
      />
    </>
  );
}
