/** Three-way radio group: a choice that is visible at a glance and needs no menu. */
import { useTheme, type ThemeChoice } from './theme';

const options: { value: ThemeChoice; label: string; icon: string }[] = [
  { value: 'light', label: 'Light', icon: '☀' },
  { value: 'dark', label: 'Dark', icon: '☾' },
  { value: 'system', label: 'System', icon: '◐' },
];

export function ThemeSwitcher() {
  const [choice, setChoice] = useTheme();
  return (
    <fieldset className="flex rounded-md border border-line p-0.5">
      <legend className="sr-only">Colour theme</legend>
      {options.map((o) => (
        <label
          key={o.value}
          title={`${o.label} theme`}
          className="flex cursor-pointer items-center gap-1 rounded px-2 py-1 text-xs has-checked:bg-accent has-checked:text-accent-ink has-focus-visible:outline-2 has-focus-visible:outline-accent"
        >
          <input
            type="radio"
            name="theme"
            value={o.value}
            checked={choice === o.value}
            onChange={() => setChoice(o.value)}
            className="sr-only"
          />
          <span aria-hidden="true">{o.icon}</span>
          <span className="max-sm:sr-only">{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
