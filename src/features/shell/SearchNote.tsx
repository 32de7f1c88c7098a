/** Tells the user why search brought them here (e.g. the address they typed lies in this prefix). */
import { useLocation } from '@tanstack/react-router';

export function SearchNote() {
  const note = useLocation({ select: (l) => l.state.searchNote });
  if (!note) return null;
  return (
    <p
      role="status"
      className="mb-4 rounded-md border border-line bg-surface-sunken px-3 py-2 text-sm"
    >
      <span aria-hidden="true">→ </span>
      {note}
    </p>
  );
}
