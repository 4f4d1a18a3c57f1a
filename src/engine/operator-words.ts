/** How each JSON Logic operator reads in words, for explanations. */

/** Symbol used when a binary operator is written between its operands. */
export const INFIX_SYMBOLS: Readonly<Record<string, string>> = {
  '==': '=', '===': '=', '!=': '≠', '!==': '≠', '>': '>', '>=': '≥', '<': '<', '<=': '≤',
  '+': '+', '-': '−', '*': '×', '/': '÷', '%': 'mod',
};

/** The operator in words. */
export const OPERATOR_WORDS: Readonly<Record<string, string>> = {
  var: 'the value of', missing: 'the missing fields among', missing_some: 'the missing fields, if too few of',
  if: 'if … then … else', '?:': 'if … then … else',
  '==': 'equals', '===': 'is exactly', '!=': 'does not equal', '!==': 'is not exactly',
  '!': 'not', '!!': 'is set (truthy)', or: 'any of', and: 'all of',
  '>': 'is greater than', '>=': 'is at least', '<': 'is less than', '<=': 'is at most',
  max: 'the largest of', min: 'the smallest of',
  '+': 'the sum of', '-': 'the difference of', '*': 'the product of', '/': 'the quotient of', '%': 'the remainder of',
  map: 'each element mapped', filter: 'the elements for which', reduce: 'the elements combined', all: 'every element satisfies',
  none: 'no element satisfies', some: 'some element satisfies', merge: 'the lists merged', in: 'is found in',
  cat: 'the strings joined', substr: 'part of the string', log: 'logged value',
};

/** Operators whose value is a verdict (true or false), as opposed to a value such as a number. */
export const CONDITION_OPERATORS: ReadonlySet<string> = new Set([
  '==', '===', '!=', '!==', '!', '!!', 'or', 'and', '>', '>=', '<', '<=', 'all', 'none', 'some', 'in', 'if', '?:',
]);
