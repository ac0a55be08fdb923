import { useState } from 'react';
import { PREDICTION_RANGE } from '../../state/interchange/sweep';
import type { StepQuestion } from '../../state/talk/steps';
import { predictions, readTimes } from './predictions';

/** Predict, then observe: the question a lesson asks before the step runs; an answer or Skip starts it. */
export function Prediction({ stepId, question }: { stepId: string; question: StepQuestion }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const answer = (value: number | boolean | 'skipped') => predictions.setState({ [stepId]: value });
  return (
    <form
      className="talk-question"
      aria-label="Your prediction"
      onSubmit={(event) => {
        event.preventDefault();
        const value = readTimes(text);
        if (value === null) setProblem(`A number from ${PREDICTION_RANGE.min} to ${PREDICTION_RANGE.max}, such as 3.5`);
        else answer(value);
      }}
    >
      <p className="talk-prompt">{question.prompt}</p>
      {question.kind === 'times' ? (
        <>
          <label>
            Times faster{' '}
            <input
              inputMode="decimal"
              value={text}
              maxLength={8}
              aria-invalid={problem !== null}
              aria-describedby={problem ? 'prediction-problem' : undefined}
              onChange={(event) => setText(event.target.value)}
            />
          </label>
          <button type="submit">Predict</button>
        </>
      ) : (
        <>
          <button type="button" onClick={() => answer(true)}>
            Right
          </button>
          <button type="button" onClick={() => answer(false)}>
            Wrong
          </button>
        </>
      )}
      <button type="button" className="ghost" onClick={() => answer('skipped')}>
        Skip
      </button>
      {problem && (
        <p id="prediction-problem" className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
