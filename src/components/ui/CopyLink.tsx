/** Copies the page's URL (every view state lives in it) so it can be pasted into a chat. */
import { useState } from 'react';
import { Button } from './Button';

export function CopyLink({ href, label = 'Copy link' }: { href?: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    const url = new URL(href ?? window.location.href, window.location.href).toString();
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      // Clipboard access needs a secure context and permission; say so rather than fail silently.
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2000);
  };
  return (
    <Button onClick={copy} aria-live="polite">
      {/* An SVG, not a symbol character: system fonts such as DejaVu lack most symbol glyphs. */}
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        className="h-4 w-4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      >
        <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
        <path d="M10.5 3.5v-.5a1.5 1.5 0 0 0-1.5-1.5H3A1.5 1.5 0 0 0 1.5 3v6A1.5 1.5 0 0 0 3 10.5h.5" />
      </svg>
      {state === 'copied'
        ? 'Copied'
        : state === 'failed'
          ? 'Copy failed: select the address bar'
          : label}
    </Button>
  );
}
