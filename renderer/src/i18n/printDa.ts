import { print } from './da.json?print';

/** The print view's part of da.json: it does not load the console's sentences. */
export default { print };
