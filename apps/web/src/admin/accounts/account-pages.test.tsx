import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { ConfigContext, pendingConfig } from '../../config/ConfigContext';
import { I18nProvider } from '../../i18n/I18nContext';
import { REQUEST_PASSWORD_RESET_MUTATION, SET_PASSWORD_MUTATION } from './accounts-operations';
import { accountsTexts } from './accounts-text';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { PasswordLinkPage } from './PasswordLinkPage';

function renderPage(
  ui: ReactElement,
  { mocks = [], passwordLinksByMail = true }: { mocks?: MockLink.MockedResponse[]; passwordLinksByMail?: boolean },
) {
  return render(
    <MockedProvider mocks={mocks}>
      <ConfigContext.Provider value={{ ...pendingConfig, passwordLinksByMail }}>
        <I18nProvider lang="fr">{ui}</I18nProvider>
      </ConfigContext.Provider>
    </MockedProvider>,
  );
}

const reset = (email: string, result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: { query: REQUEST_PASSWORD_RESET_MUTATION, variables: { email } },
  result,
});

describe('forgotten password page', () => {
  it('says a link was sent if the address has an account, and to ask an administrator otherwise', async () => {
    renderPage(<ForgotPasswordPage />, {
      mocks: [reset('camille@example.fr', { data: { requestPasswordReset: true } })],
    });
    await userEvent.type(screen.getByLabelText('Adresse électronique'), ' camille@example.fr ');
    await userEvent.click(screen.getByRole('button', { name: 'Recevoir un lien' }));
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent(/^Si l’adresse camille@example\.fr correspond à un compte actif/);
    expect(status).toHaveTextContent(/Demandez un nouveau lien à un administrateur/);
    expect(status).toHaveFocus();
  });

  it('tells when to try again after too many requests', async () => {
    renderPage(<ForgotPasswordPage />, {
      mocks: [
        reset('camille@example.fr', {
          errors: [{ message: 'Too many', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 } }],
        }),
      ],
    });
    await userEvent.type(screen.getByLabelText('Adresse électronique'), 'camille@example.fr');
    await userEvent.click(screen.getByRole('button', { name: 'Recevoir un lien' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Trop de demandes : réessayez dans 42 secondes.');
  });

  it('offers no form when the server sends no mail', () => {
    renderPage(<ForgotPasswordPage />, { passwordLinksByMail: false });
    expect(screen.getByText(/Ce serveur n’envoie pas de courriels/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Recevoir un lien' })).toBeNull();
  });
});

describe('password link page', () => {
  const setPassword = (ok: boolean, problems: { field: string; message: string }[]): MockLink.MockedResponse => ({
    request: { query: SET_PASSWORD_MUTATION, variables: { token: 'tok-123', password: 'une phrase assez longue' } },
    result: {
      data: {
        setPassword: {
          __typename: 'PasswordPayload',
          ok,
          problems: problems.map((p) => ({ __typename: 'FieldProblem', ...p })),
        },
      },
    },
  });

  async function choose(password: string, confirmation = password) {
    await userEvent.type(screen.getByLabelText('Nouveau mot de passe'), password);
    await userEvent.type(screen.getByLabelText('Confirmer le nouveau mot de passe'), confirmation);
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer et me connecter' }));
  }

  // Links carry the token in the fragment, which browsers never send to a server (so it is in no access log).
  beforeEach(() => window.history.replaceState(null, '', '/admin/mot-de-passe#token=tok-123'));

  it('takes the token out of the address bar, sets the password with it and signs in', async () => {
    const onSignedIn = jest.fn();
    renderPage(<PasswordLinkPage onSignedIn={onSignedIn} />, { mocks: [setPassword(true, [])] });
    expect(window.location.hash).toBe('');
    expect(window.location.search).toBe('');
    expect(screen.getByLabelText('Nouveau mot de passe')).toHaveAccessibleDescription(/Au moins 12 caractères/);
    await choose('une phrase assez longue', 'une autre phrase');
    const problem = screen.getByText('Les deux mots de passe ne sont pas identiques.');
    expect(screen.getByLabelText('Confirmer le nouveau mot de passe')).toHaveAttribute('aria-describedby', problem.id);
    expect(screen.getByRole('alert')).toHaveFocus();
    await userEvent.clear(screen.getByLabelText('Nouveau mot de passe'));
    await userEvent.clear(screen.getByLabelText('Confirmer le nouveau mot de passe'));
    await choose('une phrase assez longue');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalled());
  });

  it('still reads the token of a link mailed before, in the query (`?token=…`), and takes it out too', async () => {
    window.history.replaceState(null, '', '/admin/mot-de-passe?token=tok-123');
    const onSignedIn = jest.fn();
    renderPage(<PasswordLinkPage onSignedIn={onSignedIn} />, { mocks: [setPassword(true, [])] });
    expect(window.location.search).toBe('');
    await choose('une phrase assez longue');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalled());
  });

  it('shows the server’s problems next to the field, in French', async () => {
    renderPage(<PasswordLinkPage onSignedIn={jest.fn()} />, {
      mocks: [setPassword(false, [{ field: 'password', message: 'The password may not be your email address.' }])],
    });
    await choose('une phrase assez longue');
    const problem = await screen.findByText('Le mot de passe ne peut pas être votre adresse électronique.');
    expect(screen.getByLabelText('Nouveau mot de passe')).toHaveAttribute(
      'aria-describedby',
      expect.stringContaining(problem.id),
    );
  });

  it('sends an expired or used link to an administrator or to “forgot password”', async () => {
    renderPage(<PasswordLinkPage onSignedIn={jest.fn()} />, {
      mocks: [setPassword(false, [{ field: 'token', message: 'This link has expired or was already used.' }])],
    });
    await choose('une phrase assez longue');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Ce lien a expiré ou a déjà servi\. Demandez un nouveau lien à un administrateur/);
    // Focus moves in an effect after the alert is painted.
    await waitFor(() => expect(alert).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Mot de passe oublié ?' })).toHaveAttribute(
      'href',
      '/admin/mot-de-passe-oublie',
    );
  });
});

describe('accounts text', () => {
  it('has every French key in English, translated but for words spelt the same', () => {
    const same = new Set(['—', 'Structure', 'Organisation', 'Actions']);
    const { fr, en } = accountsTexts;
    for (const [key, value] of Object.entries(fr)) {
      const english = (en as Record<string, unknown>)[key];
      expect([key, typeof english]).toEqual([key, typeof value]);
      if (typeof value === 'string' && !same.has(value)) expect([key, english]).not.toEqual([key, value]);
    }
    expect(Object.values(en.roles)).toEqual(['Administrator', 'Editor', 'Structure', 'Moderator', 'Local authority']);
  });
});
