import type { SplitChoice } from '../core/plan';
import { availableModes, MODE_LABELS, MODES, modeSpec, usesWorkers, type Mode } from '../engine/modes';
import type { Schedule } from '../core/tasks';
import { FIELDS } from '../state/settings';
import { useActions, useAppState } from './appContext';
import { NumberField } from './NumberField';

const SPLITS: { value: SplitChoice; label: string }[] = [
  { value: 'auto', label: 'Auto (≈32 tasks per worker)' },
  { value: 1, label: '1 row (N tasks, the article)' },
  { value: 2, label: '2 rows (≈N² tasks)' },
  { value: 3, label: '3 rows (≈N³ tasks)' },
];

export function Controls() {
  const settings = useAppState((state) => state.settings);
  const phase = useAppState((state) => state.phase);
  const cores = useAppState((state) => state.environment.cores);
  const actions = useActions();
  const busy = phase !== 'idle';
  // Nothing can answer a click while the page's own thread solves: Cancel says so instead of pretending.
  const frozen = useAppState((state) => state.activeMode !== null && modeSpec(state.activeMode).freezesPage);
  const invalid = useAppState((state) => Object.keys(state.fieldProblems).length > 0);
  const cannotStart = busy || invalid;
  const workersApply = usesWorkers(settings.mode);
  const available = useAppState((state) =>
    availableModes(state.environment.isolated && state.environment.sharedMemory).join(),
  ).split(',');

  return (
    <section className="panel controls" aria-label="Run settings">
      <div className="fields">
        <NumberFieldFor name="n" value={settings.n} hint="board size, 1–20" />
        <NumberFieldFor
          name="workers"
          value={settings.workers}
          hint={workersApply ? (cores ? `this device: ${cores} cores` : '1–64') : 'this mode uses 1 thread'}
        />
        <NumberFieldFor name="reps" value={settings.reps} hint="per sweep point" />
      </div>
      <div className="selects">
        <label>
          Mode
          <select
            aria-label="Mode"
            value={settings.mode}
            onChange={(event) => actions.updateSettings({ mode: event.target.value as Mode })}
          >
            {MODES.map((mode) => (
              <option key={mode} value={mode} disabled={!available.includes(mode)}>
                {MODE_LABELS[mode]}
                {available.includes(mode) ? '' : ' (needs SharedArrayBuffer)'}
              </option>
            ))}
          </select>
        </label>
        <label>
          Split
          <select
            aria-label="Split"
            value={String(settings.split)}
            onChange={(event) => {
              const raw = event.target.value;
              actions.updateSettings({ split: raw === 'auto' ? 'auto' : Number(raw) });
            }}
          >
            {SPLITS.map((split) => (
              <option key={split.value} value={String(split.value)}>
                {split.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Schedule
          <select
            aria-label="Schedule"
            value={settings.schedule}
            onChange={(event) => actions.updateSettings({ schedule: event.target.value as Schedule })}
          >
            <option value="dynamic">Dynamic (shared queue)</option>
            <option value="static">Static round-robin</option>
          </select>
        </label>
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
        <button
          type="button"
          className="primary"
          onClick={() => void actions.run()}
          disabled={cannotStart}
          aria-keyshortcuts="Space"
        >
          Run
        </button>
        <button type="button" onClick={() => void actions.sweep()} disabled={cannotStart} aria-keyshortcuts="S">
          Sweep
        </button>
        <button type="button" onClick={() => void actions.compare()} disabled={cannotStart} aria-keyshortcuts="C">
          Compare models
        </button>
        <button
          type="button"
          className="danger"
          onClick={actions.cancel}
          disabled={!busy || frozen}
          title={frozen ? 'The page is frozen until the run ends: nothing can cancel it' : undefined}
          aria-keyshortcuts="Escape"
        >
          Cancel
        </button>
      </div>
      <button
        type="button"
        className="article-button"
        onClick={() => void actions.article()}
        disabled={cannotStart}
        aria-keyshortcuts="A"
      >
        The article's experiment: 1, 2, 4, 8 workers, with the GIL and free-threaded
      </button>
      {invalid && !busy && (
        <p className="field-refusal">Fix the field marked in red to run: a run uses what the fields show.</p>
      )}
    </section>
  );
}

function NumberFieldFor({ name, value, hint }: { name: keyof typeof FIELDS; value: number; hint: string }) {
  const { updateSettings, reportField } = useActions();
  return (
    <NumberField
      field={FIELDS[name]}
      value={value}
      hint={hint}
      onCommit={(next) => updateSettings({ [name]: next })}
      onProblem={(problem) => reportField(name, problem)}
    />
  );
}
