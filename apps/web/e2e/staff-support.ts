import type { Page } from 'playwright-core';

/** The admin bearer token the staff browser tests give their platform (REEMPLOI_ADMIN_TOKEN). */
export const ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef';

const PASSWORD = 'correct horse battery staple 42';

/** A GraphQL call to the platform with the admin token, throwing on any error. */
export async function adminApi<T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A staff account with a password, through the API (invitation link → setPassword), as an admin would. */
export async function staffAccount(
  baseUrl: string,
  input: {
    email: string;
    role: 'ADMIN' | 'EDITOR' | 'MODERATOR' | 'STRUCTURE' | 'COLLECTIVITY';
    organizationId?: string;
  },
): Promise<string> {
  const { inviteUser } = await adminApi<{ inviteUser: { passwordLink: { url: string } | null } }>(
    baseUrl,
    'mutation($input: InviteUserInput!) { inviteUser(input: $input) { passwordLink { url } problems { field message } } }',
    { input },
  );
  const token = new URLSearchParams(new URL(inviteUser.passwordLink!.url).hash.slice(1)).get('token')!;
  await adminApi(baseUrl, 'mutation($t: String!, $p: String!) { setPassword(token: $t, password: $p) { ok } }', {
    t: token,
    p: PASSWORD,
  });
  return PASSWORD;
}

/** Signs in through the back-office's form and waits for its navigation. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/admin');
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('navigation', { name: 'Espace équipe' }).waitFor();
}
