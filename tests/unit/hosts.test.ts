import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewHeaders } from '../../build/security';

/** `Name "value"` pairs as both configs write them (nginx after `add_header`). */
function headersIn(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of text.matchAll(/^\s*(?:add_header\s+)?([A-Z][A-Za-z-]+)\s+"([^"]*)"/gm))
    found[match[1]] = match[2];
  return found;
}

describe('the shipped host configs', () => {
  it.each(['build/hosts/nginx.conf', 'build/hosts/Caddyfile'])(
    '%s sets the same isolation, CSP and safety headers as the preview server',
    (file) => {
      const headers = headersIn(readFileSync(file, 'utf8'));
      for (const [name, value] of Object.entries(previewHeaders)) expect(headers[name], name).toBe(value);
    },
  );

  it('nginx caches hashed assets for good and the page and service worker never', () => {
    const nginx = readFileSync('build/hosts/nginx.conf', 'utf8');
    expect(nginx).toMatch(/~\^\/assets\/\s+"public, max-age=31536000, immutable"/);
    expect(nginx).toMatch(/default\s+"no-cache"/);
  });
});
