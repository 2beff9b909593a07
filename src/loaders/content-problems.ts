/**
 * In dev, a content edit that breaks the corpus must show in the browser,
 * not only in the terminal while the old page keeps being served. The loader
 * publishes the current problem here; the dev-content-errors integration
 * shows it. The channel lives on globalThis because the loader and the
 * integration are loaded as separate module instances.
 */

type Listener = (message: string | undefined) => void;

interface Channel {
  message?: string;
  listeners: Set<Listener>;
}

const KEY = Symbol.for('wps-error-codes.content-problem');

export function contentProblemChannel(): Channel {
  const holder = globalThis as { [KEY]?: Channel };
  holder[KEY] ??= { listeners: new Set() };
  return holder[KEY];
}

/** Publishes the corpus's current problem, or `undefined` once it loads again. */
export function reportContentProblem(message: string | undefined): void {
  const channel = contentProblemChannel();
  if (channel.message === message) return;
  channel.message = message;
  for (const listener of channel.listeners) listener(message);
}
