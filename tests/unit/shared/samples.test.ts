import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_SCHEMA_VERSION, documentSchema, type Unit } from '../../../shared/model/document';
import type { Programme } from '../../../shared/model/programme';
import { plainText } from '../../../shared/model/richText';
import { referenceProblems, textsInReadingOrder } from '../../../shared/programme/structure';
import { PROGRAMME_SAMPLE_FILE, programmeSample } from '../../../shared/samples/programmeSample';
import {
  RELEASE_SAMPLE_FILE,
  releaseSample,
  repairBrokenQuotes,
} from '../../../shared/samples/releaseSample';
import { RESOURCES_DIR, sharedPath } from '../../support/paths';

const read = (file: string) => readFileSync(sharedPath('samples', file), 'utf8');

/** Ids as a library would give them: fresh each time. */
function counter(): () => string {
  let next = 0;
  return () => `u${(next += 1)}`;
}

describe('built-in samples', () => {
  it('ships the source documents exactly as received in ../shared/samples', () => {
    for (const file of [PROGRAMME_SAMPLE_FILE, RELEASE_SAMPLE_FILE]) {
      expect(readFileSync(join(RESOURCES_DIR, 'samples', file), 'utf8'), file).toBe(read(file));
    }
  });

  describe('the programme sample', () => {
    const source = read(PROGRAMME_SAMPLE_FILE);
    const sample = programmeSample(source, counter());
    const programme = sample.programme as Programme;
    const units = new Map(sample.units.map((unit) => [unit.id, unit]));
    const unit = (id: string | undefined): Unit => {
      const found = id === undefined ? undefined : units.get(id);
      if (!found) throw new Error(`no unit ${id}`);
      return found;
    };
    const text = (id: string | undefined) => [plainText(unit(id).zh), plainText(unit(id).en)];
    const sessions = programme.days.flatMap((day) => day.sessions);

    it('is a Chinese-first programme document whose units are all drafts, in reading order', () => {
      expect(sample.kind).toBe('programme');
      expect(sample.sourceLanguage).toBe('zh');
      expect(sample.title).toEqual({
        zh: '第二十一届中国科协年会',
        en: 'The 21st Annual Meeting of the China Association for Science and Technology',
      });
      expect(sample.units.every((found) => found.status === 'draft')).toBe(true);
      expect(sample.units.map((found) => found.id)).toEqual(
        textsInReadingOrder(programme).map((placed) => placed.unitId),
      );
    });

    it('makes a valid document: every text the programme names is a unit', () => {
      const at = '2026-01-01T00:00:00.000Z';
      const document = {
        schemaVersion: DOCUMENT_SCHEMA_VERSION,
        id: 'sampledoc',
        kind: sample.kind,
        title: sample.title,
        sourceLanguage: sample.sourceLanguage,
        createdAt: at,
        updatedAt: at,
        revision: 0,
        units: sample.units,
        programme,
      };
      expect(documentSchema.safeParse(document).error?.issues).toBeUndefined();
      expect(referenceProblems(programme, (id) => units.has(id))).toEqual([]);
    });

    it('reads the cover: edition, title, hosts, city and date, Chinese as the source gives it', () => {
      expect(text(programme.edition)).toEqual(['第二十一届', '21st']);
      // "21<sup>st</sup>" survives as a superscript run.
      expect(unit(programme.edition).en).toEqual([
        { text: '21' },
        { text: 'st', marks: ['superscript'] },
      ]);
      expect(text(programme.title)).toEqual([
        '中国科协年会',
        'Annual Meeting of the China Association for Science and Technology',
      ]);
      expect(text(programme.city)).toEqual(['中国·哈尔滨', 'Harbin, China']);
      expect(programme.venue).toBeUndefined();
      expect([programme.startDate, programme.endDate, programme.timeZone]).toEqual([
        '2019-06-29',
        '2019-06-29',
        'Asia/Shanghai',
      ]);
      expect(programme.days.map((day) => day.date)).toEqual(['2019-06-29']);

      expect(programme.organisers.map((organiser) => organiser.role)).toEqual(['host', 'host']);
      const hosts = programme.organisers.map((organiser) =>
        programme.organisations.find((found) => found.id === organiser.organisationId),
      );
      expect(
        hosts.map((host) => [text(host?.name), host?.shortName && text(host.shortName)]),
      ).toEqual([
        [
          ['中国科学技术协会', 'China Association for Science and Technology'],
          ['中国科协', 'CAST'],
        ],
        [['黑龙江省人民政府', 'People’s Government of Heilongjiang Province'], undefined],
      ]);
      expect(programme.organisations).toHaveLength(2);
    });

    it('takes the theme from the article, in English only', () => {
      expect(text(programme.theme)).toEqual([
        '',
        'Innovation-driven reform and opening-up: roles of science and technology in the revitalization of northeast China',
      ]);
    });

    it('introduces the meeting with the English article: heading, paragraphs and highlights', () => {
      const introduction = programme.introduction.map(unit);
      expect(introduction).toHaveLength(9);
      expect(introduction.every((found) => found.zh.length === 0 && found.en.length > 0)).toBe(
        true,
      );
      expect(plainText(introduction[0]?.en ?? [])).toBe(
        'The 21st Annual Meeting of the China Association for Science and Technology',
      );
      expect(introduction[0]?.en).toContainEqual({ text: 'st', marks: ['superscript'] });
      expect(plainText(introduction[1]?.en ?? [])).toMatch(/^The roles of science and technology/);
      expect(plainText(introduction[3]?.en ?? [])).toMatch(/^Summing up the annual meeting/);
      // The four highlights keep their bold lead-ins.
      expect(introduction.slice(4, 8).map((found) => found.en[0])).toEqual([
        { text: 'Think tanks:', marks: ['bold'] },
        { text: 'Industry-academia integration:', marks: ['bold'] },
        { text: 'Openness and innovation:', marks: ['bold'] },
        { text: 'Science popularization and talent attraction:', marks: ['bold'] },
      ]);
      expect(plainText(introduction[8]?.en ?? [])).toMatch(/^CAST annual meetings capture/);
    });

    it('holds the five sessions the source names, in its order, with no times and no rooms', () => {
      expect(programme.days).toHaveLength(1);
      expect(sessions.map((session) => [session.kind, ...text(session.title)])).toEqual([
        ['forum', '', 'China Science and Technology Forum'],
        ['forum', '', 'Directors’ Forum on Digital Economy'],
        ['forum', '', 'Entrepreneurs’ Summit on Science and Technology Innovation'],
        ['other', '', 'International sessions'],
        ['other', '', 'Concluding address'],
      ]);
      expect(text(sessions[3]?.note)).toEqual([
        '',
        '15 international sessions, with experts from around 30 countries and 20-plus international organizations',
      ]);
      expect(sessions.filter((session) => session.note !== undefined)).toHaveLength(1);
      expect(programme.rooms).toEqual([]);
      for (const session of sessions) {
        expect(session).not.toHaveProperty('start');
        expect(session).not.toHaveProperty('end');
        expect(session).not.toHaveProperty('roomId');
        expect([session.chairs, session.moderators]).toEqual([[], []]);
        for (const talk of session.items) {
          expect(talk).not.toHaveProperty('start');
          expect(talk).not.toHaveProperty('end');
        }
      }
    });

    it('names one person, Huai Jinpeng, as the speaker of the concluding address', () => {
      expect(programme.people).toHaveLength(1);
      const [person] = programme.people;
      expect(person?.nameOrder).toBe('surnameFirst');
      expect(text(person?.name)).toEqual(['', 'Huai Jinpeng']);
      expect(text(person?.title)).toEqual(['', 'Executive Vice President, CAST']);
      expect(person?.affiliation).toBeUndefined();
      expect(sessions.map((session) => session.items.map((talk) => talk.speakers))).toEqual([
        [],
        [],
        [],
        [],
        [[person?.id]],
      ]);
      expect(sessions[4]?.items[0]?.title).toBeUndefined();
    });

    it('invents nothing: every English text but a label is in the source, and Chinese only where it gives some', () => {
      const flat = source.replace(/<\/?sup>|\*\*/g, '').replace(/\s+/g, ' ');
      const chineseGiven = new Set([
        programme.edition,
        programme.title,
        programme.city,
        ...programme.organisations.flatMap((found) => [found.name, found.shortName]),
      ]);
      for (const found of sample.units) {
        if (!chineseGiven.has(found.id)) expect(found.zh, plainText(found.en)).toEqual([]);
        else expect(flat).toContain(plainText(found.zh));
      }
      // Labels the sample writes itself, and facts reworded from the article's sentences.
      const labels = new Set([
        'International sessions',
        'Concluding address',
        'Executive Vice President, CAST',
        'Harbin, China',
        'People’s Government of Heilongjiang Province',
        '15 international sessions, with experts from around 30 countries and 20-plus international organizations',
        'Annual Meeting of the China Association for Science and Technology',
      ]);
      for (const found of sample.units) {
        const en = plainText(found.en);
        if (!labels.has(en)) expect(flat, en).toContain(en);
      }
      expect(flat).toContain('CAST’s executive vice president');
      expect(flat).toContain(
        'The 15 international sessions at the annual meeting attracted experts from around 30 countries and 20-plus international organizations',
      );
      expect(flat).toContain('Huai Jinpeng');
    });

    it('reads the same cover however its lines are broken, and only once', () => {
      const [cover] = source.split('## ');
      const once = programmeSample(
        `第二十一届中国科协年会\nThe 21<sup>st</sup> Annual\nMeeting of the China Association for Science and Technology\n\n中国科学技术协会 黑龙江省人民政府\n中国·哈尔滨\n2019年6月29日\n\n## Heading`,
        counter(),
      );
      const thrice = programmeSample(`${cover ?? ''}\n## Heading`, counter());
      const shape = (found: typeof sample) =>
        found.units.map((each) => [plainText(each.zh), plainText(each.en)]);
      expect(shape(thrice)).toEqual(shape(once));
      expect(thrice.programme?.startDate).toBe('2019-06-29');
    });
  });

  it('repairs the release’s broken closing quotes visibly, with a note on each repaired unit', () => {
    const source = read(RELEASE_SAMPLE_FILE);
    expect(source).toContain('\uFFFD');
    const sample = releaseSample(source, counter());
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
