/** An .xlsx workbook is a ZIP archive: it starts with the local file header "PK\x03\x04". */
export function isWorkbook(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
