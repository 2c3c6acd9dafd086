// The worker of parallel counting (see countInParallel.ts): counts the slice it starts with, then
// each slice it is sent, posting progress messages and then each slice's result.
import { parentPort, workerData } from "node:worker_threads";
import { countSlice, type SliceTask } from "./countSlice.js";

const port = parentPort;
if (port !== null) {
  const count = (task: SliceTask) =>
    countSlice(task, (bytes, rows) => port.postMessage({ progress: { bytes, rows } }))
      .then((result) => port.postMessage({ result }))
      .catch((error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) }));
  port.on("message", (task: SliceTask) => void count(task));
  void count(workerData as SliceTask);
}
