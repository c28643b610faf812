// Starts a real doithoai server on a fresh SQLite file with the demo data, and gives tests
// an HTTP client that keeps the session cookie and CSRF token and checks every response
// against the OpenAPI document the server itself serves.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const BIN = process.env.DOITHOAI_BIN || path.join(ROOT, 'build/doithoai');

export async function startServer({ port, args = [] }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'doithoai-api-'));
  const db = path.join(dir, 'test.db');
  execFileSync(BIN, ['--db', db, 'demo-data'], { stdio: 'pipe' });
  const child = spawn(BIN, ['--db', db, 'serve', '--port', String(port), '--web', path.join(ROOT, 'web'), ...args],
                      { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok) break;
    } catch { /* not up yet */ }
    if (child.exitCode !== null) throw new Error(`server exited: ${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const openapi = await (await fetch(`${url}/api/openapi.json`)).json();
  return {
    url, db, dir, openapi, log: () => log,
    // Stops the server (SIGTERM) and returns how it ended: {code, signal}.
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(dir, { recursive: true, force: true });
      // The sanitizer build (make test) reports a leak or undefined behaviour in the log.
      if (/Sanitizer|runtime error:/.test(log)) throw new Error(`sanitizer report:\n${log.slice(-8000)}`);
      return { code: child.exitCode, signal: child.signalCode };
    },
  };
}

// Which documented operations the tests exercised, to check the document is covered.
export const exercised = new Set();

function operationFor(openapi, method, pathname) {
  for (const [template, ops] of Object.entries(openapi.paths)) {
    const re = new RegExp('^' + template.replace(/\{[^}]+\}/g, '[^/]+') + '$');
    if (re.test(pathname) && ops[method]) return { template, op: ops[method] };
  }
  return null;
}

export function makeValidator(openapi) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  ajv.addFormat('binary', () => true);
  ajv.addSchema(openapi, 'openapi.json');
  return (method, pathname, status, body) => {
    const found = operationFor(openapi, method, pathname);
    if (!found) throw new Error(`undocumented operation ${method.toUpperCase()} ${pathname}`);
    exercised.add(`${method} ${found.template}`);
    const response = found.op.responses[String(status)];
    if (!response) {
      throw new Error(`status ${status} not documented for ${method.toUpperCase()} ${found.template}: ${JSON.stringify(body)}`);
    }
    if (!response.content || !response.content['application/json']) return;
    const pointer = ['#/paths', found.template.replaceAll('~', '~0').replaceAll('/', '~1'), method,
                     'responses', String(status), 'content', 'application~1json', 'schema'].join('/');
    const validate = ajv.getSchema(`openapi.json${pointer}`);
    if (!validate(body)) {
      throw new Error(`${method.toUpperCase()} ${pathname} ${status} does not match OpenAPI: ` +
                      `${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 500)}`);
    }
  };
}

export class Client {
  constructor(server) {
    this.server = server;
    this.cookie = '';
    this.csrf = '';
    this.validate = makeValidator(server.openapi);
  }

  async request(method, pathname, { json, raw, headers = {}, csrf = true } = {}) {
    const h = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (csrf && this.csrf && method !== 'GET') h['x-csrf-token'] = this.csrf;
    let body;
    if (json !== undefined) { h['content-type'] = 'application/json'; body = JSON.stringify(json); }
    if (raw !== undefined) { body = raw; h['content-type'] ??= 'application/octet-stream'; }
    const res = await fetch(this.server.url + pathname, { method, headers: h, body });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const bytes = Buffer.from(await res.arrayBuffer());
    const text = bytes.toString('utf8');
    let parsed = null;
    if (text && (res.headers.get('content-type') || '').includes('json')) parsed = JSON.parse(text);
    const url = new URL(this.server.url + pathname);
    this.validate(method.toLowerCase(), url.pathname, res.status, parsed);
    return { status: res.status, body: parsed, headers: res.headers, text, bytes };
  }

  get(p, o) { return this.request('GET', p, o); }
  post(p, json, o = {}) { return this.request('POST', p, { json, ...o }); }
  put(p, json, o = {}) { return this.request('PUT', p, { json, ...o }); }
  patch(p, json, o = {}) { return this.request('PATCH', p, { json, ...o }); }
  del(p, o) { return this.request('DELETE', p, o); }

  async signIn(username, password = 'doithoai-demo') {
    const r = await this.post('/api/session', { username, password });
    if (r.status !== 200) throw new Error(`sign-in ${username}: ${r.status} ${r.text}`);
    this.csrf = r.body.csrf_token;
    return r.body;
  }
}

export function fieldsOf(res) {
  return (res.body?.error?.fields || []).map((f) => f.field);
}

// The demo dialogue that takes questions today (issue 13: intake closes on the plan's date and
// never after the conclusion; src/cli/demo_open_dialogue.h), found as the public sees it.
export async function openDialogueId(server) {
  const list = await (await fetch(`${server.url}/api/dialogues`)).json();
  const open = list.items.filter((d) => d.intake && d.intake.open);
  if (open.length !== 1) throw new Error(`expected one demo dialogue open for questions, got ${open.length}`);
  return open[0].id;
}
