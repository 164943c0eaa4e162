import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../shared/text/decodeText';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** UTF-16 code units as bytes, little- or big-endian, after a BOM. */
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = [endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]];
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    const [high, low] = [unit >> 8, unit & 0xff];
    bytes.push(endian === 'le' ? [low, high] : [high, low]);
  }
  return new Uint8Array(bytes.flat());
}

describe('decoding a file’s bytes', () => {
  it('reads UTF-8 with and without a BOM, leaving the BOM out of the text', () => {
    expect(decodeText(utf8('type,title_zh\r\n会议'))).toEqual({
      ok: true,
      text: 'type,title_zh\r\n会议',
      encoding: 'utf-8',
      bom: false,
    });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('会议')]))).toEqual({
      ok: true,
      text: '会议',
      encoding: 'utf-8',
      bom: true,
    });
    expect(decodeText(new Uint8Array())).toMatchObject({ ok: true, text: '' });
  });

  it('reads UTF-16 little- and big-endian after their BOM (Excel’s “Unicode text”)', () => {
    const tsv = 'type\ttitle_zh\r\nsession\t开幕式 𠮷';
    expect(decodeText(utf16(tsv, 'le'))).toEqual({
      ok: true,
      text: tsv,
      encoding: 'utf-16le',
      bom: true,
    });
    expect(decodeText(utf16(tsv, 'be'))).toMatchObject({
      ok: true,
      text: tsv,
      encoding: 'utf-16be',
    });
  });

  it('reads GBK (GB18030) when the bytes are not UTF-8: Excel’s CSV on Chinese Windows', () => {
    // 会议 is BB E1 D2 E9 in GBK; “title,会议” with an ASCII part as well.
    const bytes = new Uint8Array([0x74, 0x2c, 0xbb, 0xe1, 0xd2, 0xe9, 0x0d, 0x0a]);
    expect(decodeText(bytes)).toEqual({
      ok: true,
      text: 't,会议\r\n',
      encoding: 'gb18030',
      bom: false,
    });
  });

  it('refuses binary: NUL bytes, control characters, UTF-16 without a BOM', () => {
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toMatchObject({
      ok: false,
      reason: 'binary',
    });
    expect(decodeText(utf8('a\u0001b'))).toMatchObject({ ok: false, reason: 'binary' });
    expect(decodeText(utf16('type', 'le').subarray(2))).toMatchObject({
      ok: false,
      reason: 'binary',
    });
  });

  it('refuses what is no known encoding, and a BOM the bytes after it do not match', () => {
    // 0xFF is never valid in UTF-8 or GB18030.
    expect(decodeText(new Uint8Array([0x61, 0xff, 0x62]))).toMatchObject({
      ok: false,
      reason: 'unknownEncoding',
    });
    // A lone high surrogate after a UTF-16LE BOM, and an odd number of bytes.
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x3d, 0xd8]))).toMatchObject({
      ok: false,
      reason: 'unknownEncoding',
    });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41]))).toMatchObject({ ok: false });
    // A Western Excel CSV (Windows-1252 "Zürich"): GB18030 would read it as Z黵ich.
    expect(decodeText(new Uint8Array([0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68]))).toMatchObject({
      ok: false,
      reason: 'unknownEncoding',
    });
    // Random bytes that GB18030 would "decode" into the Private Use Area.
    expect(decodeText(new Uint8Array([0xaa, 0xa1, 0xfe, 0xfe]))).toMatchObject({ ok: false });
  });
});
