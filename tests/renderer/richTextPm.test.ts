import { describe, expect, it } from 'vitest';
import type { RichText } from '../../shared/model/richText';
import { fromPmDoc, toPmDoc } from '../../renderer/src/editor/richTextPm';

describe('rich text ⇄ cell editor document', () => {
  const cases: Array<[string, RichText]> = [
    ['empty', []],
    ['plain Chinese', [{ text: '第二十一届中国科协年会' }]],
    [
      'marks',
      [
        { text: 'The 21' },
        { text: 'st', marks: ['superscript'] },
        { text: ' Annual Meeting, ' },
        { text: 'Harbin', marks: ['bold', 'italic'] },
        { text: 'H' },
        { text: '2', marks: ['subscript'] },
      ],
    ],
    [
      'line breaks',
      [{ text: '中国科学技术协会\n黑龙江省人民政府\n' }, { text: 'bold\nline', marks: ['bold'] }],
    ],
  ];
  it.each(cases)('round-trips %s', (_, runs) => {
    expect(fromPmDoc(toPmDoc(runs))).toEqual(runs);
  });

  it('turns breaks into hardBreak nodes and drops marks it does not know', () => {
    expect(toPmDoc([{ text: 'a\nb' }]).content?.[0]?.content).toEqual([
      { type: 'text', text: 'a' },
      { type: 'hardBreak' },
      { type: 'text', text: 'b' },
    ]);
    expect(
      fromPmDoc({
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'x', marks: [{ type: 'underline' }, { type: 'bold' }] },
            ],
          },
        ],
      }),
    ).toEqual([{ text: 'x', marks: ['bold'] }]);
  });
});
