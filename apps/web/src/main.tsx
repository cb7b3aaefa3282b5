import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider>
      <I18nProvider>
        <ApolloProvider client={client}>
          <App />
        </ApolloProvider>
      </I18nProvider>
    </ConfigProvider>
  </StrictMode>,
);
