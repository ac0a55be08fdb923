import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, devContentSecurityPolicy, previewHeaders } from '../../build/security';

describe('content security policy', () => {
  it('allows only the page origin, never eval, and no inline script in the built page', () => {
    expect(contentSecurityPolicy).toContain("default-src 'self'");
    expect(contentSecurityPolicy).toContain("worker-src 'self'");
    expect(contentSecurityPolicy).toContain("script-src 'self';");
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy).not.toContain('unsafe-inline');
    expect(devContentSecurityPolicy).not.toContain('unsafe-eval');
  });

  it('preview sends isolation and the policy; the static-host header file says the same', () => {
    expect(previewHeaders['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(previewHeaders['Cross-Origin-Embedder-Policy']).toBe('require-corp');
    expect(previewHeaders['Cross-Origin-Resource-Policy']).toBe('same-origin');
    const headersFile = readFileSync('public/_headers', 'utf8');
    expect(headersFile).toContain(`Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors 'none'`);
    expect(headersFile).toContain('Cross-Origin-Embedder-Policy: require-corp');
  });
});
