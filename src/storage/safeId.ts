/**
 * Makes any string usable as a document id: Cosmos DB ids may not contain / \ ? or #, and
 * Teams ids (conversation ids, botbuilder state keys) can contain some of them.
 */
export function safeId(raw: string): string {
  return raw.replace(/[/\\?#%]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
