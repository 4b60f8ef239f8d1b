/**
 * Cards that may be one person: the same address on two cards, or the same name with the same company
 * written closely ("Lemaire Conseil", "Lemaire Conseils"). Only shown together and filed together by the
 * review; nothing is merged in Outlook. Linear: cards meet through an index of addresses and of names.
 */
import type { Contact } from '../model';
import { sameCompany } from './company';
import { words } from '../text/fold';

/** Groups of two or more card ids, each group and its ids in the contacts' order. */
export function possibleDuplicates(contacts: readonly Contact[]): string[][] {
  const parent = contacts.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number): void => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const byAddress = new Map<string, number>();
  const byName = new Map<string, number[]>();
  contacts.forEach((c, i) => {
    for (const e of c.emailAddresses) {
      const address = e.address.trim().toLowerCase();
      if (!address.includes('@')) continue;
      const seen = byAddress.get(address);
      if (seen === undefined) byAddress.set(address, i);
      else union(seen, i);
    }
    // The name's words in any order ("Le Goff Anne" is "Anne Le Goff"); one word says too little.
    const name = words(c.displayName).sort().join(' ');
    if (!name.includes(' ') || !c.companyName?.trim()) return;
    const same = byName.get(name);
    if (!same) byName.set(name, [i]);
    else {
      for (const j of same) if (sameCompany(contacts[j]!.companyName ?? '', c.companyName)) union(j, i);
      same.push(i);
    }
  });
  const groups = new Map<number, string[]>();
  contacts.forEach((c, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(c.id);
    else groups.set(root, [c.id]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}
