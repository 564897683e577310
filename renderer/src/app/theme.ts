import { createTheme } from '@mantine/core';

// System fonts that carry Vietnamese glyphs on Windows (Segoe UI, Arial) and Linux (Liberation, DejaVu).
export const theme = createTheme({
  fontFamily: '"Segoe UI", Arial, "Liberation Sans", "DejaVu Sans", sans-serif',
  headings: { fontFamily: '"Segoe UI", Arial, "Liberation Sans", "DejaVu Sans", sans-serif' },
  primaryColor: 'indigo',
  defaultRadius: 'sm',
});
