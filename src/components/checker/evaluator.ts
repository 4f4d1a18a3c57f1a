/**
 * Evaluates profile texts in a worker, so that no text, however large, makes typing wait for the
 * engine. One text is evaluated at a time; of those sent meanwhile, only the newest is, and the
 * others resolve to undefined. Where a worker cannot run, the engine runs here instead. The parsed
 * JSON comes back with only the fields the profile schema defines.
 */
import type { PolicyResult, PolicyRules } from '../../engine/evaluate.ts';
import type { ParsedProfile } from '../../engine/parse-profile.ts';

export interface Evaluation {
  parsed: ParsedProfile;
  results: PolicyResult[];
}

type Reply = { id: number } & (
  { ok: true; evaluation: Evaluation } | { ok: false; message: string }
);

interface Request {
  text: string;
  resolve: (evaluation: Evaluation | undefined) => void;
  reject: (error: Error) => void;
}

export class Evaluator {
  #policies: readonly PolicyRules[];
  #worker: Worker | undefined;
  #running: (Request & { id: number }) | undefined;
  #queued: Request | undefined;
  #ids = 0;

  constructor(policies: readonly PolicyRules[]) {
    this.#policies = policies;
    try {
      this.#worker = new Worker(new URL('./evaluation-worker.ts', import.meta.url), {
        type: 'module',
      });
      this.#worker.addEventListener('message', (event: MessageEvent<Reply>) =>
        this.#onReply(event.data),
      );
      // The worker's script could not load or run: evaluate here from now on.
      this.#worker.addEventListener('error', (event) => {
        event.preventDefault();
        this.#worker = undefined;
        const running = this.#running;
        this.#running = undefined;
        if (running) this.#queued ??= running;
        this.#next();
      });
      this.#worker.postMessage({ policies });
    } catch {
      this.#worker = undefined;
    }
  }

  /** The evaluation of `text`, or undefined if a newer text was sent before it started. */
  evaluate(text: string): Promise<Evaluation | undefined> {
    return new Promise((resolve, reject) => {
      this.#queued?.resolve(undefined);
      this.#queued = { text, resolve, reject };
      if (!this.#running) this.#next();
    });
  }

  /** Ends the worker; what is waiting resolves to undefined, as if a newer text had been sent. */
  stop(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#queued?.resolve(undefined);
    this.#running?.resolve(undefined);
    this.#queued = undefined;
    this.#running = undefined;
  }

  #next(): void {
    const request = this.#queued;
    this.#queued = undefined;
    if (!request) return;
    const id = ++this.#ids;
    this.#running = { ...request, id };
    if (this.#worker) {
      this.#worker.postMessage({ id, text: request.text });
      return;
    }
    void Promise.all([
      import('../../engine/evaluate.ts'),
      import('../../engine/known-fields.ts'),
    ]).then(([{ evaluateText }, { withKnownFields }]) => {
      try {
        const { parsed, results } = evaluateText(this.#policies, request.text);
        this.#onReply({ id, ok: true, evaluation: { parsed: withKnownFields(parsed), results } });
      } catch (error) {
        this.#onReply({
          id,
          ok: false,
          message: error instanceof Error ? error.message : String(error),
        });
      }
    });
  }

  #onReply(reply: Reply): void {
    const running = this.#running;
    if (!running || running.id !== reply.id) return;
    this.#running = undefined;
    if (reply.ok) running.resolve(reply.evaluation);
    else running.reject(new Error(reply.message));
    this.#next();
  }
}
