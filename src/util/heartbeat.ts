/**
 * "Still working" from long work that is not hung: a program taskgen waits on (LibreOffice, pdftoppm,
 * Tesseract) runs under its own deadline, and a scanned PDF of fifty pages takes minutes of them. A batch
 * abandons a file it has heard nothing of for its per-file timeout; the batch worker says here how to be
 * heard, and the converters beat while their program runs. Outside a batch nobody listens.
 */
let listener: (() => void) | null = null;

/** Sets (or clears, with null) what a beat does. */
export function onHeartbeat(fn: (() => void) | null): void {
  listener = fn;
}

export function heartbeat(): void {
  listener?.();
}

/** How often a running program is reported alive: well inside any per-file timeout a batch uses. */
export const HEARTBEAT_MS = 1_000;
