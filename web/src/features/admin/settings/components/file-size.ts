/** Sizes are shown in MB (1 MB = 1 048 576 bytes, the unit the server's limits use) and stored in bytes. */
export const BYTES_PER_MB = 1024 * 1024;
export const MIN_FILE_MB = 0.01;
export const MAX_FILE_MB = 50;

export const mbToBytes = (mb: number) => Math.round(mb * BYTES_PER_MB);
/** Bytes → MB, to two decimals (10 485 760 → 10). */
export const bytesToMb = (bytes: number) => Math.round((bytes / BYTES_PER_MB) * 100) / 100;
