import { runChecklist } from '../../src/core/actions/check';
import { refreshReadout } from '../../src/core/actions/refreshReadout';
import { openXlsx, saveXlsx } from '../../src/local/xlsx/xlsxFile';

/**
 * Fixes a workbook's ERROR findings the blunt way a user might before a deadline: deletes each
 * faulty Products / Promos / Links row (and the rows that then fault), refreshes, and saves it.
 * Returns the rows deleted per tab.
 */
export async function fixDemoErrors(path: string, now: Date): Promise<Record<string, number>> {
  const workbook = await openXlsx(path);
  const deleted: Record<string, number> = {};
  for (let pass = 0; pass < 5; pass++) {
    refreshReadout(workbook, { now });
    const errors = runChecklist(workbook, now).groups.flatMap((group) => group.findings.filter((finding) => finding.severity === 'ERROR'));
    if (!errors.length) break;
    const rows = new Map<string, Set<number>>();
    for (const { tab, a1 } of errors) {
      if (!['Products', 'Promos', 'Links'].includes(tab)) throw new Error(`cannot fix ${tab}!${a1} by deleting a row`);
      rows.set(tab, (rows.get(tab) ?? new Set()).add(Number(/\d+$/.exec(a1)![0]) - 1));
    }
    for (const [tab, faulty] of rows) {
      workbook.writeTab({ name: tab, values: workbook.readTab(tab)!.filter((_, r) => !faulty.has(r)) });
      deleted[tab] = (deleted[tab] ?? 0) + faulty.size;
    }
  }
  refreshReadout(workbook, { now });
  await saveXlsx(workbook, path);
  return deleted;
}
