import { useModal } from './useModal';
import { ALWAYS_REFUSED, SHORTCUTS, type Shortcut } from './shortcuts';

/** A modal list of the keys; a native <dialog> gives focus trapping and Esc to close for free. */
export default function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useModal(open);
  return (
    <dialog ref={ref} className="modal shortcut-help" aria-labelledby="shortcut-title" onClose={onClose}>
      <h2 id="shortcut-title">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {Object.values<Shortcut>(SHORTCUTS).map(({ shown, label, refused }) => (
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
