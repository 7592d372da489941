/**
 * The demo's "Look" panel: language, appearance, density, a preset theme,
 * and the design tokens themselves, changed live on the provider. Whatever
 * it sets is what a host would set in its own stylesheet or markup.
 */
import type { WorkosProvider } from '../src/workos-provider/workos-provider.js';
import { translatePage } from './text.js';

/** Three themes that show the range: a brand, a dark product, an editorial page. */
const PRESETS: Record<string, Record<string, string>> = {
  default: {},
  forest: {
    '--workos-color-accent': '#1f7a4d',
    '--workos-radius': '14px',
    '--workos-font-family': "Georgia, 'Times New Roman', serif",
    '--workos-spacing': '9px',
  },
  midnight: {
    '--workos-color-background': '#0d1021',
    '--workos-color-surface': '#161a33',
    '--workos-color-foreground': '#e6e8ff',
    '--workos-color-muted': '#a3a9d6',
    '--workos-color-border': '#2c3263',
    '--workos-color-accent': '#b69cff',
    '--workos-color-accent-foreground': '#0d1021',
    '--workos-radius': '10px',
  },
  paper: {
    '--workos-color-accent': '#111111',
    '--workos-color-border': '#111111',
    '--workos-radius': '0px',
    '--workos-font-family': 'ui-monospace, Menlo, monospace',
    '--workos-font-size': '13px',
  },
};

/** The tokens the panel edits, with the input each gets. */
const EDITABLE = [
  { name: '--workos-color-accent', type: 'color', value: '#3e63dd' },
  { name: '--workos-radius', type: 'range', value: '6', min: 0, max: 20, unit: 'px' },
  { name: '--workos-spacing', type: 'range', value: '8', min: 4, max: 14, unit: 'px' },
  { name: '--workos-font-size', type: 'range', value: '14', min: 12, max: 18, unit: 'px' },
] as const;

export function setUpLookPanel(provider: WorkosProvider, panel: HTMLElement) {
  const field = <T extends HTMLElement>(name: string) => panel.querySelector<T>(`[name=${name}]`)!;

  field<HTMLSelectElement>('locale').addEventListener('change', (event) => {
    const locale = (event.target as HTMLSelectElement).value;
    provider.locale = locale;
    // The demo's own page turns around with the elements.
    document.documentElement.lang = locale;
    document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
    translatePage(locale);
  });
  field<HTMLSelectElement>('appearance').addEventListener('change', (event) => {
    const appearance = (event.target as HTMLSelectElement).value as 'auto' | 'light' | 'dark';
    provider.appearance = appearance;
    document.documentElement.style.colorScheme = appearance === 'auto' ? '' : appearance;
  });
  field<HTMLSelectElement>('density').addEventListener('change', (event) => {
    provider.density = (event.target as HTMLSelectElement).value as 'comfortable' | 'compact';
  });
  field<HTMLSelectElement>('preset').addEventListener('change', (event) => {
    applyPreset(provider, PRESETS[(event.target as HTMLSelectElement).value] ?? {});
  });

  const tokens = panel.querySelector('#tokens')!;
  for (const token of EDITABLE) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = token.type;
    input.value = token.value;
    if (token.type === 'range') Object.assign(input, { min: token.min, max: token.max });
    input.addEventListener('input', () => {
      const unit = 'unit' in token ? token.unit : '';
      provider.style.setProperty(token.name, `${input.value}${unit}`);
    });
    // A token's name reads left to right on a right-to-left page too.
    const name = document.createElement('code');
    name.dir = 'ltr';
    name.textContent = token.name;
    label.append(name, input);
    tokens.append(label);
  }
}

function applyPreset(provider: WorkosProvider, tokens: Record<string, string>) {
  for (const name of Object.values(PRESETS).flatMap(Object.keys)) {
    provider.style.removeProperty(name);
  }
  for (const [name, value] of Object.entries(tokens)) provider.style.setProperty(name, value);
}
