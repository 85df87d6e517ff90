#!/usr/bin/env python3
"""Connection-holding halves of `Scripts/bench serve`, on loopback only, bounded in count and time.

    connections.py memory PORT PATH N PIDS...   N connections held open (half after one keep-alive request),
                                                RSS of PIDS (summed) before and while held
    connections.py ttfb PORT PATH N SECONDS     time to first byte of normal GETs (one connection each) for
                                                SECONDS alone, then for SECONDS while N slow clients hold
                                                connections with heads trickled a header line a second

Prints `key value` lines for the shell script to read.
"""
import asyncio
import socket
import statistics
import sys
import time

HOST = "127.0.0.1"


def rss_kb(pids):
    total = 0
    for pid in pids:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
    return total


def memory(port, path, count, pids):
    before = rss_kb(pids)
    sockets = []
    request = f"GET {path} HTTP/1.1\r\nHost: bench.test\r\n\r\n".encode()
    for index in range(count):
        s = socket.create_connection((HOST, port), timeout=10)
        sockets.append(s)
        if index % 2 == 0:
            s.sendall(request)
    # Read each keep-alive response whole (Content-Length), so that the server is idle on every connection.
    answered = 0
    for index in range(0, count, 2):
        s = sockets[index]
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        while len(body) < length:
            chunk = s.recv(65536)
            if not chunk:
                break
            body += chunk
        answered += head.startswith(b"HTTP/1.1 200")
    # Let the servers settle: freed buffers returned, timers armed, and kept-alive connections idle past
    # mailconf serve's one second before it parks them (nginx keeps its state the same either way).
    time.sleep(3)
    during = rss_kb(pids)
    # A new request is still answered while they are held.
    start = time.monotonic()
    probe = socket.create_connection((HOST, port), timeout=10)
    probe.sendall(f"GET {path} HTTP/1.1\r\nHost: bench.test\r\nConnection: close\r\n\r\n".encode())
    reply = probe.recv(65536)
    latency = (time.monotonic() - start) * 1000
    probe.close()
    for s in sockets:
        s.close()
    print("before_kb", before)
    print("during_kb", during)
    print("connections", count)
    print("answered", answered)
    print("new_request_ok", int(reply.startswith(b"HTTP/1.1 200")))
    print("new_request_ms", f"{latency:.2f}")


async def one_ttfb(port, path):
    start = time.monotonic()
    reader, writer = await asyncio.open_connection(HOST, port)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: bench.test\r\nConnection: close\r\n\r\n".encode())
    await writer.drain()
    first = await reader.read(1)
    elapsed = time.monotonic() - start
    await reader.read()
    writer.close()
    return elapsed if first == b"H" else None


async def sample(port, path, seconds):
    samples, failures = [], 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        value = await one_ttfb(port, path)
        if value is None:
            failures += 1
        else:
            samples.append(value * 1000)
    return samples, failures


async def slow_client(port, stop):
    try:
        reader, writer = await asyncio.open_connection(HOST, port)
        writer.write(b"GET /healthz HTTP/1.1\r\nHost: bench.test\r\n")
        index = 0
        while not stop.is_set():
            await asyncio.sleep(1)
            writer.write(f"X-Slow-{index}: yes\r\n".encode())
            await writer.drain()
            index += 1
    except (ConnectionError, OSError):
        pass


async def ttfb(port, path, count, seconds):
    def p(values, q):
        values = sorted(values)
        return values[min(len(values) - 1, int(len(values) * q))]

    alone, failed_alone = await sample(port, path, seconds)
    stop = asyncio.Event()
    slow = [asyncio.create_task(slow_client(port, stop)) for _ in range(count)]
    await asyncio.sleep(2)
    loaded, failed_loaded = await sample(port, path, seconds)
    stop.set()
    await asyncio.gather(*slow, return_exceptions=True)
    print("alone_p50_ms", f"{statistics.median(alone):.3f}")
    print("alone_p99_ms", f"{p(alone, 0.99):.3f}")
    print("loaded_p50_ms", f"{statistics.median(loaded):.3f}")
    print("loaded_p99_ms", f"{p(loaded, 0.99):.3f}")
    print("samples", len(alone), len(loaded))
    print("failures", failed_alone + failed_loaded)


def main():
    mode = sys.argv[1]
    port, path = int(sys.argv[2]), sys.argv[3]
    if mode == "memory":
        memory(port, path, int(sys.argv[4]), sys.argv[5:])
    elif mode == "ttfb":
        asyncio.run(ttfb(port, path, int(sys.argv[4]), float(sys.argv[5])))
    else:
        sys.exit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
