import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/runCli';
import { useTempFolder } from './tempFolder';

const folder = useTempFolder();
const at = (name: string): string => join(folder(), name);

/**
 * The workbook here is not an .xlsx at all: a command that read it (or printed a PDF) before checking --out would
 * fail on the workbook; the --out refusal coming instead shows the folder is checked before any work.
 */
describe.each([['evidence', '--metric', 'ldr'], ['export', '--cadence', 'wbr'], ['deliver', '--cadence', 'wbr'], ['board']])(
  'tts-ops %s --out',
  (command, ...options) => {
    beforeEach(() => {
      writeFileSync(at('client.xlsx'), 'not a workbook');
      writeFileSync(at('report.pdf'), 'an earlier file');
    });

    it('refuses a file given as the folder before reading the workbook, and writes nothing', async () => {
      const result = await runCli([command, at('client.xlsx'), ...options, '--out', at('report.pdf')]);
      expect(result.code).not.toBe(0);
      expect(result.err).toContain(`Cannot write into ${at('report.pdf')}: it is a file, not a folder`);
      expect(readdirSync(folder()).sort()).toEqual(['client.xlsx', 'report.pdf']);
    });

    it('refuses a folder under a file the same way', async () => {
      const result = await runCli([command, at('client.xlsx'), ...options, '--out', join(at('report.pdf'), 'recaps')]);
      expect(result.err).toContain(`Cannot write ${join(at('report.pdf'), 'recaps')}: part of its folder path is a file.`);
      expect(readdirSync(folder()).sort()).toEqual(['client.xlsx', 'report.pdf']);
    });
  },
);
