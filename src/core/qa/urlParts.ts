/** A URL split without the URL class (Apps Script has none): scheme, host, path, query (no '?'), fragment (no '#'). */
export interface UrlParts {
  readonly scheme: string;
  readonly host: string;
  readonly path: string;
  readonly query: string | undefined;
  readonly fragment: string | undefined;
}

const URL_SHAPE = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#([\s\S]*))?$/i;

export function splitUrl(text: string): UrlParts | undefined {
  const match = URL_SHAPE.exec(text);
  return match ? { scheme: match[1], host: match[2], path: match[3], query: match[4], fragment: match[5] } : undefined;
}

/** Whether the parts make a full web address: http or https, and a host name with a domain. */
export function isWebUrl(parts: UrlParts | undefined): parts is UrlParts {
  if (parts === undefined || !/^https?$/i.test(parts.scheme)) return false;
  const hostname = parts.host.replace(/^[^@]*@/, '').replace(/:\d{1,5}$/, '');
  if (hostname.toLowerCase() === 'localhost') return true;
  return /^[a-z0-9\u00a1-\uffff.-]+$/i.test(hostname) && /[^.]\.[a-z\u00a1-\uffff]{2,}\.?$/i.test(hostname) && !/^[.-]|\.\./.test(hostname);
}

export interface QueryParam {
  /** As written, before decoding. */
  readonly rawKey: string;
  readonly rawValue: string;
  /** Decoded ('+' is a space); undefined when a %-escape is broken. */
  readonly key: string | undefined;
  readonly value: string | undefined;
}

const decode = (text: string): string | undefined => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
};

export function queryParams(query: string | undefined): QueryParam[] {
  if (!query) return [];
  return query
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const equals = pair.indexOf('=');
      const rawKey = equals < 0 ? pair : pair.slice(0, equals);
      const rawValue = equals < 0 ? '' : pair.slice(equals + 1);
      return { rawKey, rawValue, key: decode(rawKey), value: decode(rawValue) };
    });
}
