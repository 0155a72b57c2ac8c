/** One server-sent event as the browser host writes it: `event: <name>\ndata: <json>\n\n`. */
export interface SseFrame {
  event: string;
  data: string;
}

/**
 * Incremental text/event-stream parser (the subset the WHATWG spec defines for event/data/comments).
 * Chunks from a ReadableStream split frames and lines anywhere, so it buffers until a blank line.
 * We parse by hand because EventSource cannot send the Authorization header the host requires.
 */
export class SseParser {
  private buffer = '';
  private event = '';
  private data: string[] = [];
  // A chunk ending in '\r' may be the first half of '\r\n'; remember it so the '\n' is not a second line end.
  private pendingCr = false;

  push(chunk: string): SseFrame[] {
    let text = chunk;
    if (this.pendingCr && text.startsWith('\n')) text = text.slice(1);
    this.pendingCr = text.endsWith('\r');
    this.buffer += text;
    const frames: SseFrame[] = [];
    const lines = this.buffer.split(/\r\n|\r|\n/);
    // The last piece has no line end yet: keep it for the next chunk.
    this.buffer = lines.pop() ?? '';
    for (const line of lines) {
      const frame = this.line(line);
      if (frame) frames.push(frame);
    }
    return frames;
  }

  private line(line: string): SseFrame | null {
    if (line === '') {
      const frame = this.data.length > 0 ? { event: this.event || 'message', data: this.data.join('\n') } : null;
      this.event = '';
      this.data = [];
      return frame;
    }
    if (line.startsWith(':')) return null; // comment / heartbeat
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.event = value;
    else if (field === 'data') this.data.push(value);
    // id and retry are not used by our host; unknown fields are ignored per the spec.
    return null;
  }
}
