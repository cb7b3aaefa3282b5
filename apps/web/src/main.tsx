import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ConfigProvider } from './config/ConfigContext';
import { createApolloClient } from './graphql/apollo-client';
import { I18nProvider } from './i18n/I18nContext';
import './styles/app.css';

const client = createApolloClient();
// A results page prerendered by the server (src/ssr/prerender.tsx) comes with the data it shows: with
// it in the cache, the first render below draws the same list over the server's, with no round trip.
const prerendered = document.getElementById('reemploi-state');
if (prerendered?.textContent) {
  try {
    client.cache.restore(JSON.parse(prerendered.textContent) as Parameters<typeof client.cache.restore>[0]);
  } catch {
    // Unreadable state: the queries simply go to the network.
  }
}

const container = document.getElementById('root')!;
const root = createRoot(container);
// The first render replaces the server's copy of the page (`data-prerendered`, controls not yet wired);
// once it is in place, the mark goes (the browser tests wait for it before using the page).
flushSync(() =>
  root.render(
    <StrictMode>
      <ConfigProvider>
        <I18nProvider>
          <ApolloProvider client={client}>
            <App />
          </ApolloProvider>
        </I18nProvider>
      </ConfigProvider>
    </StrictMode>,
  ),
);
container.removeAttribute('data-prerendered');
