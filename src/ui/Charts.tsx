import { useMemo } from 'react';
import { ARTICLE } from '../state/article';
import { isArticleSet } from '../state/articleWords';
import { amdahlFit, modesIn, scaledRows, speedupPoints } from '../state/results';
import { useAppState, useSweepHistory } from './appContext';
import { EfficiencyChart } from './charts/EfficiencyChart';
import { ModeComparison } from './charts/ModeComparison';
import { SpeedupChart } from './charts/SpeedupChart';
import { overlaySeries, type OverlaySeries } from './historyLabels';
import { TimeChart } from './charts/TimeChart';
import { CHART_TEXT } from './charts/chartText';
import { PALETTES, useTheme } from './theme';
import { useStore } from './useStore';

/**
 * Loaded on demand: Recharts is most of the bundle and nothing needs it before the first result. No
 * Recharts tooltip or legend: the table carries the numbers, and they cost 12 kB gzipped.
 */
export type ChartName = 'speedup' | 'time' | 'efficiency';

/** `only`: one chart (a talk step shows one idea a screen), `tall` px high; all three otherwise. */
export default function Charts({ only, tall }: { only?: ChartName; tall?: number } = {}) {
  const results = useAppState((state) => state.results);
  const snapshot = useStore(useSweepHistory().store, (history) => history);
  const overlays = useMemo(() => overlaySeries(snapshot), [snapshot]);
  // A talk is presented: its chart has the presenter's type sizes whatever the setting.
  const present = useAppState((state) => state.settings.present || state.settings.talk > 0);
  const theme = useTheme();
  const palette = useMemo(
    () => ({ ...PALETTES[theme], ...CHART_TEXT[present ? 'present' : 'normal'] }),
    [theme, present],
  );
  const cores = useAppState((state) => state.environment.cores);
  const rows = scaledRows(results, cores);
  // Presenter mode stretches the charts to the screen in CSS; this is the height everywhere else.
  const height = tall ?? 230;

  if (isArticleSet(results)) {
    // Free-threaded as the measured line, the GIL's twin beside it: "flat" against "rising".
    const withGil: OverlaySeries = {
      id: ARTICLE.locked,
      label: ARTICLE.names.locked,
      color: palette.time,
      n: results!.n,
      points: speedupPoints(rows.filter((row) => row.mode === ARTICLE.locked)),
    };
    const free = rows.filter((row) => row.mode === ARTICLE.free);
    return (
      <SpeedupChart
        rows={free}
        // No Amdahl fit: past this device's cores the curve flattens for want of cores, not of parallel work.
        serialFraction={Number.NaN}
        overlays={[withGil]}
        palette={palette}
        height={height + 80}
        measuredLabel={ARTICLE.names.free}
        cores={cores}
        wide
      />
    );
  }
  if (modesIn(results).length > 1) return <ModeComparison rows={rows} palette={palette} />;
  const sameN = overlays.filter((overlay) => !results || overlay.n === results.n);
  const shown = (name: ChartName) => only === undefined || only === name;
  return (
    <>
      {shown('speedup') && (
        <SpeedupChart
          rows={rows}
          serialFraction={amdahlFit(rows)}
          overlays={sameN}
          palette={palette}
          height={height}
          cores={cores}
        />
      )}
      {shown('time') && <TimeChart rows={rows} palette={palette} height={height} />}
      {shown('efficiency') && <EfficiencyChart rows={rows} palette={palette} height={height} cores={cores} />}
    </>
  );
}
export { default as FirstSolutions } from './FirstSolutions';
export { default as Insights } from './Insights';
