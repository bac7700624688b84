import { defineErrors } from '../../platform/http/errors';

export const SearchErrors = defineErrors({
  /** A synonym group needs at least two different phrases after folding (全角/繁体 count as the same). */
  SYNONYMS_TOO_FEW: {
    status: 400,
    zh: '同义词组至少需要两个不同的说法',
    en: 'A synonym group needs at least two different phrases',
  },
});
