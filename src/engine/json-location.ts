/**
 * Line and column of places in a JSON text, for messages that say where. One text is indexed
 * once (its lines and its one parse tree), so any number of messages cost one parse; columns
 * count code points, as an editor does.
 */
import { parse, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

/** A 1-based line and column. */
export interface Location {
  line: number;
  column: number;
}

/** A key written twice in one object: JSON keeps the last, so the first is silently ignored. */
export interface DuplicateKey {
  /** The object's path and the key. */
  path: (string | number)[];
  first: Location;
  last: Location;
}

/** The locations of a text's offsets: lines and astral characters indexed once. */
export function offsetLocator(text: string): (offset: number) => Location {
  const lineStarts = [0];
  // UTF-16 positions of characters outside the Basic Multilingual Plane (one code point, two units).
  const astral: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) lineStarts.push(i + 1);
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) astral.push(i++);
    }
  }
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    const lineIndex = countBelow(lineStarts, at + 1) - 1;
    const lineStart = lineStarts[lineIndex] as number;
    const pairs = countBelow(astral, at) - countBelow(astral, lineStart);
    return { line: lineIndex + 1, column: at - lineStart - pairs + 1 };
  };
}

/** The line and column of a character offset in `text`. */
export function locationOf(text: string, offset: number): Location {
  return offsetLocator(text)(offset);
}

/** How many of the sorted `values` are below `limit`. */
function countBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] as number) < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

const SYNTAX_WORDS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon after the property name',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected a closing brace }',
  CloseBracketExpected: 'expected a closing bracket ]',
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character in a string',
  InvalidCharacter: 'invalid character in a string (control characters must be escaped)',
};

/**
 * The first syntax error of a JSON text that `JSON.parse` rejected, with where it is.
 * The parser recurses once per level of nesting: check the depth first (`tooDeepAt`).
 */
export function firstSyntaxError(
  text: string,
): { message: string; location: Location } | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const [first] = errors;
  if (!first) return undefined;
  const code = printParseErrorCode(first.error);
  return { message: SYNTAX_WORDS[code] ?? code, location: locationOf(text, first.offset) };
}

/** The offset of the first bracket that opens more than `maxDepth` levels, or undefined. */
export function tooDeepAt(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92)
        i++; // a backslash escapes the next character
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 123 || code === 91) {
      if (++depth > maxDepth) return i;
    } else if (code === 125 || code === 93) depth--;
  }
  return undefined;
}

/** A parsed JSON text's places: where a path's value is, and which keys are written twice. */
export interface JsonIndex {
  /** Where the value at a path of keys and indexes starts (its key, for a property). */
  locate(path: readonly (string | number)[]): Location | undefined;
  duplicates: DuplicateKey[];
}

/** Indexes a JSON text that `JSON.parse` accepted (and so nests no deeper than it allows). */
export function indexJson(text: string): JsonIndex {
  const root = parseTree(text);
  const locationAt = offsetLocator(text);
  // Each object's keys, built the first time a path goes through it; the last duplicate wins, as in JSON.parse.
  const keyMaps = new WeakMap<Node, Map<string, Node>>();
  const keysOf = (node: Node): Map<string, Node> => {
    let keys = keyMaps.get(node);
    if (!keys) {
      keys = new Map();
      for (const property of node.children ?? []) {
        const [name, value] = property.children ?? [];
        if (name && value) keys.set(String(name.value), property);
      }
      keyMaps.set(node, keys);
    }
    return keys;
  };
  return {
    locate(path) {
      let node = root;
      let place = root;
      for (const step of path) {
        if (!node) return undefined;
        if (node.type === 'object' && typeof step === 'string') {
          const property = keysOf(node).get(step);
          place = property;
          node = property?.children?.[1];
        } else if (node.type === 'array' && typeof step === 'number') {
          node = node.children?.[step];
          place = node;
        } else return undefined;
      }
      return place ? locationAt(place.offset) : undefined;
    },
    duplicates: root ? duplicateKeys(root, locationAt) : [],
  };
}

/** Every key written twice in one object, walking the tree without recursion. */
function duplicateKeys(root: Node, locationAt: (offset: number) => Location): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: { node: Node; path: (string | number)[] }[] = [{ node: root, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: Node; path: (string | number)[] };
    if (node.type === 'array') {
      node.children?.forEach((child, i) => stack.push({ node: child, path: [...path, i] }));
      continue;
    }
    if (node.type !== 'object') continue;
    const firstOf = new Map<string, Node>();
    for (const property of node.children ?? []) {
      const [name, value] = property.children ?? [];
      if (!name) continue;
      const key = String(name.value);
      const earlier = firstOf.get(key);
      if (earlier) {
        found.push({
          path: [...path, key],
          first: locationAt(earlier.offset),
          last: locationAt(property.offset),
        });
      } else firstOf.set(key, property);
      if (value) stack.push({ node: value, path: [...path, key] });
    }
  }
  return found.sort((a, b) => a.last.line - b.last.line || a.last.column - b.last.column);
}

/** A locator of many paths' values in one text, from one parse (a text JSON.parse accepted). */
export function pathLocator(
  text: string,
): (path: readonly (string | number)[]) => Location | undefined {
  const index = indexJson(text);
  return (path) => index.locate(path);
}
