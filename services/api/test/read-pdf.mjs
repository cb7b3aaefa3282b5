// Reads a PDF given on stdin with pdf-parse (pdf.js) and prints its text, page count, metadata and images
// as JSON. A separate Node process: pdf.js loads its worker with a dynamic import, which Jest's CommonJS
// runtime cannot do (see test/pdf.ts).
import { PDFParse } from 'pdf-parse';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
try {
  const text = await parser.getText();
  const info = await parser.getInfo();
  const images = await parser.getImage({ imageThreshold: 50, imageDataUrl: false, imageBuffer: true });
  process.stdout.write(
    JSON.stringify({
      text: text.text,
      pages: text.total,
      info: info.info,
      images: images.pages.flatMap((page) =>
        page.images.map((image) => ({
          width: image.width,
          height: image.height,
          data: Buffer.from(image.data).toString('base64'),
        })),
      ),
    }),
  );
} finally {
  await parser.destroy();
}
