// Version numbers: order, the kind of step between two, and what a breaking change needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  breakingBump,
  bumpBetween,
  bumpCovers,
  compareVersions,
  nextVersion,
} from '../src/engine/versions.ts';

test('versions sort by number, not by text', () => {
  assert.deepEqual(['1.10.0', '1.2.0', '0.9.9', '1.2.10', '1.2.9'].sort(compareVersions), [
    '0.9.9',
    '1.2.0',
    '1.2.9',
    '1.2.10',
    '1.10.0',
  ]);
});

test('the step between two versions is major, minor or patch, and only forward', () => {
  assert.equal(bumpBetween('1.2.3', '2.0.0'), 'major');
  assert.equal(bumpBetween('1.2.3', '1.3.0'), 'minor');
  assert.equal(bumpBetween('1.2.3', '1.2.4'), 'patch');
  assert.equal(bumpBetween('1.2.3', '1.2.3'), undefined);
  assert.equal(bumpBetween('1.2.3', '1.1.9'), undefined);
});

test('a breaking change is a major step from 1.0.0 on, a minor one before', () => {
  assert.equal(breakingBump('0.4.0'), 'minor');
  assert.equal(breakingBump('1.0.0'), 'major');
  assert.equal(nextVersion('0.4.0', breakingBump('0.4.0')), '0.5.0');
  assert.equal(nextVersion('1.4.2', 'major'), '2.0.0');
  assert.equal(nextVersion('1.4.2', 'patch'), '1.4.3');
  assert.ok(bumpCovers('major', 'minor'));
  assert.ok(!bumpCovers('patch', 'minor'));
});

test('a version that is not MAJOR.MINOR.PATCH is refused, naming it', () => {
  assert.throws(() => compareVersions('1.0', '1.0.0'), /"1\.0" is not a version/);
  assert.throws(() => compareVersions('01.0.0', '1.0.0'), /"01\.0\.0" is not a version/);
});
