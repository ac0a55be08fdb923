import { useState, type DragEvent } from 'react';
import type { SweepHistory } from '../state/history';
import { keepArrived, sweepFromLink, type ImportReport } from '../state/importResults';
import { IMPORT_MAX_BYTES, sweepFromFile, TOO_LARGE } from '../state/interchange/file';
import { keyshortcuts } from './shortcuts';
import { toggleView } from './views';

/**
 * Results from other devices, as the files their Export JSON saved (chosen or dropped, one or many) or
 * as result links pasted one per line: each becomes a History entry overlaid on the speedup chart, or a
 * line that says why it was not. Everything arriving here is untrusted (state/interchange/).
 */
export function ImportResults({ history }: { history: SweepHistory }) {
  const [reports, setReports] = useState<ImportReport[]>([]);
  const [links, setLinks] = useState('');

  async function importFiles(files: FileList | null) {
    const read = await Promise.all(
      Array.from(files ?? []).map(async (file) =>
        keepArrived(history, file.name, file.size > IMPORT_MAX_BYTES ? TOO_LARGE : sweepFromFile(await file.text())),
      ),
    );
    setReports(read);
  }

  async function importLinks() {
    const lines = links
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    setLinks('');
    const read = await Promise.all(lines.map((line) => sweepFromLink(line)));
    setReports(read.map((result, index) => keepArrived(history, `link ${index + 1}`, result)));
  }

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    void importFiles(event.dataTransfer.files);
  };

  return (
    <section
      className="panel import"
      aria-label="Import from other devices"
      onDragOver={(event) => event.preventDefault()}
      onDrop={onDrop}
    >
      <h2>Import from other devices</h2>
      <label className="import-files">
        Exported JSON files (or drop them here)
        <input
          type="file"
          accept=".json,application/json"
          multiple
          onChange={(event) => void importFiles(event.target.files)}
        />
      </label>
      <label className="import-links">
        Result links, one per line
        <textarea rows={2} value={links} onChange={(event) => setLinks(event.target.value)} />
      </label>
      <div className="import-buttons">
        <button type="button" disabled={links.trim() === ''} onClick={() => void importLinks()}>
          Open links
        </button>
        <button type="button" onClick={() => toggleView('board')} aria-keyshortcuts={keyshortcuts('board')}>
          Board of every device
        </button>
      </div>
      {reports.length > 0 && (
        <ul className="import-reports" aria-live="polite">
          {reports.map((report) => (
            <li key={report.source} className={report.kept ? undefined : 'export-error'}>
              {report.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
