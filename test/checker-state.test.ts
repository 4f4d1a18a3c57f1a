import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bringText,
  latestTyped,
  loadState,
  MAX_DRAFTS,
  show,
  showSample,
  shownDraft,
  storeState,
  typeText,
  type CheckerState,
  type KeyValueStore,
} from '../src/components/checker/checker-state.ts';
import { STORAGE_KEY } from '../src/components/checker/storage-keys.ts';

const samples = ['contoso', 'fabrikam'];
const now = new Date('2026-12-01T10:00:00Z');

/** A store in memory; `quota` caps the characters it holds, like a full localStorage. */
function memoryStore(
  initial: Record<string, string> = {},
  quota = Infinity,
): KeyValueStore & {
  data: Map<string, string>;
} {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      if (value.length > quota) throw new Error('QuotaExceededError');
      data.set(key, value);
    },
  };
}

const blocked: KeyValueStore = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('SecurityError');
  },
};

function roundTrip(state: CheckerState): CheckerState {
  const store = memoryStore();
  assert.equal(storeState(store, state), true);
  return loadState(store, samples).state;
}

test('with nothing stored the checker starts on the first sample', () => {
  assert.deepEqual(loadState(memoryStore(), samples), {
    state: { sample: 'contoso', drafts: [], showing: null },
  });
});

test('a blocked storage starts on the sample, and storing says it could not keep the state', () => {
  assert.deepEqual(loadState(blocked, samples).state.drafts, []);
  assert.equal(storeState(blocked, typeText(loadState(blocked, samples).state, 'x', now)), false);
});

test('stored values that are not a state fall back to the sample, with a notice', () => {
  for (const raw of ['{', '"text"', '[]', 'null', '{"drafts": 5}', '{"drafts": {"length": 1e9}}']) {
    const loaded = loadState(memoryStore({ [STORAGE_KEY]: raw }), samples);
    assert.deepEqual(loaded.state, { sample: 'contoso', drafts: [], showing: null }, raw);
    if (raw !== 'null') assert.match(loaded.notice ?? '', /could not be read/, raw);
  }
});

test('damaged drafts are dropped one by one, the good ones kept', () => {
  const raw = JSON.stringify({
    sample: 'no-such-sample',
    drafts: [
      { id: 'd1', text: 'good', origin: 'typed', saved: now.toISOString() },
      { id: 'd2', text: 5, origin: 'typed' },
      { id: '__proto__', text: 'x', origin: 'typed' },
      { id: 'd3', text: 'x', origin: 'elsewhere' },
      { id: 'd1', text: 'same id', origin: 'typed' },
      null,
    ],
    showing: 'd2',
  });
  const { state } = loadState(memoryStore({ [STORAGE_KEY]: raw }), samples);
  assert.equal(state.sample, 'contoso');
  assert.deepEqual(
    state.drafts.map((d) => d.text),
    ['good'],
  );
  assert.equal(state.showing, null);
});

test('the first format’s edited and earlier texts are carried over as drafts', () => {
  const raw = JSON.stringify({
    sample: 'fabrikam',
    edited: 'mine',
    earlier: 'old',
    showing: 'earlier',
  });
  const { state } = loadState(memoryStore({ 'kap.checker.v1': raw }), samples);
  assert.equal(state.sample, 'fabrikam');
  assert.deepEqual(
    state.drafts.map((d) => d.text),
    ['mine', 'old'],
  );
  assert.equal(shownDraft(state)?.text, 'old');
});

test('typing on a sample makes a draft; typing on a draft changes only that draft', () => {
  let state = loadState(memoryStore(), samples).state;
  state = typeText(state, '{"a"', now);
  assert.equal(shownDraft(state)?.text, '{"a"');
  state = typeText(state, '{"a": 1}', now);
  assert.equal(state.drafts.length, 1);
  assert.equal(roundTrip(state).drafts[0]?.text, '{"a": 1}');
  state = showSample(state, 'fabrikam');
  state = typeText(state, 'second', now);
  assert.deepEqual(
    state.drafts.map((d) => d.text),
    ['second', '{"a": 1}'],
  );
});

test('links and files never overwrite the reader’s draft, however many are opened', () => {
  let state = typeText(loadState(memoryStore(), samples).state, 'my own text', now);
  for (let i = 0; i < 3 * MAX_DRAFTS; i++)
    state = bringText(state, `link ${i}`, { origin: 'link' }, now);
  state = bringText(state, 'a file', { origin: 'file', name: 'vendor.json' }, now);
  assert.equal(shownDraft(state)?.text, 'a file');
  assert.equal(state.drafts.length, MAX_DRAFTS);
  assert.equal(latestTyped(state)?.text, 'my own text');
  // One step back to it.
  assert.equal(shownDraft(show(state, latestTyped(state)!.id))?.text, 'my own text');
  assert.equal(roundTrip(state).drafts.find((d) => d.origin === 'typed')?.text, 'my own text');
});

test('opening a text that is already a draft shows that draft instead of copying it', () => {
  let state = typeText(loadState(memoryStore(), samples).state, 'same', now);
  state = showSample(state, 'contoso');
  state = bringText(state, 'same', { origin: 'link' }, now);
  assert.equal(state.drafts.length, 1);
  assert.equal(shownDraft(state)?.origin, 'typed');
});

test('editing a text from a link makes it the reader’s own', () => {
  let state = bringText(loadState(memoryStore(), samples).state, 'linked', { origin: 'link' }, now);
  state = typeText(state, 'linked, edited', now);
  assert.equal(latestTyped(state)?.text, 'linked, edited');
});

test('when the store is full, texts from links go first and the reader’s text is kept', () => {
  const store = memoryStore({}, 500);
  let state = typeText(loadState(store, samples).state, 'mine', now);
  state = bringText(state, 'L'.repeat(300), { origin: 'link' }, now);
  state = bringText(state, 'M'.repeat(300), { origin: 'link' }, now);
  assert.equal(storeState(store, state), true);
  const kept = loadState(store, samples).state;
  assert.deepEqual(
    kept.drafts.map((d) => d.text[0]),
    ['M', 'm'],
  );
  const huge = typeText(state, 'x'.repeat(1000), now);
  assert.equal(storeState(store, huge), false);
});

test('the stored state cannot carry more than the most drafts kept', () => {
  const drafts = Array.from({ length: 50 }, (_, i) => ({
    id: `d${i + 1}`,
    text: `t${i}`,
    origin: 'typed',
  }));
  const { state } = loadState(memoryStore({ [STORAGE_KEY]: JSON.stringify({ drafts }) }), samples);
  assert.equal(state.drafts.length, MAX_DRAFTS);
});
