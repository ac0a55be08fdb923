import { useMemo } from 'react';
import { firstSolutionOfTask, type Board } from '../core/firstSolution';
import { MAX_N } from '../core/known';
import type { RunResult } from '../engine/runResult';
import { useAppState } from './appContext';

const SHOWN = 8;

/** Per worker, the first task it started that has solutions: its first solution is the worker's first find. */
function firstFinds(result: RunResult): { worker: number; board: Board }[] {
  const { timeline } = result;
  const firstTask = new Map<number, number>();
  for (let task = 0; task < result.taskCount; task++) {
    const worker = timeline.owner[task];
    if (timeline.solutions[task] === 0 || worker < 0) continue;
    const known = firstTask.get(worker);
    if (known === undefined || timeline.startMs[task] < timeline.startMs[known]) firstTask.set(worker, task);
  }
  return [...firstTask.entries()]
    .sort(([a], [b]) => a - b)
    .slice(0, SHOWN)
    .flatMap(([worker, task]) => {
      const board = firstSolutionOfTask(result.n, timeline.tasks, task);
      return board ? [{ worker, board }] : [];
    });
}

function Chessboard({ board, label }: { board: Board; label: string }) {
  const n = board.length;
  return (
    <svg viewBox={`0 0 ${n} ${n}`} className="chessboard" role="img" aria-label={label}>
      {board.map((_, row) =>
        board.map((__, column) => (
          <rect
            key={`${row}-${column}`}
            x={column}
            y={row}
            width={1}
            height={1}
            className={(row + column) % 2 ? 'dark-square' : 'light-square'}
          />
        )),
      )}
      {board.map((column, row) => (
        <circle key={row} cx={column + 0.5} cy={row + 0.5} r={0.32} className="queen" />
      ))}
    </svg>
  );
}

export default function FirstSolutions() {
  const lastRun = useAppState((state) => state.lastRun);
  const finds = useMemo(() => (lastRun && lastRun.n <= MAX_N ? firstFinds(lastRun) : []), [lastRun]);
  if (finds.length === 0) return null;
  return (
    <section className="panel boards" aria-label="First solution found by each worker">
      <h2>
        First solution found by each worker{' '}
        {lastRun && lastRun.workers > SHOWN && (
          <span className="subtle">
            (first {SHOWN} of {lastRun.workers})
          </span>
        )}
      </h2>
      <ul>
        {finds.map(({ worker, board }) => (
          <li key={worker}>
            <Chessboard
              board={board}
              label={`Worker ${worker + 1}: queens in columns ${board.map((c) => c + 1).join(', ')}`}
            />
            <span>W{worker + 1}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
