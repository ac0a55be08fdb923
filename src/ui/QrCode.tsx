import { useMemo } from 'react';
import { encode } from 'uqr';

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

/** What a QR code holds at most at error correction M (version 40, bytes). */
const encodable = (text: string) => {
  try {
    return encode(text, { ecc: 'M', border: 2 });
  } catch {
    return null;
  }
};

/**
 * `text` as a QR code, drawn here (uqr), nothing fetched; black on white in either theme, as scanners
 * need. Text past a QR code's capacity (about 2,300 bytes) gets a line saying so instead.
 */
export function QrCode({ text, label, className }: { text: string; label: string; className: string }) {
  const qr = useMemo(() => encodable(text), [text]);
  if (!qr)
    return <p className="export-note">Too long for a QR code ({text.length} characters): copy the link instead.</p>;
  return (
    <svg
      className={className}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={modulesPath(qr.data)} fill="#000" />
    </svg>
  );
}
