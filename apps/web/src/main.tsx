import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ConfigProvider } from './config/ConfigContext';
import { createApolloClient } from './graphql/apollo-client';
import { I18nProvider } from './i18n/I18nContext';
import './styles/app.css';

const client = createApolloClient();

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
