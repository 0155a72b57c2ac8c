import { describe, expect, it } from 'vitest';
import { SseParser } from '../sse.js';

describe('SseParser', () => {
  it('reads the frames the browser host writes, skipping the connect comment and heartbeats', () => {
    const parser = new SseParser();
    const frames = parser.push(': connected\n\nevent: job:progress\ndata: {"done":1}\n\n: ping\n\nevent: vault:status-changed\ndata: {}\n\n');
    expect(frames).toEqual([
      { event: 'job:progress', data: '{"done":1}' },
      { event: 'vault:status-changed', data: '{}' },
    ]);
  });

  it('reassembles a frame split across chunks at any byte, including between \\r and \\n', () => {
    const text = 'event: job:progress\r\ndata: {"done":2,"total":4}\r\n\r\n';
    for (let cut = 1; cut < text.length; cut++) {
      const parser = new SseParser();
      const frames = [...parser.push(text.slice(0, cut)), ...parser.push(text.slice(cut))];
      expect(frames, `cut at ${cut}`).toEqual([{ event: 'job:progress', data: '{"done":2,"total":4}' }]);
    }
  });

  it('joins multi-line data with newlines and defaults the event name to "message"', () => {
    const parser = new SseParser();
    expect(parser.push('data: a\ndata:b\n\n')).toEqual([{ event: 'message', data: 'a\nb' }]);
  });

  it('ignores a frame without data and unknown fields', () => {
    const parser = new SseParser();
    expect(parser.push('event: lonely\n\nid: 7\nretry: 10\nevent: x\ndata: 1\n\n')).toEqual([{ event: 'x', data: '1' }]);
  });

  it('holds an unfinished frame until its blank line arrives', () => {
    const parser = new SseParser();
    expect(parser.push('event: x\ndata: 1\n')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ event: 'x', data: '1' }]);
  });
});
