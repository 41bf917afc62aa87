#!/usr/bin/env python3
"""Edit-to-reload latency of a running dev server: saves a post, times until the server tells the browser.

For Shareworthy the browser's channel is Server-Sent Events (/_shareworthy/events, event "reload"); for Hugo
it is the LiveReload WebSocket (/livereload, command "reload"). The clock starts just before the file is
written and stops when the notification arrives at this client, exactly as a browser tab would get it.

  serve_latency.py --kind shareworthy|hugo --port P --file content/posts/x.md [--edits 20] [--warmup 5]
Prints one line per edit and a summary: median and worst in milliseconds.
Standard library only.
"""
import argparse, base64, json, os, socket, statistics, sys, time


def sse_events(port):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"GET /_shareworthy/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
    buf = b""
    while True:
        chunk = s.recv(65536)
        if not chunk:
            raise SystemExit("event stream closed")
        buf += chunk
        while b"\n\n" in buf:
            block, buf = buf.split(b"\n\n", 1)
            for line in block.split(b"\n"):
                if line.startswith(b"event: "):
                    yield line[7:].decode()


class WebSocket:
    """Just enough of RFC 6455 for LiveReload: text frames, client frames masked."""

    def __init__(self, port, path):
        self.s = socket.create_connection(("127.0.0.1", port))
        key = base64.b64encode(os.urandom(16)).decode()
        self.s.sendall((f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                        f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
                        f"Origin: http://127.0.0.1:{port}\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += self.s.recv(1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise SystemExit("no websocket: " + head.decode(errors="replace"))

    def send(self, text):
        data = text.encode()
        mask = os.urandom(4)
        header = bytes([0x81])
        n = len(data)
        header += bytes([0x80 | n]) if n < 126 else bytes([0x80 | 126]) + n.to_bytes(2, "big")
        self.s.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def _exact(self, n):
        out = b""
        while len(out) < n:
            chunk = self.s.recv(n - len(out))
            if not chunk:
                raise SystemExit("websocket closed")
            out += chunk
        return out

    def messages(self):
        while True:
            b0, b1 = self._exact(2)
            n = b1 & 0x7F
            if n == 126:
                n = int.from_bytes(self._exact(2), "big")
            elif n == 127:
                n = int.from_bytes(self._exact(8), "big")
            payload = self._exact(n)
            if b0 & 0x0F == 1:
                yield payload.decode()


def hugo_events(port):
    ws = WebSocket(port, "/livereload")
    ws.send(json.dumps({"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]}))
    yield "hello"  # connected; Hugo 0.111 does not answer the hello, but does send reloads
    for message in ws.messages():
        yield json.loads(message).get("command")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kind", choices=["shareworthy", "hugo"], required=True)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--file", required=True)
    ap.add_argument("--edits", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=5)
    ap.add_argument("--label", default="")
    a = ap.parse_args()
    events = sse_events(a.port) if a.kind == "shareworthy" else hugo_events(a.port)
    if next(events) != "hello":
        raise SystemExit("expected a hello first")
    original = open(a.file, encoding="utf-8").read()
    times = []
    try:
        for i in range(a.warmup + a.edits):
            time.sleep(0.6)  # well past either server's event batching, so edits do not merge
            text = original + f"\n\nEdited for the benchmark, edit {i}.\n"
            start = time.perf_counter()
            with open(a.file, "w", encoding="utf-8") as f:  # in place, as most editors save
                f.write(text)
            for event in events:
                if event == "reload":
                    break
            ms = (time.perf_counter() - start) * 1000
            if i >= a.warmup:
                times.append(ms)
    finally:
        with open(a.file, "w", encoding="utf-8") as f:
            f.write(original)
    print(f"{a.label:<28} edits {len(times)}  median {statistics.median(times):6.1f} ms  "
          f"worst {max(times):6.1f} ms  (best {min(times):.1f})")


if __name__ == "__main__":
    main()
