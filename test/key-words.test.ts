import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keyWordsOf } from '../src/lib/key-words.ts';

test('the level words and their negative forms are always named, in BCP 14 order', () => {
  assert.deepEqual(keyWordsOf(['The product MUST sign content.']), [
    'MUST',
    'MUST NOT',
    'SHOULD',
    'SHOULD NOT',
  ]);
});

test('another key word a requirement uses is named too', () => {
  assert.deepEqual(keyWordsOf(['A vendor MAY publish it; it is NOT RECOMMENDED to skip it.']), [
    'MUST',
    'MUST NOT',
    'SHOULD',
    'SHOULD NOT',
    'NOT RECOMMENDED',
    'MAY',
  ]);
});

test('only capitals are key words', () => {
  assert.deepEqual(keyWordsOf(['Vendors may choose; optional steps are required.']), [
    'MUST',
    'MUST NOT',
    'SHOULD',
    'SHOULD NOT',
  ]);
});
