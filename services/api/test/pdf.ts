import { execFile } from 'node:child_process';
import path from 'node:path';
import { PNG } from 'pngjs';

export interface ReadPdf {
  /** The text as pdf.js extracts it (a page ends with "-- n of N --"). */
  text: string;
  pages: number;
  info: Record<string, unknown>;
  /** Each embedded image as RGBA pixels. */
  images: { width: number; height: number; data: Uint8ClampedArray }[];
}

/** Reads a PDF with a real extractor (pdf-parse, i.e. Mozilla's pdf.js) in a child Node process. */
export function readPdf(pdf: Buffer): Promise<ReadPdf> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [path.join(__dirname, 'read-pdf.mjs')],
      { maxBuffer: 64 * 1024 * 1024, cwd: __dirname },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`read-pdf failed: ${stderr || error.message}`));
        const read = JSON.parse(stdout) as Omit<ReadPdf, 'images'> & {
          images: { width: number; height: number; data: string }[];
        };
        resolve({
          ...read,
          // pdf-parse hands each image over as a PNG file.
          images: read.images.map((image) => {
            const png = PNG.sync.read(Buffer.from(image.data, 'base64'));
            return { width: png.width, height: png.height, data: new Uint8ClampedArray(png.data) };
          }),
        });
      },
    );
    child.stdin!.end(pdf);
  });
}
