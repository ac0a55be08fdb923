import { useState } from 'react';
import type { EnvironmentInfo } from '../state/environment';
import { newSweepId, sweepFromResults } from '../state/interchange/build';
import { resultsToCsv } from '../state/interchange/csv';
import { resultsToJson } from '../state/interchange/file';
import { sharedResultFragment } from '../state/interchange/link';
import type { ResultSet } from '../state/results';
import { copyLink, downloadChartPng, downloadText } from './exporting';
import { plural } from './format';
import { QrCode } from './QrCode';
import './history.css';

interface ExportPanelProps {
  results: ResultSet | null;
  environment: EnvironmentInfo;
  query: string;
}

type Status =
  { text: string; failed?: boolean } | { manualUrl: string } | { sharedUrl: string; copied: boolean } | null;

const NO_RESULTS = 'Nothing to export yet: run or sweep first';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function ExportPanel({ results, environment, query }: ExportPanelProps) {
  const [status, setStatus] = useState<Status>(null);
  const [drawing, setDrawing] = useState(false);

  function exportText(extension: 'csv' | 'json') {
    if (!results) return;
    const filename = `parallel-queens-N${results.n}.${extension}`;
    if (extension === 'csv') downloadText(filename, 'text/csv', resultsToCsv(results));
    else downloadText(filename, 'application/json', resultsToJson(results, environment, query));
    setStatus({ text: `Saved ${filename}` });
  }

  async function exportCharts() {
    if (!results) return;
    const charts = Array.from(document.querySelectorAll('[data-chart]'));
    if (charts.length === 0) {
      setStatus({ text: 'No chart is on the page yet' });
      return;
    }
    setDrawing(true);
    try {
      for (const chart of charts) {
        // The attribute names the file: keep it to characters every file system accepts.
        const name = (chart.getAttribute('data-chart') ?? 'chart').replace(/[^\w-]+/g, '-');
        await downloadChartPng(chart, `parallel-queens-N${results.n}-${name}.png`);
      }
      setStatus({ text: `Saved ${plural(charts.length, 'chart')} as PNG` });
    } catch (error) {
      setStatus({ text: `Chart export failed: ${errorText(error)}`, failed: true });
    } finally {
      setDrawing(false);
    }
  }

  async function shareLink() {
    const url = location.href;
    setStatus((await copyLink(url)) === 'copied' ? { text: 'Link copied' } : { manualUrl: url });
  }

  /** The finished sweep as a link another device opens as an overlay (state/interchange/link.ts). */
  async function shareResult() {
    const now = new Date();
    const sweep = results && sweepFromResults(results, environment, now, newSweepId(now));
    if (!sweep) return;
    const url = `${location.origin}${location.pathname}${location.search}${await sharedResultFragment(sweep)}`;
    setStatus({ sharedUrl: url, copied: (await copyLink(url)) === 'copied' });
  }

  const disabledTitle = results ? undefined : NO_RESULTS;
  return (
    <section className="panel export" aria-label="Export">
      <h2>Export</h2>
      <div className="export-buttons">
        <button type="button" disabled={!results} title={disabledTitle} onClick={() => exportText('csv')}>
          Export CSV
        </button>
        <button type="button" disabled={!results} title={disabledTitle} onClick={() => exportText('json')}>
          Export JSON
        </button>
        <button type="button" disabled={!results || drawing} title={disabledTitle} onClick={exportCharts}>
          {drawing ? 'Drawing…' : 'Chart PNGs'}
        </button>
        <button type="button" onClick={shareLink}>
          Copy link
        </button>
        <button type="button" disabled={!results} title={disabledTitle} onClick={() => void shareResult()}>
          Share result
        </button>
      </div>
      {!results && <p className="export-note">{NO_RESULTS}. Copy link shares the current settings.</p>}
      <div className="export-status" aria-live="polite">
        {status && 'text' in status && <p className={status.failed ? 'export-error' : undefined}>{status.text}</p>}
        {status && 'sharedUrl' in status && (
          <>
            <label className="export-manual">
              {status.copied ? 'Result link copied; it is also here:' : 'Copy this result link by hand:'}
              <input readOnly value={status.sharedUrl} onFocus={(event) => event.currentTarget.select()} />
            </label>
            {/* A phone's result to the speaker's screen: scanned, no typing, no network. */}
            <QrCode className="export-qr" text={status.sharedUrl} label="QR code of the result link" />
          </>
        )}
        {status && 'manualUrl' in status && (
          <label className="export-manual">
            The clipboard is not available here; copy this link by hand:
            <input readOnly value={status.manualUrl} onFocus={(event) => event.currentTarget.select()} />
          </label>
        )}
      </div>
    </section>
  );
}
