import { useId, useState } from 'react';
import { parseInteger } from '../state/settings';
import type { IntegerSetting } from '../state/settingsSchema';

interface NumberFieldProps {
  field: IntegerSetting;
  value: number;
  onCommit: (value: number) => void;
  /** Told when the text stops or starts being a valid value, so nothing runs on a value not shown. */
  onProblem: (problem: string | null) => void;
  hint?: string;
}

/**
 * Shows what the user typed, always. A valid whole number is committed as it is typed; anything else
 * (25 in a 1–20 field, 1.5, text) stays on screen marked invalid, with why, and nothing can start
 * until it is fixed: a run never uses a value other than the one the field shows. Escape puts the
 * last good value back.
 */
export function NumberField({ field, value, onCommit, onProblem, hint }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  // A value set from elsewhere (a shortcut, Back) replaces a valid draft that no longer describes it.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    if (draft !== null && parseInteger(field, draft).ok) setDraft(null);
  }

  const report = (next: string | null) => {
    setProblem(next);
    onProblem(next);
  };

  const change = (text: string, notANumber: boolean) => {
    setDraft(text);
    const parsed = parseInteger(field, text, notANumber);
    if (parsed.ok) {
      report(null);
      onCommit(parsed.value);
    } else {
      report(parsed.message);
    }
  };

  const restore = () => {
    setDraft(null);
    report(null);
  };

  return (
    <div className="field">
      <label htmlFor={id}>{field.label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={field.min}
        max={field.max}
        step={1}
        value={draft ?? String(value)}
        aria-invalid={problem !== null}
        aria-describedby={`${id}-note`}
        onChange={(event) => change(event.target.value, event.target.validity.badInput)}
        onBlur={() => {
          if (problem === null) setDraft(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && problem !== null) {
            event.stopPropagation();
            restore();
          }
        }}
      />
      <span
        id={`${id}-note`}
        className={problem ? 'field-note field-error' : 'field-note'}
        role={problem ? 'alert' : undefined}
      >
        {problem ? `${problem} (Esc: back to ${value})` : (hint ?? `${field.min}–${field.max}`)}
      </span>
    </div>
  );
}
