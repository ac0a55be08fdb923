import { parseSavedSweep, type SavedSweep } from './savedSweep';

/**
 * A finished sweep carried in a link's fragment, `#result=1.<base64url of its JSON>`: no server, and
 * the fragment never leaves the browser. Versioned, so a later format can still read this one.
 */
const KEY = 'result';
const VERSION = '1';
/** A link longer than this is refused unread: a sweep to 64 workers is about 2 kB. */
export const SHARED_LINK_MAX_CHARS = 8192;

export type SharedResult = { sweep: SavedSweep } | { problem: string };

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** The fragment for a sweep: its points and facts, without the browser's full user-agent string. */
export function sharedResultFragment(sweep: SavedSweep): string {
  const { browser, cores, isolated } = sweep.machine;
  return `#${KEY}=${VERSION}.${toBase64Url(JSON.stringify({ ...sweep, machine: { browser, cores, isolated } }))}`;
}

/** What begins the id of every sweep that arrived from outside; the page's own start with `sweep`. */
const ARRIVED_PREFIX = 'shared';

/** A short, stable id for a sweep that arrived from outside, so the same link or file twice is kept once. */
export function arrivedId(source: string): string {
  let hash = 0;
  for (let i = 0; i < source.length; i++) hash = (Math.imul(hash, 31) + source.charCodeAt(i)) | 0;
  return `${ARRIVED_PREFIX}${(hash >>> 0).toString(36)}`;
}

/** Measured on another device (a link or a file), not on this page. */
export const cameFromElsewhere = (sweep: Pick<SavedSweep, 'id'>) => sweep.id.startsWith(ARRIVED_PREFIX);

/**
 * Reads a link's fragment: null when it carries no result, else the sweep rebuilt from known fields
 * only (state/savedSweep.ts), or what was wrong with it, in words. Never throws.
 */
export function readSharedResult(hash: string): SharedResult | null {
  const prefix = `#${KEY}=`;
  if (!hash.startsWith(prefix)) return null;
  if (hash.length > SHARED_LINK_MAX_CHARS) {
    return {
      problem: `the link is ${hash.length} characters long, more than a result needs (${SHARED_LINK_MAX_CHARS})`,
    };
  }
  const body = hash.slice(prefix.length);
  const dot = body.indexOf('.');
  if (dot < 0 || body.slice(0, dot) !== VERSION) return { problem: 'it is not a result link this page can read' };
  const payload = body.slice(dot + 1);
  let value: unknown;
  try {
    value = JSON.parse(fromBase64Url(payload));
  } catch {
    return { problem: 'its data is damaged (the link may have been cut short)' };
  }
  const sweep = parseSavedSweep(
    typeof value === 'object' && value !== null ? { ...(value as object), id: arrivedId(payload) } : value,
  );
  return sweep ? { sweep } : { problem: 'its data is not a complete sweep (a field is missing or out of range)' };
}
