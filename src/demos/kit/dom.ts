/** Small DOM helpers that demo views share. */
import type { DemoContext, Specs } from './context';
import type { ParamSpec } from './params';
import { fromSlider, sliderAttributes, toSlider } from './params';

/** Replaces a table body's rows; the first cell of each row is its header. */
export function fillRows(body: Element, rows: readonly (readonly string[])[]): void {
  body.replaceChildren(
    ...rows.map((r) => {
      const tr = document.createElement('tr');
      const th = Object.assign(document.createElement('th'), { scope: 'row', textContent: r[0] ?? '' });
      tr.append(th, ...r.slice(1).map((c) => Object.assign(document.createElement('td'), { textContent: c })));
      return tr;
    }),
  );
}

type Value = number | string | boolean;

/**
 * Binds every `[data-param]` control inside the demo to its state: range inputs through the
 * spec's scale and grid, radios and selects to enum values, checkboxes to booleans. Each change
 * updates the state, the slider's shown value and `aria-valuetext` (both from `format`, which the
 * URL message uses too) and calls `onChange(param)`. `sync()` puts the state back into the
 * controls, on the spec's live range.
 */
export function bindControls<S extends Specs>(
  ctx: DemoContext<S>,
  format: (param: string, value: number) => string,
  onChange: (param: string) => void,
): { sync(): void } {
  const state = ctx.state as Record<string, Value>;
  ctx.useFormat(format);
  /** A slider's position, shown value and `aria-valuetext` from the state. */
  const show = (control: HTMLInputElement | HTMLSelectElement, param: string, value: number) => {
    const spec = ctx.specs[param] as ParamSpec & { kind: 'number' };
    const { min, max } = sliderAttributes(spec);
    control.setAttribute('min', String(min));
    control.setAttribute('max', String(max));
    control.value = String(toSlider(spec, value));
    const text = format(param, value);
    control.setAttribute('aria-valuetext', text);
    const out = ctx.root.querySelector(`[data-value="${param}"]`);
    if (out) out.textContent = text;
  };
  const controls = [...ctx.root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-param]')];
  for (const control of controls) {
    const param = control.dataset.param!;
    const spec = ctx.specs[param];
    if (!spec) continue;
    const event = control instanceof HTMLInputElement && control.type === 'range' ? 'input' : 'change';
    control.addEventListener(event, () => {
      if (spec.kind === 'number') {
        state[param] = fromSlider(ctx.specs[param] as typeof spec, Number(control.value));
        show(control, param, state[param] as number);
      } else if (spec.kind === 'boolean') state[param] = (control as HTMLInputElement).checked;
      else if (control instanceof HTMLInputElement && control.type === 'radio' && !control.checked) return;
      else if (spec.values.includes(control.value)) state[param] = control.value;
      onChange(param);
    });
  }
  return {
    sync() {
      for (const control of controls) {
        const param = control.dataset.param!;
        const spec = ctx.specs[param];
        if (!spec) continue;
        const value = state[param]!;
        if (spec.kind === 'number') show(control, param, value as number);
        else if (spec.kind === 'boolean') (control as HTMLInputElement).checked = value as boolean;
        else if (control instanceof HTMLInputElement && control.type === 'radio') control.checked = control.value === value;
        else control.value = value as string;
      }
    },
  };
}
