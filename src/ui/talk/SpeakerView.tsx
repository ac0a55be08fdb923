import { useEffect, useMemo, useState } from 'react';
import { clampStep, isStepNumber, TALK_STEP_COUNT } from '../../state/talk/stepCount';
import { stepAt } from '../../state/talk/steps';
import { openTalkChannel, type TalkReport } from './talkChannel';
import './talk.css';

const clock = (ms: number) => {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

/**
 * The speaker's window: this step's notes, the next step's title, a clock since the talk started, and
 * the figures as the projector's window measures them. It starts no workers (they would take cores from
 * the experiment): it only reads and sends over the talk's channel.
 */
export default function SpeakerView() {
  const [initialStep] = useState(() => {
    const step = Number(new URLSearchParams(location.search).get('talk'));
    return isStepNumber(step) ? step : 1;
  });
  const [report, setReport] = useState<TalkReport | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [channel] = useState(() =>
    openTalkChannel((message) => {
      if (message.kind === 'state') setReport(message);
    }),
  );
  const send = channel?.post;
  useEffect(() => {
    channel?.post({ kind: 'hello' });
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [channel]);
  const number = report?.step ?? initialStep;
  const step = stepAt(number);
  const next = stepAt(number + 1);
  const go = useMemo(() => (to: number) => send?.({ kind: 'go', step: clampStep(to) }), [send]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (['ArrowRight', 'PageDown', ' ', 'n', 'N'].includes(event.key)) go(number + 1);
      else if (['ArrowLeft', 'PageUp', 'p', 'P'].includes(event.key)) go(number - 1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, number]);
  if (!step) return <p>No such step.</p>;
  return (
    <main className="speaker" aria-label="Speaker view">
      <header className="speaker-head">
        <p>
          Step {number} of {TALK_STEP_COUNT}
        </p>
        <p className="speaker-clock" aria-label="Time since the talk started">
          {report ? clock(now - report.startedAt) : 'waiting for the talk window…'}
        </p>
      </header>
      <h1>{step.title}</h1>
      <section aria-label="Notes">
        <p>
          <strong>Say:</strong> {step.notes.say}
        </p>
        <p>
          <strong>Point at:</strong> {step.notes.point}
        </p>
        <p>
          <strong>Few cores:</strong> {step.notes.fewCores}
        </p>
        <p>
          <strong>No shared memory:</strong> {step.notes.noSharedMemory}
        </p>
      </section>
      <section aria-label="Figures" aria-live="polite">
        <p className="subtle">{report?.sizing}</p>
        <p>{report?.status}</p>
        {report?.findings.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </section>
      <p aria-label="Next step">Next: {next ? next.title : 'the end'}</p>
      <div className="speaker-buttons">
        <button type="button" onClick={() => go(number - 1)} disabled={number <= 1}>
          Previous
        </button>
        <button type="button" onClick={() => go(number + 1)} disabled={number >= TALK_STEP_COUNT}>
          Next
        </button>
      </div>
    </main>
  );
}
