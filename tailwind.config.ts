/**
 * Theme for routedeck, loaded by Tailwind 4 through `@config` in src/index.css. Semantic colours
 * point at CSS variables (defined for light and dark in index.css) so one class such as
 * `text-rel-provider` reads well in both themes. Colour is never the only signal: Badge pairs every
 * colour with an icon shape and text.
 */
import type { Config } from 'tailwindcss';

const v = (name: string) => `var(--rd-${name})`;

export default {
  darkMode: 'class',
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        surface: {
          DEFAULT: v('surface'),
          raised: v('surface-raised'),
          sunken: v('surface-sunken'),
        },
        ink: { DEFAULT: v('ink'), muted: v('ink-muted') },
        line: v('line'),
        accent: { DEFAULT: v('accent'), ink: v('accent-ink') },
        rel: { provider: v('rel-provider'), peer: v('rel-peer'), customer: v('rel-customer') },
        rpki: { valid: v('rpki-valid'), invalid: v('rpki-invalid'), unknown: v('rpki-unknown') },
        status: {
          ok: v('status-ok'),
          warn: v('status-warn'),
          bad: v('status-bad'),
          pending: v('status-pending'),
        },
      },
      fontFamily: {
        mono: [
          'ui-monospace',
          'SFMono-Regular',
          'Menlo',
          'Consolas',
          'DejaVu Sans Mono',
          'monospace',
        ],
      },
    },
  },
} satisfies Config;
