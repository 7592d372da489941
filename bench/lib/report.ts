import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';

/** A benchmark's printed table: a header row and rows of cells. */
export interface Table {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  /** Lines printed under the table: what was measured, and how. */
  notes?: string[];
}

/** Where each benchmark keeps its last results, to compare a change with. */
const RESULTS = new URL('../results/', import.meta.url);

/** The machine a run happened on, as the README states it. */
export function machine() {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cpus: availableParallelism(),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
}

/**
 * Writes `results` to `bench/results/<name>.json` and returns what the
 * previous run wrote there, if anything, so a figure can show its change.
 */
export function saveResults<T extends object>(name: string, results: T): (T & Stamp) | null {
  const file = new URL(`${name}.json`, RESULTS);
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T & Stamp) : null;

  mkdirSync(RESULTS, { recursive: true });
  const stamped = { date: new Date().toISOString(), machine: machine(), ...results };
  writeFileSync(file, `${JSON.stringify(stamped, null, 2)}\n`);
  return previous;
}

export interface Stamp {
  date: string;
  machine: ReturnType<typeof machine>;
}

/** Prints a table with its columns aligned: text to the left, numbers to the right. */
export function printTable({ title, columns, rows, notes = [] }: Table) {
  const cells = [columns, ...rows.map((row) => row.map(String))];
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  const numeric = columns.map((_, i) =>
    rows.every((row) => typeof row[i] !== 'string' || /^[\d.,×%~—–+-]/.test(String(row[i]))),
  );
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i > 0 && numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();

  console.log(`\n${title}\n`);
  console.log(line(columns));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
  for (const note of notes) console.log(`  ${note}`);
}

/** Bytes as KB with one decimal, the way the tables show sizes. */
export function kb(bytes: number) {
  return (bytes / 1024).toFixed(1);
}

/** `ours / theirs` as a multiplier, "0.18×"; "—" without a counterpart. */
export function ratio(ours: number, theirs: number | undefined) {
  return theirs ? `${(ours / theirs).toFixed(2)}×` : '—';
}

/** The change from a previous figure, "+3%"; empty without one. */
export function change(now: number, before: number | undefined) {
  if (before === undefined || before === 0) return '';
  const percent = Math.round(((now - before) / before) * 100);
  return percent === 0 ? '±0%' : `${percent > 0 ? '+' : ''}${percent}%`;
}

/** The middle value of some measurements. */
export function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
