/** The manifest of every element, read from the class comments. */
export default {
  globs: ['src/workos-*/workos-*.ts', 'src/core/workos-element.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
