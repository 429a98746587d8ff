import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { i18nReady } from './i18n';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Netzwerkkarte: #root element missing in index.html');

void i18nReady.then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
