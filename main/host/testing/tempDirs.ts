/** Moved to main/platform/testing/tempDirs.ts; kept so host tests importing it here still work. */
export { listing, useTempDirs } from '../../platform/testing/tempDirs';
