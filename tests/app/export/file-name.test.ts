import { describe, expect, it } from 'vitest';
import { exportFileBase } from '../../../src/app/export/file-name';

const day = new Date(2026, 11, 7, 23, 59);

describe('the name of an export file', () => {
  it("is the network's name and the local day", () => {
    expect(exportFileBase('Beispielkreis (Beispieldaten)', day)).toBe(
      'Beispielkreis (Beispieldaten) 2026-12-07',
    );
    expect(exportFileBase('Netzwerk Frühe Hilfen Köln-Süd', new Date(2025, 0, 3))).toBe(
      'Netzwerk Frühe Hilfen Köln-Süd 2025-01-03',
    );
  });

  it('is never the name of the file the network came from', () => {
    // An import of "Partner.xlsx" names the network "Partner".
    expect(`${exportFileBase('Partner', day)}.xlsx`).toBe('Partner 2026-12-07.xlsx');
  });

  it('holds no path separator, reserved, control or invisible character', () => {
    const name = exportFileBase('../..\\Kita: "Sonne"? <*>|\u0000\n\tTab\u202Egpj.exe\u200B', day);
    expect(name).toBe('Kita Sonne Tab gpj.exe 2026-12-07');
    expect(name).not.toMatch(/[/\\:*?"<>|\p{Cc}\p{Cf}]/u);
  });

  it('does not start with a dot, is cut without splitting a character, and is never empty', () => {
    expect(exportFileBase('.versteckt.', day)).toBe('versteckt 2026-12-07');
    const long = exportFileBase('👶'.repeat(100), day);
    expect(long).toBe(`${'👶'.repeat(80)} 2026-12-07`);
    expect(exportFileBase(' /// ', day)).toBe('Netzwerk 2026-12-07');
    expect(exportFileBase('', day)).toBe('Netzwerk 2026-12-07');
  });
});
