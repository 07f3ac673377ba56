import { dirname } from 'node:path';
import { prepareDelivery } from '../../core/actions/export/exportPlan';
import { commandLineSurface } from '../../core/workbook/surface';
import type { CommandContext } from './commandContext';
import { AS_OF_OPTION, updateCommand, writeUpdate, type UpdateOptions } from './exportCommand';

export interface DeliverOptions extends UpdateOptions {
  /** Deliver without a current QA sign-off; recorded in TTS · Exports. */
  readonly override?: string;
  /** Deliver a period already delivered from the same data once more. */
  readonly again?: boolean;
}

/**
 * `tts-ops deliver <file.xlsx> --cadence wbr|mbr|qbr`: once the period's draft is signed off (and its
 * data unchanged), writes the client's copy without the DRAFT mark under new names and logs the delivery.
 */
export async function deliverCommand(file: string, options: DeliverOptions, context: CommandContext): Promise<void> {
  const { cadence, asOf, toDate, override, again } = options;
  const outDir = options.out ?? dirname(file);
  await updateCommand(file, outDir, context, (open) => {
    const prepared = prepareDelivery(
      open.workbook,
      { cadence, asOf, asOfName: AS_OF_OPTION, toDate, override, again, now: context.now() },
      commandLineSurface(file),
    );
    return writeUpdate(open, prepared, outDir, context);
  });
}
