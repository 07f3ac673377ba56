import { chmod, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ConnectedShop } from '../../core/api/authorizedShops';
import { errorCode, FileProblem } from '../files/fileProblem';
import { makeFolder } from '../files/makeFolder';
import { withWorkbookLock } from '../files/workbookLock';
import { PRIVATE_FILE_MODE, writeFileAtomically } from '../files/writeFileAtomically';

type Shops = Record<string, ConnectedShop>;

/** `$XDG_CONFIG_HOME/tts-ops/credentials.json`, by default under `~/.config`. */
export function credentialsPath(env: NodeJS.ProcessEnv = process.env): string {
  const config = env.XDG_CONFIG_HOME?.trim() || join(homedir(), '.config');
  return join(config, 'tts-ops', 'credentials.json');
}

/** The stored shops by id; none when the file does not exist yet. */
export async function readCredentials(path: string): Promise<Shops> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return {};
    throw new FileProblem(`Cannot read the TikTok Shop credentials in ${path} (${errorCode(error) || 'unreadable'}).`);
  }
  try {
    const parsed = JSON.parse(text) as { shops?: unknown };
    if (typeof parsed.shops === 'object' && parsed.shops !== null && !Array.isArray(parsed.shops)) return parsed.shops as Shops;
  } catch {
    // said below
  }
  throw new FileProblem(`${path} is not a TTS Ops credentials file; move it away and connect the shops again.`);
}

/**
 * Stores shops (by id) beside the ones already there, under the file's lock (two pulls may refresh
 * tokens at once), through a temporary file, readable by its owner only (0600, its folder 0700).
 */
export async function storeShops(path: string, shops: Shops): Promise<void> {
  await makeFolder(dirname(path));
  await chmod(dirname(path), 0o700).catch(() => undefined); // a folder owned by someone else keeps its mode: the file's 0600 still holds
  await withWorkbookLock(path, async () => {
    const merged = { ...(await readCredentials(path)), ...shops };
    await chmod(path, PRIVATE_FILE_MODE).catch(() => undefined); // an existing file keeps its mode through the write: tightened first
    await writeFileAtomically(path, Buffer.from(JSON.stringify({ shops: merged }, null, 2) + '\n'), { newFileMode: PRIVATE_FILE_MODE });
  });
}
