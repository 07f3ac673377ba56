import { errorRule, infoRule, type Rules } from './rule';

/** Rules every QA table shares: columns it cannot find, cells it cannot read, rows without a Seller SKU. */
export type CommonRuleId = 'column-missing' | 'value-unreadable' | 'sku-missing';

export const COMMON_RULES: Rules<CommonRuleId> = {
  'column-missing': infoRule('No {column} column: {checks} not checked.', 'Add the column (any of the names listed) to check these too.'),
  'value-unreadable': errorRule("'{column}' holds '{value}'; expected {expected}.", 'Type {expected}, or clear the cell.'),
  'sku-missing': errorRule('Seller SKU is blank; expected the SKU code this row is about.', 'Fill in the Seller SKU.'),
};
