#!/usr/bin/env python3
"""Client-side halves of Scripts/load, on loopback only.

    clients.py stampede PORT PATH N         N connections opened first, then N requests sent at once
    clients.py slow PORT PATH SECONDS N     latency of normal GETs alone, then while N slow clients (half
                                            slowloris headers, half a POST body trickled byte by byte) hold on

Prints `key value` lines for the shell script to read.
"""
import asyncio
import statistics
import sys
import time

HOST = "127.0.0.1"


async def get(port, path):
    reader, writer = await asyncio.open_connection(HOST, port)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: load.test\r\nConnection: close\r\n\r\n".encode())
    await writer.drain()
    data = await reader.read()
    writer.close()
    return int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/1.") else 0


async def stampede(port, path, count):
    connections = [await asyncio.open_connection(HOST, port) for _ in range(count)]
    request = f"GET {path} HTTP/1.1\r\nHost: load.test\r\nConnection: close\r\n\r\n".encode()
    for _, writer in connections:
        writer.write(request)
    await asyncio.gather(*(writer.drain() for _, writer in connections))

    async def status(reader, writer):
        data = await reader.read()
        writer.close()
        return int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/1.") else 0

    statuses = await asyncio.gather(*(status(r, w) for r, w in connections))
    counts = {}
    for code in statuses:
        counts[code] = counts.get(code, 0) + 1
    print("statuses", " ".join(f"{code}={n}" for code, n in sorted(counts.items())))


async def latencies(port, path, seconds):
    samples, failures = [], 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        start = time.monotonic()
        try:
            code = await asyncio.wait_for(get(port, path), 30)
        except (OSError, asyncio.TimeoutError):
            code = 0
        samples.append((time.monotonic() - start) * 1000)
        if code != 200:
            failures += 1
        await asyncio.sleep(0.01)
    samples.sort()
    return samples, failures


def summary(name, samples, failures):
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
    print(f"{name}_requests {len(samples)}")
    print(f"{name}_failures {failures}")
    print(f"{name}_p50_ms {statistics.median(samples):.2f}")
    print(f"{name}_p99_ms {p99:.2f}")


async def slow_client(port, kind, stop, stats):
    """Keeps one slow connection going until `stop`; reconnects when the server cuts it."""
    while not stop.is_set():
        try:
            reader, writer = await asyncio.open_connection(HOST, port)
        except OSError:
            stats["refused"] += 1
            await asyncio.sleep(0.5)
            continue
        stats["opened"] += 1
        if kind == "headers":
            head = b"GET / HTTP/1.1\r\nHost: load.test\r\n"
            trickle = b"X-Slow: " + b"a" * 10000
        else:
            head = (b"POST /autodiscover/autodiscover.xml HTTP/1.1\r\nHost: load.test\r\n"
                    b"Content-Type: text/xml\r\nContent-Length: 60000\r\n\r\n")
            trickle = b"<" * 60000
        try:
            writer.write(head)
            for byte in trickle:
                if stop.is_set():
                    break
                writer.write(bytes([byte]))
                await writer.drain()
                await asyncio.sleep(0.2)
                if reader.at_eof():
                    break
            else:
                continue
            if not stop.is_set():
                stats["cut"] += 1
        except (ConnectionError, OSError):
            stats["cut"] += 1
        finally:
            writer.close()


async def slow(port, path, seconds, count):
    alone, alone_failed = await latencies(port, path, seconds)
    stop = asyncio.Event()
    stats = {"opened": 0, "cut": 0, "refused": 0}
    tasks = [asyncio.create_task(slow_client(port, "headers" if i % 2 else "body", stop, stats))
             for i in range(count)]
    await asyncio.sleep(2)
    loaded, loaded_failed = await latencies(port, path, seconds)
    stop.set()
    await asyncio.gather(*tasks, return_exceptions=True)
    summary("alone", alone, alone_failed)
    summary("slow", loaded, loaded_failed)
    print(f"slow_clients {count}")
    print(f"slow_connections_opened {stats['opened']}")
    print(f"slow_connections_cut_by_server {stats['cut']}")
    print(f"slow_connections_refused {stats['refused']}")


def main():
    command, port, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    if command == "stampede":
        asyncio.run(stampede(port, path, int(sys.argv[4])))
    elif command == "slow":
        asyncio.run(slow(port, path, float(sys.argv[4]), int(sys.argv[5])))
    else:
        sys.exit(f"unknown command {command}")


if __name__ == "__main__":
    main()
