import { arrivedId } from './build';
import { isSharedResult, RESULT_LINK_PREFIX } from './linkPrefix';
import {
  BAD_PREDICTION,
  isObject,
  parsePrediction,
  parseSavedSweep,
  travellingSweep,
  type Arrival,
  type SavedSweep,
} from './sweep';

/**
 * A finished sweep carried in a link's fragment, no server, and the fragment never leaves the browser.
 * Versioned: `#result=2.<base64url of its JSON, deflate-raw compressed>` where the browser has
 * CompressionStream, else `#result=1.<base64url of its JSON>`; every version stays readable.
 */
const PLAIN = '1';
const COMPRESSED = '2';
/**
 * A link longer than this is refused unread. Measured: a sweep of 8 points is 1,360 characters as plain
 * full-precision JSON and 480 as sent (four significant digits, compressed); one of 64 points 9,798 plain
 * (over this cap) and 1,728 as sent, inside a QR code's 2,331 bytes.
 */
export const SHARED_LINK_MAX_CHARS = 8192;
/** A compressed payload that inflates past this is refused: no sweep is that large (64 points: 7.3 kB). */
const INFLATED_MAX_BYTES = 65_536;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

/** Runs bytes through a (de)compression stream, stopping past `maxBytes` of output. */
async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, maxBytes: number) {
  const writer = stream.writable.getWriter();
  void writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  void writer.close().catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.readable.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.length;
    if (size > maxBytes) {
      void reader.cancel();
      throw new RangeError('too large');
    }
    chunks.push(next.value);
  }
  const out = new Uint8Array(size);
  chunks.reduce((at, chunk) => (out.set(chunk, at), at + chunk.length), 0);
  return out;
}

/** deflate-raw came after the streams themselves (Chrome 103, Firefox 113, Safari 16.4): ask for it by name. */
function canCompress(): boolean {
  try {
    new CompressionStream('deflate-raw');
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/** Four significant digits: far finer than any run's spread, and a link (and its QR code) a third shorter. */
const compact = (x: number) => Number(x.toPrecision(4));

/** The fragment for a sweep (travellingSweep), its numbers to four significant digits. */
export async function sharedResultFragment(sweep: SavedSweep): Promise<string> {
  const travelling = travellingSweep(sweep);
  const points = travelling.points.map(({ workers, ms, minMs, maxMs, speedup }) => ({
    workers,
    ms: compact(ms),
    minMs: compact(minMs),
    maxMs: compact(maxMs),
    speedup: speedup === null ? null : compact(speedup),
  }));
  const json = new TextEncoder().encode(JSON.stringify({ ...travelling, points }));
  const plain = `${RESULT_LINK_PREFIX}${PLAIN}.${toBase64Url(json)}`;
  if (!canCompress()) return plain;
  const packed = await transform(json, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
  const compressed = `${RESULT_LINK_PREFIX}${COMPRESSED}.${toBase64Url(packed)}`;
  return compressed.length < plain.length ? compressed : plain;
}

/** A payload's JSON text, by its version; throws on damaged data. */
async function payloadText(version: string, payload: string): Promise<string> {
  const bytes = fromBase64Url(payload);
  if (version === PLAIN) return utf8(bytes);
  return utf8(await transform(bytes, new DecompressionStream('deflate-raw'), INFLATED_MAX_BYTES));
}

/**
 * Reads a link's fragment: null when it carries no result, else the sweep rebuilt from known fields
 * only (sweep.ts), from a link, or what was wrong with it, in words. Never throws.
 */
export async function readSharedResult(hash: string): Promise<Arrival | null> {
  if (!isSharedResult(hash)) return null;
  if (hash.length > SHARED_LINK_MAX_CHARS) {
    return {
      problem: `the link is ${hash.length} characters long, more than a result needs (${SHARED_LINK_MAX_CHARS})`,
    };
  }
  const body = hash.slice(RESULT_LINK_PREFIX.length);
  const dot = body.indexOf('.');
  const version = body.slice(0, Math.max(0, dot));
  if (version !== PLAIN && version !== COMPRESSED) return { problem: 'it is not a result link this page can read' };
  if (version === COMPRESSED && !canCompress())
    return { problem: 'it is compressed, and this browser cannot decompress it (no DecompressionStream)' };
  let text: string;
  let value: unknown;
  try {
    text = await payloadText(version, body.slice(dot + 1));
    value = JSON.parse(text);
  } catch (error) {
    return error instanceof RangeError
      ? { problem: 'its data unpacks to more than a result needs' }
      : { problem: 'its data is damaged (the link may have been cut short)' };
  }
  if (isObject(value) && value.prediction !== undefined && !parsePrediction(value.prediction))
    return { problem: BAD_PREDICTION };
  const sweep = parseSavedSweep(
    // Named by what it says, not how it was packed: the same sweep by two links is kept once.
    isObject(value) ? { ...value, id: arrivedId(text), origin: 'link' } : value,
  );
  return sweep ? { sweep } : { problem: 'its data is not a complete sweep (a field is missing or out of range)' };
}
