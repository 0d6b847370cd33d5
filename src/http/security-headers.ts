import type { HttpServer } from './server.ts';

/*
 * Headers every answer carries (OWASP secure headers): no MIME sniffing, no framing, no referrer
 * leaking ids in URLs, and windows and resources kept to this origin. The API's own answers (JSON,
 * PDF, XML) also get a Content-Security-Policy that allows nothing, as they are never pages, and
 * `no-store`, as they hold customers' data. Pages (the front page, /docs) keep their own inline
 * assets, so they get `frame-ancestors` only. HSTS belongs to the TLS proxy in front.
 */
const ALWAYS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

export function registerSecurityHeaders(server: HttpServer): void {
  server.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(ALWAYS)) void reply.header(name, value);
    const type = String(reply.getHeader('content-type') ?? '');
    // The browser app sets its own policy (web-app.ts).
    if (reply.hasHeader('content-security-policy')) return payload;
    if (type.startsWith('text/html') || type.startsWith('text/css') || type.includes('javascript')) {
      void reply.header('content-security-policy', "frame-ancestors 'none'");
    } else {
      void reply.header('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
      if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
    }
    return payload;
  });
}
