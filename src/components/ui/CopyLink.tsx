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
      <span aria-hidden="true">⧉</span>
      {state === 'copied'
        ? 'Copied'
        : state === 'failed'
          ? 'Copy failed: select the address bar'
          : label}
    </Button>
  );
}
