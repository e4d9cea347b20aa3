/**
 * Where a document comes from. Archives mix cities whose bodies share names
 * (every city has a 发改委), so each document is tied to a place: the one its
 * issuer or title names, else the one the user gave `batch`, else a folder on
 * its path that names a place. The first two are facts; the folder is a guess
 * and is said to be one in a warning.
 */
import { basename, dirname, sep } from 'node:path';

/**
 * Prefecture-level cities and the county-level places the archives we collect come from (Anhui, Jiangsu
 * and neighbours). A folder is taken as naming a place only when it contains one of these, so a folder
 * called 2021年 or 一季度 is never mistaken for one; the issuer's own name does not need the list.
 */
const KNOWN_PLACES = [
  // Anhui
  '合肥', '芜湖', '蚌埠', '淮南', '马鞍山', '淮北', '铜陵', '安庆', '黄山', '滁州', '阜阳', '宿州', '六安', '亳州', '池州', '宣城',
  '界首', '太和', '临泉', '颍上', '阜南', '埇桥', '砀山', '萧县', '灵璧', '泗县', '桐城', '潜山', '巢湖', '天长', '明光', '无为',
  '广德', '宁国', '涡阳', '蒙城', '利辛', '怀远', '五河', '固镇', '濉溪', '寿县', '凤台', '繁昌', '南陵', '郎溪', '泾县', '东至', '青阳',
  // Jiangsu
  '南京', '无锡', '徐州', '常州', '苏州', '南通', '连云港', '淮安', '盐城', '扬州', '镇江', '泰州', '宿迁',
  '建邺', '沭阳', '泗阳', '泗洪', '睢宁', '邳州', '新沂', '丰县', '沛县', '铜山', '贾汪', '昆山', '江阴', '宜兴', '常熟', '张家港', '太仓',
  // Neighbours whose documents turn up in the same collections
  '上海', '杭州', '宁波', '温州', '嘉兴', '湖州', '绍兴', '金华', '南昌', '九江', '郑州', '商丘', '周口', '信阳', '济南', '青岛', '枣庄', '临沂', '菏泽', '武汉',
];

export type PlaceSource = 'document' | 'option' | 'folder';

export interface Provenance {
  place: string | null;
  placeSource: PlaceSource | null;
  issuer: string | null;
  issuerSource: 'document' | 'option' | null;
  /** Said to the user when the place is a guess from the folder name. */
  warning: string | null;
}

/** The place an issuer or title names: 宿州市政府办公室 → 宿州, 中共界首市委 → 界首; 市政府 names none. */
export function placeNamedIn(text: string | null): string | null {
  if (!text) return null;
  const t = text.replace(/^(?:中共|中国共产党)/, '');
  const known = KNOWN_PLACES.find((p) => t.startsWith(p));
  if (known) return known;
  // An unlisted place still names itself as the issuer's first word: XX市…, XX县…, XX区….
  const m = /^([\u4e00-\u9fff]{2,3}?)(?:市|县|区)(?:人民政府|政府|委|发展|财政|教育|住房|交通|农业|商务|生态|卫生|应急|自然|公安|人大|政协|$)/.exec(t);
  return m && !/^[市县区省]/.test(m[1]!) ? m[1]! : null;
}

/** The place a document names itself, by its issuer, else its title; null when neither names one. */
export function placeOfDocument(doc: { issuer: string | null; title: string | null }): string | null {
  return placeNamedIn(doc.issuer) ?? placeNamedIn(doc.title);
}

/** 宿州 and 宿州市 are one place: the archive stores and compares the bare name. */
export function barePlace(place: string): string {
  return place.replace(/(?:市|县|区)$/, '');
}

/** The nearest folder (from the file upwards, stopping at the input root) whose name contains a known place. */
export function placeFromFolders(file: string, root: string): string | null {
  let dir = dirname(file);
  while (dir.length >= root.length && dir !== dirname(dir)) {
    const name = basename(dir);
    const known = KNOWN_PLACES.find((p) => name.includes(p));
    if (known) return known;
    if (dir === root || !dir.startsWith(root + sep)) break;
    dir = dirname(dir);
  }
  return null;
}

/**
 * Place and issuer of one document, in the order of trust the archive promises: the document,
 * then what the user said, then the folder.
 */
export function resolveProvenance(
  doc: { issuer: string | null; title: string | null },
  given: { issuer?: string | undefined; place?: string | undefined },
  file: string,
  root: string,
): Provenance {
  const issuer = doc.issuer ?? given.issuer ?? null;
  const issuerSource = doc.issuer ? 'document' : given.issuer ? 'option' : null;
  const named = placeOfDocument(doc);
  if (named) return { place: named, placeSource: 'document', issuer, issuerSource, warning: null };
  const givenPlace = given.place ?? placeNamedIn(given.issuer ?? null);
  if (givenPlace) return { place: givenPlace, placeSource: 'option', issuer, issuerSource, warning: null };
  const folder = placeFromFolders(file, root);
  if (folder) {
    return {
      place: folder,
      placeSource: 'folder',
      issuer,
      issuerSource,
      warning: `place ${folder} taken from the folder name; the document does not name its place (pass --place to say it)`,
    };
  }
  return { place: null, placeSource: null, issuer, issuerSource, warning: null };
}
