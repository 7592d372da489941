/**
 * The bench server's process: serves the stack that the module named by
 * BENCH_STACK exports as `stack`, then prints its origin and API URL as one
 * line of JSON for the benchmark that started it.
 */
import { serveStack, type StackOptions } from './stack.js';

const { stack } = (await import(process.env.BENCH_STACK!)) as { stack: StackOptions };
const { origin, apiUrl } = await serveStack(stack);
process.stdout.write(`${JSON.stringify({ origin, apiUrl })}\n`);
