/** Line and column of places in a JSON text, for messages that say where. */
import {
  findNodeAtLocation,
  parse,
  parseTree,
  printParseErrorCode,
  type ParseError,
} from 'jsonc-parser';

/** A 1-based line and column. */
export interface Location {
  line: number;
  column: number;
}

/** The line and column of a character offset in `text`. */
export function locationOf(text: string, offset: number): Location {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
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

/** The first syntax error of a JSON text that `JSON.parse` rejected, with where it is. */
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

/** Where the value at a path of keys and indexes starts in a JSON text, if it is there. */
export function locationOfPath(text: string, path: (string | number)[]): Location | undefined {
  return pathLocator(text)(path);
}

/** `locationOfPath` for many paths of one text, which it parses once. */
export function pathLocator(text: string): (path: (string | number)[]) => Location | undefined {
  const tree = parseTree(text);
  return (path) => {
    const node = tree && findNodeAtLocation(tree, path);
    if (!node) return undefined;
    // For a property, point at its name rather than its value.
    const target = node.parent?.type === 'property' ? node.parent : node;
    return locationOf(text, target.offset);
  };
}
