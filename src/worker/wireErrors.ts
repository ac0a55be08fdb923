import { transferHandlers } from 'comlink';
import { fromWireError, toWireError, type WireError } from '../core/errors';

/**
 * Comlink's calls carry thrown errors through the same two functions as the run lane does, so every
 * error reaches the page as `{name, message, stack}` whichever way it crossed. Both ends install it.
 */
export function crossErrorsAsWire(): void {
  const thrown = transferHandlers.get('throw')!;
  transferHandlers.set('throw', {
    // Comlink marks a thrown value with a private symbol: its own test finds the mark.
    canHandle: thrown.canHandle,
    serialize: (marked) => [toWireError((marked as { value: unknown }).value), []],
    deserialize: (wire) => {
      throw fromWireError(wire as WireError);
    },
  });
}
