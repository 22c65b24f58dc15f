/**
 * Column headers that registries, chambers and spreadsheets use for each company field, in the UI
 * languages (en, de, el, es, fr, it, sr in both scripts) and the agreement-only languages (nl, hr,
 * sl, sk, cnr). Compared folded (case, marks, Cyrillic to Latin, punctuation and spaces removed),
 * so "USt-IdNr." matches "ust idnr" and "ПИБ" matches "PIB". The UI's own field labels in every
 * language are added by the caller.
 */
import type { CompanyDraft } from './company-schema';
import { foldForSearch } from './search-normalize';

/** A column that carries a whole NACE code (`J62`, `62.01`): section and division at once. */
export type CsvField = keyof CompanyDraft | 'naceCode';

// prettier-ignore
export const HEADER_SYNONYMS: Record<CsvField, string[]> = {
  legalName: [
    'name', 'company', 'company name', 'legal name', 'firm', 'firm name', 'business name', 'organisation', 'organization', 'enterprise',
    'Firma', 'Firmenname', 'Unternehmen', 'Unternehmensname', 'Rechtlicher Name', 'Επωνυμία', 'Επωνυμία εταιρείας', 'Εταιρεία', 'Επιχείρηση',
    'Razón social', 'Empresa', 'Nombre', 'Nombre de la empresa', 'Denominación social', 'Raison sociale', 'Entreprise', 'Société', 'Nom',
    "Nom de l'entreprise", 'Dénomination', 'Ragione sociale', 'Azienda', 'Impresa', 'Denominazione', 'Società', 'Назив', 'Назив фирме',
    'Пословно име', 'Фирма', 'Предузеће', 'Bedrijfsnaam', 'Naam', 'Bedrijf', 'Onderneming', 'Naziv tvrtke', 'Tvrtka', 'Poduzeće',
    'Podjetje', 'Ime podjetja', 'Názov', 'Obchodné meno', 'Spoločnosť', 'Naziv preduzeća',
  ],
  tradeName: [
    'trade name', 'brand', 'commercial name', 'dba', 'Handelsname', 'Markenname', 'Διακριτικός τίτλος', 'Εμπορική ονομασία',
    'Nombre comercial', 'Nom commercial', 'Enseigne', 'Nome commerciale', 'Insegna', 'Скраћено пословно име', 'Трговачки назив',
    'Handelsnaam', 'Skraćeni naziv', 'Trgovački naziv', 'Skrajšano ime', 'Obchodný názov',
  ],
  country: [
    'country', 'country code', 'nation', 'Land', 'Staat', 'Ländercode', 'Χώρα', 'País', 'Pays', 'Paese', 'Nazione', 'Држава', 'Земља',
    'Država', 'Zemlja', 'Krajina', 'Štát',
  ],
  region: [
    'region', 'state', 'province', 'county', 'Bundesland', 'Kreis', 'Περιφέρεια', 'Νομός', 'Región', 'Provincia', 'Comunidad autónoma',
    'Région', 'Département', 'Regione', 'Регион', 'Округ', 'Покрајина', 'Regio', 'Provincie', 'Regija', 'Županija', 'Kraj',
  ],
  city: [
    'city', 'town', 'municipality', 'locality', 'place', 'Stadt', 'Ort', 'Gemeinde', 'Πόλη', 'Δήμος', 'Ciudad', 'Localidad', 'Municipio',
    'Población', 'Ville', 'Commune', 'Localité', 'Città', 'Comune', 'Località', 'Град', 'Место', 'Општина', 'Stad', 'Plaats', 'Gemeente',
    'Mjesto', 'Općina', 'Mesto', 'Občina', 'Obec',
  ],
  address: [
    'address', 'street', 'street address', 'Adresse', 'Anschrift', 'Straße', 'Διεύθυνση', 'Οδός', 'Dirección', 'Domicilio', 'Calle',
    'Rue', 'Indirizzo', 'Via', 'Sede', 'Адреса', 'Улица', 'Седиште', 'Adres', 'Straat', 'Sjedište', 'Naslov', 'Sídlo',
  ],
  nationalId: [
    'company id', 'company number', 'registration number', 'registry number', 'register number', 'reg no', 'business id', 'crn',
    'national id', 'Handelsregisternummer', 'HRB', 'Registernummer', 'Firmenbuchnummer', 'FN', 'ΓΕΜΗ', 'Αριθμός ΓΕΜΗ',
    'Número de registro', 'Registro mercantil', 'SIREN', 'SIRET', "Numéro d'immatriculation", 'RCS', 'Codice fiscale', 'REA', 'Numero REA',
    'ПИБ', 'Матични број', 'МБ', 'KvK', 'KvK-nummer', 'Ondernemingsnummer', 'KBO', 'OIB', 'MBS', 'Matični broj', 'Matična številka', 'IČO',
  ],
  vatNumber: [
    'vat', 'vat number', 'vat no', 'vat id', 'vat reg no', 'tax id', 'tax number', 'tin', 'USt-IdNr', 'USt-ID', 'Umsatzsteuer-Identifikationsnummer',
    'UID', 'UID-Nummer', 'Steuernummer', 'ΑΦΜ', 'ΦΠΑ', 'Αριθμός ΦΠΑ', 'CIF', 'NIF', 'NIF-IVA', 'Número de IVA', 'N° TVA', 'No TVA', 'TVA',
    'Numéro de TVA', 'TVA intracommunautaire', 'Partita IVA', 'P. IVA', 'IVA', 'ПДВ број', 'ПДВ', 'BTW', 'BTW-nummer', 'PDV ID',
    'ID za DDV', 'DDV', 'Davčna številka', 'IČ DPH', 'DIČ',
  ],
  website: [
    'website', 'web', 'web site', 'url', 'homepage', 'site', 'www', 'Webseite', 'Internetseite', 'Internet', 'Ιστοσελίδα', 'Ιστότοπος',
    'Sitio web', 'Página web', 'Site web', 'Site internet', 'Sito web', 'Sito internet', 'Sito', 'Веб-сајт', 'Сајт', 'Интернет страница',
    'Web stranica', 'Mrežna stranica', 'Spletna stran', 'Webová stránka',
  ],
  email: [
    'email', 'e-mail', 'mail', 'email address', 'E-Mail-Adresse', 'Ηλεκτρονικό ταχυδρομείο', 'Correo', 'Correo electrónico', 'Courriel',
    'Adresse e-mail', 'Mél', 'Posta elettronica', 'Indirizzo email', 'PEC', 'Е-пошта', 'Имејл', 'Електронска пошта', 'E-mailadres',
    'Elektronska pošta',
  ],
  phone: [
    'phone', 'telephone', 'tel', 'phone number', 'mobile', 'Telefon', 'Telefonnummer', 'Τηλέφωνο', 'Τηλ', 'Teléfono', 'Téléphone', 'Tél',
    'Telefono', 'Телефон', 'Тел', 'Telefoon', 'Telefoonnummer', 'Telefón',
  ],
  naceCode: [
    'nace', 'nace code', 'nace rev 2', 'nace rev2', 'nace 2', 'activity code', 'sector code', 'WZ', 'WZ 2008', 'WZ-Code', 'ÖNACE',
    'ΚΑΔ', 'Κωδικός δραστηριότητας', 'CNAE', 'Código CNAE', 'NAF', 'Code NAF', 'APE', 'Code APE', 'NACE-BEL', 'ATECO', 'Codice ATECO',
    'Шифра делатности', 'Делатност', 'SBI', 'SBI-code', 'NKD', 'Šifra djelatnosti', 'SKD', 'Šifra dejavnosti', 'SK NACE', 'OKEČ',
  ],
  naceSection: [
    'nace section', 'section', 'sector', 'Abschnitt', 'Wirtschaftsabschnitt', 'Branche', 'Sektor', 'Τομέας', 'Sección', 'Section',
    'Secteur', 'Sezione', 'Settore', 'Сектор', 'Sectie', 'Područje', 'Področje', 'Sekcia',
  ],
  naceDivision: [
    'nace division', 'division', 'Abteilung', 'Κλάδος', 'División', 'Divisione', 'Област', 'Afdeling', 'Odjeljak', 'Oddelek', 'Oddiel',
  ],
  foundingYear: [
    'founded', 'year founded', 'founding year', 'established', 'year of establishment', 'incorporation year', 'Gründungsjahr', 'Gegründet',
    'Έτος ίδρυσης', 'Año de fundación', 'Año de constitución', 'Année de création', 'Anno di fondazione', 'Anno di costituzione',
    'Година оснивања', 'Oprichtingsjaar', 'Godina osnivanja', 'Leto ustanovitve', 'Rok založenia',
  ],
  headcount: [
    'employees', 'staff', 'headcount', 'number of employees', 'no of employees', 'employee count', 'workforce', 'fte', 'Mitarbeiter',
    'Mitarbeiterzahl', 'Anzahl Mitarbeiter', 'Beschäftigte', 'Anzahl der Beschäftigten', 'Εργαζόμενοι', 'Αριθμός εργαζομένων', 'Προσωπικό',
    'Empleados', 'Número de empleados', 'Plantilla', 'Trabajadores', 'Effectif', 'Effectifs', 'Salariés', 'Employés', 'Nombre de salariés',
    'Dipendenti', 'Numero di dipendenti', 'Addetti', 'Organico', 'Запослени', 'Број запослених', 'Werknemers', 'Medewerkers',
    'Aantal werknemers', 'Personeel', 'Broj zaposlenika', 'Število zaposlenih', 'Zamestnanci', 'Počet zamestnancov',
  ],
  turnoverEur: [
    'turnover', 'revenue', 'sales', 'annual turnover', 'Umsatz', 'Jahresumsatz', 'Κύκλος εργασιών', 'Τζίρος', 'Facturación',
    'Volumen de negocio', 'Cifra de negocios', "Chiffre d'affaires", 'CA', 'Fatturato', 'Промет', 'Приход', 'Пословни приход', 'Omzet',
    'Prihod', 'Prihodki', 'Obrat', 'Tržby',
  ],
  balanceSheetEur: [
    'balance sheet', 'balance sheet total', 'total assets', 'Bilanzsumme', 'Σύνολο ενεργητικού', 'Total del balance', 'Activo total',
    'Total du bilan', 'Totale di bilancio', 'Totale attivo', 'Укупна актива', 'Balanstotaal', 'Ukupna aktiva', 'Bilančna vsota',
    'Celkové aktíva',
  ],
  languages: [
    'languages', 'language', 'spoken languages', 'Sprachen', 'Sprache', 'Γλώσσες', 'Idiomas', 'Lenguas', 'Langues', 'Lingue', 'Језици',
    'Talen', 'Jezici', 'Jeziki', 'Jazyky',
  ],
  role: ['role', 'participation', 'Rolle', 'Ρόλος', 'Rol', 'Papel', 'Rôle', 'Ruolo', 'Улога', 'Uloga', 'Vloga', 'Úloha'],
  status: ['status', 'pipeline', 'stage', 'Stand', 'Κατάσταση', 'Estado', 'Statut', 'État', 'Stato', 'Fase', 'Статус', 'Фаза', 'Stav'],
  consentStore: [
    'consent', 'consent date', 'gdpr consent', 'consent to store', 'Einwilligung', 'Συγκατάθεση', 'Consentimiento', 'Consentement',
    'Consenso', 'Сагласност', 'Toestemming', 'Privola', 'Suglasnost', 'Soglasje', 'Súhlas',
  ],
  consentShare: [
    'consent to share', 'sharing consent', 'share consent', 'Einwilligung Weitergabe', 'Consentimiento para compartir',
    'Consentement au partage', 'Consenso alla condivisione',
  ],
  consentScope: ['consent scope', 'Umfang der Einwilligung', 'Alcance del consentimiento', 'Portée du consentement', 'Ambito del consenso'],
  eventName: [
    'event', 'event name', 'source', 'met at', 'fair', 'Veranstaltung', 'Messe', 'Quelle', 'Εκδήλωση', 'Έκθεση', 'Evento', 'Feria',
    'Événement', 'Salon', 'Fiera', 'Догађај', 'Сајам', 'Evenement', 'Beurs', 'Događaj', 'Dogodek', 'Sejem', 'Podujatie', 'Veľtrh',
  ],
  tags: [
    'tags', 'tag', 'labels', 'keywords', 'Schlagwörter', 'Stichwörter', 'Ετικέτες', 'Etiquetas', 'Étiquettes', 'Mots-clés', 'Etichette',
    'Ознаке', 'Trefwoorden', 'Oznake', 'Štítky',
  ],
};

/** A header or a cell as compared: folded, letters and digits only. */
export function foldHeader(text: string): string {
  return foldForSearch(text).replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Column index → field. Every field's name, the caller's labels (the UI's, in every language) and
 * the synonyms above are tried; each field is taken by one column at most, the first that names it.
 */
export function guessMapping(
  headers: string[],
  labels: Partial<Record<CsvField, string[]>>,
  fields: readonly CsvField[],
): (CsvField | null)[] {
  const names = new Map<string, CsvField>();
  // Labels of our own export come first: they must win over a synonym of another field.
  for (const source of [labels, HEADER_SYNONYMS] as Partial<Record<CsvField, string[]>>[]) {
    for (const field of fields)
      for (const name of [field, ...(source[field] ?? [])])
        if (!names.has(foldHeader(name))) names.set(foldHeader(name), field);
  }
  const used = new Set<CsvField>();
  return headers.map((header) => {
    const field = names.get(foldHeader(header));
    if (!field || used.has(field)) return null;
    used.add(field);
    return field;
  });
}
