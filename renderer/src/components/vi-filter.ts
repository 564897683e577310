// Option filter for Mantine's Select and MultiSelect: "cong an" finds "Công an tỉnh".
import { isOptionsGroup, type ComboboxItem, type ComboboxParsedItem, type OptionsFilter } from '@mantine/core';
import { matchesSearch } from '../../../shared/text/vietnamese';

export const viOptionsFilter: OptionsFilter = ({ options, search, limit }) => {
  const result: ComboboxParsedItem[] = [];
  for (const option of options) {
    if (result.length >= limit) break;
    if (isOptionsGroup(option)) {
      const items = option.items.filter((item: ComboboxItem) => matchesSearch(item.label, search));
      if (items.length > 0) result.push({ group: option.group, items });
    } else if (matchesSearch(option.label, search)) {
      result.push(option);
    }
  }
  return result;
};
