import { useModal } from './useModal';
import { useAppState } from './appContext';
import { actsIn, allShortcuts, ALWAYS_REFUSED } from './shortcuts';
import './talk/talkShortcuts';

/** A modal list of the keys; a native <dialog> gives focus trapping and Esc to close for free. */
export default function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useModal(open);
  // The keys of where the help was opened: the page's, or the talk's while the talk is shown.
  const scope = useAppState((state) => (state.settings.talk > 0 ? 'talk' : 'page'));
  return (
    <dialog ref={ref} className="modal shortcut-help" aria-labelledby="shortcut-title" onClose={onClose}>
      <h2 id="shortcut-title">{scope === 'talk' ? "The talk's keys" : 'Keyboard shortcuts'}</h2>
      <table>
        <tbody>
          {allShortcuts()
            .filter((shortcut) => actsIn(shortcut, scope))
            .map(({ shown, label, refused }) => (
              <tr key={shown}>
                <th scope="row">
                  <kbd>{shown}</kbd>
                </th>
                <td>
                  {label}
                  {refused && <span className="subtle"> (not {refused})</span>}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
      <p className="subtle">No shortcut acts {ALWAYS_REFUSED.charAt(0).toLowerCase() + ALWAYS_REFUSED.slice(1)}</p>
      <button type="button" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
