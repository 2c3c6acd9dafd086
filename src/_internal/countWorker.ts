// The worker of parallel counting (see countInParallel.ts): counts one slice of a file and posts
// progress messages, then the result.
import { parentPort, workerData } from "node:worker_threads";
import { countSlice, type SliceTask } from "./countSlice.js";

const port = parentPort;
if (port !== null) {
  countSlice(workerData as SliceTask, (bytes, rows) => port.postMessage({ progress: { bytes, rows } }))
    .then((result) => port.postMessage({ result }))
    .catch((error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) }));
}
