import { plainText } from '../../shared/model/richText';
import { textsInReadingOrder } from '../../shared/programme/structure';
import { cell, expect, test } from './support/fixtures';

test('both samples are added: the programme with its structure, the release English-first with its repairs shown', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: '添加示例' }).first().click();
  await expect(page.getByText('已添加 2 个示例文档。')).toBeVisible();

  // The programme, as stored: Chinese-first, its structure naming its units in reading order.
  // (What the programme editor shows of it is tested with the editor.)
  const stored = await Promise.all((await host.documentIds()).map((id) => host.readDocument(id)));
  const programme = stored.find((document) => document.kind === 'programme');
  if (!programme?.programme) throw new Error('the programme sample has no structure');
  const structure = programme.programme;
  expect(programme.title.zh).toBe('第二十一届中国科协年会');
  expect(programme.sourceLanguage).toBe('zh');
  expect(programme.units.map((unit) => unit.id)).toEqual(
    textsInReadingOrder(structure).map((placed) => placed.unitId),
  );
  expect(programme.units.every((unit) => unit.status === 'draft')).toBe(true);
  const unit = (id: string | undefined) => programme.units.find((found) => found.id === id);
  const text = (id: string | undefined) => [
    plainText(unit(id)?.zh ?? []),
    plainText(unit(id)?.en ?? []),
  ];
  expect(text(structure.edition)).toEqual(['第二十一届', '21st']);
  expect(unit(structure.edition)?.en).toContainEqual({ text: 'st', marks: ['superscript'] });
  expect(text(structure.city)).toEqual(['中国·哈尔滨', 'Harbin, China']);
  expect([structure.startDate, structure.endDate]).toEqual(['2019-06-29', '2019-06-29']);
  expect(structure.organisers.map((organiser) => organiser.role)).toEqual(['host', 'host']);
  const sessions = structure.days.flatMap((day) => day.sessions);
  expect(sessions.map((session) => text(session.title))).toEqual([
    ['', 'China Science and Technology Forum'],
    ['', 'Directors’ Forum on Digital Economy'],
    ['', 'Entrepreneurs’ Summit on Science and Technology Innovation'],
    ['', 'International sessions'],
    ['', 'Concluding address'],
  ]);
  expect(sessions.some((session) => session.start ?? session.end ?? session.roomId)).toBe(false);
  expect(structure.people.map((person) => text(person.name))).toEqual([['', 'Huai Jinpeng']]);
  expect(unit(structure.introduction[4])?.en[0]).toEqual({
    text: 'Think tanks:',
    marks: ['bold'],
  });

  await page.getByRole('button', { name: '中国科协2021年工作会议' }).click();
  await expect(page.getByRole('columnheader', { name: /英文\s*原文/ })).toBeVisible();
  await expect(cell(page, 2, 'en')).toContainText(
    '"Scientific and Technological Innovation in China" was attended',
  );
  await expect(page.getByRole('main')).not.toContainText('\uFFFD');
  const repaired = page.getByRole('button', { name: /已修复：删除了右引号后的乱码字符 U\+FFFD/ });
  await expect(repaired).toHaveCount(3);
  await expect(page.getByRole('button', { name: /Source page metadata/ })).toBeVisible();
});
