import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedMessage {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
}

/**
 * A partner's endpoint on loopback: records every request, and answers what `answer` says (a status),
 * so a test can make it fail, then recover.
 */
export async function startWebhookReceiver(answer: (message: ReceivedMessage, index: number) => number) {
  const received: ReceivedMessage[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const message = {
        id: String(req.headers['webhook-id']),
        timestamp: String(req.headers['webhook-timestamp']),
        signature: String(req.headers['webhook-signature']),
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(message);
      res.statusCode = answer(message, received.length - 1);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/reemploi`,
    received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
