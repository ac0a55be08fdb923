import { availableModes, modeSpec, usesWorkers } from '../engine/modes';
import { coresWords } from '../state/words';
import { SETTINGS, type IntegerKey } from '../state/settings';
import type { ChoiceSetting } from '../state/settingsSchema';
import { useActions, useAppState } from './appContext';
import { NumberField } from './NumberField';
import { keyshortcuts } from './shortcuts';

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
  const canShareMemory = useAppState((state) => state.canShareMemory);
  const available = availableModes(canShareMemory);

  return (
    <section className="panel controls" aria-label="Run settings">
      <div className="fields">
        <NumberFieldFor name="n" value={settings.n} hint={`board size, ${rangeOf(SETTINGS.n)}`} />
        <NumberFieldFor
          name="workers"
          value={settings.workers}
          hint={
            workersApply
              ? cores
                ? `this device: ${coresWords(cores)}`
                : rangeOf(SETTINGS.workers)
              : 'this mode uses 1 thread'
          }
        />
        <NumberFieldFor name="reps" value={settings.reps} hint="per sweep point" />
      </div>
      <div className="selects">
        <ChoiceSelect
          setting={SETTINGS.mode}
          value={settings.mode}
          onChange={(mode) => actions.updateSettings({ mode })}
          unavailable={(mode) => (available.includes(mode) ? null : 'needs SharedArrayBuffer')}
        />
        <ChoiceSelect
          setting={SETTINGS.split}
          value={settings.split}
          onChange={(split) => actions.updateSettings({ split })}
        />
        <ChoiceSelect
          setting={SETTINGS.schedule}
          value={settings.schedule}
          onChange={(schedule) => actions.updateSettings({ schedule })}
        />
        <ChoiceSelect
          setting={SETTINGS.symmetry}
          value={settings.symmetry}
          onChange={(symmetry) => actions.updateSettings({ symmetry })}
        />
      </div>
      <div className="buttons">
        <button
          type="button"
          className="primary"
          onClick={() => void actions.run()}
          disabled={cannotStart}
          aria-keyshortcuts={keyshortcuts('run')}
        >
          Run
        </button>
        <button
          type="button"
          onClick={() => void actions.sweep()}
          disabled={cannotStart}
          aria-keyshortcuts={keyshortcuts('sweep')}
        >
          Sweep
        </button>
        <button
          type="button"
          onClick={() => void actions.compare()}
          disabled={cannotStart}
          aria-keyshortcuts={keyshortcuts('compare')}
        >
          Compare models
        </button>
        <button
          type="button"
          className="danger"
          onClick={actions.cancel}
          disabled={!busy || frozen}
          title={frozen ? 'The page is frozen until the run ends: nothing can cancel it' : undefined}
          aria-keyshortcuts={keyshortcuts('cancel')}
        >
          Cancel
        </button>
      </div>
      <button
        type="button"
        className="article-button"
        onClick={() => void actions.article()}
        disabled={cannotStart}
        aria-keyshortcuts={keyshortcuts('article')}
      >
        The article's experiment: 1, 2, 4, 8 workers, with the GIL and free-threaded
      </button>
      <button
        type="button"
        className="article-button"
        onClick={() => void actions.races()}
        disabled={cannotStart || !canShareMemory}
        title={canShareMemory ? undefined : 'Needs SharedArrayBuffer: workers race over shared memory'}
        aria-keyshortcuts={keyshortcuts('races')}
      >
        Thread safety: races, atomics and locks, live
      </button>
      {invalid && !busy && (
        <p className="field-refusal">Fix the field marked in red to run: a run uses what the fields show.</p>
      )}
    </section>
  );
}

const rangeOf = ({ min, max }: { min: number; max: number }) => `${min}–${max}`;

/** A menu of one choice setting's options, labelled as the schema declares them. */
function ChoiceSelect<T>({
  setting,
  value,
  onChange,
  unavailable = () => null,
}: {
  setting: ChoiceSetting<T>;
  value: T;
  onChange: (value: T) => void;
  /** Why an option cannot be chosen here, or null. */
  unavailable?: (value: T) => string | null;
}) {
  const selected = setting.options.find((option) => option.value === value);
  return (
    <label>
      {setting.label}
      <select
        aria-label={setting.label}
        value={selected?.url}
        onChange={(event) => {
          const option = setting.options.find((candidate) => candidate.url === event.target.value);
          if (option) onChange(option.value);
        }}
      >
        {setting.options.map((option) => {
          const why = unavailable(option.value);
          return (
            <option key={option.url} value={option.url} disabled={why !== null}>
              {option.label}
              {why === null ? '' : ` (${why})`}
            </option>
          );
        })}
      </select>
    </label>
  );
}

function NumberFieldFor({ name, value, hint }: { name: IntegerKey; value: number; hint: string }) {
  const { updateSettings, reportField } = useActions();
  return (
    <NumberField
      field={SETTINGS[name]}
      value={value}
      hint={hint}
      onCommit={(next) => updateSettings({ [name]: next })}
      onProblem={(problem) => reportField(name, problem)}
    />
  );
}
