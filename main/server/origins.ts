/**
 * Which Host and Origin headers this server answers to. Checking the Host header as well as
 * Origin keeps DNS-rebinding pages (evil.example resolving to 127.0.0.1) out: their requests
 * carry their own name in both headers.
 */
export function allowedHosts(hostname: string, port: number): Set<string> {
  const names = new Set<string>([hostname]);
  if (isLoopback(hostname)) {
    names.add('127.0.0.1');
    names.add('localhost');
  }
  return new Set([...names].map((name) => `${formatHost(name)}:${port}`));
}

export function allowedOrigins(hostname: string, port: number): Set<string> {
  return new Set([...allowedHosts(hostname, port)].map((host) => `http://${host}`));
}

export function isLoopback(hostname: string): boolean {
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '::1';
}

export function formatHost(hostname: string): string {
  return hostname.includes(':') ? `[${hostname}]` : hostname;
}
