import { print } from './en.json?print';

/** The print view's part of en.json. */
export default { print };
