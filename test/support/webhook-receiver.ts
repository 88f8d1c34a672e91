import { IncomingHttpHeaders, Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** When the request was read completely. */
  at: number;
}

/** What a path answers to its next request: a status, after an optional delay. */
export type Answer = { status: number; delayMs?: number };

/**
 * A real HTTP server in the test process standing in for the web shop's endpoints. Each path
 * answers as its script says (200 once the script runs out); every request is recorded.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private readonly scripts = new Map<string, Answer[]>();
  private readonly fallbacks = new Map<string, Answer>();
  private server!: Server;

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const path = request.url ?? '/';
        this.received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
        const answer = this.scripts.get(path)?.shift() ?? this.fallbacks.get(path) ?? { status: 200 };
        const reply = () => {
          if (!response.destroyed) response.writeHead(answer.status, { 'content-type': 'text/plain' }).end('ok');
        };
        if (answer.delayMs) setTimeout(reply, answer.delayMs).unref();
        else reply();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  url(path: string): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  /** The next requests to `path` are answered in this order. */
  script(path: string, ...answers: Answer[]): void {
    this.scripts.set(path, answers);
  }

  /** Every request to `path` is answered so, once its script has run out. */
  answerAlways(path: string, answer: Answer): void {
    this.fallbacks.set(path, answer);
  }

  at(path: string): ReceivedWebhook[] {
    return this.received.filter((request) => request.path === path);
  }

  /** Waits until `path` has received `count` requests matching `where` (all by default), then answers them all. */
  async waitFor(path: string, count: number, where: (request: ReceivedWebhook) => boolean = () => true, timeoutMs = 15_000): Promise<ReceivedWebhook[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.at(path).filter(where).length < count) {
      if (Date.now() > deadline) {
        const seen = this.at(path).map((request) => typeOf(request));
        throw new Error(`${path} received ${seen.length} requests (${seen.join(', ')}), waiting for ${count} matching`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.at(path).filter(where);
  }
}

export interface WebhookBody {
  type: string;
  occurredAt: string;
  data: Record<string, unknown> & { id: string };
}

export function typeOf(request: ReceivedWebhook): string {
  return (JSON.parse(request.body) as WebhookBody).type;
}

/** Verifies the Standard Webhooks headers with the secret, as a receiver must; throws when they do not verify. */
export function verified(request: ReceivedWebhook, secret: string): WebhookBody {
  const headers = {
    'webhook-id': String(request.headers['webhook-id']),
    'webhook-timestamp': String(request.headers['webhook-timestamp']),
    'webhook-signature': String(request.headers['webhook-signature']),
  };
  return new Webhook(secret).verify(request.body, headers) as WebhookBody;
}
