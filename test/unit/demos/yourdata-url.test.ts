// The "your own data" settings in the URL: read by the kit's value rule, each change said in a message.
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../../src/demos/yourdata/url-state';
import { t } from '../../../src/i18n';

const strings = Object.fromEntries((['demo.urlOutOfRange', 'demo.urlOffStep', 'demo.urlInvalid'] as const).map((k) => [k, t('en', k)]));

describe('readSettings', () => {
  it('reads valid settings silently', () => {
    expect(readSettings('?yourdata.model=enet&yourdata.rho=0.3&yourdata.std=0', strings)).toMatchObject({
      model: 'enet',
      rho: 0.3,
      standardize: false,
      message: '',
    });
  });

  it('clamps ρ = 7 to 0.95 and says so', () => {
    const s = readSettings('?yourdata.model=enet&yourdata.rho=7', strings);
    expect(s.rho).toBe(0.95);
    expect(s.message).toBe('The link’s yourdata.rho=7 is a number outside the range, so the nearest end, 0.95, is used.');
  });

  it('moves ρ between steps to the nearest step and says so', () => {
    const s = readSettings('?yourdata.rho=0.33', strings);
    expect(s.rho).toBe(0.35);
    expect(s.message).toContain('nearest step, 0.35');
  });

  it('falls back to the Lasso for an unknown model, naming it as the control shows it', () => {
    const s = readSettings('?yourdata.model=xyz', strings, (p) => (p.name === 'model' ? `label of ${p.used}` : p.used));
    expect(s.model).toBe('lasso');
    expect(s.message).toBe('The link’s yourdata.model=xyz cannot be read as a number or a choice, so the default, label of lasso, is used.');
  });
});
