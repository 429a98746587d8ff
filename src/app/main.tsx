import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { i18nReady } from './i18n';
import { readSampleEarly } from './sample/load-sample';
import './styles.css';

// Before React draws anything: the worker loads and reads the sample meanwhile.
readSampleEarly();

const root = document.getElementById('root');
if (!root) throw new Error('Netzwerkkarte: #root element missing in index.html');

void i18nReady.then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
