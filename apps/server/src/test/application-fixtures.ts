import type { ApplicableItem, ApplicationView, ItemProofs, ProofOption } from '@pfc/contracts';
import { expect } from 'vitest';
import { type Client, json } from './harness';

/** Small files the upload check accepts as whole: a PDF with its end marker, a 1×1 PNG. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
/** A "scan" large enough to pass the minimum size of a signed page. */
export const SCAN = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(16 * 1024, 32), Buffer.from('\n%%EOF\n')]);

export interface ItemChoice {
  item: ApplicableItem;
  proofs: ItemProofs;
  commitment: ProofOption;
}

/**
 * A service item in force in the region with a proof that a commitment can replace (and, when
 * asked, one whose letter is disclosed or not): found through the API, so tests follow the demo data.
 */
export async function findCommitmentItem(
  client: Client,
  region: string,
  want: { disclosure?: boolean } = {},
  applicantId?: string,
): Promise<ItemChoice> {
  const items = json<ApplicableItem[]>(await client.get(`/api/v1/applications/service-items?region=${region}`));
  for (const item of items.filter((i) => i.commitmentProofs > 0)) {
    const res = await client.get(
      `/api/v1/applications/service-items/${item.id}/proofs?region=${region}${applicantId ? `&applicantId=${applicantId}` : ''}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const proofs = json<ItemProofs>(res);
    const commitment = proofs.proofs.find(
      (p) => p.path === 'commitment' && (want.disclosure === undefined || p.disclosure === want.disclosure),
    );
    if (commitment) return { item, proofs, commitment };
  }
  throw new Error(`no service item in ${region} with a commitment proof (${JSON.stringify(want)})`);
}

/** Choices for every proof that needs one: commitment for `commit`, submission for the rest. */
export function choicesFor(proofs: ItemProofs, commit: readonly string[]) {
  return proofs.proofs
    .filter((p) => p.path === 'commitment')
    .map((p) =>
      commit.includes(p.entryId)
        ? { entryId: p.entryId, choice: 'commitment' as const, disclosureConsent: p.disclosure || undefined }
        : { entryId: p.entryId, choice: 'submit' as const },
    );
}

export async function apply(
  client: Client,
  region: string,
  choice: ItemChoice,
  extra: { applicantId?: string; key?: string } = {},
): Promise<ApplicationView> {
  const body = {
    regionCode: region,
    serviceItemId: choice.item.id,
    choices: choicesFor(choice.proofs, [choice.commitment.entryId]),
    ...(extra.applicantId ? { applicantId: extra.applicantId } : {}),
  };
  const res = await client.request(
    'POST',
    '/api/v1/applications',
    body,
    extra.key ? { 'idempotency-key': extra.key } : {},
  );
  expect(res.statusCode, res.body).toBe(201);
  return json<ApplicationView>(res);
}

export const letterOf = (app: ApplicationView, entryId: string) =>
  app.proofs.find((p) => p.entryId === entryId)!.letter!;

export async function sign(client: Client, app: ApplicationView, entryId: string): Promise<ApplicationView> {
  const letter = letterOf(app, entryId);
  const res = await client.post(`/api/v1/applications/${app.id}/letters/${letter.id}/sign`, { sm3: letter.sm3 });
  expect(res.statusCode, res.body).toBe(200);
  return json<ApplicationView>(res);
}

/** Uploads a PDF for every proof to submit that has none yet. */
export async function uploadMissing(client: Client, app: ApplicationView): Promise<ApplicationView> {
  let view = app;
  for (const p of app.proofs.filter((x) => x.choice === 'submit' && !x.file)) {
    const res = await client.request(
      'PUT',
      `/api/v1/applications/${app.id}/proofs/${p.entryId}/file`,
      undefined,
      { 'content-type': 'application/pdf', 'x-filename': encodeURIComponent(`${p.name}.pdf`) },
      PDF,
    );
    expect(res.statusCode, res.body).toBe(200);
    view = json<ApplicationView>(res);
  }
  return view;
}
