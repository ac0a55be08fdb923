import { isStepNumber } from '../../state/talk/stepCount';

/**
 * The talk's two windows (the projector's and the speaker's) talk over a BroadcastChannel: same origin,
 * no server. Either may move the talk (`go`); the projector's window says where it is and what it
 * measured (`state`); a speaker view that opens asks for that (`hello`).
 */
const CHANNEL = 'parallel-queens-talk';

export interface TalkReport {
  step: number;
  /** When the talk started, ms since the epoch: the speaker's clock counts from it. */
  startedAt: number;
  status: string;
  sizing: string;
  findings: string[];
}

export type TalkMessage = { kind: 'go'; step: number } | { kind: 'hello' } | ({ kind: 'state' } & TalkReport);

/** A sentence on a slide is short: anything longer than this is not one of ours. */
const TEXT_MAX_CHARS = 600;
const FINDINGS_MAX = 8;

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= TEXT_MAX_CHARS;

/** Another window's message, checked field by field (any script on this origin can post to the channel). */
export function readTalkMessage(data: unknown): TalkMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  if (message.kind === 'hello') return { kind: 'hello' };
  if (message.kind === 'go') return isStepNumber(message.step) ? { kind: 'go', step: message.step } : null;
  if (message.kind !== 'state') return null;
  const { step, startedAt, status, sizing, findings } = message;
  if (!isStepNumber(step) || !(typeof startedAt === 'number' && Number.isFinite(startedAt))) return null;
  if (!isText(status) || !isText(sizing)) return null;
  if (!Array.isArray(findings) || findings.length > FINDINGS_MAX || !findings.every(isText)) return null;
  return { kind: 'state', step, startedAt, status, sizing, findings: [...findings] };
}

/** Opens the channel; null where the browser has none (the talk then runs in one window). */
export function openTalkChannel(onMessage: (message: TalkMessage) => void): {
  post: (message: TalkMessage) => void;
  close: () => void;
} | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    const message = readTalkMessage(event.data);
    if (message) onMessage(message);
  };
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
