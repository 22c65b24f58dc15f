/**
 * A loopback HTTP proxy between the app and the hub that misbehaves on purpose, driven by a seeded
 * random generator so every failing run can be replayed: it drops requests, delays them, truncates
 * answers, cuts the connection after the hub committed, and kills the hub.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';

export type Fault = 'pass' | 'drop' | 'delay' | 'truncate' | 'cutAfterCommit' | 'killHub';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type FaultProxy = { port: number; faults: Fault[]; close: () => Promise<void> };

export async function startFaultProxy(options: {
  target: () => number;
  random: () => number;
  killHub: () => Promise<void>;
  weights?: Partial<Record<Fault, number>>;
}): Promise<FaultProxy> {
  const weights: Record<Fault, number> = {
    pass: 4,
    drop: 1,
    delay: 1,
    truncate: 1,
    cutAfterCommit: 1.5,
    killHub: 0.4,
    ...options.weights,
  };
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  const pick = (): Fault => {
    let r = options.random() * total;
    for (const [fault, weight] of Object.entries(weights) as [Fault, number][]) {
      if ((r -= weight) < 0) return fault;
    }
    return 'pass';
  };
  const faults: Fault[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    const fault = pick();
    faults.push(fault);
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      void (async () => {
        if (fault === 'drop') return outgoing.socket?.destroy();
        if (fault === 'delay') await new Promise((r) => setTimeout(r, Math.floor(options.random() * 40)));
        if (fault === 'killHub' && options.random() < 0.5) {
          await options.killHub();
          return outgoing.socket?.destroy();
        }
        const forward = httpRequest(
          {
            host: '127.0.0.1',
            port: options.target(),
            method: incoming.method,
            path: incoming.url,
            headers: incoming.headers,
          },
          (answer) => {
            const body: Buffer[] = [];
            answer.on('data', (chunk: Buffer) => body.push(chunk));
            answer.on('end', () => {
              const whole = Buffer.concat(body);
              if (fault === 'cutAfterCommit') return outgoing.socket?.destroy();
              if (fault === 'killHub') return void options.killHub().then(() => outgoing.socket?.destroy());
              outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
              if (fault === 'truncate' && whole.length > 1) {
                outgoing.write(whole.subarray(0, Math.floor(whole.length / 2)));
                return outgoing.socket?.destroy();
              }
              outgoing.end(whole);
            });
          },
        );
        forward.on('error', () => outgoing.socket?.destroy());
        forward.end(Buffer.concat(chunks));
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
