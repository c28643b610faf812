// The dialogue day's screen, fanned out (issue 15: "under 100 ms from entry to every screen with
// 2,000 viewers connected to one server"). Opens VIEWERS Server-Sent Events connections to
// /api/dialogues/{id}/live/events on 127.0.0.1 (each its own TCP connection, as each projector
// and livestream viewer has), then a secretary puts CHANGES questions on the screen one after
// another; for each change, the time from the moment the secretary's request is sent to the
// moment the LAST viewer has the new screen. Prints one Markdown table row. The viewers run in
// this one Node process on the same two cores as the server: the figure is pessimistic.
//
//   node sse_fanout.mjs URL DIALOGUE_ID [SERVER_PID]   (env VIEWERS=2000 CHANGES=30)
import http from 'node:http';
import { readFileSync } from 'node:fs';

const [base, dialogue, serverPid] = process.argv.slice(2);
// The server's CPU time so far (user + system), in ms, from /proc.
const cpuMs = () => {
  if (!serverPid) return 0;
  const f = readFileSync(`/proc/${serverPid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};
const VIEWERS = Number(process.env.VIEWERS || 2000);
const CHANGES = Number(process.env.CHANGES || 30);
const url = new URL(base);

function request(method, path, { body, cookie, csrf } = {}) {
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json' };
    if (cookie) headers.cookie = cookie;
    if (csrf) headers['x-csrf-token'] = csrf;
    const req = http.request({ host: url.hostname, port: url.port, path, method, headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { text += c; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
    });
    req.on('error', reject);
    if (body) req.write(JSON.stringify(body));
    req.end();
  });
}

// Each viewer keeps the seq its screen shows; `waiting` resolves when every viewer shows `seq`.
const shows = new Array(VIEWERS).fill(null);
let waiting = null;  // { seq, resolve, count: viewers showing seq }
function show(i, seq) {
  if (shows[i] === seq) return;
  shows[i] = seq;
  if (waiting && seq === waiting.seq && ++waiting.count === VIEWERS) check();
}
function check() {
  if (waiting && waiting.count === VIEWERS) { const w = waiting; waiting = null; w.resolve(performance.now()); }
}

function open(i) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: url.hostname, port: url.port, path: `/api/dialogues/${dialogue}/live/events`, agent: false }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`viewer ${i}: HTTP ${res.statusCode}`));
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').find((l) => l.startsWith('data: '));
          if (!data) continue;
          const screen = JSON.parse(data.slice(6));
          show(i, screen.current ? screen.current.seq : null);
        }
        resolve(req);
      });
    });
    req.on('error', reject);
  });
}

const opened = performance.now();
const viewers = [];
for (let i = 0; i < VIEWERS; i += 200) {
  viewers.push(...await Promise.all(Array.from({ length: Math.min(200, VIEWERS - i) }, (_, k) => open(i + k))));
}
const openMs = performance.now() - opened;

const signIn = await request('POST', '/api/session', { body: { username: 'thanhdoan', password: 'doithoai-demo' } });
if (signIn.status !== 200) throw new Error(`sign-in: ${signIn.status} ${signIn.text}`);
const cookie = signIn.headers['set-cookie'][0].split(';')[0];
const csrf = JSON.parse(signIn.text).csrf_token;
const seqs = [];
for (let i = 0; i < CHANGES; i++) {
  const r = await request('POST', `/api/dialogues/${dialogue}/live/entries`, {
    cookie, csrf, body: { client_key: `bench-${process.pid}-${i}`, text: `Câu hỏi số ${i + 1} từ hội trường về việc làm cho thanh niên` },
  });
  if (r.status !== 201) throw new Error(`entry: ${r.status} ${r.text}`);
  seqs.push(JSON.parse(r.text).seq);
}

const latencies = [];
const requests = [];
const cpu0 = cpuMs();
for (const seq of seqs) {
  const done = new Promise((resolve) => { waiting = { seq, resolve, count: shows.filter((x) => x === seq).length }; });
  const sent = performance.now();
  const r = await request('PUT', `/api/dialogues/${dialogue}/live/screen`, { cookie, csrf, body: { seq } });
  if (r.status !== 200) throw new Error(`screen: ${r.status} ${r.text}`);
  requests.push(performance.now() - sent);
  check();
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`seq ${seq}: not every viewer got it in 10 s`)), 10_000));
  latencies.push((await Promise.race([done, timeout])) - sent);
}
const serverCpu = (cpuMs() - cpu0) / seqs.length;
for (const v of viewers) v.destroy();

latencies.sort((a, b) => a - b);
requests.sort((a, b) => a - b);
const at = (p, xs = latencies) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))].toFixed(1);
console.log(`| ${VIEWERS} viewers | ${CHANGES} changes | p50 ${at(0.5)} ms | p99 ${at(0.99)} ms | max ${latencies.at(-1).toFixed(1)} ms | the secretary's request p50 ${at(0.5, requests)} ms | server CPU ${serverCpu.toFixed(1)} ms per change | ${(openMs / 1000).toFixed(1)} s to connect all |`);
process.exit(0);
