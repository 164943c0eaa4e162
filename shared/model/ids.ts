const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
export const ID_LENGTH = 12;

/**
 * A short random id (12 characters of [0-9a-z], about 62 bits): safe as a file name, easy to
 * type in the CLI. Callers pass their platform's crypto.getRandomValues, so that shared/ stays
 * free of Node and DOM APIs.
 */
export function makeId(getRandomValues: (array: Uint8Array<ArrayBuffer>) => unknown): string {
  const bytes = new Uint8Array(ID_LENGTH);
  getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += ALPHABET.charAt(byte % ALPHABET.length);
  return id;
}
