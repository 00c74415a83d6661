import JSZip from 'jszip';

/** Test support: a Word file read back as what a reader sees in it. Used only by tests. */
export interface DocxText {
  /** Paragraphs outside tables: [style, text]; a bullet is its mark and a tab before the text. */
  paragraphs: [string, string][];
  /** Each table's rows of cell texts. */
  tables: string[][][];
  /** Every run's text, in order: for "is it anywhere in the document". */
  all: string;
  /** The package itself, for what the text does not show (sections, page setup). */
  zip: JSZip;
}

function decode(xml: string): string {
  return xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function textOf(xml: string): string {
  return decode([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}

export async function readDocx(bytes: Uint8Array): Promise<DocxText> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...(t[1] ?? '').matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...(r[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => textOf(c[1] ?? '')),
    ),
  );
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((p): [string, string] => [
    /<w:pStyle w:val="([^"]+)"/.exec(p[1] ?? '')?.[1] ?? '',
    textOf(p[1] ?? ''),
  ]);
  return { paragraphs, tables, all: textOf(xml), zip };
}
