// The app's log (pino through Fastify): no secrets and no personal data. Cookies, authorization headers, passwords and
// tokens are redacted; a request URL is logged without the secret parts: link tokens in the path (invitations, mail links,
// calendar feeds, pulse answers and the web pages that open them), secret query parameters (`?token=…` of sign-in and reset links) and
// search terms (`?search=…` names people) and keyset cursors (`?cursor=…` carries the last row's sort value, which can be
// a name).
// `LOG_FILE` sends the log to a file instead of stdout (the tests do; `src/server/security/log-scan.logscan.ts` scans it).
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyServerOptions } from 'fastify';

export const REDACTED = '[weggelaten]';

/** Path prefixes whose next segment is a secret link token. */
const TOKEN_PATH =
  /^((?:\/api)?\/(?:invitations|mail-links|calendar|pulse|needs-survey|uitnodiging|afmelden|aanmelden|peiling|behoeftepeiling|candidate-portal|mijn-gegevens)\/)[^/?#]+/;
/** Query parameters that carry secrets or personal data (a search for a person's name is personal data; a paging cursor
 * holds the sort value of the last row it saw, a title or a name). */
const SECRET_PARAM =
  /^(?:token|code|secret|key|password|wachtwoord|email|e-mail|callbackurl|state|search|q|query|name|firstname|phone|cursor)$/i;

/** A request URL with its secrets replaced. The query string of a state-changing request (not GET or HEAD) is stored text
 * (a document's title and file name travel there, beside the raw bytes), so every value of it is replaced. */
export function redactUrl(url: string | undefined, method = 'GET'): string | undefined {
  if (url === undefined) return url;
  const queryAt = url.indexOf('?');
  const pathPart = queryAt === -1 ? url : url.slice(0, queryAt);
  let redacted = pathPart.replace(TOKEN_PATH, `$1${REDACTED}`);
  if (queryAt !== -1) {
    const writes = !['GET', 'HEAD'].includes(method.toUpperCase());
    const query = url
      .slice(queryAt + 1)
      .split('&')
      .map((pair) => {
        const eq = pair.indexOf('=');
        if (eq === -1) return pair;
        let name = pair.slice(0, eq);
        try {
          name = decodeURIComponent(name);
        } catch {
          // keep the raw name
        }
        return writes || SECRET_PARAM.test(name) ? `${pair.slice(0, eq)}=${REDACTED}` : pair;
      })
      .join('&');
    redacted = `${redacted}?${query}`;
  }
  return redacted;
}

interface LoggedRequest {
  method: string;
  url?: string;
  ip?: string;
}

export function loggerOptions(config: {
  logLevel: string;
  logFile?: string | undefined;
}): FastifyServerOptions['logger'] {
  if (config.logFile) fs.mkdirSync(path.dirname(config.logFile), { recursive: true });
  return {
    level: config.logLevel,
    ...(config.logFile ? { file: config.logFile } : {}),
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.token',
        '*.cookie',
        '*.authorization',
      ],
      censor: REDACTED,
    },
    serializers: {
      req: (req: LoggedRequest) => ({ method: req.method, url: redactUrl(req.url, req.method), remoteAddress: req.ip }),
    },
  };
}
