// The machine's limit for one page: a bare node:http server answering every request with the same bytes
// and headers the app sent for it. Usage: node scripts/bench/bare-server.mjs page.json PORT
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const { body, headers } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const bytes = Buffer.from(body, 'base64');
const kept = Object.fromEntries(
  Object.entries(headers).filter(
    ([name]) =>
      ![
        'connection',
        'keep-alive',
        'transfer-encoding',
        'date',
        'content-length',
        'content-encoding',
      ].includes(name),
  ),
);
createServer((_request, response) => {
  response.writeHead(200, { ...kept, 'content-length': bytes.length });
  response.end(bytes);
}).listen(Number(process.argv[3]), '127.0.0.1');
