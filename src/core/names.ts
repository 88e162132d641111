/**
 * People named in news text. Chinese reports introduce a speaker by office, then name, then a
 * verb of saying (科技部副部长吴朝晖说, 芜湖市委书记宁波介绍), so a name is what stands between
 * those two; this is how 宁波 after 书记 is read as a person and not as the city of Ningbo.
 */

const OFFICE =
  '(?:书记|副书记|市长|副市长|区长|副区长|县长|省长|副省长|部长|副部长|主任|副主任|局长|厅长|主席|副主席|常委|委员|院士|教授|研究员|董事长|总经理|经理|负责人|专家|记者|通讯员|代表|校长|院长|行长|总裁|总监|秘书长)';
const SAYS =
  '(?:说|表示|介绍|提出|建议|指出|认为|道出|强调|透露|称|谈到|坦言|告诉|采写|报道|发言|致辞|回忆|解释)';
// A place or occasion may stand between the name and the verb (周立群在对接会上说).
const OCCASION = '(?:在[^，。；：“”]{1,12}?[上中时])?';
const PERSON = new RegExp(`${OFFICE}([\\p{Script=Han}]{2,3}?)${OCCASION}${SAYS}`, 'gu');

export type PersonMention = {
  readonly name: string;
  /** The office words right before the name (安徽省芜湖市委书记), for "who is X" answers. */
  readonly title: string;
};

/** Finds the people a text quotes or credits, each once, in order of appearance. */
export function findPeople(text: string): PersonMention[] {
  const seen = new Set<string>();
  const people: PersonMention[] = [];
  for (const match of text.matchAll(PERSON)) {
    const name = match[1];
    if (name === undefined || seen.has(name)) continue;
    seen.add(name);
    const before = text.slice(0, match.index + match[0].indexOf(name));
    const title = /[^，。；、“”：\s]*$/u.exec(before)?.[0] ?? '';
    people.push({ name, title });
  }
  return people;
}
