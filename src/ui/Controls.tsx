import { FIELDS } from '../state/settings';
import { NumberField } from './NumberField';
import { useActions, useAppState } from './appContext';

export function Controls() {
  const settings = useAppState((state) => state.settings);
  const phase = useAppState((state) => state.phase);
  const cores = useAppState((state) => state.environment.cores);
  const actions = useActions();
  const busy = phase !== 'idle';

  return (
    <section className="panel controls" aria-label="Run settings">
      <div className="fields">
        <NumberFieldFor name="n" value={settings.n} hint="board size, 1–20" />
        <NumberFieldFor
          name="workers"
          value={settings.workers}
          hint={cores ? `this device: ${cores} cores` : '1–64'}
        />
        <NumberFieldFor name="reps" value={settings.reps} hint="per sweep point" />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.symmetry}
          onChange={(event) => actions.updateSettings({ symmetry: event.target.checked })}
        />
        Use mirror symmetry <span className="subtle">(half the work, same count)</span>
      </label>
      <div className="buttons">
        <button type="button" className="primary" onClick={() => void actions.run()} disabled={busy}>
          Run
        </button>
        <button type="button" onClick={() => void actions.sweep()} disabled={busy}>
          Sweep
        </button>
        <button type="button" className="danger" onClick={actions.cancel} disabled={!busy}>
          Cancel
        </button>
      </div>
    </section>
  );
}

function NumberFieldFor({ name, value, hint }: { name: keyof typeof FIELDS; value: number; hint: string }) {
  const { updateSettings } = useActions();
  return <NumberField field={FIELDS[name]} value={value} hint={hint} onCommit={(next) => updateSettings({ [name]: next })} />;
}
