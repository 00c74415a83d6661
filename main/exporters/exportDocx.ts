import { Document, Footer, Packer, PageOrientation } from 'docx';
import { withTitle, type WorkshopRecord } from '../../shared/exporters/record';
import { localeFor } from '../../shared/languages';
import {
  actionsTable,
  FULL_COLUMNS,
  minutesBlocks,
  ORGANISATION_COLUMNS,
  type Ctx,
} from './docxMinutes';
import { heading, para, RAW_PARAGRAPH_STYLES, sectionEnd } from './docxParts';
import { RawBlocks } from './docxRaw';
import { restampZip, w3cDateTime } from './stableZip';

const LANDSCAPE = { page: { size: { orientation: PageOrientation.LANDSCAPE } } };

export interface DocxOptions {
  generatedAt: Date;
  /** Instead of the minutes: one page per organisation with only its actions. */
  perOrganisation?: boolean;
}

function sections(record: WorkshopRecord, perOrganisation: boolean, ctx: Ctx) {
  const { s } = ctx;
  // "Made by Dialogrum" at the foot of every page: after the last table, in the text, it fell onto
  // a page of its own whenever that table filled its last page.
  const footers = () => ({
    default: new Footer({ children: [para(record.generatedText, { italic: true })] }),
  });
  if (perOrganisation) {
    const subtitle = [record.title, record.minutes.dateText].filter((x) => x !== '').join(' · ');
    if (record.organisations.length === 0) {
      return [
        {
          properties: LANDSCAPE,
          footers: footers(),
          children: [
            heading(withTitle(s.files.perOrganisation, record.title), 1),
            para(s.minutes.noActions),
          ],
        },
      ];
    }
    return record.organisations.map((group) => ({
      properties: LANDSCAPE,
      footers: footers(),
      children: [
        heading(s.minutes.actionsFor(group.organisation), 1),
        para(subtitle),
        actionsTable(group.actions, ORGANISATION_COLUMNS, ctx, 'landscape'),
        sectionEnd(),
      ],
    }));
  }
  return [
    { footers: footers(), children: [...minutesBlocks(record, ctx), sectionEnd()] },
    {
      properties: LANDSCAPE,
      footers: footers(),
      children: [
        heading(s.minutes.allActions, 2),
        record.actions.length === 0
          ? para(s.minutes.noActions)
          : actionsTable(record.actions, FULL_COLUMNS, ctx, 'landscape'),
        sectionEnd(),
      ],
    },
  ];
}

/**
 * The minutes as a Word document (docs/method.md § The minutes), with the whole action list on
 * landscape pages at the end; or, per organisation, a landscape page per organisation with only its
 * actions.
 */
export async function exportDocx(
  record: WorkshopRecord,
  options: DocxOptions,
): Promise<Uint8Array> {
  const s = record.strings;
  const ctx: Ctx = { s, raw: new RawBlocks() };
  const document = new Document({
    creator: 'Dialogrum',
    lastModifiedBy: 'Dialogrum',
    title: `${options.perOrganisation ? s.files.perOrganisation : s.minutes.title}: ${record.title}`,
    styles: {
      default: {
        document: {
          run: {
            font: 'Calibri',
            size: 22,
            language: { value: localeFor(record.language) },
          },
          paragraph: { spacing: { after: 80 } },
        },
        heading1: { paragraph: { spacing: { before: 0, after: 160 } } },
        heading2: { paragraph: { spacing: { before: 320, after: 120 } } },
        heading3: { paragraph: { spacing: { before: 200, after: 80 } } },
      },
      paragraphStyles: RAW_PARAGRAPH_STYLES,
    },
    sections: sections(record, options.perOrganisation ?? false, ctx),
  });
  const bytes = await Packer.toBuffer(document);
  // docx stamps core.xml and every zip entry with the time of writing: use the named time.
  const stamp = w3cDateTime(options.generatedAt);
  const fixTimes = (xml: string) =>
    xml.replace(
      /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
      (_all, open: string, _name: string, close: string) => `${open}${stamp}${close}`,
    );
  return restampZip(new Uint8Array(bytes), options.generatedAt, {
    'docProps/core.xml': fixTimes,
    'word/document.xml': (xml) => ctx.raw.fill(xml),
  });
}
