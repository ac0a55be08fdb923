import { useEffect, useMemo, useRef, useState } from 'react';
import { measuredAnswer, predictionLine, sizingLine, stepFindings, whyNotHere } from '../../state/talk/findings';
import { clampStep, TALK_STEP_COUNT } from '../../state/talk/stepCount';
import { stepAt, TALK_STEPS, type TalkStep } from '../../state/talk/steps';
import { useActions, useAppState, useAppStore, useSweepHistory } from '../appContext';
import { Heartbeat } from '../Heartbeat';
import { LazyPanel } from '../PanelBoundary';
import { Charts, FirstSolutions } from '../lazyPanels';
import { QrCode } from '../QrCode';
import { useStore } from '../useStore';
import { Prediction } from './Prediction';
import { RaceCounts } from './RaceCounts';
import CostPanel from '../CostPanel';
import { predictions } from './predictions';
import { openTalkChannel } from './talkChannel';
import { openSpeakerView, talkScreen } from './talkScreen';
import { SPEAKER_KEYS } from './talkShortcuts';
import { stepProgress, useStepExperiment } from './useStepExperiment';
import './talk.css';

/** The address a room opens: the page itself, without the talk. */
const roomAddress = () => `${location.origin}${location.pathname}`;

/** Room for a chart's title and legend above its plot, in px. */
const CHART_CHROME_PX = 70;

/**
 * A step's chart takes what the title, the findings and the footer leave of the screen: the view's own
 * height, followed as the findings arrive and the window changes.
 */
function useViewHeight(element: HTMLDivElement | null): number {
  const [height, setHeight] = useState(0);
  useEffect(() => {
    if (!element) return;
    // Set a frame later: a chart resized inside the observer's own callback is a "ResizeObserver loop"
    // error in WebKit (seen 1 cross-browser run in 2).
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setHeight(element.clientHeight));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [element]);
  return height;
}

function StepView({ step, viewHeight }: { step: TalkStep; viewHeight: number }) {
  const chartHeight = Math.max(150, viewHeight - CHART_CHROME_PX);
  const devices = useStore(useSweepHistory().store, (history) => history.sweeps.length);
  switch (step.view) {
    case 'board':
      return <FirstSolutions />;
    case 'heartbeat':
      return <Heartbeat />;
    case 'races':
      return <RaceCounts />;
    case 'cost':
      return <CostPanel compactHeight={chartHeight} />;
    case 'room':
      return (
        <div className="talk-room">
          <QrCode text={roomAddress()} label="QR code of this page's address" className="talk-qr" />
          <p>
            {roomAddress()}
            <br />
            {devices === 0 ? 'No sweep on the board yet' : `${devices} on the board so far`} (key B outside the talk)
          </p>
        </div>
      );
    default:
      return (
        <div className="chart-grid talk-chart">
          <Charts only={step.view} tall={chartHeight} />
        </div>
      );
  }
}

/**
 * The talk: the article's argument as steps, one claim a screen, each running its experiment when shown
 * (useStepExperiment) and saying what it measured here. Keys: ui/shortcuts.ts (the talk's scope).
 */
export default function Talk() {
  const store = useAppStore();
  const actions = useActions();
  const number = useAppState((state) => state.settings.talk);
  const lesson = useAppState((state) => state.settings.lesson);
  const step = stepAt(number)!;
  const answered = useStore(predictions, (all) => all[step.id]);
  const ready = !lesson || !step.question || answered !== undefined;
  useStepExperiment({ store, actions }, number, ready, answered);
  const blank = useStore(talkScreen, (screen) => screen.blank);
  const typed = useStore(talkScreen, (screen) => screen.typed);
  const sizing = useStore(stepProgress, (current) => current.sizing);
  const measured = useStore(stepProgress, (current) => current.measuredStep === number);
  const why = useAppState((state) => whyNotHere(step, state));
  // Joined: a selector must return a stored or primitive value, not a new array at every read.
  const said = useAppState((state) => stepFindings(step, state).join('\n'));
  const answer = useAppState((state) => measuredAnswer(step, state));
  // Only this step's own experiment, once it has ended: never an earlier step's results under its title.
  const findings = measured ? said : '';
  const measuredAnswerHere = measured ? answer : null;
  const status = useAppState((state) => state.status);
  const [startedAt] = useState(() => Date.now());
  // A callback ref: the view is a new element after the screen was blanked, and is followed again.
  const [view, setView] = useState<HTMLDivElement | null>(null);
  const viewHeight = useViewHeight(view);
  const go = (to: number) => actions.updateSettings({ talk: clampStep(to) });
  const beside = step.sameNAs ? TALK_STEPS.findIndex((other) => other.id === step.sameNAs) + 1 : undefined;
  const sizingText = sizing ? sizingLine(sizing, step.action, beside) : '';

  // What the speaker view shows; the channel is opened once and told each time it changes.
  const report = useMemo(
    () => ({
      step: number,
      startedAt,
      status,
      sizing: sizingText,
      findings: findings === '' ? [] : findings.split('\n'),
    }),
    [number, startedAt, status, sizingText, findings],
  );
  const latest = useRef(report);
  const channel = useRef<ReturnType<typeof openTalkChannel>>(null);
  useEffect(() => {
    const opened = openTalkChannel((message) => {
      if (message.kind === 'go') actions.updateSettings({ talk: message.step });
      if (message.kind === 'hello') opened?.post({ kind: 'state', ...latest.current });
    });
    channel.current = opened;
    return () => opened?.close();
  }, [actions]);
  useEffect(() => {
    latest.current = report;
    channel.current?.post({ kind: 'state', ...report });
  }, [report]);

  if (blank)
    return <div className="talk talk-blank" role="region" aria-label="Talk, screen blanked (B brings it back)" />;
  const predicted = answered === undefined || answered === 'skipped' ? null : answered;
  return (
    <section className="talk" aria-label={`Talk, step ${number} of ${TALK_STEP_COUNT}`}>
      <header className="talk-head">
        <p className="talk-count">
          Step {number} of {TALK_STEP_COUNT}
          {typed && <span className="talk-typed"> · go to {typed}…</span>}
        </p>
        <h2>{step.title}</h2>
      </header>
      <div className="talk-view" ref={setView}>
        {!ready && step.question ? (
          <Prediction stepId={step.id} question={step.question} />
        ) : why ? (
          <p className="talk-why">{why}</p>
        ) : (
          <LazyPanel name="step's view">
            <StepView step={step} viewHeight={viewHeight} />
          </LazyPanel>
        )}
      </div>
      <div className="talk-findings" aria-live="polite">
        {findings
          .split('\n')
          .filter(Boolean)
          .map((line) => (
            <p key={line}>{line}</p>
          ))}
        {predicted !== null && measuredAnswerHere !== null && (
          <p className="talk-gap">{predictionLine(predicted, measuredAnswerHere)}</p>
        )}
      </div>
      <footer className="talk-foot">
        <span>{sizingText || status}</span>
        <span className="talk-keys">PageDown next · PageUp back · V speaker view · Esc leave</span>
        {/* For a touch screen or a mouse: the keys' two main moves, and the way out. */}
        <span className="talk-nav">
          <button type="button" className="ghost" onClick={() => go(number - 1)} disabled={number <= 1}>
            Previous
          </button>
          <button type="button" className="ghost" onClick={() => go(number + 1)} disabled={number >= TALK_STEP_COUNT}>
            Next
          </button>
          <button
            type="button"
            className="ghost"
            onClick={() => openSpeakerView(number)}
            aria-keyshortcuts={SPEAKER_KEYS}
          >
            Speaker view
          </button>
          <button type="button" className="ghost" onClick={() => actions.updateSettings({ talk: 0 })}>
            Leave the talk
          </button>
          <label className="talk-lesson">
            <input
              type="checkbox"
              checked={lesson}
              onChange={(event) => actions.updateSettings({ lesson: event.target.checked })}
            />
            Lesson: predict first
          </label>
        </span>
      </footer>
    </section>
  );
}
