import { PULL_SOURCE_NAME, pullOrders } from '../../core/actions/pullOrders';
import { importSummaryText } from '../../core/actions/importSummary';
import type { ApiShop } from '../../core/api/apiClient';
import { refreshTokens } from '../../core/api/authTokens';
import { InputError } from '../../core/values/errors';
import { workbookSettings } from '../../core/workbook/settingsTab';
import { INPUT_TABS } from '../../core/workbook/tabNames';
import { apiEnvironment } from '../api/apiEnvironment';
import { credentialsPath, readCredentials, storeShops } from '../api/credentialsFile';
import { localApiPorts } from '../api/localApiPorts';
import { assertWritable } from '../files/writeFileAtomically';
import { openXlsx, saveXlsx } from '../xlsx/xlsxFile';
import type { CommandContext } from './commandContext';

/**
 * `tts-ops pull <file.xlsx> [--since YYYY-MM-DD] [--until YYYY-MM-DD]`: the connected shop's orders
 * into Orders (see pullOrders), then the import summary. Nothing is written unless every call succeeded.
 */
export async function pullCommand(file: string, options: Readonly<Record<string, string>>, context: CommandContext): Promise<void> {
  const env = apiEnvironment();
  await assertWritable(file);
  context.reporter.status(`Reading ${file}`);
  const workbook = await openXlsx(file, context.reporter);
  await workbook.preload([INPUT_TABS.orders, INPUT_TABS.settings]);
  const { client } = workbookSettings(workbook.readTab(INPUT_TABS.settings), workbook.timeZone());
  if (!client.shopId) throw new InputError(`${file} has no connected shop (Settings client.shopId is blank); connect one: tts-ops connect ${file}`);
  const path = credentialsPath();
  let stored = (await readCredentials(path))[client.shopId];
  if (!stored || stored.appKey !== env.app.appKey) {
    throw new InputError(
      `This computer holds no access to shop ${client.shopId}${stored ? ' for this app key' : ''}; connect it: tts-ops connect ${file} --shop ${client.shopId}`,
    );
  }
  const shop: ApiShop = { ...env.app, accessToken: stored.accessToken, shopCipher: stored.cipher };
  const ports = localApiPorts(env, async () => {
    const tokens = await refreshTokens(env.app, stored.refreshToken, ports);
    stored = { ...stored, ...tokens };
    await storeShops(path, { [client.shopId]: stored });
    return tokens.accessToken;
  });
  const { result } = await pullOrders(workbook, { since: options.since, until: options.until }, shop, ports, (what, soFar) =>
    context.reporter.status(`Pulled ${soFar} ${what} from ${stored.name}`),
  );
  context.reporter.status(`Writing ${file}`);
  await saveXlsx(workbook, file);
  context.print(importSummaryText(result, PULL_SOURCE_NAME, file, INPUT_TABS.orders));
}
