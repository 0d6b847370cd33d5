import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of each page of a PDF as Mozilla's pdf.js reads it (the engine of Firefox's viewer), so
 * a test sees what a reader's viewer and copy-paste see. Runs of text are joined by single spaces
 * and no-break spaces read as spaces.
 */
export async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 })
    .promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      const runs = content.items.map((item) => ('str' in item ? item.str : ''));
      pages.push(
        runs
          .join(' ')
          .replace(/[\s\u00a0]+/g, ' ')
          .trim(),
      );
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
