import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALLOWED_MEDIA_TYPES, detectMediaType, HEAD_BYTES, mayBeAllowed, TAIL_BYTES } from '../../src/files/media-type';
import { attachmentDisposition, sanitizeFilename } from '../../src/files/file-name';
import { makeZip, sampleDocx, sampleExe, sampleJpeg, sampleOdt, samplePdf, samplePng, sampleXlsx } from '../support/file-samples';

/** What the upload sees: the first HEAD_BYTES and the last TAIL_BYTES. */
const detect = (bytes: Buffer) => detectMediaType(bytes.subarray(0, HEAD_BYTES), bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)));

describe('media type detection by content', () => {
  it('recognises the five allowed formats from their bytes', () => {
    assert.equal(detect(samplePdf()), ALLOWED_MEDIA_TYPES.PDF);
    assert.equal(detect(samplePng()), ALLOWED_MEDIA_TYPES.PNG);
    assert.equal(detect(sampleJpeg()), ALLOWED_MEDIA_TYPES.JPEG);
    assert.equal(detect(sampleOdt()), ALLOWED_MEDIA_TYPES.ODT);
    assert.equal(detect(sampleDocx()), ALLOWED_MEDIA_TYPES.DOCX);
  });

  it('recognises a DOCX written with data descriptors, and one whose word/ part lies past the first bytes', () => {
    assert.equal(detect(sampleDocx({ dataDescriptor: true })), ALLOWED_MEDIA_TYPES.DOCX);
    const padded = sampleDocx({ padding: HEAD_BYTES * 2 });
    assert.equal(padded.subarray(0, HEAD_BYTES).includes('word/'), false, 'the local header of word/ is beyond the head');
    assert.equal(detect(padded), ALLOWED_MEDIA_TYPES.DOCX, 'found in the central directory');
  });

  it('refuses other files, whatever their name would say', () => {
    assert.equal(detect(sampleExe()), null);
    assert.equal(detect(Buffer.from('Just text pretending to be a PDF')), null);
    assert.equal(detect(Buffer.from(' %PDF-1.4 with something before')), null);
    assert.equal(detect(sampleXlsx()), null, 'an OOXML workbook is not a Word document');
    assert.equal(detect(makeZip([{ name: 'readme.txt', content: 'hello' }])), null, 'a plain ZIP');
    assert.equal(detect(makeZip([{ name: 'mimetype', content: 'application/vnd.oasis.opendocument.spreadsheet' }])), null, 'an ODS');
    assert.equal(detect(makeZip([{ name: 'word/document.xml', content: '<w/>' }])), null, 'no [Content_Types].xml');
    assert.equal(detect(Buffer.from('PK\x03\x04', 'latin1')), null, 'a truncated ZIP');
    assert.equal(detect(Buffer.alloc(0)), null);
  });

  it('refuses an ODT whose mimetype entry is not first', () => {
    const zip = makeZip([{ name: 'content.xml', content: '<x/>' }, { name: 'mimetype', content: ALLOWED_MEDIA_TYPES.ODT }]);
    assert.equal(detect(zip), null);
  });

  it('tells from the first bytes when no allowed type is possible', () => {
    assert.equal(mayBeAllowed(sampleExe().subarray(0, 8)), false);
    assert.equal(mayBeAllowed(Buffer.from('hello wo')), false);
    for (const sample of [samplePdf(), samplePng(), sampleJpeg(), sampleOdt(), sampleDocx()]) {
      assert.equal(mayBeAllowed(sample.subarray(0, 8)), true);
      assert.equal(mayBeAllowed(sample.subarray(0, 2)), true, 'a short prefix of a signature may still grow into it');
    }
  });
});

describe('file names', () => {
  it('keeps ordinary names, accents included', () => {
    assert.equal(sanitizeFilename('Sol·licitud d’adhesió.pdf'), 'Sol·licitud d’adhesió.pdf');
    assert.equal(sanitizeFilename('Informe   final.docx'), 'Informe final.docx');
  });

  it('drops paths, control and bidi characters and leading dots', () => {
    assert.equal(sanitizeFilename('C:\\Users\\maria\\..\\acta.pdf'), 'acta.pdf');
    assert.equal(sanitizeFilename('../../etc/passwd'), 'passwd');
    assert.equal(sanitizeFilename('fac\u202Etxt.exe'), 'factxt.exe');
    assert.equal(sanitizeFilename('a\r\nb\u0000.pdf'), 'ab.pdf');
    assert.equal(sanitizeFilename('.hidden'), 'hidden');
    assert.equal(sanitizeFilename('..'), 'file');
    assert.equal(sanitizeFilename(''), 'file');
    assert.equal(sanitizeFilename(undefined), 'file');
  });

  it('cuts long names to 255 characters and keeps the extension', () => {
    const name = sanitizeFilename(`${'à'.repeat(400)}.pdf`);
    assert.equal([...name].length, 255);
    assert.ok(name.endsWith('à.pdf'));
    assert.equal([...sanitizeFilename('😀'.repeat(300))].length, 255, 'never splits a character');
  });

  it('writes Content-Disposition with an ASCII fallback and the exact UTF-8 name', () => {
    assert.equal(attachmentDisposition('Sol·licitud "nova" (v2).pdf'),
      `attachment; filename="Sol_licitud _nova_ (v2).pdf"; filename*=UTF-8''Sol%C2%B7licitud%20%22nova%22%20%28v2%29.pdf`);
    assert.equal(attachmentDisposition('adhesió.pdf'), `attachment; filename="adhesio.pdf"; filename*=UTF-8''adhesi%C3%B3.pdf`);
  });
});
