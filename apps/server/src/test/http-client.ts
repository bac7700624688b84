import type { ApplicableItem, ApplicationView, ItemProofs } from '@pfc/contracts';

/**
 * A signed-in client of a real server over HTTP (fetch): its session cookie and CSRF token go with
 * every request. The two-server suite and bench:applications use it; app.inject() suites use harness.ts.
 */
export interface Answer<T = unknown> {
  status: number;
  body: T;
  text: string;
}

export class HttpClient {
  cookie = '';
  csrf = '';

  constructor(
    public base: string,
    /** Headers sent with every request (e.g. X-Forwarded-For behind a trusted proxy). */
    private readonly headers: Record<string, string> = {},
  ) {}

  /** The same session on another server (its base URL). */
  on(base: string): HttpClient {
    const other = new HttpClient(base, this.headers);
    other.cookie = this.cookie;
    other.csrf = this.csrf;
    return other;
  }

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer<T>> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        ...this.headers,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf ? { 'x-csrf-token': this.csrf } : {}),
        ...(body !== undefined && !(body instanceof Uint8Array) ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : body instanceof Uint8Array ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed as T, text };
  }

  get<T = unknown>(path: string) {
    return this.request<T>('GET', path);
  }

  post<T = unknown>(path: string, body: unknown = {}) {
    return this.request<T>('POST', path, body);
  }

  /** Signs in; answers the refusal instead of throwing when the server refuses. */
  async signIn(username: string, password: string): Promise<Answer<{ csrfToken?: string; error?: { code: string } }>> {
    const res = await fetch(`${this.base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { ...this.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const text = await res.text();
    const body = JSON.parse(text) as { csrfToken?: string; error?: { code: string } };
    if (res.status === 200) {
      this.cookie = (res.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
      this.csrf = body.csrfToken ?? '';
    }
    return { status: res.status, body, text };
  }
}

export async function signedIn(
  base: string,
  username: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<HttpClient> {
  const client = new HttpClient(base, headers);
  const res = await client.signIn(username, password);
  if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status} ${res.text}`);
  return client;
}

function expectStatus<T>(res: Answer<T>, status: number, what: string): T {
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${res.text.slice(0, 500)}`);
  return res.body;
}

/**
 * A service item in force in the region whose proofs all go by commitment (or need nothing), so an
 * application needs letters signed and no upload: found through the API, following the demo data.
 */
export async function findAllCommitmentItem(
  client: HttpClient,
  region: string,
): Promise<{ item: ApplicableItem; proofs: ItemProofs }> {
  const items = expectStatus(
    await client.get<ApplicableItem[]>(`/api/v1/applications/service-items?region=${region}`),
    200,
    'service items',
  );
  for (const item of items.filter((i) => i.commitmentProofs > 0)) {
    const proofs = expectStatus(
      await client.get<ItemProofs>(`/api/v1/applications/service-items/${item.id}/proofs?region=${region}`),
      200,
      'proofs',
    );
    if (proofs.eligibility.eligible && proofs.proofs.every((p) => p.path !== 'submit')) return { item, proofs };
  }
  throw new Error(`no service item in ${region} whose proofs all go by commitment`);
}

/**
 * Creates an application choosing commitment for every proof that allows it, signs each letter and
 * submits; `steps` collects each step's time (ms) when given.
 */
export async function applySignSubmit(
  client: HttpClient,
  region: string,
  choice: { item: ApplicableItem; proofs: ItemProofs },
  steps?: Record<'create' | 'sign' | 'submit', number[]>,
): Promise<ApplicationView> {
  let t = performance.now();
  const lap = (step: 'create' | 'sign' | 'submit') => {
    const now = performance.now();
    steps?.[step].push(now - t);
    t = now;
  };
  const choices = choice.proofs.proofs
    .filter((p) => p.path === 'commitment')
    .map((p) => ({ entryId: p.entryId, choice: 'commitment' as const, disclosureConsent: p.disclosure || undefined }));
  let app = expectStatus(
    await client.post<ApplicationView>('/api/v1/applications', {
      regionCode: region,
      serviceItemId: choice.item.id,
      choices,
    }),
    201,
    'create',
  );
  lap('create');
  for (const proof of app.proofs.filter((p) => p.letter)) {
    const letter = proof.letter!;
    app = expectStatus(
      await client.post<ApplicationView>(`/api/v1/applications/${app.id}/letters/${letter.id}/sign`, {
        sm3: letter.sm3,
      }),
      200,
      'sign',
    );
    lap('sign');
  }
  const submitted = expectStatus(
    await client.post<ApplicationView>(`/api/v1/applications/${app.id}/submit`),
    200,
    'submit',
  );
  lap('submit');
  return submitted;
}
