/**
 * A one-page PDF written byte by byte: its text in Helvetica, its title and creation date in the
 * document information. Small enough to read, so the test knows exactly what pdf.js is given.
 */
export function tinyPdf(lines: readonly string[], title: string): Buffer {
  const text = lines.map((line, i) => `${i > 0 ? '0 -16 Td ' : ''}(${line}) Tj`).join(' ');
  const content = `BT /F1 12 Tf 72 720 Td ${text} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${String(content.length)} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Title (${title}) /CreationDate (D:20220125120000Z) >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${String(i + 1)} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  out += `xref\n0 ${String(objects.length + 1)}\n0000000000 65535 f \n${entries}`;
  out += `trailer\n<< /Size ${String(objects.length + 1)} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${String(xref)}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
