import type { ApolloClient } from '@apollo/client';
import { getApolloContext } from '@apollo/client/react';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ConfigProvider } from './config/ConfigContext';
import { handOverTo, setPrerenderedResults, type PrerenderedResult } from './graphql/hooks';
import { I18nProvider } from './i18n/I18nContext';
import './styles/app.css';

// A results page prerendered by the server (src/ssr/prerender.tsx) comes with the results it shows:
// the first render below draws the same page from them, before Apollo Client is even loaded.
const prerendered = document.getElementById('reemploi-state');
if (prerendered?.textContent) {
  try {
    const state = JSON.parse(prerendered.textContent) as { results?: PrerenderedResult[] };
    setPrerenderedResults(state.results ?? []);
  } catch {
    // Unreadable state: the queries simply go to the network once the client is there.
  }
}

const ApolloContext = getApolloContext();

function Root({ apollo }: { apollo: { client?: ApolloClient } }) {
  return (
    <StrictMode>
      <ConfigProvider>
        <I18nProvider>
          <ApolloContext.Provider value={apollo}>
            <App />
          </ApolloContext.Provider>
        </I18nProvider>
      </ConfigProvider>
    </StrictMode>
  );
}

const container = document.getElementById('root')!;
const root = createRoot(container);
// The first render replaces the server's copy of the page (`data-prerendered`, controls not yet wired);
// once it is in place, the mark goes (the browser tests wait for it before using the page). Links, the
// language switch, the skip link and the list work from then on.
flushSync(() => root.render(<Root apollo={{}} />));
container.removeAttribute('data-prerendered');

// Then Apollo Client (its own chunk): the data hooks switch to it in place (graphql/hooks.ts), and the
// pages that load on demand, which use it directly, can render.
void import('./graphql/apollo-client').then(({ createApolloClient }) => {
  const client = createApolloClient();
  handOverTo(client);
  root.render(<Root apollo={{ client }} />);
});
