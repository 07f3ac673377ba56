import { countsText, plural } from '../qa/checkFinding';
import type { Checklist } from './check';

/** The checklist as `tts-ops check` prints it: freshness, each group with its findings, the manual items, the verdict. */
export function checklistText(checklist: Checklist): string {
  const lines = [checklist.freshness.line];
  if (checklist.freshness.warning) lines.push(checklist.freshness.warning);
  for (const group of checklist.groups) {
    lines.push('', group.status === 'OK' ? `${group.name}: OK` : `${group.name}: ${group.status} (${countsText(group.counts)})`);
    for (const finding of group.findings) {
      lines.push(`  ${finding.severity.padEnd(7)} ${finding.tab}!${finding.a1}  ${finding.message}`, `          Fix: ${finding.fix}`);
    }
  }
  lines.push('', 'Manual items (tick them in the sidebar, or with tts-ops sign-off --tick):');
  for (const item of checklist.manualItems) lines.push(`  [ ] ${item}`);
  const verdict = checklist.counts.ERROR
    ? `not ready to sign off: fix the ${plural(checklist.counts.ERROR, 'error')} first.`
    : 'no errors: tick the manual items and sign off.';
  lines.push('', `Checks run: ${checklist.checksRun}.`, `Result: ${countsText(checklist.counts)}; ${verdict}`);
  return lines.join('\n');
}
