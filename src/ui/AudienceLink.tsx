import { useState } from 'react';
import { settingsQuery } from '../state/settings';
import { useAppState } from './appContext';
import './audience.css';
import { useModal } from './useModal';
import { QrCode } from './QrCode';

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
  return (
    <dialog ref={ref} className="modal audience-link" aria-labelledby="audience-title" onClose={onClose}>
      <h2 id="audience-title">Open this demo on your device</h2>
      <div className="audience-body">
        <QrCode className="audience-qr" text={address} label={`QR code of ${address}`} />
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
