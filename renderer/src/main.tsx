import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import '@mantine/core/styles.css';
import './app/app.css';
import { App } from './app/App';
import { theme } from './app/theme';
import { RootSwitch } from './print/RootSwitch';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <RootSwitch app={<App />} />
    </MantineProvider>
  </StrictMode>,
);
