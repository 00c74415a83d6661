// `./da.json?projector`, `./en.json?print`: da.json or en.json again, for a page that loads only
// some of its parts (scripts/jsonPagePart.ts). Both files have the same shape (i18n.test.ts).
// An ambient module may not `import` a relative path, hence the import() types.
// The projector's sections only (projectorSections.ts).
declare module '*.json?projector' {
  const strings: Pick<
    // eslint-disable-next-line @typescript-eslint/consistent-type-imports
    typeof import('./da.json'),
    // eslint-disable-next-line @typescript-eslint/consistent-type-imports
    import('./projectorSections').ProjectorSection
  >;
  export default strings;
}

declare module '*.json?print' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const strings: typeof import('./da.json');
  export = strings;
}

// The console's two parts, cut by entry (scripts/jsonPagePart.ts): what its first screen shows,
// and the rest, which its lazy parts load.
declare module '*.json?console' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const strings: import('../../../shared/i18n/translate').StringTree;
  export default strings;
}

declare module '*.json?consoleLater' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const strings: import('../../../shared/i18n/translate').StringTree;
  export default strings;
}

// A team device's join page (issue 16): the `teamPage` section only.
declare module '*.json?team' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const strings: { teamPage: (typeof import('./da.json'))['teamPage'] };
  export default strings;
}
