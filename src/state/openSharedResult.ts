import type { App } from './appTypes';
import { sweepLabel } from './interchange/label';
import { readSharedResult } from './interchange/link';
import { isSharedResult } from './interchange/linkPrefix';

/**
 * A link that carries a result (`#result=…`): its sweep is overlaid on the speedup chart, labelled with
 * the device that measured it, and offered for History (ui/ArrivedOffer.tsx), not kept unasked; a notice
 * says so. A bad one gets a notice that names what was wrong and changes nothing. The fragment is then
 * dropped from the address, so a reload or a bookmark does not open it again.
 */
export async function openSharedResult(app: App, at: Location = location): Promise<void> {
  if (!isSharedResult(at.hash)) return;
  const hash = at.hash;
  history.replaceState(null, '', `${at.pathname}${at.search}`);
  const shared = (await readSharedResult(hash))!;
  const say = app.actions.notify;
  if ('problem' in shared) {
    say(`This link's result could not be opened: ${shared.problem}. Nothing was changed.`);
    return;
  }
  app.history.show(shared.sweep);
  say(`Opened a shared result: ${sweepLabel(shared.sweep)}. It is overlaid on the speedup chart, not kept yet.`);
}
