/**
 * What a generated Frühe-Hilfen network is made of: the sectors and partner types of the default
 * catalogue (DOMAIN.md) with shares that resemble real networks — many Kitas, practices and
 * counselling services, few courts and job centres — and the body that usually runs each type.
 * `perMunicipality` types exist once in every municipality (the hubs); `weight` is the relative
 * share of the others; `activity` how many ties a partner of that type tends to have.
 */
export interface PartnerTypeProfile {
  sector: string;
  type: string;
  carrier: 'öffentlich' | 'frei' | 'privat';
  weight: number;
  activity: number;
  perMunicipality?: boolean;
}

export const PARTNER_TYPES: readonly PartnerTypeProfile[] = [
  {
    sector: 'Kinder- und Jugendhilfe',
    type: 'Jugendamt / ASD',
    carrier: 'öffentlich',
    weight: 0,
    activity: 12,
    perMunicipality: true,
  },
  {
    sector: 'Kinder- und Jugendhilfe',
    type: 'Fachdienst Kinderschutz',
    carrier: 'öffentlich',
    weight: 1,
    activity: 4,
  },
  {
    sector: 'Kinder- und Jugendhilfe',
    type: 'Erziehungs- und Familienberatung',
    carrier: 'frei',
    weight: 3,
    activity: 2.5,
  },
  {
    sector: 'Kinder- und Jugendhilfe',
    type: 'Hilfen zur Erziehung',
    carrier: 'frei',
    weight: 4,
    activity: 1.5,
  },
  { sector: 'Kinder- und Jugendhilfe', type: 'Kita', carrier: 'frei', weight: 16, activity: 0.8 },
  {
    sector: 'Kinder- und Jugendhilfe',
    type: 'Familienzentrum',
    carrier: 'frei',
    weight: 6,
    activity: 1.6,
  },
  {
    sector: 'Kinder- und Jugendhilfe',
    type: 'Familienbildungsstätte',
    carrier: 'frei',
    weight: 2,
    activity: 1.5,
  },
  {
    sector: 'Kinder- und Jugendhilfe',
    type: 'Mehrgenerationenhaus',
    carrier: 'frei',
    weight: 1,
    activity: 1,
  },
  {
    sector: 'Gesundheitswesen',
    type: 'Gesundheitsamt',
    carrier: 'öffentlich',
    weight: 0,
    activity: 5,
    perMunicipality: true,
  },
  { sector: 'Gesundheitswesen', type: 'Geburtsklinik', carrier: 'frei', weight: 1.5, activity: 2 },
  {
    sector: 'Gesundheitswesen',
    type: 'Kinderklinik',
    carrier: 'öffentlich',
    weight: 1,
    activity: 2,
  },
  {
    sector: 'Gesundheitswesen',
    type: 'Sozialpädiatrisches Zentrum',
    carrier: 'frei',
    weight: 0.7,
    activity: 2,
  },
  {
    sector: 'Gesundheitswesen',
    type: 'kinderärztliche Praxis',
    carrier: 'privat',
    weight: 8,
    activity: 0.6,
  },
  {
    sector: 'Gesundheitswesen',
    type: 'frauenärztliche Praxis',
    carrier: 'privat',
    weight: 6,
    activity: 0.4,
  },
  { sector: 'Gesundheitswesen', type: 'Hebamme', carrier: 'privat', weight: 8, activity: 0.7 },
  {
    sector: 'Gesundheitswesen',
    type: 'Familienhebamme / FGKiKP',
    carrier: 'öffentlich',
    weight: 3,
    activity: 3,
  },
  {
    sector: 'Gesundheitswesen',
    type: 'Sozialpsychiatrischer Dienst',
    carrier: 'öffentlich',
    weight: 0.7,
    activity: 1,
  },
  {
    sector: 'Gesundheitswesen',
    type: 'Müttergenesung',
    carrier: 'frei',
    weight: 0.5,
    activity: 0.6,
  },
  {
    sector: 'Frühförderung / Eingliederungshilfe',
    type: 'Frühförderstelle',
    carrier: 'frei',
    weight: 2,
    activity: 1.5,
  },
  {
    sector: 'Frühförderung / Eingliederungshilfe',
    type: 'Leistungserbringer SGB IX',
    carrier: 'frei',
    weight: 1.5,
    activity: 0.8,
  },
  {
    sector: 'Beratung',
    type: 'Schwangerschaftsberatung',
    carrier: 'frei',
    weight: 3,
    activity: 2.5,
  },
  { sector: 'Beratung', type: 'Suchtberatung', carrier: 'frei', weight: 1.5, activity: 1 },
  { sector: 'Beratung', type: 'Schuldnerberatung', carrier: 'frei', weight: 1.5, activity: 0.8 },
  {
    sector: 'Soziale Sicherung / Arbeit',
    type: 'Sozialamt',
    carrier: 'öffentlich',
    weight: 1,
    activity: 1,
  },
  {
    sector: 'Soziale Sicherung / Arbeit',
    type: 'Jobcenter',
    carrier: 'öffentlich',
    weight: 1,
    activity: 1,
  },
  {
    sector: 'Soziale Sicherung / Arbeit',
    type: 'Agentur für Arbeit',
    carrier: 'öffentlich',
    weight: 0.5,
    activity: 0.6,
  },
  {
    sector: 'Schutz und Justiz',
    type: 'Polizei / Ordnungsbehörde',
    carrier: 'öffentlich',
    weight: 1,
    activity: 1,
  },
  {
    sector: 'Schutz und Justiz',
    type: 'Familiengericht',
    carrier: 'öffentlich',
    weight: 0.4,
    activity: 1,
  },
  {
    sector: 'Schutz und Justiz',
    type: 'Frauenhaus / Gewaltschutz',
    carrier: 'frei',
    weight: 1,
    activity: 1.2,
  },
  { sector: 'Bildung', type: 'Schule', carrier: 'öffentlich', weight: 5, activity: 0.5 },
  {
    sector: 'Zivilgesellschaft',
    type: 'Familienpatenschaften / Ehrenamt',
    carrier: 'frei',
    weight: 3,
    activity: 0.8,
  },
];

/** Invented municipality names, so that no generated network passes for a real one. */
export const MUNICIPALITIES: readonly string[] = [
  'Lindenau',
  'Birkenfeld',
  'Erlenbach',
  'Haselrode',
  'Eichstetten',
  'Ulmenhain',
  'Espenau',
  'Weidenthal',
  'Buchholz am See',
  'Tannweiler',
  'Ahornstadt',
  'Kastanienberg',
  'Fichtenau',
  'Kieferngrund',
  'Lärchenfeld',
  'Eibenried',
  'Holunderbach',
  'Rosenheide',
  'Wacholderau',
  'Mistelbrunn',
];

export const SOCIAL_AREAS: readonly string[] = [
  'Mitte',
  'Nord',
  'Süd',
  'Ost',
  'West',
  'Altstadt',
  'Bahnhofsviertel',
  'Neustadt',
  'Am Hang',
  'Feldmark',
];

/** Share of ties at each intensity 1–4, from "kennen sich" to "verbindliche Kooperation". */
export const INTENSITY_SHARES: readonly number[] = [0.35, 0.3, 0.22, 0.13];
