// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHistory } from '../../src/state/history';
import { sweepLabel } from '../../src/state/interchange/label';
import type { SavedSweep } from '../../src/state/interchange/sweep';
import { overlayColor } from '../../src/ui/theme';
import { ExportPanel } from '../../src/ui/ExportPanel';
import { HistoryPanel } from '../../src/ui/HistoryPanel';
import { resultSet, savedSweep, testEnvironment } from '../support/testData';

afterEach(cleanup);

/** A sweep of board `n` that peaked at 5.84x on 8 workers. */
function sweep(id: string, n: number): SavedSweep {
  return savedSweep(id, {
    n,
    points: [
      { workers: 1, ms: 800, minMs: 800, maxMs: 800, speedup: 1 },
      { workers: 8, ms: 137, minMs: 130, maxMs: 140, speedup: 5.84 },
    ],
  });
}

describe('HistoryPanel', () => {
  it('explains itself when empty', () => {
    render(<HistoryPanel history={createHistory(undefined)} />);
    const panel = screen.getByRole('region', { name: 'History' });
    expect(panel.textContent).toContain('Each finished sweep is saved here (in this browser only).');
    expect(within(panel).queryByRole('list')).toBeNull();
  });

  it('lists sweeps newest first, overlays and deletes them by accessible names', () => {
    const history = createHistory(undefined);
    history.save(sweep('a', 14));
    history.save(sweep('b', 15));
    render(<HistoryPanel history={history} />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('N=15'),
      expect.stringContaining('N=14'),
    ]);
    expect(items[0].textContent).toContain('peak 5.84× on 8 workers');

    const toggle = screen.getByRole('checkbox', { name: `Overlay on chart: ${sweepLabel(sweep('a', 14))}` });
    fireEvent.click(toggle);
    expect(history.store.getState().overlayIds).toEqual(['a']);
    expect((items[1].querySelector('.history-swatch') as HTMLElement).style.background).toBe(hexToRgb(overlayColor(0)));

    fireEvent.click(screen.getByRole('button', { name: `Delete sweep ${sweepLabel(sweep('b', 15))}` }));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Delete sweep N=14/ }));
  });

  it('asks before deleting everything', () => {
    const history = createHistory(undefined);
    history.save(sweep('a', 14));
    render(<HistoryPanel history={history} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(history.store.getState().sweeps).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete 1 sweep' }));
    expect(history.store.getState().sweeps).toHaveLength(0);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'History' }));
  });

  it('follows changes made elsewhere', () => {
    const history = createHistory(undefined);
    render(<HistoryPanel history={history} />);
    act(() => history.save(sweep('a', 14)));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });
});

function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

const environment = testEnvironment;

describe('ExportPanel', () => {
  it('disables the file exports until there are results, but not Copy link', () => {
    render(<ExportPanel results={null} environment={environment} query="" />);
    for (const name of ['Export CSV', 'Export JSON', 'Chart PNGs']) {
      const button = screen.getByRole('button', { name });
      expect(button).toHaveProperty('disabled', true);
      expect(button.getAttribute('title')).toMatch(/run or sweep first/);
    }
    expect(screen.getByRole('button', { name: 'Copy link' })).toHaveProperty('disabled', false);
  });

  it('announces a copied link, or shows it to copy by hand', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ExportPanel results={null} environment={environment} query="" />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(writeText).toHaveBeenCalledWith(location.href);
    const live = document.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('Link copied');

    writeText.mockRejectedValueOnce(new Error('denied'));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(within(live as HTMLElement).getByRole('textbox')).toHaveProperty('value', location.href);
  });

  it('reports charts that are not on the page yet', async () => {
    const results = resultSet([], { n: 8, split: 2, taskCount: 1 });
    render(<ExportPanel results={results} environment={environment} query="" />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Chart PNGs' })));
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe('No chart is on the page yet');
  });
});
