import { randomBytes } from 'node:crypto';
import { access } from 'node:fs/promises';
import { authorizedShops, chooseShop, type ConnectedShop } from '../../core/api/authorizedShops';
import { authCodeOf, authorizationLink, exchangeAuthCode } from '../../core/api/authTokens';
import { connectShop } from '../../core/actions/connectShop';
import { InputError } from '../../core/values/errors';
import { apiEnvironment, type ApiEnvironment } from '../api/apiEnvironment';
import { credentialsPath, readCredentials, storeShops } from '../api/credentialsFile';
import { localApiPorts } from '../api/localApiPorts';
import { assertWritable } from '../files/writeFileAtomically';
import { openXlsx, saveXlsx } from '../xlsx/xlsxFile';
import { XlsxWorkbook } from '../xlsx/xlsxWorkbook';
import type { CommandContext } from './commandContext';

const noRefresh = (): never => {
  throw new InputError('TikTok Shop says the new access token expired at once (105002); connect again.');
};

/**
 * `tts-ops connect <file.xlsx> [--code CODE] [--shop ID]`: authorizes the agency's app for a shop (the
 * link printed, the code pasted back), stores each authorized shop's tokens in the credentials file,
 * and writes the chosen shop's id, name and region to the workbook's Settings (never a token).
 */
export async function connectCommand(file: string, options: Readonly<Record<string, string>>, context: CommandContext): Promise<void> {
  const env = apiEnvironment();
  await assertWritable(file);
  // Opened before authorizing: a damaged workbook must not spend the one-time authorization code.
  const isNew = await access(file).then(
    () => false,
    () => true,
  );
  const workbook = isNew ? new XlsxWorkbook(undefined, context.reporter) : await openXlsx(file, context.reporter);
  const path = credentialsPath();
  const stored = await readCredentials(path);
  const known = options.shop && !options.code ? stored[options.shop.trim()] : undefined;
  const shop = known?.appKey === env.app.appKey ? { ...known, id: options.shop.trim() } : await authorize(env, options, context, path);
  connectShop(workbook, shop);
  context.reporter.status(`Writing ${file}`);
  await saveXlsx(workbook, file);
  context.print(
    `Connected ${shop.name} (${shop.region}, shop ${shop.id}) to ${file}: Settings holds its id, name and region; its access is kept in ${path}, readable by you only.\n` +
      `Pull its orders: tts-ops pull ${file}`,
  );
}

/** The authorization: the code (asked for when not given) exchanged for tokens, every shop they cover stored, one chosen. */
async function authorize(
  env: ApiEnvironment,
  options: Readonly<Record<string, string>>,
  context: CommandContext,
  path: string,
): Promise<ConnectedShop & { readonly id: string }> {
  const state = randomBytes(8).toString('hex');
  let code = options.code;
  if (code === undefined) {
    if (!context.readLine) throw new InputError('Give the authorization code with --code (this terminal cannot be asked for it).');
    context.print(
      `Open this link as the shop's owner and authorize the app:\n  ${authorizationLink(env.app, state, env.authBase, env.serviceId)}\n` +
        'TikTok Shop then opens your app’s redirect address with ?code=… in it.',
    );
    code = await context.readLine('Paste the code (or that whole address): ');
  }
  const ports = localApiPorts(env, noRefresh);
  const tokens = await exchangeAuthCode(env.app, authCodeOf(code, state), ports);
  const shops = await authorizedShops({ ...env.app, accessToken: tokens.accessToken }, ports);
  await storeShops(
    path,
    Object.fromEntries(shops.map(({ id, name, region, cipher }) => [id, { ...tokens, appKey: env.app.appKey, name, region, cipher }])),
  );
  const chosen = chooseShop(shops, options.shop, 'with --shop ID (the authorization is stored: no new code is needed)');
  return { ...tokens, appKey: env.app.appKey, ...chosen };
}
