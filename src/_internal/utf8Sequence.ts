/**
 * Whether the UTF-8 sequence that starts at `at` (a byte of 0x80 or more) is well formed, by the
 * Unicode table of well-formed byte sequences (no overlong forms, no surrogates, nothing past
 * U+10FFFF); `"incomplete"` when the bytes end before the sequence could be judged.
 */
export function utf8SequenceAt(bytes: Uint8Array, at: number): "valid" | "invalid" | "incomplete" {
  const lead = bytes[at] as number;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    else if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    else if (lead === 0xf4) high = 0x8f;
  } else return "invalid";
  for (let i = 1; i < length; i++) {
    if (at + i >= bytes.length) return "incomplete";
    const byte = bytes[at + i] as number;
    if (byte < (i === 1 ? low : 0x80) || byte > (i === 1 ? high : 0xbf)) return "invalid";
  }
  return "valid";
}
