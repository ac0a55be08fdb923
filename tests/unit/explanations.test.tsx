// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import kernelSource from '../../src/core/solver.ts?raw';
import { MODEL_COUNT_WORD, MODES } from '../../src/engine/modes';
import Explanations from '../../src/ui/Explanations';
import { extractKernel } from '../../src/ui/kernelSource';

afterEach(cleanup);

describe('Explanations', () => {
  it('offers the five concepts as native disclosure widgets', () => {
    render(<Explanations />);
    const panel = screen.getByRole('region', { name: 'How it works' });
    const summaries = Array.from(panel.querySelectorAll('details > summary')).map((s) => s.textContent);
    for (const title of ['Race condition', 'Shared memory', 'Atomics', 'Load balance', 'Amdahl’s law']) {
      expect(summaries).toContain(title);
    }
    expect(panel.textContent).toContain('Atomics.add');
    expect(panel.textContent).toContain('require-corp');
    expect(panel.textContent).toContain('Karp–Flatt');
  });

  it('shows the real countSubtree kernel, not the whole file', () => {
    render(<Explanations />);
    const code = screen.getByLabelText('countSubtree source').textContent ?? '';
    expect(code).toContain('export function countSubtree');
    expect(code).toContain('Atomics.load');
    expect(code).not.toContain('export function countSolutions');
    expect(code.trimEnd().endsWith('}')).toBe(true);
    expect(kernelSource).toContain(code.split('\n').slice(-3).join('\n'));
  });

  it('maps the Python models to the modes of the registry in a real table', () => {
    render(<Explanations />);
    const table = screen.getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Python (the article)', 'This page', 'Runs in parallel?', 'Data']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(MODES.length);
    const modes = rows.map((row) => row.querySelector('.mode code')?.textContent);
    expect(modes).toEqual(MODES);
    expect(within(table).getByText(new RegExp(`${MODEL_COUNT_WORD} models`))).toBeTruthy();
    expect(rows.at(-1)!.textContent).toContain('3.14t');
    expect(rows.at(-1)!.textContent).toContain('SharedArrayBuffer');
    expect(rows.find((row) => row.textContent?.includes('mode gil'))?.textContent).toContain('threading with the GIL');
  });
});

describe('extractKernel', () => {
  it('handles CRLF line endings and keeps the doc comment', () => {
    const src = ['/** Doc. */', 'export function countSubtree() {', '  return 1;', '}', 'export const x = 1;'].join(
      '\r\n',
    );
    expect(extractKernel(src)).toBe('/** Doc. */\nexport function countSubtree() {\n  return 1;\n}');
  });

  it('falls back to the whole file when the markers are missing', () => {
    expect(extractKernel('const a = 1;\n')).toBe('const a = 1;\n');
    expect(extractKernel('export function countSubtree() {\n  return 1;\n')).toContain('return 1;');
  });
});
