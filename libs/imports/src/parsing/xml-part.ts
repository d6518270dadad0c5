import type { ZipArchive } from './zip-archive.js';
import { XmlScanner, type XmlEvents } from './xml-scanner.js';

/**
 * Streams one XML part of the archive through a scanner. `afterChunk` runs after each inflated
 * chunk (the sheet reader hands out the rows completed so far there). UTF-8 is decoded across
 * chunk boundaries, so a character split between two inflated chunks stays whole.
 */
export async function* scanPart(zip: ZipArchive, name: string, events: XmlEvents): AsyncGenerator<void> {
  const scanner = new XmlScanner(events);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of zip.read(name)) {
    scanner.write(decoder.decode(chunk, { stream: true }));
    yield;
  }
  scanner.write(decoder.decode());
  scanner.end();
}

/** Reads a whole part for its events only. */
export async function readPart(zip: ZipArchive, name: string, events: XmlEvents): Promise<void> {
  for await (const _ of scanPart(zip, name, events)) void _;
}
