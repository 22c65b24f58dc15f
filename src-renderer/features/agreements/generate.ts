import regularFontUrl from '../../../resources/fonts/NotoSans-Regular.ttf?url';
import boldFontUrl from '../../../resources/fonts/NotoSans-Bold.ttf?url';
import type { AgreementBundle } from '../../data/useAgreements';
import { buildAgreementDocument } from '../../domain/agreements/document';
import { agreementFieldValues, applyMapping, type FieldMapping } from '../../domain/agreements/field-mapping';
import { AGREEMENT_LANGUAGES, documentLanguages, type AgreementLanguage } from '../../domain/agreements/languages';
import { loadAgreementTexts } from '../../i18n/agreement-texts';
import { renderAgreementPdf, uncoveredCharacters, type PdfAssets } from '../../pdf/agreement-pdf';
import { fillForm } from '../../pdf/form-fill';
import { openFont } from '../../pdf/fontkit-adapter';
import { orUnavailable } from './pdf-tools';
import { sha256Hex } from './hash';
import { logoForPrint } from './logo';

/*
 * pdf-lib, fontkit and the fonts are loaded only when an agreement is printed: screens import
 * this module with `import()`, so it lands in its own chunk.
 */

/** The fonts are bundled with the app (resources/fonts) and fetched from its own origin once. */
let fontsPromise: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;
function loadFonts() {
  const fetchBytes = async (url: string) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
  fontsPromise ??= orUnavailable(() => Promise.all([fetchBytes(regularFontUrl), fetchBytes(boldFontUrl)])).then(
    ([regular, bold]) => ({ regular, bold }),
  );
  fontsPromise.catch(() => (fontsPromise = undefined));
  return fontsPromise;
}

/** Fetches the fonts and every language's clause texts (browser mode, before the connection can go). */
export async function prefetchPdfAssets(): Promise<void> {
  await Promise.all([loadFonts(), loadAgreementTexts(AGREEMENT_LANGUAGES)]);
}

/** Fetches and parses the fonts ahead of the first click on "Generate". */
export async function warmUpPdf(): Promise<void> {
  const fonts = await loadFonts();
  openFont(fonts.regular);
  openFont(fonts.bold);
}

export type GeneratedPdf = {
  bytes: Uint8Array;
  sha256: string;
  languages: AgreementLanguage[];
  mimeType: 'application/pdf';
  ms: number;
  /** Characters the fonts cannot draw: the user is told, the PDF shows boxes for them. */
  missingCharacters: string[];
};

/** Lays out and renders the agreement as PDF. Pure work: storing the version is the caller's. */
export async function generateAgreementPdf(bundle: AgreementBundle): Promise<GeneratedPdf> {
  const started = performance.now();
  const { agreement, sending, host, participant, profile, logo } = bundle;
  const languages = documentLanguages(agreement.languages, agreement.includeEnglish);
  const [fonts, texts] = await Promise.all([loadFonts(), orUnavailable(() => loadAgreementTexts(languages))]);
  const document = buildAgreementDocument({
    agreement,
    amendedReference: bundle.amendedReference,
    sending,
    host,
    participant,
    contactPointName: profile?.organisationName ?? '',
    languages,
    layout: agreement.layout,
    texts,
    createdAt: new Date(),
  });
  const assets: PdfAssets = { ...fonts, logo: logo ? await logoForPrint(logo) : undefined };
  const bytes = await renderAgreementPdf(document, assets);
  const missingCharacters = uncoveredCharacters(document, fonts);
  return {
    bytes,
    sha256: await sha256Hex(bytes),
    languages,
    mimeType: 'application/pdf',
    ms: performance.now() - started,
    missingCharacters,
  };
}

/** Fills an imported form with the agreement's values (texts in `language`). */
export async function fillTemplateForAgreement(
  bundle: AgreementBundle,
  template: { bytes: Blob; mapping: FieldMapping },
  language: AgreementLanguage,
  flatten: boolean,
): Promise<Uint8Array> {
  const { agreement, sending, host, participant } = bundle;
  const values = agreementFieldValues({ ...agreement, sending, host, participant }, language);
  const fonts = await loadFonts();
  return fillForm(new Uint8Array(await template.bytes.arrayBuffer()), applyMapping(template.mapping, values), {
    flatten,
    font: fonts.regular,
    title: agreement.reference,
  });
}
