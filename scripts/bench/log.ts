// The benchmark's running log: a line with the time of day. Its own module, so the process runner
// and the report can both use it without importing each other.
export const step = (msg: string) => console.log(`  ${new Date().toISOString().slice(11, 19)} ${msg}`);
