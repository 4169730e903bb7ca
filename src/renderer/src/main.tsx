import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { exposeDossier } from './app/dossier';
import { ErrorBoundary } from './app/ErrorBoundary';
import './styles/theme.css';
import './styles/app.css';

exposeDossier();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
