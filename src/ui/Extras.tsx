import { settingsQuery } from '../state/settings';
import { useAppState, useSweepHistory } from './appContext';
import { ExportPanel } from './ExportPanel';
import { HistoryPanel } from './HistoryPanel';
import { ImportResults } from './ImportResults';

/** History and export, loaded after first paint: nobody needs them before a result exists. */
export default function Extras() {
  const results = useAppState((state) => state.results);
  const environment = useAppState((state) => state.environment);
  const settings = useAppState((state) => state.settings);
  const history = useSweepHistory();
  return (
    <>
      <ExportPanel results={results} environment={environment} query={settingsQuery(settings)} />
      <HistoryPanel history={history} />
      <ImportResults history={history} />
    </>
  );
}
export { default as ShortcutHelp } from './ShortcutHelp';
export { default as RacesPanel } from './RacesPanel';
export { default as CostPanel } from './CostPanel';
export { default as AudienceLink } from './AudienceLink';
export { default as Board } from './Board';
export { default as ArrivedOffer } from './ArrivedOffer';
/** A result link is read with these panels: its decoding is not first-paint code. */
// eslint-disable-next-line react-refresh/only-export-components -- the chunk's one non-component entry; editing it reloads the page, as it should.
export { openSharedResult } from '../state/openSharedResult';
export { default as Talk } from './talk/Talk';
export { default as SpeakerView } from './talk/SpeakerView';
