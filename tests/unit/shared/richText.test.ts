import { describe, expect, it } from 'vitest';
import {
  normalizeMarks,
  normalizeRichText,
  plainText,
  richTextEquals,
  richTextSchema,
  type RichText,
} from '../../../shared/model/richText';
import { withPlainText } from '../../../shared/model/richTextOps';
import { parseInlineMarkup } from '../../../shared/samples/inlineMarkup';

describe('rich text', () => {
  it('normalises: drops empty runs, sorts marks, merges neighbours with the same marks', () => {
    expect(
      normalizeRichText([
        { text: '' },
        { text: 'The 21', marks: [] },
        { text: 'st', marks: ['superscript', 'superscript'] },
        { text: ' Annual', marks: ['italic', 'bold'] },
        { text: ' Meeting', marks: ['bold', 'italic'] },
      ]),
    ).toEqual([
      { text: 'The 21' },
      { text: 'st', marks: ['superscript'] },
      { text: ' Annual Meeting', marks: ['bold', 'italic'] },
    ]);
  });

  it('keeps superscript over subscript, as both cannot apply', () => {
    expect(normalizeMarks(['subscript', 'superscript', 'bold'])).toEqual(['bold', 'superscript']);
  });

  it('compares by meaning, not by how the runs are cut', () => {
    expect(richTextEquals([{ text: 'ab' }], [{ text: 'a' }, { text: 'b', marks: [] }])).toBe(true);
    expect(richTextEquals([{ text: 'ab' }], [{ text: 'a' }, { text: 'b', marks: ['bold'] }])).toBe(
      false,
    );
  });

  it('rejects empty runs and unknown marks at the boundary', () => {
    expect(richTextSchema.safeParse([{ text: '' }]).success).toBe(false);
    expect(richTextSchema.safeParse([{ text: 'x', marks: ['underline'] }]).success).toBe(false);
    expect(richTextSchema.safeParse([{ text: 'x', extra: 1 }]).success).toBe(false);
    expect(richTextSchema.safeParse([{ text: '中文', marks: ['bold'] }]).success).toBe(true);
  });

  it('reads the sources’ inline markup: <sup>, **bold**, nested marks', () => {
    expect(parseInlineMarkup('The 21<sup>st</sup> Annual')).toEqual([
      { text: 'The 21' },
      { text: 'st', marks: ['superscript'] },
      { text: ' Annual' },
    ]);
    expect(parseInlineMarkup('**Think tanks:** Science')).toEqual([
      { text: 'Think tanks:', marks: ['bold'] },
      { text: ' Science' },
    ]);
    expect(parseInlineMarkup('H<sub>2</sub>O <i>and <b>both</b></i> <x>')).toEqual([
      { text: 'H' },
      { text: '2', marks: ['subscript'] },
      { text: 'O ' },
      { text: 'and ', marks: ['italic'] },
      { text: 'both', marks: ['bold', 'italic'] },
      { text: ' <x>' },
    ]);
    expect(plainText(parseInlineMarkup('a**b**c'))).toBe('abc');
    expect(parseInlineMarkup('<b>**x** y</b>')).toEqual([{ text: 'x y', marks: ['bold'] }]);
  });
});

describe('withPlainText', () => {
  const title: RichText = [
    { text: 'The 21' },
    { text: 'st', marks: ['superscript'] },
    { text: ' Meeting' },
  ];
  it('keeps marks on the parts that did not change', () => {
    expect(withPlainText(title, 'The 21st Annual Meeting')).toEqual([
      { text: 'The 21' },
      { text: 'st', marks: ['superscript'] },
      { text: ' Annual Meeting' },
    ]);
    expect(withPlainText(title, 'The 21st')).toEqual([
      { text: 'The 21' },
      { text: 'st', marks: ['superscript'] },
    ]);
  });
  it('new characters take the marks of the one before them', () => {
    expect(withPlainText([{ text: 'ab', marks: ['bold'] }], 'abc')).toEqual([
      { text: 'abc', marks: ['bold'] },
    ]);
    expect(withPlainText(title, '')).toEqual([]);
  });
});
