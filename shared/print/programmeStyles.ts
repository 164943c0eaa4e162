import { PAGE_BODY_HEIGHT_MM, PAGE_GEOMETRY, PAGE_MARGIN_CSS } from './pagedHtml';

/**
 * The printed programme's CSS. Every rule sits under .dz-print (the preview puts it in a shadow
 * root: <div class="dz-print"><div class="dz-page"><div class="dz-page-body">blocks…), and
 * every size is in mm or pt, so the screen and the paper agree. Blocks space themselves with
 * padding, never margins, so a block's measured height is all the room it takes.
 *
 * Line sizes are set through --dz-size so the English of a line can be a step smaller than
 * its Chinese (Latin letters look larger at the same size), more so when stacked.
 */
export const PROGRAMME_CSS = `
.dz-print {
  --dz-ink: #1c1c1c;
  --dz-soft: #474747;
  --dz-muted: #767676;
  --dz-accent: #8c1d23;
  --dz-rule: #cfcfcf;
  --dz-tint: #f5f2ed;
  color: var(--dz-ink);
  font-family: 'Noto Sans SC', 'Noto Sans', sans-serif;
  font-size: 10pt;
  line-height: 1.45;
  font-kerning: normal;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
.dz-print *, .dz-print *::before, .dz-print *::after { box-sizing: border-box; }
.dz-print h1, .dz-print h2, .dz-print h3, .dz-print p { margin: 0; font-size: inherit; font-weight: inherit; }
.dz-print [lang='zh-CN'] {
  font-family: 'Noto Sans SC', sans-serif;
  line-break: strict;
  text-autospace: normal;
  overflow-wrap: anywhere;
}
.dz-print [lang='en'] {
  font-family: 'Noto Sans', 'Noto Sans SC', sans-serif;
  overflow-wrap: break-word;
}
.dz-print sup, .dz-print sub { font-size: 0.62em; line-height: 0; position: relative; vertical-align: baseline; }
.dz-print sup { top: -0.55em; }
.dz-print sub { top: 0.25em; }

/* Page boxes for the on-screen preview; print uses @page with the same size and margins. */
.dz-print .dz-page {
  position: relative;
  width: ${PAGE_GEOMETRY.widthMm}mm;
  height: ${PAGE_GEOMETRY.heightMm}mm;
  padding: ${PAGE_MARGIN_CSS};
  overflow: hidden;
  background: #fff;
}
.dz-print .dz-page-body { height: ${PAGE_BODY_HEIGHT_MM}mm; display: flow-root; }
.dz-print .dz-page-number {
  position: absolute;
  left: 0;
  right: 0;
  bottom: ${PAGE_GEOMETRY.marginMm.bottom / 2 - 1.5}mm;
  text-align: center;
  font-size: 7.5pt;
  color: #7a7a7a;
}

/* Pagination: blocks stay whole, headings stay with what follows. */
.dz-print .dz-block { break-inside: avoid; }
.dz-print .dz-break-before { break-before: page; }
.dz-print .dz-keep-with-next { break-after: avoid; }
.dz-print .dz-intro { break-inside: auto; orphans: 2; widows: 2; }

/* Things staff must see in a draft: a text not yet translated. */
.dz-print .dz-missing {
  display: inline-block;
  padding: 0 0.35em;
  border: 0.5pt dashed #cf8a3a;
  border-radius: 1pt;
  background: #fff3df;
  color: #9a4f0a;
  font-size: 0.78em;
  font-weight: 400;
  font-style: normal;
  letter-spacing: 0;
  line-height: 1.35;
  vertical-align: 0.08em;
}

/* Cover: a page of its own, centred, name at the top, organisers mid-page, place at the foot. */
.dz-print .dz-cover {
  display: flex;
  flex-direction: column;
  justify-content: space-between;
  min-height: ${PAGE_BODY_HEIGHT_MM - 1}mm;
  padding: 26mm 6mm 10mm;
  text-align: center;
  text-wrap: balance;
}
.dz-print .dz-cover .dz-zh, .dz-print .dz-cover .dz-en { display: block; }
.dz-print .dz-cover-title .dz-zh {
  color: var(--dz-accent);
  font-size: 27pt;
  font-weight: 700;
  letter-spacing: 0.06em;
  line-height: 1.3;
}
.dz-print .dz-cover-title .dz-en {
  margin: 6mm auto 0;
  max-width: 150mm;
  font-size: 15pt;
  line-height: 1.35;
}
.dz-print .dz-cover-rule { width: 22mm; margin: 11mm auto 9mm; border-top: 1.2pt solid var(--dz-accent); }
.dz-print .dz-cover-theme .dz-zh { font-size: 12.5pt; line-height: 1.5; }
.dz-print .dz-cover-theme .dz-en { margin: 1.5mm auto 0; max-width: 140mm; color: var(--dz-soft); font-size: 10.5pt; font-style: italic; }
.dz-print .dz-organisation { display: inline-block; margin: 0 0.6em; }
.dz-print .dz-cover .dz-en .dz-organisation { display: block; margin: 0; }
.dz-print .dz-cover-hosts .dz-zh { font-size: 13pt; font-weight: 700; letter-spacing: 0.03em; }
.dz-print .dz-cover-hosts .dz-en { margin-top: 1.5mm; font-size: 10.5pt; }
.dz-print .dz-cover-role { margin-top: 7mm; }
.dz-print .dz-cover-role-label { margin-bottom: 1.2mm; color: var(--dz-muted); font-size: 8pt; letter-spacing: 0.08em; }
.dz-print .dz-cover-role-label .dz-zh, .dz-print .dz-cover-role-label .dz-en { display: inline; margin: 0 0.4em; }
.dz-print .dz-cover-role-names .dz-zh { font-size: 11pt; }
.dz-print .dz-cover-role-names .dz-en { margin-top: 0.8mm; font-size: 9.5pt; }
.dz-print .dz-cover-foot > div + div { margin-top: 3.5mm; }
.dz-print .dz-cover-city .dz-zh { font-size: 14pt; font-weight: 700; letter-spacing: 0.1em; }
.dz-print .dz-cover-city .dz-en { font-size: 11pt; }
.dz-print .dz-cover-venue .dz-zh { font-size: 11pt; }
.dz-print .dz-cover-venue .dz-en { font-size: 9.5pt; color: var(--dz-soft); }
.dz-print .dz-cover-dates .dz-zh { font-size: 12pt; }
.dz-print .dz-cover-dates .dz-en { font-size: 10.5pt; }

/* Introduction: paragraphs before the agenda. */
.dz-print .dz-intro { padding-bottom: 3.5mm; font-size: 10pt; }
.dz-print .dz-intro-side-by-side { display: grid; grid-template-columns: 1fr 1fr; column-gap: 7mm; }
.dz-print .dz-intro .dz-zh { text-align: justify; }
.dz-print .dz-intro-stacked .dz-en { margin-top: 1mm; color: var(--dz-soft); font-size: 9.5pt; }

/* Agenda heading and days. */
.dz-print .dz-agenda-heading { padding-bottom: 2mm; }
.dz-print .dz-agenda-title .dz-zh { color: var(--dz-accent); font-size: 17pt; font-weight: 700; letter-spacing: 0.25em; }
.dz-print .dz-agenda-title .dz-en { margin-left: 3mm; color: var(--dz-accent); font-size: 12pt; letter-spacing: 0.04em; }
.dz-print .dz-time-zone { margin-top: 1mm; color: var(--dz-muted); font-size: 8pt; }
.dz-print .dz-time-zone .dz-en { margin-left: 3mm; }
.dz-print .dz-day { padding-top: 6mm; }
.dz-print .dz-day-title {
  display: flex;
  justify-content: space-between;
  align-items: baseline;
  gap: 6mm;
  padding: 1.6mm 2.5mm;
  background: var(--dz-accent);
  color: #fff;
  font-weight: 700;
}
.dz-print .dz-day-title .dz-zh { font-size: 11.5pt; letter-spacing: 0.04em; }
.dz-print .dz-day-title .dz-en { font-size: 10pt; }

/* Agenda rows: the time at the far left, then Chinese and English. */
.dz-print .dz-row { display: grid; column-gap: 5mm; }
.dz-print .dz-row-side-by-side { grid-template-columns: 19mm 1fr 1fr; }
.dz-print .dz-row-stacked { grid-template-columns: 19mm 1fr; }
.dz-print .dz-line { --dz-size: 9pt; font-size: var(--dz-size); }
.dz-print .dz-row-side-by-side .dz-en .dz-line { font-size: calc(var(--dz-size) * 0.95); }
.dz-print .dz-row-stacked .dz-line.dz-en { color: var(--dz-soft); font-size: calc(var(--dz-size) * 0.9); }
.dz-print .dz-time {
  padding-top: 0.15em;
  font-family: 'Noto Sans', 'Noto Sans SC', sans-serif;
  font-size: 8.5pt;
  font-variant-numeric: tabular-nums;
  white-space: nowrap;
}
.dz-print .dz-tbc { display: block; color: var(--dz-muted); font-size: 7pt; font-weight: 400; line-height: 1.3; white-space: normal; }
.dz-print .dz-tbc .dz-en { display: block; }

.dz-print .dz-session { padding-top: 3.2mm; }
.dz-print .dz-session-row { padding-top: 2.4mm; border-top: 0.5pt solid var(--dz-rule); }
.dz-print .dz-day + .dz-session .dz-session-row { border-top: 0; padding-top: 0; }
.dz-print .dz-session-row .dz-time { font-weight: 700; font-size: 9pt; }
.dz-print .dz-line-headline { --dz-size: 10.5pt; font-weight: 700; line-height: 1.4; }
.dz-print .dz-kind {
  display: inline-block;
  margin-right: 1.6mm;
  padding: 0 1.2mm;
  border: 0.5pt solid var(--dz-accent);
  border-radius: 0.8mm;
  color: var(--dz-accent);
  font-size: 7pt;
  font-weight: 400;
  line-height: 1.55;
  vertical-align: 0.18em;
  white-space: nowrap;
}
.dz-print .dz-line-room, .dz-print .dz-line-person { --dz-size: 8.5pt; margin-top: 0.7mm; }
.dz-print .dz-line-person + .dz-line-person { margin-top: 0.2mm; }
.dz-print .dz-labelled { display: flex; }
.dz-print .dz-label { flex: none; color: var(--dz-muted); }
.dz-print .dz-label:lang(en) { margin-right: 0.3em; }
.dz-print .dz-label-repeat { visibility: hidden; }
.dz-print .dz-value { flex: 1 1 auto; min-width: 0; }
.dz-print .dz-person-role:lang(zh) { margin-left: 0.8em; }
.dz-print .dz-line-note { --dz-size: 8pt; margin-top: 1mm; color: var(--dz-muted); }
.dz-print .dz-line-note:lang(en) { font-style: italic; }
.dz-print .dz-session-quiet .dz-line-headline { color: var(--dz-soft); font-weight: 400; }
.dz-print .dz-session-quiet .dz-session-row .dz-time { color: var(--dz-soft); font-weight: 400; }

.dz-print .dz-talk { padding-top: 1.8mm; }
.dz-print .dz-talk-row .dz-time { color: var(--dz-soft); }
.dz-print .dz-line-talk { --dz-size: 9.5pt; }
.dz-print .dz-line-speaker { --dz-size: 8.5pt; margin-top: 0.3mm; color: var(--dz-soft); }
.dz-print .dz-line-talk + .dz-line-speaker { margin-top: 0.6mm; }
.dz-print .dz-line-speaker .dz-person-name { color: var(--dz-ink); }
`;
