import { Autocomplete, createTheme, MultiSelect, Select, TagsInput } from '@mantine/core';
import { viOptionsFilter } from '../components/vi-filter';

// System fonts that carry Vietnamese glyphs on Windows (Segoe UI, Arial) and Linux (Liberation, DejaVu).
export const theme = createTheme({
  fontFamily: '"Segoe UI", Arial, "Liberation Sans", "DejaVu Sans", sans-serif',
  headings: { fontFamily: '"Segoe UI", Arial, "Liberation Sans", "DejaVu Sans", sans-serif' },
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  // Every picker searches the way the app's searches do: "kiem tra" finds "Kiểm tra" (one folding rule,
  // matchesSearch in shared/text/vietnamese.ts), also where a screen forgets to say so.
  components: {
    Select: Select.extend({ defaultProps: { filter: viOptionsFilter } }),
    MultiSelect: MultiSelect.extend({ defaultProps: { filter: viOptionsFilter } }),
    Autocomplete: Autocomplete.extend({ defaultProps: { filter: viOptionsFilter } }),
    TagsInput: TagsInput.extend({ defaultProps: { filter: viOptionsFilter } }),
  },
});
