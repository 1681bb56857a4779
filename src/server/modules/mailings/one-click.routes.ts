// One-click unsubscribe (RFC 8058). Newsletters carry `List-Unsubscribe: <…/afmelden/TOKEN>` and
// `List-Unsubscribe-Post: List-Unsubscribe=One-Click`; a mail program then POSTs `List-Unsubscribe=One-Click` to that same
// address, without cookies or our CSRF header, and the person is unsubscribed without logging in. A GET of that address is
// the web page that only asks for confirmation with a button (no change on GET). Outside /api on purpose: the CSRF rule
// for /api writes (custom header) cannot be met by a mail program, and the unguessable delivery token is the authority.
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../platform/errors.js';
import { registerErrorMessages } from '../../platform/messages.js';
import type { ModuleContext } from '../context.js';
import { unsubscribeByToken } from './mailings.service.js';

registerErrorMessages({
  nl: { one_click_body_missing: 'Afmelden met één klik verwacht de inhoud List-Unsubscribe=One-Click.' },
  en: { one_click_body_missing: 'One-click unsubscribe expects the body List-Unsubscribe=One-Click.' },
});

const ONE_CLICK = /List-Unsubscribe(=|"\s*\r?\n\r?\n)One-Click/;

export async function registerOneClickUnsubscribe(app: FastifyInstance, ctx: ModuleContext) {
  await app.register(async (scope) => {
    // Both encodings RFC 8058 allows (x-www-form-urlencoded and multipart/form-data) arrive as a short string.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 4096 }, (_request, body, done) => done(null, body));
    scope.post<{ Params: { token: string } }>(
      '/afmelden/:token',
      { schema: { hide: true }, config: { rateLimit: { max: 30, timeWindow: '1 minute' } } },
      async (request, reply) => {
        const token = request.params.token;
        if (!/^[\w-]{10,100}$/.test(token)) throw new AppError('not_found');
        if (!ONE_CLICK.test(typeof request.body === 'string' ? request.body : ''))
          throw new AppError('bad_request', 'one_click_body_missing');
        const result = await unsubscribeByToken({ db: ctx.db, token });
        return reply.code(200).send(result);
      },
    );
  });
}
