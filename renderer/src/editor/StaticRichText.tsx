import { Fragment, type ReactNode } from 'react';
import type { Mark, RichText } from '../../../shared/model/richText';
import { sliceRichText } from '../../../shared/model/richTextOps';
import type { TextRange } from '../../../shared/text/search';

const MARK_ELEMENTS: Record<Mark, string> = {
  bold: 'strong',
  italic: 'em',
  superscript: 'sup',
  subscript: 'sub',
};

/**
 * Rich text as plain markup: what every cell that is not being edited shows. Search matches,
 * when given, are marked.
 */
export function StaticRichText({
  text,
  highlights = [],
}: {
  text: RichText;
  highlights?: readonly TextRange[];
}) {
  if (highlights.length === 0) return <Runs text={text} />;
  const pieces: ReactNode[] = [];
  let last = 0;
  highlights.forEach((range, index) => {
    pieces.push(<Runs key={`t${index}`} text={sliceRichText(text, last, range.start)} />);
    pieces.push(
      <mark key={`m${index}`} className="search-match">
        <Runs text={sliceRichText(text, range.start, range.end)} />
      </mark>,
    );
    last = range.end;
  });
  pieces.push(<Runs key="rest" text={sliceRichText(text, last)} />);
  return <>{pieces}</>;
}

function Runs({ text }: { text: RichText }) {
  return (
    <>
      {text.map((run, index) => {
        let node: ReactNode = withLineBreaks(run.text);
        for (const mark of run.marks ?? []) {
          const Element = MARK_ELEMENTS[mark] as 'strong';
          node = <Element>{node}</Element>;
        }
        return <Fragment key={index}>{node}</Fragment>;
      })}
    </>
  );
}

function withLineBreaks(text: string): ReactNode {
  if (!text.includes('\n')) return text;
  return text.split('\n').map((line, index) => (
    <Fragment key={index}>
      {index > 0 && <br />}
      {line}
    </Fragment>
  ));
}

/**
 * The character offset in a static cell under a point, so a click puts the caret where the
 * user clicked once the editor takes over. A <br> counts as one character, like "\n".
 */
export function textOffsetAt(container: HTMLElement, x: number, y: number): number | null {
  const position = document.caretPositionFromPoint(x, y);
  if (!position || !container.contains(position.offsetNode)) return null;
  let offset = 0;
  const walker = document.createTreeWalker(
    container,
    NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT,
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node === position.offsetNode) {
      return offset + (node.nodeType === Node.TEXT_NODE ? position.offset : 0);
    }
    if (node.nodeType === Node.TEXT_NODE) offset += node.textContent?.length ?? 0;
    else if (node.nodeName === 'BR') offset += 1;
  }
  return offset;
}
