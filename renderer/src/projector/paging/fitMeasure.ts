/**
 * The User Timing measure each projector fit records (usePanelFit), so the benchmark can time
 * fits in a production build. Its own file: the benchmark imports it without the DOM code.
 */
export const FIT_MEASURE = 'dialogrum:projector-fit';
