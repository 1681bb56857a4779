// uploadFile (decision 022): the file's own bytes with the CSRF header, the choices in the query string, the reply checked
// by its contract, and a refusal read as the same ApiError as any JSON request's. fetch is replaced; no server.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError, badReplyCode, contractRequest, networkErrorCode, uploadFile } from './api-client.js';

// The language set-up needs a browser; the header only needs the language.
vi.mock('../app/i18n/i18n.js', () => ({ currentLanguage: () => 'nl' }));

const reply = z.object({ id: z.string() });

function answer(status: number, body: unknown) {
  const fetchMock = vi.fn(
    async (_url: string, _init: RequestInit) =>
      new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('uploadFile', () => {
  it('sends the bytes as application/octet-stream with the CSRF header and the choices in the query', async () => {
    const fetchMock = answer(201, { id: 'd1' });
    const file = new Blob(['naam;plaats\n'], { type: 'text/csv' });
    const result = await uploadFile('/api/x/imports', file, reply, {
      query: { fileName: 'leden lijst.csv', year: 2026, mapping: { name: 0, city: null }, left: undefined },
    });
    expect(result).toEqual({ id: 'd1' });
    const [url, init] = fetchMock.mock.calls[0]!;
    const [path, search] = url.split('?');
    expect(path).toBe('/api/x/imports');
    const query = new URLSearchParams(search);
    expect(query.get('fileName')).toBe('leden lijst.csv');
    expect(query.get('year')).toBe('2026');
    expect(JSON.parse(query.get('mapping')!)).toEqual({ name: 0, city: null });
    expect(query.has('left')).toBe(false);
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.body).toBe(file);
    const headers = init.headers as Record<string, string>;
    expect(headers['Content-Type']).toBe('application/octet-stream');
    expect(headers['x-requested-with']).toBe('netwerkregie');
    expect(headers['Accept']).toBe('application/json');
    expect(headers['Accept-Language']).toBe('nl');
  });

  it('leaves the query string out when there are no choices', async () => {
    const fetchMock = answer(201, { id: 'd1' });
    await uploadFile('/api/x/documents', new Blob(['x']), reply);
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/x/documents');
  });

  it.each([
    [400, { code: 'bad_request', message: 'Dit bestandstype wordt niet ondersteund.' }],
    [413, { code: 'payload_too_large', message: 'Het bestand is groter dan 30 MB.' }],
    [
      422,
      {
        code: 'validation_failed',
        message: 'Controleer de invoer.',
        issues: [{ path: ['querystring', 'title'], message: 'Geen BSN in de titel.' }],
      },
    ],
  ])('reads a %i refusal as the ApiError a JSON request gives', async (status, body) => {
    answer(status, body);
    const upload = await uploadFile('/api/x', new Blob(['x']), reply).catch((error: unknown) => error);
    answer(status, body);
    const json = await contractRequest('POST', '/api/x', reply, {}).catch((error: unknown) => error);
    expect(upload).toBeInstanceOf(ApiError);
    expect(upload).toEqual(json);
    const error = upload as ApiError;
    expect(error.status).toBe(status);
    expect(error.code).toBe(body.code);
    expect(error.message).toBe(body.message);
    expect(error.issues).toEqual('issues' in body ? body.issues : []);
  });

  it('refuses a reply that does not fit its contract', async () => {
    answer(201, { other: 1 });
    await expect(uploadFile('/api/x', new Blob(['x']), reply)).rejects.toMatchObject({ code: badReplyCode });
  });

  it('reports a lost connection as network_error, but an abort as the abort', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(uploadFile('/api/x', new Blob(['x']), reply)).rejects.toMatchObject({ code: networkErrorCode });
    const controller = new AbortController();
    controller.abort();
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        expect(init.signal).toBe(controller.signal);
        throw new DOMException('Aborted', 'AbortError');
      }),
    );
    await expect(uploadFile('/api/x', new Blob(['x']), reply, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
