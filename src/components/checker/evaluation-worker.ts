/** The checker's worker: runs the engine on each profile text it is sent, away from the page's main thread. */
import { evaluateText, type PolicyRules } from '../../engine/evaluate.ts';
import { withKnownFields } from '../../engine/known-fields.ts';

let policies: readonly PolicyRules[] = [];

self.onmessage = (
  event: MessageEvent<{ policies: PolicyRules[] } | { id: number; text: string }>,
) => {
  const message = event.data;
  if ('policies' in message) {
    policies = message.policies;
    return;
  }
  try {
    const { parsed, results } = evaluateText(policies, message.text);
    // Copying thousands of unknown keys back would cost the page more than the evaluation did here.
    const evaluation = { parsed: withKnownFields(parsed), results };
    self.postMessage({ id: message.id, ok: true, evaluation });
  } catch (error) {
    self.postMessage({
      id: message.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
