// Load generator for crash.sh: CONNS keep-alive connections POST questions to
// http://127.0.0.1:PORT/api/dialogues/DIALOGUE/questions until the server stops answering (or
// SECONDS pass), and every tracking code acknowledged with a 201 is written, one per line,
// to OUT. A code is recorded only after the whole 201 response has arrived, so the file
// holds exactly what the server promised to keep.
//
// usage: node acked_load.js PORT OUT [CONNS=64] [SECONDS=20] [DIALOGUE=3, the demo's open one]
// With READY_AFTER=N in the environment, the file OUT.ready appears once N submissions have
// been acknowledged, so a caller can crash the server mid-load on a slow machine too.
import fs from 'node:fs';
import http from 'node:http';

const [port, out, conns = '64', seconds = '20', dialogue = '3'] = process.argv.slice(2);
if (!port || !out) {
  console.error('usage: node acked_load.js PORT OUT [CONNS] [SECONDS]');
  process.exit(2);
}
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(conns) });
const deadline = Date.now() + Number(seconds) * 1000;
const acked = [];
const readyAfter = Number(process.env.READY_AFTER || 0);
let failures = 0;
let sent = 0;

function post(n) {
  const body = JSON.stringify({
    text: `Câu hỏi thử sập máy chủ số ${n}: thành phố hỗ trợ thanh niên thế nào ạ?`,
    age: 16 + (n % 15),
    consent: true,
  });
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1', port: Number(port), path: `/api/dialogues/${dialogue}/questions`,
        method: 'POST', agent, timeout: 5000,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          if (res.statusCode === 201) {
            try {
              acked.push(JSON.parse(Buffer.concat(chunks).toString()).tracking_code);
              if (readyAfter > 0 && acked.length === readyAfter) fs.writeFileSync(`${out}.ready`, '');
              return resolve(true);
            } catch (e) { /* a torn body is not an acknowledgement */ }
          }
          resolve(false);
        });
        res.on('error', () => resolve(false));
      });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(false));
    req.end(body);
  });
}

// One worker per connection; after the server dies each fails fast and stops.
async function worker() {
  let consecutiveFailures = 0;
  while (Date.now() < deadline && consecutiveFailures < 3) {
    const ok = await post(sent++);
    if (ok) consecutiveFailures = 0; else { consecutiveFailures++; failures++; }
  }
}

Promise.all(Array.from({ length: Number(conns) }, worker)).then(() => {
  fs.writeFileSync(out, acked.length ? acked.join('\n') + '\n' : '');
  console.log(`sent ${sent} acknowledged ${acked.length} failed ${failures}`);
  agent.destroy();
});
