import { useMemo, useState } from 'react';
import { encode } from 'uqr';
import { settingsQuery } from '../state/settings';
import { useAppState } from './appContext';
import './audience.css';
import { useModal } from './useModal';

/** One SVG path of every dark module: a few kB for a long address, drawn crisp at any size. */
function modulesPath(modules: boolean[][]): string {
  const parts: string[] = [];
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
    }),
  );
  return parts.join('');
}

/**
 * The page's address as a large QR code, with the address beside it in text, for a room to open the
 * same demo on their own devices: the current settings, and `autorun=sweep` only when the speaker
 * chooses it. Drawn here from the address (uqr), nothing fetched.
 */
export default function AudienceLink({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useModal(open);
  const settings = useAppState((state) => state.settings);
  const [sweepOnOpen, setSweepOnOpen] = useState(false);
  const address = `${location.origin}${location.pathname}${settingsQuery({ ...settings, present: false })}${
    sweepOnOpen ? '&autorun=sweep' : ''
  }`;
  const qr = useMemo(() => encode(address, { ecc: 'M', border: 2 }), [address]);
  return (
    <dialog ref={ref} className="modal audience-link" aria-labelledby="audience-title" onClose={onClose}>
      <h2 id="audience-title">Open this demo on your device</h2>
      <div className="audience-body">
        <svg
          className="audience-qr"
          viewBox={`0 0 ${qr.size} ${qr.size}`}
          role="img"
          aria-label={`QR code of ${address}`}
          shapeRendering="crispEdges"
        >
          <rect width={qr.size} height={qr.size} fill="#fff" />
          <path d={modulesPath(qr.data)} fill="#000" />
        </svg>
        <div className="audience-text">
          <p className="audience-address">{address}</p>
          <label className="checkbox">
            <input type="checkbox" checked={sweepOnOpen} onChange={(event) => setSweepOnOpen(event.target.checked)} />
            Start a sweep when opened
          </label>
          <button type="button" onClick={onClose} autoFocus>
            Close
          </button>
        </div>
      </div>
    </dialog>
  );
}
