import kernelSource from '../core/solver.ts?raw';
import { MODE_SPECS, MODEL_COUNT_WORD, MODES } from '../engine/modes';
import './explanations.css';
import { extractKernel } from './kernelSource';

interface Concept {
  title: string;
  body: string;
}

// Plain strings rather than JSX so the text is easy to edit before a lesson.
const CONCEPTS: readonly Concept[] = [
  {
    title: 'Race condition',
    body:
      'Every worker takes its next task by reading a shared counter, the cursor, and writing back one more. ' +
      'If two workers both read 41 before either writes 42, both solve task 41 and its solutions are counted ' +
      'twice: a wrong answer that only appears when the timing happens to line up. ' +
      'Atomics.add does the read, the add and the write as one indivisible step and returns the old value, ' +
      'so no two workers can ever get the same task number.',
  },
  {
    title: 'Shared memory',
    body:
      'The tasks, the cursor and the results live in one SharedArrayBuffer that every worker sees at once: ' +
      'what one worker writes, the others can read, and nothing is copied. In the message-passing mode each ' +
      'task and result is copied instead, the browser’s version of pickling. Browsers only hand out ' +
      'SharedArrayBuffer to cross-origin-isolated pages, served with the headers ' +
      'Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp (a defence ' +
      'against Spectre-style timing attacks); without them this page falls back to messages and says so.',
  },
  {
    title: 'Atomics',
    body:
      'Atomics are operations on shared memory that happen all at once and in an order every thread agrees on. ' +
      'This page needs three: Atomics.add claims the next task, Atomics.store records which worker ran it and ' +
      'raises the cancel flag when you press Cancel, and Atomics.load reads that flag. The kernel looks at the ' +
      'flag once every 4,096 steps of its search, well under a tenth of a millisecond of work, so Cancel ' +
      'stops every worker almost at once while the check itself costs next to nothing.',
  },
  {
    title: 'Load balance',
    body:
      'The search tree is cut after the first 1, 2 or 3 rows, and each valid placement of those rows is one task. ' +
      'The article deals out one task per column of the first row, round-robin: only N tasks, of very ' +
      'different sizes, so some workers finish early and wait. For N=16 that caps efficiency at about 0.89 ' +
      'with 16 workers and 0.22 with 64, where 48 workers get no task at all. A dynamic queue of many smaller ' +
      'tasks, each idle worker claiming the next and the largest going first once their costs are known, ' +
      'keeps everyone busy to the end and reaches 0.99 or better.',
  },
  {
    title: 'Amdahl’s law',
    body:
      'If a fraction f of the work can only run on one core, p workers give at best a speedup ' +
      'S(p) = 1 / (f + (1 − f) / p), and never more than 1/f however many you add: with f = 0.05, ' +
      '8 workers give at most 5.9× and a million give under 20×. The app fits f to a sweep. The Karp–Flatt ' +
      'metric e = (1/S − 1/p) / (1 − 1/p) turns each measured point back into a serial fraction: if e stays ' +
      'flat a fixed serial part is the limit, but if e grows with p the cost is overhead that grows with the ' +
      'number of workers, such as start-up, contention or an idle tail.',
  },
];

const kernel = extractKernel(kernelSource);

export default function Explanations() {
  return (
    <section className="panel explanations" aria-label="How it works">
      <h2>How it works</h2>

      <div className="explanations-concepts">
        {CONCEPTS.map((concept) => (
          <details key={concept.title} className="explanation">
            <summary>{concept.title}</summary>
            <p>{concept.body}</p>
          </details>
        ))}
      </div>

      <details className="explanation kernel">
        <summary>The kernel’s real source</summary>
        <p>
          <code>countSubtree</code> from <code>src/core/solver.ts</code>, exactly as every worker runs it.
        </p>
        <pre tabIndex={0} aria-label="countSubtree source">
          <code>{kernel}</code>
        </pre>
      </details>

      <div className="table-scroll">
        <table className="models">
          <caption>The article’s Python models and their twins on this page: {MODEL_COUNT_WORD} models</caption>
          <thead>
            <tr>
              <th scope="col">Python (the article)</th>
              <th scope="col">This page</th>
              <th scope="col">Runs in parallel?</th>
              <th scope="col">Data</th>
            </tr>
          </thead>
          <tbody>
            {MODES.map((mode) => {
              const spec = MODE_SPECS[mode];
              return (
                <tr key={mode}>
                  <td data-label="Python">{spec.analogue || '— (the browser’s own lesson)'}</td>
                  <td data-label="This page">
                    {spec.label}{' '}
                    <span className="mode">
                      (mode <code>{mode}</code>)
                    </span>
                  </td>
                  <td data-label="In parallel" className={spec.parallel ? 'parallel-yes' : 'parallel-no'}>
                    {spec.parallelism}
                  </td>
                  <td data-label="Data">{spec.data}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
