import { randomUUID } from 'node:crypto';
import net from 'node:net';
import type { ApplicationView } from '@pfc/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choicesFor, findCommitmentItem, PDF } from '../../test/application-fixtures';
import { type Client, createTestApp, json, signIn, type TestApp, testClock } from '../../test/harness';
import { FOUR_BYTE_HEADERS, JPEG, PNG_BUILT } from '../../test/upload-samples';
import { FILE_LIMIT } from './files';
import { applicationFiles } from './tables';

const REGION = '370811';

/**
 * Issue 11 item 6: an uploaded file is stored only when its bytes are a whole file of the type it
 * claims, and a file over the limit is refused before its body is read.
 */
describe('uploads', () => {
  let t: TestApp;
  let zhangsan: Client;
  let app: ApplicationView;
  let entryId: string;
  beforeAll(async () => {
    t = await createTestApp({ clock: testClock('2026-03-02T02:00:00Z') });
    zhangsan = await signIn(t.app, 'zhangsan');
    const choice = await findCommitmentItem(zhangsan, REGION);
    // Every proof submitted as a file, none by commitment: the upload has a proof to go to.
    const res = await zhangsan.post('/api/v1/applications', {
      regionCode: REGION,
      serviceItemId: choice.item.id,
      choices: choicesFor(choice.proofs, []),
    });
    expect(res.statusCode, res.body).toBe(201);
    app = json<ApplicationView>(res);
    entryId = app.proofs.find((p) => p.choice === 'submit')!.entryId;
  }, 60_000);
  afterAll(async () => t?.close());

  const upload = (contentType: string, body: Buffer) =>
    zhangsan.request(
      'PUT',
      `/api/v1/applications/${app.id}/proofs/${entryId}/file`,
      undefined,
      { 'content-type': contentType },
      body,
    );
  const storedFiles = async () =>
    (
      await t.platform.database.db
        .select({ id: applicationFiles.id })
        .from(applicationFiles)
        .where(eq(applicationFiles.applicationId, app.id))
    ).length;

  it('refuses a four-byte "JPEG", "PNG" or "PDF", and a file of one type claimed as another, with FILE_CONTENT_INVALID and nothing stored', async () => {
    const before = await storedFiles();
    const attempts: Array<[string, Buffer]> = [
      ...Object.entries(FOUR_BYTE_HEADERS),
      ['image/jpeg', PNG_BUILT],
      ['image/png', JPEG],
      ['application/pdf', Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n')],
    ];
    for (const [type, body] of attempts) {
      const res = await upload(type, body);
      expect(res.statusCode, `${type} ${body.length} bytes`).toBe(400);
      const error = json<{ error: { code: string; message: string } }>(res).error;
      expect(error.code).toBe('FILE_CONTENT_INVALID');
      expect(error.message).toMatch(/不是完整的 (JPG|PNG|PDF) 文件/);
    }
    expect(await storedFiles()).toBe(before);
  });

  it('stores whole files of each type', async () => {
    for (const [type, body] of [
      ['image/jpeg', JPEG],
      ['image/png', PNG_BUILT],
      ['application/pdf', PDF],
    ] as const) {
      const res = await upload(type, body);
      expect(res.statusCode, res.body).toBe(200);
      expect(json<ApplicationView>(res).proofs.find((p) => p.entryId === entryId)?.file?.size).toBe(body.length);
    }
  });

  it('refuses a file one byte over the limit with 413', async () => {
    const res = await upload('application/pdf', Buffer.concat([PDF, Buffer.alloc(FILE_LIMIT + 1 - PDF.length, 32)]));
    expect(res.statusCode).toBe(413);
    expect(json<{ error: { code: string } }>(res).error.code).toBe('BODY_TOO_LARGE');
  });

  it('answers 413 to a declared length over the limit before the body is sent (proof uploads and Excel imports)', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = Number(new URL(address).port);
    const headOnly = (method: string, path: string, contentType: string, length: number) =>
      new Promise<string>((resolve, reject) => {
        const socket = net.connect(port, '127.0.0.1', () => {
          // Headers only: a server that waited for the body would never answer.
          socket.write(
            `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: ${contentType}\r\nContent-Length: ${length}\r\n\r\n`,
          );
        });
        let answer = '';
        socket.setTimeout(10_000, () => reject(new Error(`no answer before the body for ${path}`)));
        socket.on('data', (d) => {
          answer += d.toString('latin1');
          if (answer.includes('\r\n\r\n')) {
            socket.destroy();
            resolve(answer.split('\r\n')[0]!);
          }
        });
        socket.on('error', reject);
      });
    expect(
      await headOnly('PUT', `/api/v1/applications/${app.id}/proofs/${entryId}/file`, 'application/pdf', FILE_LIMIT + 1),
    ).toBe('HTTP/1.1 413 Payload Too Large');
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    expect(
      await headOnly('POST', `/api/v1/catalog/units/${randomUUID()}/inventory/import`, xlsx, 20 * 1024 * 1024 + 1),
    ).toBe('HTTP/1.1 413 Payload Too Large');
  });
});
