import { columnLetter } from '../../values/columnLetter';
import { cleanText } from '../../values/cleanText';
import { CLIENT_DETAIL_KEYS, settingsClientName } from '../../workbook/clientDetails';
import { settingsColumns } from '../../workbook/settingsTab';
import type { CellValue } from '../../workbook/workbookPort';
import type { CheckFinding } from '../../qa/checkFinding';

/** An ERROR while the Settings tab names no client: the client update would be titled without one. */
export function clientNameFinding(values: readonly (readonly CellValue[])[] | undefined, tab: string): CheckFinding | undefined {
  const columns = values && settingsColumns(values);
  if (settingsClientName(values, columns)) return undefined;
  const row = columns ? values!.findIndex((cells) => cleanText(cells[columns.key]).toLowerCase() === CLIENT_DETAIL_KEYS.name.toLowerCase()) : -1;
  return {
    group: 'Accuracy',
    severity: 'ERROR',
    check: 'client-name-blank',
    tab,
    a1: row >= 0 ? `${columnLetter(columns!.value)}${row + 1}` : 'A1',
    message: `The client's name is blank (${CLIENT_DETAIL_KEYS.name}): the client update would go out without it.`,
    fix: `Type the client's name as the update should show it in the Value of ${CLIENT_DETAIL_KEYS.name} on ${tab}.`,
  };
}
