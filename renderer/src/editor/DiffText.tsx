import type { DiffSegment } from '../../../shared/text/diff';

/** A text with what was added underlined and what was removed struck through. */
export function DiffText({ segments }: { segments: readonly DiffSegment[] }) {
  return (
    <span className="diff">
      {segments.map((segment, index) =>
        segment.kind === 'added' ? (
          <ins key={index}>{segment.text}</ins>
        ) : segment.kind === 'removed' ? (
          <del key={index}>{segment.text}</del>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </span>
  );
}
