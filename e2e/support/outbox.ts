// Reads emailed links from the outbox through the admin API (GET /api/admin/outbox), as an admin would in "Verzonden e-mail".
import type { APIRequestContext } from 'playwright-core';

type OutboxItem = { id: string; toAddress: string; subject: string; kind: string; createdAt: string };

/**
 * Waits for the newest email of `kind` to `to` and returns the path (with query) of the link in its text that contains
 * `linkPart`, ready to open on the server under test.
 */
export async function readLinkFromOutbox(
  request: APIRequestContext,
  baseUrl: string,
  options: { to: string; kind: string; linkPart: string; after?: string },
): Promise<{ path: string; messageId: string }> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const list = await request.get(`${baseUrl}/api/admin/outbox?search=${encodeURIComponent(options.to)}&pageSize=50`);
    if (!list.ok()) throw new Error(`GET /api/admin/outbox: ${list.status()} ${await list.text()}`);
    const body = (await list.json()) as { items: OutboxItem[] };
    const match = body.items
      .filter((item) => item.toAddress === options.to && item.kind === options.kind && item.id !== options.after)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    if (match) {
      const detail = await request.get(`${baseUrl}/api/admin/outbox/${match.id}`);
      if (!detail.ok()) throw new Error(`GET /api/admin/outbox/${match.id}: ${detail.status()}`);
      const mail = (await detail.json()) as { textBody: string | null };
      const url = (mail.textBody ?? '')
        .match(/https?:\/\/\S+/g)
        ?.find((candidate) => candidate.includes(options.linkPart));
      if (!url) throw new Error(`No link with ${options.linkPart} in mail ${match.id}:\n${mail.textBody}`);
      const parsed = new URL(url);
      return { path: `${parsed.pathname}${parsed.search}`, messageId: match.id };
    }
    if (Date.now() > deadline) throw new Error(`No ${options.kind} email to ${options.to} in the outbox`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
