// Bytes of a reader's file → text. UTF-8 first (a BOM is dropped), then Shift_JIS, which
// Japanese Excel writes; both decoders are strict, so a byte sequence invalid in one is tried
// in the other, and one invalid in both is refused rather than shown as mojibake.
import { LIMITS, type Limits } from './limits';
import { type Outcome, refuse } from './problems';

export type TextEncodingName = 'utf-8' | 'shift_jis';

export type Decoded = Outcome<{ text: string; encoding: TextEncodingName }>;

function tryDecode(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null; // TypeError: the data are not valid in this encoding
  }
}

export function decodeTable(bytes: Uint8Array, limits: Partial<Limits> = {}): Decoded {
  const limit = limits.bytes ?? LIMITS.bytes;
  if (bytes.length > limit) return refuse({ code: 'too-many-bytes', limit, found: bytes.length });
  for (const encoding of ['utf-8', 'shift_jis'] as const) {
    const text = tryDecode(bytes, encoding);
    if (text === null) continue;
    // Text files hold no NUL; UTF-16 without a BOM and binary files often pass as ASCII.
    if (text.includes('\0')) return refuse({ code: 'unknown-encoding' });
    if (text.trim() === '') return refuse({ code: 'empty-file' });
    return { ok: true, text, encoding };
  }
  return refuse({ code: 'unknown-encoding' });
}
