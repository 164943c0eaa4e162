/**
 * Bytes from a file the user picked, as text. What offices actually send: UTF-8 (with or
 * without the BOM Excel writes), UTF-16 with a BOM (Excel's "Unicode text" is UTF-16LE
 * tab-separated) and, with no BOM and no valid UTF-8, GB18030 (a superset of GBK, what Excel
 * writes CSV in on Chinese Windows). Anything else, or anything with control characters such as
 * NUL, is refused rather than guessed at.
 */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

export type DecodeTextOutcome =
  | { ok: true; text: string; encoding: TextEncodingName; bom: boolean }
  | { ok: false; reason: 'binary' | 'unknownEncoding'; detail: string };

// TextDecoder is in every browser and in Node, but in neither ECMAScript's nor shared/'s
// type libraries (shared/ sees no DOM and no Node): its little part used here is typed here.
type Decoder = new (
  label: string,
  options: { fatal: boolean; ignoreBOM: boolean },
) => { decode(input: Uint8Array): string };
const TextDecoderClass = (globalThis as unknown as { TextDecoder: Decoder }).TextDecoder;

const BOMS: ReadonlyArray<{ bytes: readonly number[]; encoding: TextEncodingName }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** C0 controls other than tab, line feed, form feed and carriage return, and DEL: not text. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;
/**
 * GB18030 maps nearly every byte sequence to something, so random bytes "decode". Real GBK text
 * hardly ever reaches the user-defined areas that land in the Private Use Area; binary does.
 */
const PRIVATE_USE = /[\uE000-\uF8FF]/;

/**
 * Whether bytes that are not UTF-8 look like Chinese GBK rather than a Western code page: real
 * Chinese text is mostly GB2312 characters (both bytes 0xA1–0xFE). A cp1252 "Zürich" is one
 * high byte beside an ASCII letter, which GB18030 would happily read as 黵.
 */
function looksLikeGbk(bytes: Uint8Array): boolean {
  let gb2312 = 0;
  let other = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) continue;
    const trail = bytes[i + 1] ?? 0;
    if (lead >= 0xa1 && lead <= 0xfe && trail >= 0xa1 && trail <= 0xfe) gb2312 += 1;
    else other += 1;
    i += 1;
  }
  return gb2312 > 0 && gb2312 >= other;
}

function decodeAs(encoding: TextEncodingName, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: the BOM was looked at (and skipped) by the caller.
    return new TextDecoderClass(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeText(bytes: Uint8Array): DecodeTextOutcome {
  const marked = BOMS.find(({ bytes: bom }) => bom.every((byte, i) => bytes[i] === byte));
  const body = marked ? bytes.subarray(marked.bytes.length) : bytes;
  const candidates: readonly TextEncodingName[] = marked ? [marked.encoding] : ['utf-8', 'gb18030'];
  for (const encoding of candidates) {
    const text = decodeAs(encoding, body);
    if (text === null) continue;
    const control = CONTROL.exec(text);
    if (control) {
      const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      return {
        ok: false,
        reason: 'binary',
        detail: `control character U+${code} at character ${control.index} (read as ${encoding})`,
      };
    }
    if (encoding === 'gb18030' && (PRIVATE_USE.test(text) || !looksLikeGbk(body))) continue;
    return { ok: true, text, encoding, bom: marked !== undefined };
  }
  return {
    ok: false,
    reason: 'unknownEncoding',
    detail: marked
      ? `the file starts with a ${marked.encoding} byte order mark but is not valid ${marked.encoding}`
      : 'not valid UTF-8 or GB18030',
  };
}
