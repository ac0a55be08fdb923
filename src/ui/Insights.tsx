import { articleCaptions, articleUnderWay, isArticleSet } from '../state/articleWords';
import { captionLines, trafficLine, warnings, type CaptionLine } from '../state/insights';
import { useAppState } from './appContext';

export default function Insights() {
  const results = useAppState((state) => state.results);
  const lastRun = useAppState((state) => state.lastRun);
  const environment = useAppState((state) => state.environment);
  const comparing = useAppState((state) => state.phase === 'comparing');
  const experimenting = useAppState((state) => state.phase === 'experimenting');
  const cores = useAppState((state) => state.environment.cores);
  const asLines = (texts: string[]): CaptionLine[] => texts.map((text) => ({ text, secondary: false }));
  const lines = experimenting
    ? asLines(articleUnderWay())
    : isArticleSet(results)
      ? asLines(articleCaptions(results!, cores))
      : captionLines(results, comparing, cores);
  const traffic = trafficLine(lastRun);
  const cautions = warnings(results, environment);
  const present = useAppState((state) => state.settings.present);
  const n = useAppState((state) => state.settings.n);
  const phase = useAppState((state) => state.phase);
  const stale = results !== null && results.n !== n && phase === 'idle';
  if (lines.length === 0 && !traffic && cautions.length === 0) return null;
  return (
    // In presenter mode the words may scroll in their own box (the charts keep the screen): reachable by Tab.
    <section className="insights" aria-label="What was measured" tabIndex={present ? 0 : undefined}>
      {stale && (
        <p className="stale" role="note">
          Showing N={results.n}; N is now {n}: press Run or Sweep to measure it.
        </p>
      )}
      {lines.map((line, index) => (
        <p
          key={line.text}
          className={index === 0 ? 'caption' : line.secondary ? 'caption detail secondary' : 'caption detail'}
        >
          {line.text}
        </p>
      ))}
      {/* Nothing copied is said in the normal view; presenter mode keeps the room's eyes for a model that copies. */}
      {traffic && (
        <p className={lastRun && lastRun.traffic.bytes === 0 ? 'traffic nothing-copied' : 'traffic'}>{traffic}</p>
      )}
      {present && cautions.length > 0 ? (
        // One line on a projector, whatever the number of cautions: the charts keep the screen.
        <p className="warning" role="note" title={cautions.map((caution) => caution.text).join(' ')}>
          ⚠ {cautions.map((caution) => caution.short).join(' · ')} (the normal view says more)
        </p>
      ) : (
        cautions.map(({ text }) => (
          <p key={text} className="warning" role="note">
            ⚠ {text}
          </p>
        ))
      )}
    </section>
  );
}
