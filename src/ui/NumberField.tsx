import { useId, useState } from 'react';
import { parseInteger, type FIELDS } from '../state/settings';

interface NumberFieldProps {
  field: (typeof FIELDS)[keyof typeof FIELDS];
  value: number;
  onCommit: (value: number) => void;
  hint?: string;
}

/**
 * Keeps what the user typed while it is being edited, commits only valid whole numbers, and on
 * leaving the field with a bad value shows why and puts the last good value back.
 */
export function NumberField({ field, value, onCommit, hint }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const change = (text: string) => {
    setDraft(text);
    const parsed = parseInteger(field, text);
    if (parsed.ok) {
      setProblem(null);
      onCommit(parsed.value);
    } else {
      setProblem(parsed.message);
    }
  };

  const leave = () => {
    if (problem) setProblem(`${problem}; kept ${value}`);
    setDraft(null);
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
        onChange={(event) => change(event.target.value)}
        onBlur={leave}
      />
      <span
        id={`${id}-note`}
        className={problem ? 'field-note field-error' : 'field-note'}
        role={problem ? 'alert' : undefined}
      >
        {problem ?? hint ?? `${field.min}–${field.max}`}
      </span>
    </div>
  );
}
