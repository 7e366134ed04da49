/**
 * A small XML scanner for the parts of office documents: elements, attributes and text, in one
 * pass over the string, without building a tree. Only the five predefined entities and character
 * references are expanded: a DOCTYPE's own entities are ignored, so an entity bomb expands nothing.
 */

export interface XmlHandler {
  open(name: string, attributes: ReadonlyMap<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

export function scanXml(xml: string, handler: XmlHandler): void {
  const length = xml.length;
  let p = 0;
  while (p < length) {
    const lt = xml.indexOf('<', p);
    if (lt < 0) {
      if (p < length) handler.text(decodeEntities(xml.slice(p)));
      return;
    }
    if (lt > p) handler.text(decodeEntities(xml.slice(p, lt)));
    if (xml.startsWith('<!--', lt)) {
      p = skipPast(xml, '-->', lt + 4);
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      handler.text(xml.slice(lt + 9, end < 0 ? length : end));
      p = end < 0 ? length : end + 3;
    } else if (xml.startsWith('<?', lt)) {
      p = skipPast(xml, '?>', lt + 2);
    } else if (xml.startsWith('<!', lt)) {
      p = skipDeclaration(xml, lt + 2);
    } else if (xml[lt + 1] === '/') {
      const gt = xml.indexOf('>', lt + 2);
      handler.close(xml.slice(lt + 2, gt < 0 ? length : gt).trim());
      p = gt < 0 ? length : gt + 1;
    } else {
      p = readTag(xml, lt + 1, handler);
    }
  }
}

function skipPast(xml: string, marker: string, from: number): number {
  const end = xml.indexOf(marker, from);
  return end < 0 ? xml.length : end + marker.length;
}

/** `<!DOCTYPE … [ … ]>`: skipped whole, brackets included. */
function skipDeclaration(xml: string, from: number): number {
  let depth = 0;
  for (let p = from; p < xml.length; p++) {
    const c = xml[p];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return p + 1;
  }
  return xml.length;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r';
}

/** Reads `name attr="v" …>` or `… />` from `p` (just after `<`); returns the position after `>`. */
function readTag(xml: string, p: number, handler: XmlHandler): number {
  const length = xml.length;
  let q = p;
  while (q < length && !isSpace(xml[q]) && xml[q] !== '>' && xml[q] !== '/') q++;
  const name = xml.slice(p, q);
  let attributes: Map<string, string> | undefined;
  while (q < length) {
    const c = xml[q];
    if (isSpace(c)) {
      q++;
      continue;
    }
    if (c === '>') {
      handler.open(name, attributes ?? NO_ATTRIBUTES, false);
      return q + 1;
    }
    if (c === '/') {
      const gt = xml.indexOf('>', q);
      handler.open(name, attributes ?? NO_ATTRIBUTES, true);
      handler.close(name);
      return gt < 0 ? length : gt + 1;
    }
    // An attribute: name, '=', quoted value.
    const start = q;
    while (q < length && xml[q] !== '=' && xml[q] !== '>' && !isSpace(xml[q])) q++;
    const attribute = xml.slice(start, q);
    while (q < length && isSpace(xml[q])) q++;
    if (xml[q] !== '=') {
      if (q === start) q++; // a stray character: step over it
      continue;
    }
    q++;
    while (q < length && isSpace(xml[q])) q++;
    const quote = xml[q];
    if (quote !== '"' && quote !== "'") continue;
    const end = xml.indexOf(quote, q + 1);
    const value = xml.slice(q + 1, end < 0 ? length : end);
    (attributes ??= new Map()).set(attribute, decodeEntities(value));
    q = end < 0 ? length : end + 1;
  }
  handler.open(name, attributes ?? NO_ATTRIBUTES, false);
  return length;
}

const NAMED = new Map([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"]]);

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  let p = 0;
  while (p < text.length) {
    const amp = text.indexOf('&', p);
    if (amp < 0) break;
    out += text.slice(p, amp);
    const semi = text.indexOf(';', amp + 1);
    // Entity names are short: a far semicolon belongs to later text.
    if (semi < 0 || semi - amp > 10) {
      out += '&';
      p = amp + 1;
      continue;
    }
    const name = text.slice(amp + 1, semi);
    let replacement = NAMED.get(name);
    if (replacement === undefined && name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (Number.isFinite(code) && code > 0 && code <= 0x10ffff) replacement = String.fromCodePoint(code);
    }
    if (replacement === undefined) {
      out += '&';
      p = amp + 1;
    } else {
      out += replacement;
      p = semi + 1;
    }
  }
  return out + text.slice(p);
}
