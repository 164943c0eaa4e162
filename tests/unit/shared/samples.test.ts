import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../shared/model/richText';
import { PROGRAMME_SAMPLE_FILE, programmeSample } from '../../../shared/samples/programmeSample';
import {
  RELEASE_SAMPLE_FILE,
  releaseSample,
  repairBrokenQuotes,
} from '../../../shared/samples/releaseSample';
import { RESOURCES_DIR, sharedPath } from '../../support/paths';

const read = (file: string) => readFileSync(sharedPath('samples', file), 'utf8');

describe('built-in samples', () => {
  it('ships the source documents exactly as received in ../shared/samples', () => {
    for (const file of [PROGRAMME_SAMPLE_FILE, RELEASE_SAMPLE_FILE]) {
      expect(readFileSync(join(RESOURCES_DIR, 'samples', file), 'utf8'), file).toBe(read(file));
    }
  });

  it('turns the programme into the cover lines, then the English article, Chinese-first', () => {
    const sample = programmeSample(read(PROGRAMME_SAMPLE_FILE));
    expect(sample.kind).toBe('programme');
    expect(sample.sourceLanguage).toBe('zh');
    const rows = sample.units.map((unit) => [plainText(unit.zh), plainText(unit.en)]);
    expect(rows.slice(0, 4)).toEqual([
      [
        '第二十一届中国科协年会',
        'The 21st Annual Meeting of the China Association for Science and Technology',
      ],
      ['中国科学技术协会 黑龙江省人民政府', ''],
      ['中国·哈尔滨', ''],
      ['2019年6月29日', ''],
    ]);
    // "21<sup>st</sup>" survives as a superscript run.
    expect(sample.units[0]?.en).toContainEqual({ text: 'st', marks: ['superscript'] });
    // Heading, three paragraphs, four highlights and the closing paragraph: English only.
    const article = sample.units.slice(4);
    expect(article).toHaveLength(9);
    expect(article.every((unit) => unit.zh.length === 0 && unit.en.length > 0)).toBe(true);
    expect(article[4]?.en[0]).toEqual({ text: 'Think tanks:', marks: ['bold'] });
    expect(plainText(article[8]?.en ?? [])).toMatch(/^CAST annual meetings capture/);
  });

  it('repairs the release’s broken closing quotes visibly, with a note on each repaired unit', () => {
    const source = read(RELEASE_SAMPLE_FILE);
    expect(source).toContain('\uFFFD');
    const sample = releaseSample(source);
    expect(sample.sourceLanguage).toBe('en');
    expect(sample.units.every((unit) => unit.zh.length === 0)).toBe(true);
    const texts = sample.units.map((unit) => plainText(unit.en));
    expect(texts.join('\n')).not.toContain('\uFFFD');
    expect(texts[0]).toMatch(/^BEIJING, \(APP/);
    expect(texts[1]).toContain('"Scientific and Technological Innovation in China" was attended');
    const repaired = sample.units.filter((unit) => unit.note?.includes('U+FFFD'));
    expect(repaired).toHaveLength(3);
    expect(repaired[0]?.note).toMatch(/已修复.*Repaired: removed the broken character U\+FFFD/s);
    // The scraper's metadata line is not a unit but stays visible as a note.
    expect(sample.units[0]?.note).toContain('date 2021-01-19 (@FahadShabbir)');
  });

  it('reports broken characters it cannot repair instead of hiding them', () => {
    expect(repairBrokenQuotes('a\uFFFDb "c"\uFFFD')).toEqual({
      text: 'a\uFFFDb "c"',
      repair: { afterQuotes: 1, leftInPlace: 1 },
    });
  });
});
