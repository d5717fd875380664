/**
 * Windows-1252, the encoding of most CSV files Excel saves on Western Windows machines. It is
 * Latin-1 except in bytes 0x80-0x9F, where it puts the euro sign, curly quotes, dashes and a few
 * letters. Node's TextDecoder("windows-1252") decodes as plain Latin-1 (it maps those bytes to C1
 * control characters), so the 32 differing code points are mapped here, after the WHATWG
 * Encoding Standard's index; its five unassigned bytes keep their Latin-1 meaning.
 */
const HIGH_CONTROLS = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(/[\u0080-\u009f]/g, (char) =>
    String.fromCharCode(HIGH_CONTROLS[char.charCodeAt(0) - 0x80]!),
  );
}
