/**
 * Where to put the names of lines beside their ends: each label as near its line's end as it can
 * be, never overlapping another, inside the plot, in the lines' own top-to-bottom order. Pure.
 */
export interface LabelSpot {
  /** Position wanted (px, downwards), usually the line's end. */
  want: number;
}

/**
 * Positions (label centres) for labels of height `size` wanted at `want`, inside [min, max].
 * Overlapping labels are pushed apart as a block centred on their wishes (least squares); when
 * all of them cannot fit, the ones beyond `floor((max − min) / size)` are left out (`null`),
 * the labels nearest the plot's middle first.
 */
export function placeLabels(wants: readonly number[], size: number, min: number, max: number): (number | null)[] {
  const fit = Math.max(0, Math.floor((max - min) / size + 1e-9));
  const order = wants.map((_, i) => i).filter((i) => Number.isFinite(wants[i]!));
  order.sort((a, b) => wants[a]! - wants[b]! || a - b);
  // Too many: keep the ones furthest apart by dropping from the middle of the crowd.
  while (order.length > fit) order.splice(Math.floor(order.length / 2), 1);
  const lo = min + size / 2;
  const hi = max - size / 2;
  /** Blocks of touching labels: first label index in `order`, count, and top centre. */
  const blocks: { first: number; count: number; top: number }[] = [];
  const clampTop = (top: number, count: number) => Math.min(Math.max(top, lo), hi - (count - 1) * size);
  order.forEach((i, k) => {
    let block = { first: k, count: 1, top: clampTop(wants[i]!, 1) };
    for (;;) {
      const prev = blocks.at(-1);
      if (!prev || prev.top + prev.count * size <= block.top + 1e-9) break;
      blocks.pop();
      const count = prev.count + block.count;
      // The mean of the wishes, each less its offset inside the merged block.
      let sum = 0;
      for (let j = 0; j < count; j++) sum += wants[order[prev.first + j]!]! - j * size;
      block = { first: prev.first, count, top: clampTop(sum / count, count) };
    }
    blocks.push(block);
  });
  const placed: (number | null)[] = wants.map(() => null);
  for (const b of blocks) for (let j = 0; j < b.count; j++) placed[order[b.first + j]!] = b.top + j * size;
  return placed;
}
