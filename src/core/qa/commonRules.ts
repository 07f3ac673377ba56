import type { Rules } from './rule';

/** Rules every QA table shares: columns it cannot find, cells it cannot read, rows without a Seller SKU. */
export type CommonRuleId = 'column-missing' | 'value-unreadable' | 'sku-missing';

export const COMMON_RULES: Rules<CommonRuleId> = {
  'column-missing': {
    severity: 'INFO',
    message: 'No {column} column: {checks} not checked.',
    fix: 'Add the column (any of the names listed) to check these too.',
  },
  'value-unreadable': {
    severity: 'ERROR',
    message: "'{column}' holds '{value}'; expected {expected}.",
    fix: 'Type {expected}, or clear the cell.',
  },
  'sku-missing': {
    severity: 'ERROR',
    message: 'Seller SKU is blank; expected the SKU code this row is about.',
    fix: 'Fill in the Seller SKU.',
  },
};
