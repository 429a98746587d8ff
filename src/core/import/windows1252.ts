/**
 * Windows-1252 assigns printable characters to the bytes 0x80–0x9F (€, „, “, –, …) where
 * ISO-8859-1 has control codes. Node's TextDecoder decodes 'windows-1252' as ISO-8859-1 since
 * v20.18.3 (nodejs/node#60888), browsers follow the WHATWG table. Mapping the C1 code points
 * afterwards gives the WHATWG result in both, so the CLI and the app read the same text.
 */
const C1_TO_WINDOWS_1252: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const C1_RANGE = /[\u0080-\u009f]/g;

export function repairWindows1252(text: string): string {
  return text.replace(C1_RANGE, (c) =>
    String.fromCharCode(C1_TO_WINDOWS_1252[c.charCodeAt(0) - 0x80] ?? 0xfffd),
  );
}
