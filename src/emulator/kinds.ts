/**
 * The emulator's own name for a request, for its statistics: the path with each item id replaced by {id}
 * ("PATCH /me/contacts/AAMk…" → "PATCH /me/contacts/{id}"). Written apart from the Graph client's naming so
 * that the emulator, which tests the client, does not share its code; the names agree by test.
 */
const ITEM =
  /\/(contactFolders|contactfolders|contacts|childFolders|masterCategories|messages|events)\/(?!(?:delta|contacts|childFolders)(?:\/|$))[^/]+/g;

export function kindOf(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(ITEM, '/$1/{id}')}`;
}
