export interface ApiAnswer<T = any> {
  status: number;
  contentType: string;
  body: T;
  text: string;
  headers: Headers;
}

/** One HTTP call to the local server; JSON bodies are parsed, others kept as text. */
export async function call<T = any>(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(new URL(path, baseUrl), { method, headers, body });
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  const parsed = /json/.test(contentType) ? (JSON.parse(text) as T) : (text as T);
  return { status: response.status, contentType, body: parsed, text, headers: response.headers };
}

/** Polls a job until it is ready or failed. */
export async function waitForJob(baseUrl: string, token: string, jobId: string, timeoutMs = 60_000): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await call(baseUrl, 'GET', `/plans/jobs/${jobId}`, { token });
    if (answer.status !== 200) throw new Error(`job poll: HTTP ${answer.status} ${answer.text}`);
    if (answer.body.status === 'ready' || answer.body.status === 'failed') return answer.body;
    if (Date.now() > deadline) throw new Error(`job ${jobId} still ${answer.body.status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
